import { localDate, toExcelSerial } from '../../domain/localDate';
import type { CellArea, CellValue, SheetGrid } from '../../workbook/ports';
import { xlsxErrors } from './xlsxError';
import { AttributeCursor, endsName, GT, LT, nextTag, readRichText, readTagHead, rootPrefix, SLASH, type TagHead } from './xmlScan';
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

/** What a cell's start tag says: see readUsualCellTag. */
interface CellTag {
  column: number;
  style: number;
  type: number;
  /** Just past the tag. */
  end: number;
  selfClosing: boolean;
}

const SPACE = 32;
const QUOTE = 34;
const EQUALS = 61;

/**
 * Reads the attributes of a cell's start tag from `at` (just after "<c") into `tag` when they
 * are written as Excel and most writers write them: one space before each, one-letter names,
 * double quotes, r first (` r="B2" s="1" t="s">`). False for anything else, which the general
 * attribute reader then takes, with the same result. A sheet is mostly cell tags, so this is
 * the scanner's most frequent step.
 */
function readUsualCellTag(xml: string, at: number, tag: CellTag): boolean {
  if (xml.charCodeAt(at) !== SPACE || xml.charCodeAt(at + 1) !== CH_R || xml.charCodeAt(at + 2) !== EQUALS || xml.charCodeAt(at + 3) !== QUOTE) return false;
  let i = at + 4;
  let column = 0;
  for (let c = xml.charCodeAt(i) | 0x20; c >= 97 && c <= 122; c = xml.charCodeAt(++i) | 0x20) column = column * 26 + c - 96;
  i = xml.indexOf('"', i);
  if (i === -1) return false;
  let style = 0;
  let type = T_NUMBER;
  for (;;) {
    const c = xml.charCodeAt(++i);
    if (c === GT) {
      tag.end = i + 1;
      tag.selfClosing = false;
      break;
    }
    if (c === SLASH && xml.charCodeAt(i + 1) === GT) {
      tag.end = i + 2;
      tag.selfClosing = true;
      break;
    }
    if (c !== SPACE || xml.charCodeAt(i + 2) !== EQUALS || xml.charCodeAt(i + 3) !== QUOTE) return false;
    const name = xml.charCodeAt(i + 1);
    const start = i + 4;
    i = xml.indexOf('"', start);
    if (i === -1) return false;
    if (name === CH_S) {
      style = 0;
      for (let k = start; k < i; k++) style = style * 10 + xml.charCodeAt(k) - 48;
    } else if (name === CH_T) type = cellType(xml, start, i);
    else if (name === CH_R) column = columnOf(xml, start, i);
  }
  tag.column = column;
  tag.style = style;
  tag.type = type;
  return true;
}

/** Writes a cell into a row the way the scanner always has: gaps become null, a repeat overwrites. */
function writeCell(row: CellValue[], index: number, value: CellValue): void {
  if (index === row.length) row.push(value);
  else if (index > row.length) {
    while (row.length < index) row.push(null);
    row.push(value);
  } else row[index] = value;
}

/**
 * Collects the cells of one row element, then adds them to the grid at once. A row gets an
 * array of exactly its width, and a row whose formats repeat those of the row before shares
 * that row's format array (format rows are read-only, and the rows of a sheet mostly look
 * alike): on a large sheet this more than halves what the grid keeps in memory, and the time the
 * garbage collector spends copying it.
 */
class GridBuilder {
  readonly rows: CellValue[][] = [];
  readonly formats: (readonly (string | undefined)[] | undefined)[] = [];
  /** The row element being read: cells [0, width) and formats [0, formatWidth), reused row after row. */
  private readonly values: CellValue[] = [];
  private width = 0;
  private readonly cellFormats: (string | undefined)[] = [];
  private formatWidth = 0;
  private lastFormats: readonly (string | undefined)[] = [];

  set(index: number, value: CellValue, format: string | undefined): void {
    const { values } = this;
    if (index >= this.width) {
      for (let k = this.width; k < index; k++) values[k] = null;
      this.width = index + 1;
    }
    values[index] = value;
    if (format !== undefined) {
      const formats = this.cellFormats;
      if (index >= this.formatWidth) {
        for (let k = this.formatWidth; k < index; k++) formats[k] = undefined;
        this.formatWidth = index + 1;
      }
      formats[index] = format;
    }
  }

  /** Adds the cells collected for sheet row `rowNumber` (1-based), if any, and starts afresh. */
  endRow(rowNumber: number): void {
    if (this.width === 0) return;
    const { rows, values } = this;
    while (rows.length < rowNumber - 1) rows.push([]);
    if (rows.length < rowNumber || rows[rowNumber - 1].length === 0) {
      rows[rowNumber - 1] = values.slice(0, this.width);
    } else {
      // The row number came before: its cells are written over that row, as they always were.
      const row = rows[rowNumber - 1];
      for (let i = 0; i < this.width; i++) if (values[i] !== null) writeCell(row, i, values[i]);
    }
    if (this.formatWidth > 0) {
      const known = this.formats[rowNumber - 1];
      if (known === undefined) this.formats[rowNumber - 1] = this.sharedFormats();
      else {
        const merged = known.slice();
        for (let i = 0; i < this.formatWidth; i++) if (this.cellFormats[i] !== undefined) merged[i] = this.cellFormats[i];
        this.formats[rowNumber - 1] = merged;
      }
    }
    this.width = 0;
    this.formatWidth = 0;
  }

  /** This row's formats: the previous row's array when they are the same. */
  private sharedFormats(): readonly (string | undefined)[] {
    const last = this.lastFormats;
    let same = last.length === this.formatWidth;
    for (let i = 0; same && i < this.formatWidth; i++) same = last[i] === this.cellFormats[i];
    if (!same) this.lastFormats = this.cellFormats.slice(0, this.formatWidth);
    return this.lastFormats;
  }
}

/** Whether xml has `text` at `at`: startsWith, but inlined for the few-character closing tags. */
function has(xml: string, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (xml.charCodeAt(at + i) !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * Just past the "</v></c>" at `at`, or -1 when something else follows the value: the usual end
 * of a cell, taken without two more rounds of tag scanning.
 */
function pastValueAndCell(xml: string, at: number, valueClose: string, cellClose: string): number {
  return has(xml, at, valueClose) && has(xml, at + valueClose.length, cellClose) ? at + valueClose.length + cellClose.length : -1;
}

/** The next "<" at or after `from`, or the end: values are a few characters long, so a loop finds it sooner than indexOf. */
function textEnd(xml: string, from: number): number {
  let end = from;
  while (end < xml.length && xml.charCodeAt(end) !== LT) end++;
  return end;
}

/** Just past the next ">" at or after `from`, or the end of the text. */
function pastGt(xml: string, from: number): number {
  return xml.indexOf('>', from) + 1 || xml.length;
}

/**
 * Reads the cells of a worksheet part, whole or in pieces as it is inflated. A hand-written
 * scanner: one pass over the text, attributes and values read in place, no objects made per
 * cell except the values themselves. Cells without an r attribute follow the previous one; rows
 * without r follow the previous row.
 *
 * Pieces may be cut anywhere: only text up to the last complete row is scanned, the rest waits
 * for the next piece, so the grid is the same however the part arrives.
 */
export class SheetScanner {
  private readonly grid = new GridBuilder();
  /** head: before sheetData; rows: in it; tail: past the rows; done: a part without rows. */
  private phase: 'head' | 'rows' | 'tail' | 'done' = 'head';
  /** The root element's namespace prefix, known once the sheetData start tag has arrived. */
  private prefix = '';
  /** Text not scanned yet: a start of the part before sheetData, or a row cut by the piece's end. */
  private pending = '';
  /** The text after the rows, where Excel stores merged areas. */
  private tail = '';
  private rowNumber = 0;
  private column = 0;

  constructor(private readonly input: SheetScanInput) {}

  push(text: string): void {
    this.feed(text, false);
  }

  /** The grid, once every piece has been pushed. */
  finish(): SheetGrid {
    this.feed('', true);
    this.grid.endRow(this.rowNumber);
    const { grid, input } = this;
    const sheet: SheetGrid = { name: input.name, firstRow: 1, firstCol: 1, rows: grid.rows, formats: grid.formats };
    return input.complete ? { ...sheet, merges: readMerges(this.tail, 0, this.prefix) } : sheet;
  }

  private feed(text: string, final: boolean): void {
    if (this.phase === 'head') {
      const xml = this.pending + text;
      this.pending = '';
      // The root start tag is whole once "sheetData" has arrived, since it follows it.
      if (xml.indexOf('sheetData') !== -1) this.prefix = rootPrefix(xml);
      const start = xml.indexOf(`<${this.prefix}sheetData`);
      const end = start === -1 ? -1 : xml.indexOf('>', start);
      if (end === -1) {
        if (final) this.phase = 'done';
        else this.pending = xml;
        return;
      }
      if (xml.charCodeAt(end - 1) === SLASH) {
        this.phase = 'done';
        return;
      }
      this.phase = 'rows';
      this.feedRows(xml, final, end + 1);
    } else if (this.phase === 'rows') {
      this.feedRows(text, final);
    } else if (this.phase === 'tail') {
      this.toTail(text);
    }
  }

  /**
   * Scans the whole rows of `text` from `start` that have arrived. A piece is scanned where it
   * lies: only the row the last piece cut off is joined to the start of this one (joining whole
   * pieces would copy megabytes of text per piece).
   */
  private feedRows(text: string, final: boolean, start = 0): void {
    const pending = this.pending;
    this.pending = '';
    if (final) {
      if (pending === '') this.scanOrStop(text, start, text.length);
      else {
        const xml = pending + text.slice(start);
        this.scanOrStop(xml, 0, xml.length);
      }
      return;
    }
    const rowClose = `</${this.prefix}row>`;
    const last = text.lastIndexOf(rowClose);
    if (last < start) {
      this.pending = pending + text.slice(start);
      return;
    }
    let from = start;
    if (pending !== '') {
      from = text.indexOf(rowClose, start) + rowClose.length;
      const joined = pending + text.slice(start, from);
      if (!this.scanOrStop(joined, 0, joined.length)) {
        this.toTail(text.slice(from));
        return;
      }
    }
    const end = last + rowClose.length;
    if (this.scanOrStop(text, from, end)) this.pending = text.slice(end);
    else this.toTail(text.slice(end));
  }

  /** Scans xml[from, end); false once the rows have ended, with what follows them sent to the tail. */
  private scanOrStop(xml: string, from: number, end: number): boolean {
    const part = end === xml.length ? xml : xml.slice(0, end);
    const stop = this.scanRows(part, from);
    if (stop === -1) return true;
    this.phase = 'tail';
    this.toTail(part.slice(stop));
    return false;
  }

  /** Only merged areas are read past the rows, and only from a whole part. */
  private toTail(text: string): void {
    if (this.input.complete) this.tail += text;
  }

  /**
   * Scans the rows in `xml` from `from`, a run of whole rows unless it is the part's last text;
   * returns where the rows end (the sheetData end tag, or the first row past maxRows), or -1 when
   * they go on after this text.
   */
  private scanRows(xml: string, from: number): number {
    const { grid, prefix, input } = this;
    const plen = prefix.length;
    const attrs = new AttributeCursor(xml);
    const richTextEnd = { at: 0 };
    const tag: CellTag = { column: 0, style: 0, type: T_NUMBER, end: 0, selfClosing: false };
    const head: TagHead = { name: 0, closing: false };
    const valueClose = `</${prefix}v>`;
    const cellClose = `</${prefix}c>`;
    const { cellFormats, maxRows } = input;
    let rowNumber = this.rowNumber;
    let column = this.column;
    let pos = from;
    let stop = -1;

    for (;;) {
      const lt = nextTag(xml, pos);
      if (lt === -1) break;
      if (!readTagHead(xml, lt, prefix, head)) {
        pos = pastGt(xml, head.name);
        continue;
      }
      const q = head.name;
      const code = xml.charCodeAt(q);

      if (head.closing) {
        if (code === CH_S && xml.startsWith('sheetData', q)) {
          stop = q;
          break;
        }
        pos = pastGt(xml, q);
      } else if (code === CH_C && endsName(xml.charCodeAt(q + 1))) {
        let cellColumn = 0;
        let style = 0;
        let type = T_NUMBER;
        let selfClosing: boolean;
        if (readUsualCellTag(xml, q + 1, tag)) {
          cellColumn = tag.column;
          style = tag.style;
          type = tag.type;
          pos = tag.end;
          selfClosing = tag.selfClosing;
        } else {
          for (let a = q + 1; attrs.next(a); a = attrs.valueEnd + 1) {
            const name = attrs.shortName();
            if (name === CH_R) cellColumn = columnOf(xml, attrs.valueStart, attrs.valueEnd);
            else if (name === CH_S) style = attrs.uint();
            else if (name === CH_T) type = cellType(xml, attrs.valueStart, attrs.valueEnd);
          }
          pos = attrs.tagEnd;
          selfClosing = attrs.selfClosing;
        }
        column = cellColumn > 0 ? cellColumn : column + 1;
        if (selfClosing) continue;

        let valueStart = -1;
        let valueEnd = -1;
        let inline: string | null = null;
        // The usual "<v>…</v></c>" is read here; what else a cell holds, by the loop below.
        let read = false;
        if (plen === 0 && xml.charCodeAt(pos) === LT && xml.charCodeAt(pos + 1) === 118 /* v */ && xml.charCodeAt(pos + 2) === GT) {
          valueStart = pos + 3;
          valueEnd = textEnd(xml, valueStart);
          const after = pastValueAndCell(xml, valueEnd, valueClose, cellClose);
          read = after !== -1;
          pos = read ? after : valueEnd;
        }
        while (!read) {
          const clt = nextTag(xml, pos);
          if (clt === -1) {
            pos = xml.length;
            break;
          }
          if (!readTagHead(xml, clt, prefix, head)) {
            pos = pastGt(xml, head.name);
            continue;
          }
          const cq = head.name;
          const cc = xml.charCodeAt(cq);
          if (head.closing) {
            pos = pastGt(xml, cq);
            if (cc === CH_C && xml.charCodeAt(cq + 1) === GT) break;
          } else if (cc === 118 /* v */ && endsName(xml.charCodeAt(cq + 1))) {
            const gt = xml.charCodeAt(cq + 1) === GT ? cq + 1 : xml.indexOf('>', cq);
            if (gt === -1 || xml.charCodeAt(gt - 1) === SLASH) {
              pos = gt + 1 || xml.length;
            } else {
              valueStart = gt + 1;
              valueEnd = textEnd(xml, valueStart);
              const after = pastValueAndCell(xml, valueEnd, valueClose, cellClose);
              if (after !== -1) {
                pos = after;
                break;
              }
              pos = valueEnd;
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
            pos = pastGt(xml, cq);
          }
        }

        const value =
          inline !== null ? inline : valueStart === -1 ? null : cellValue(xml, type, valueStart, valueEnd, input, rowNumber);
        if (value === null || rowNumber === 0) continue;
        grid.set(column - 1, value, cellFormats[style]);
      } else if (code === CH_R && xml.startsWith('row', q) && endsName(xml.charCodeAt(q + 3))) {
        grid.endRow(rowNumber);
        let r = 0;
        for (let a = q + 3; attrs.next(a); a = attrs.valueEnd + 1) {
          if (attrs.shortName() === CH_R) r = attrs.uint();
        }
        rowNumber = r > 0 ? r : rowNumber + 1;
        if (rowNumber > maxRows) {
          stop = pos;
          break;
        }
        column = 0;
        pos = attrs.tagEnd;
      } else {
        pos = pastGt(xml, q);
      }
    }
    this.rowNumber = rowNumber;
    this.column = column;
    return stop;
  }
}

/** Reads a whole worksheet part: see SheetScanner. */
export function scanSheet(xml: string, input: SheetScanInput): SheetGrid {
  const scanner = new SheetScanner(input);
  scanner.push(xml);
  return scanner.finish();
}
