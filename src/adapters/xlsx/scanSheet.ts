import { localDate, toExcelSerial } from '../../domain/localDate';
import type { CellArea, CellValue, SheetGrid } from '../../workbook/ports';
import { xlsxErrors } from './xlsxError';
import { AttributeCursor, endsName, GT, readRichText, rootPrefix, SLASH } from './xmlScan';
import { decodeXmlText } from './xmlText';

export interface SheetScanInput {
  readonly name: string;
  readonly sharedStrings: readonly string[];
  /** Number format per cell style index, undefined for General (see readCellFormats). */
  readonly cellFormats: readonly (string | undefined)[];
  readonly date1904: boolean;
  /** Sheet rows after this one are not read. */
  readonly maxRows: number;
  /** False when `xml` is only the start of the sheet part, so merged areas cannot be known. */
  readonly complete: boolean;
}

const T_NUMBER = 0;
const T_SHARED = 1;
const T_STRING = 2;
const T_BOOLEAN = 3;
const T_ERROR = 4;
const T_DATE = 5;

const CH_C = 99;
const CH_R = 114;
const CH_S = 115;
const CH_T = 116;

/** The t attribute of a cell, read in place. */
function cellType(xml: string, start: number, end: number): number {
  const first = xml.charCodeAt(start);
  if (end - start === 1) {
    if (first === CH_S) return T_SHARED;
    if (first === 98 /* b */) return T_BOOLEAN;
    if (first === 101 /* e */) return T_ERROR;
    if (first === 100 /* d */) return T_DATE;
    if (first === 110 /* n */) return T_NUMBER;
  }
  // "str", "inlineStr" (whose <v>, if a writer adds one, is text too) and anything unknown.
  return T_STRING;
}

/** The column number of a reference such as "AB12" (28), 0 when it has no letters. */
function columnOf(xml: string, start: number, end: number): number {
  let column = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + c - 96;
  }
  return column;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A numeric cell value. Up to 15 significant digits the integer mantissa and the power of ten
 * are both exact, so one division gives the correctly rounded double, the same as Number() but
 * without cutting a substring out of a 50 MB sheet for each cell.
 */
function parseNumber(xml: string, start: number, end: number): number {
  let i = start;
  const negative = xml.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + c - 48;
      digits++;
      if (dot) scale++;
    } else if (c === 46 && !dot) {
      dot = true;
    } else {
      digits = 99; // exponent or anything unusual: let Number() decide
      break;
    }
  }
  if (digits === 0 || digits > 15) {
    const text = xml.substring(start, end).trim();
    return text === '' ? NaN : Number(text);
  }
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;
const DAYS_1900_TO_1904 = 1462;

/** A t="d" cell's ISO 8601 text as the serial number Excel would store in this workbook. */
function isoDateToSerial(text: string, date1904: boolean): number | null {
  const m = ISO_DATE.exec(text);
  const day = m && localDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!m || day === null) return null;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return toExcelSerial(day) - (date1904 ? DAYS_1900_TO_1904 : 0) + seconds / 86400;
}

function cellValue(xml: string, type: number, start: number, end: number, input: SheetScanInput, rowNumber: number): CellValue {
  switch (type) {
    case T_SHARED: {
      let index = 0;
      for (let i = start; i < end; i++) index = index * 10 + xml.charCodeAt(i) - 48;
      const text = input.sharedStrings[index];
      if (text === undefined) {
        throw xlsxErrors.brokenWorkbook(`row ${rowNumber} of "${input.name}" refers to shared string ${index}, which does not exist`);
      }
      return text;
    }
    case T_STRING:
      return decodeXmlText(xml, start, end);
    case T_BOOLEAN:
      return xml.charCodeAt(start) === 49 /* 1 */ || xml.startsWith('true', start);
    case T_ERROR:
      return { error: decodeXmlText(xml, start, end) };
    case T_DATE: {
      const text = decodeXmlText(xml, start, end);
      return text === '' ? null : (isoDateToSerial(text, input.date1904) ?? text);
    }
    default: {
      const number = parseNumber(xml, start, end);
      if (!Number.isNaN(number)) return number;
      // Not a number although typed as one: hand over the text so the engine can report it.
      const text = decodeXmlText(xml, start, end);
      return text === '' ? null : text;
    }
  }
}

function parseArea(ref: string): CellArea | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const left = columnOf(m[1], 0, m[1].length);
  const top = Number(m[2]);
  return {
    top,
    left,
    bottom: m[4] ? Number(m[4]) : top,
    right: m[3] ? columnOf(m[3], 0, m[3].length) : left,
  };
}

function readMerges(xml: string, from: number, prefix: string): CellArea[] {
  const merges: CellArea[] = [];
  const start = xml.indexOf(`<${prefix}mergeCells`, from);
  if (start === -1) return merges;
  const end = xml.indexOf(`</${prefix}mergeCells>`, start);
  const block = xml.slice(start, end === -1 ? xml.length : end);
  for (const m of block.matchAll(/\sref\s*=\s*["']([^"']+)["']/g)) {
    const area = parseArea(m[1]);
    if (area) merges.push(area);
  }
  return merges;
}

/**
 * Reads the cells of a worksheet part. A hand-written scanner: one pass of indexOf over the
 * text, attributes read in place, no objects made per cell except the values themselves.
 * Cells without an r attribute follow the previous one; rows without r follow the previous row.
 */
export function scanSheet(xml: string, input: SheetScanInput): SheetGrid {
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const prefix = rootPrefix(xml);
  const plen = prefix.length;
  const attrs = new AttributeCursor(xml);
  const richTextEnd = { at: 0 };
  const valueClose = `</${prefix}v>`;
  const cellClose = `</${prefix}c>`;
  const { cellFormats, maxRows } = input;

  let pos = xml.indexOf(`<${prefix}sheetData`);
  if (pos === -1) pos = xml.length;
  else {
    const gt = xml.indexOf('>', pos);
    pos = gt === -1 || xml.charCodeAt(gt - 1) === SLASH ? xml.length : gt + 1;
  }

  let rowNumber = 0;
  let column = 0;
  let row: CellValue[] | null = null;
  let rowFormats: (string | undefined)[] | null = null;

  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1) break;
    let q = lt + 1;
    const closing = xml.charCodeAt(q) === SLASH;
    if (closing) q++;
    if (plen !== 0) {
      if (!xml.startsWith(prefix, q)) {
        pos = xml.indexOf('>', q) + 1 || xml.length;
        continue;
      }
      q += plen;
    }
    const code = xml.charCodeAt(q);

    if (closing) {
      if (code === CH_S && xml.startsWith('sheetData', q)) {
        pos = q;
        break;
      }
      pos = xml.indexOf('>', q) + 1 || xml.length;
    } else if (code === CH_C && endsName(xml.charCodeAt(q + 1))) {
      let cellColumn = 0;
      let style = 0;
      let type = T_NUMBER;
      for (let a = q + 1; attrs.next(a); a = attrs.valueEnd + 1) {
        const name = attrs.shortName();
        if (name === CH_R) cellColumn = columnOf(xml, attrs.valueStart, attrs.valueEnd);
        else if (name === CH_S) style = attrs.uint();
        else if (name === CH_T) type = cellType(xml, attrs.valueStart, attrs.valueEnd);
      }
      column = cellColumn > 0 ? cellColumn : column + 1;
      pos = attrs.tagEnd;
      if (attrs.selfClosing) continue;

      let valueStart = -1;
      let valueEnd = -1;
      let inline: string | null = null;
      for (;;) {
        const clt = xml.indexOf('<', pos);
        if (clt === -1) {
          pos = xml.length;
          break;
        }
        let cq = clt + 1;
        const cellClosing = xml.charCodeAt(cq) === SLASH;
        if (cellClosing) cq++;
        if (plen !== 0) {
          if (!xml.startsWith(prefix, cq)) {
            pos = xml.indexOf('>', cq) + 1 || xml.length;
            continue;
          }
          cq += plen;
        }
        const cc = xml.charCodeAt(cq);
        if (cellClosing) {
          pos = xml.indexOf('>', cq) + 1 || xml.length;
          if (cc === CH_C && xml.charCodeAt(cq + 1) === GT) break;
        } else if (cc === 118 /* v */ && endsName(xml.charCodeAt(cq + 1))) {
          const gt = xml.indexOf('>', cq);
          if (gt === -1 || xml.charCodeAt(gt - 1) === SLASH) {
            pos = gt + 1 || xml.length;
          } else {
            valueStart = gt + 1;
            valueEnd = xml.indexOf('<', valueStart);
            if (valueEnd === -1) valueEnd = xml.length;
            pos = valueEnd;
            // The usual "...</v></c>" ends the cell without two more rounds of tag scanning.
            if (xml.startsWith(valueClose, pos)) {
              pos += valueClose.length;
              if (xml.startsWith(cellClose, pos)) {
                pos += cellClose.length;
                break;
              }
            }
          }
        } else if (cc === 105 /* i */ && xml.charCodeAt(cq + 1) === CH_S && endsName(xml.charCodeAt(cq + 2))) {
          const gt = xml.indexOf('>', cq);
          if (gt === -1 || xml.charCodeAt(gt - 1) === SLASH) {
            inline = '';
            pos = gt + 1 || xml.length;
          } else {
            inline = readRichText(xml, gt + 1, prefix, 'is', richTextEnd);
            pos = richTextEnd.at;
          }
        } else {
          // <f> (the cached result is in <v>), <extLst> and the like.
          pos = xml.indexOf('>', cq) + 1 || xml.length;
        }
      }

      const value =
        inline !== null ? inline : valueStart === -1 ? null : cellValue(xml, type, valueStart, valueEnd, input, rowNumber);
      if (value === null || rowNumber === 0) continue;

      if (row === null) {
        while (rows.length < rowNumber) rows.push([]);
        row = rows[rowNumber - 1];
      }
      const index = column - 1;
      if (index === row.length) row.push(value);
      else if (index > row.length) {
        while (row.length < index) row.push(null);
        row.push(value);
      } else row[index] = value;

      const format = cellFormats[style];
      if (format !== undefined) {
        if (rowFormats === null) rowFormats = formats[rowNumber - 1] ??= [];
        rowFormats[index] = format;
      }
    } else if (code === CH_R && xml.startsWith('row', q) && endsName(xml.charCodeAt(q + 3))) {
      let r = 0;
      for (let a = q + 3; attrs.next(a); a = attrs.valueEnd + 1) {
        if (attrs.shortName() === CH_R) r = attrs.uint();
      }
      rowNumber = r > 0 ? r : rowNumber + 1;
      if (rowNumber > maxRows) break;
      column = 0;
      row = null;
      rowFormats = null;
      pos = attrs.tagEnd;
    } else {
      pos = xml.indexOf('>', q) + 1 || xml.length;
    }
  }

  const grid: SheetGrid = { name: input.name, firstRow: 1, firstCol: 1, rows, formats };
  return input.complete ? { ...grid, merges: readMerges(xml, pos, prefix) } : grid;
}
