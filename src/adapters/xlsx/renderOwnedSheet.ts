import { formatIsoDate, toExcelSerial } from '../../domain/localDate';
import { formatMinorUnits, minorDigits } from '../../domain/money';
import type { OutSection, OutSheet, OutValue } from '../../workbook/ports';
import { DATE_FORMAT, MAX_CELL_TEXT, MAX_LIST_LENGTH, MAX_WIDTH, MIN_WIDTH, moneyFormat, shownLength, tableColumnNames } from '../../workbook/sheetCells';
import type { KeptRows } from './keptRows';
import type { StyleSheetEditor } from './styleSheetEditor';
import { strToU8 } from 'fflate';
import { XmlBytes } from './xmlBytes';
import { encodeCellText, escapeXmlAttribute } from './xmlText';



export interface SheetNamespaces {
  readonly main: string;
  readonly relationships: string;
}

/** Where the sheet's table lives, for a sheet with `table` set. */
export interface TablePlacement {
  /** The sheet's relationship to the table part. */
  readonly relId: string;
  /** Unique among the workbook's tables. */
  readonly id: number;
  readonly name: string;
}

export interface RenderedSheet {
  /** The worksheet part, as UTF-8. */
  readonly sheetPart: Uint8Array;
  /** The table part, when the sheet has a table. */
  readonly tableXml: string | null;
}

const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 0-based column index to letters: 0 -> "A", 26 -> "AA". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Writes `<c r="B7"` and, unless it is 0 (or `always`), the style. */
function openCell(out: XmlBytes, column: string, row: number, style: number, always = false): void {
  out.text('<c r="');
  out.text(column);
  out.whole(row);
  out.text('"');
  if (style || always) {
    out.text(' s="');
    out.whole(style);
    out.text('"');
  }
}

const EDGE_SPACE = /^\s|\s$/;

function textCell(out: XmlBytes, column: string, row: number, text: string, style: number): void {
  const clipped = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
  openCell(out, column, row, style);
  out.text(EDGE_SPACE.test(clipped) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
  out.text(encodeCellText(clipped));
  out.text('</t></is></c>');
}

/** A number's cell, the number given as a value or as decimal text (money); `style` is written even when 0 with `alwaysStyle`. */
function numberCell(out: XmlBytes, column: string, row: number, number: number | string, style: number, alwaysStyle = false): void {
  if (typeof number === 'number' && !Number.isFinite(number)) throw new RangeError(`[dunning-desk] cannot write ${number} as a number (cell ${column}${row})`);
  openCell(out, column, row, style, alwaysStyle);
  out.text('><v>');
  if (typeof number === 'number') out.whole(number);
  else out.text(number);
  out.text('</v></c>');
}

/** What decides a value cell's style: its kind, and for money its currency. */
type CellLook = 'plain' | 'date' | { readonly currency: string };

/**
 * Style ids for the looks of value cells, asked of the style sheet once per look and sheet
 * rather than once per cell: a large sheet has a hundred thousand cells and a handful of looks.
 */
class ValueStyles {
  /** Index 0 without wrapping, 1 with. */
  private readonly plain: (number | undefined)[] = [];
  private readonly date: (number | undefined)[] = [];
  private readonly money = [new Map<string, number>(), new Map<string, number>()];

  constructor(private readonly styles: StyleSheetEditor) {}

  of(look: CellLook, wrap: boolean): number {
    const w = wrap ? 1 : 0;
    if (look === 'plain') return (this.plain[w] ??= this.make(undefined, wrap));
    if (look === 'date') return (this.date[w] ??= this.make(DATE_FORMAT, wrap));
    let id = this.money[w].get(look.currency);
    if (id === undefined) {
      id = this.make(moneyFormat(look.currency), wrap);
      this.money[w].set(look.currency, id);
    }
    return id;
  }

  private make(numFmt: string | undefined, wrap: boolean): number {
    return this.styles.cellStyle(wrap ? { numFmt, wrap } : { numFmt });
  }
}

function valueCell(out: XmlBytes, column: string, row: number, value: OutValue, styles: ValueStyles, wrap: boolean, date1904: boolean): void {
  if (value === null) return;
  switch (value.t) {
    case 'text':
      return textCell(out, column, row, value.v, styles.of('plain', wrap));
    case 'int':
    case 'number':
      return numberCell(out, column, row, value.v, styles.of('plain', wrap));
    case 'date': {
      const serial = toExcelSerial(value.v, date1904);
      // No serial exists for days before the workbook's epoch; the date is still shown, as text.
      if (serial < (date1904 ? 0 : 1)) return textCell(out, column, row, formatIsoDate(value.v), styles.of('plain', wrap));
      return numberCell(out, column, row, serial, styles.of('date', wrap));
    }
    case 'money': {
      if (!Number.isSafeInteger(value.minor)) throw new RangeError(`[dunning-desk] money must be whole minor units, got ${value.minor} (cell ${column}${row})`);
      return numberCell(out, column, row, formatMinorUnits(value.minor, minorDigits(value.currency)), styles.of(value, wrap), true);
    }
  }
}

function dropDown(sheet: OutSheet, column: number, values: readonly string[], range: (column: number) => string): string {
  for (const value of values) {
    if (value.includes(',')) throw new RangeError(`[dunning-desk] the choice "${value}" on sheet "${sheet.name}" has a comma, which an Excel drop-down list cannot hold`);
  }
  const list = values.map((v) => v.replace(/"/g, '""')).join(',');
  if (list.length > MAX_LIST_LENGTH) throw new RangeError(`[dunning-desk] the choices for column ${column + 1} of sheet "${sheet.name}" exceed Excel's ${MAX_LIST_LENGTH} characters`);
  return `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="${range(column)}"><formula1>${escapeXmlAttribute(`"${list}"`)}</formula1></dataValidation>`;
}

/** Where the first section landed, for the features that apply to it. */
interface FirstSection {
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** At least firstDataRow, so ranges stay valid for a section without rows. */
  readonly lastDataRow: number;
  readonly names: readonly string[];
}

/**
 * The worksheet part for a product sheet: title lines, a blank line, then each section (bold
 * heading, bold header with a bottom border, data rows) with a blank line between sections.
 * Text is always an inline string, so "=1+1" from a customer name stays text. The first
 * section can be an Excel table (frozen below its header), with drop-down lists, rows coloured
 * by a column's text and wrapped columns.
 */
export function renderOwnedSheet(
  sheet: OutSheet,
  styles: StyleSheetEditor,
  ns: SheetNamespaces,
  table: TablePlacement | null,
  drawingRelId: string | null = null,
  /** Dates are written as serials of the workbook's own date system. */
  date1904 = false,
  /**
   * For a sheet that only grows (OutSheet.newRowsFrom): the XML of its rows as the sheet holds
   * them, given the first kept row's number and how many there are (see keptRowsXml), or null.
   * Those rows are then written back byte for byte rather than rendered again.
   */
  keptRows: (first: number, count: number) => KeptRows | null = () => null,
): RenderedSheet {
  /** The sheetData content, written as bytes: a large sheet is a hundred thousand cells. */
  let body = new XmlBytes();
  /** sheetData content before `body`: rows written, then kept rows (never copied into `body`). */
  const done: Uint8Array[] = [];
  // Set inside the sections loop below (a callback, which narrowing does not follow).
  let keptSeen = null as KeptRows | null;
  const widths: number[] = [];
  let rowNumber = 0;
  let lastColumn = 0;
  let first: FirstSection | null = null;
  /** Starts the next row: returns where it starts, for endRow. */
  const startRow = (): number => {
    const mark = body.length;
    body.text('<row r="');
    body.whole(++rowNumber);
    body.text('">');
    return mark;
  };
  /** Ends the row begun at `mark`, or leaves it out when it got no cell. */
  const endRow = (mark: number, cellsStart: number) => {
    if (body.length === cellsStart) body.truncate(mark);
    else body.text('</row>');
  };
  const oneCellRow = (text: string, style: number) => {
    const mark = startRow();
    const cells = body.length;
    textCell(body, 'A', rowNumber, text, style);
    endRow(mark, cells);
  };
  const measure = (column: number, length: number) => {
    widths[column] = Math.max(widths[column] ?? 0, length);
    lastColumn = Math.max(lastColumn, column + 1);
  };
  const measureValue = (column: number, value: OutValue) => {
    // A text no longer than the widest cell so far cannot widen the column: most cells of a
    // large sheet, settled without looking for line breaks.
    if (value !== null && value.t === 'text' && value.v.length <= (widths[column] ?? 0)) lastColumn = Math.max(lastColumn, column + 1);
    else measure(column, shownLength(value));
  };
  const headerStyle = styles.cellStyle({ font: 'bold', bottomBorder: true });
  const valueStyles = new ValueStyles(styles);
  const letters: string[] = [];
  const columnLetters = (c: number) => (letters[c] ??= columnName(c));

  sheet.title.forEach((line, i) => oneCellRow(line, i === 0 ? styles.cellStyle({ font: 'title' }) : 0));
  if (sheet.title.length > 0) rowNumber++; // a blank row
  sheet.sections.forEach((section: OutSection, s) => {
    if (s > 0) rowNumber++; // a blank row
    if (section.heading !== undefined) oneCellRow(section.heading, styles.cellStyle({ font: 'bold' }));
    const header = s === 0 && table ? tableColumnNames(section.header) : section.header;
    const headerMark = startRow();
    const headerCells = body.length;
    header.forEach((text, c) => {
      measure(c, text.length + 1);
      textCell(body, columnLetters(c), rowNumber, text, headerStyle);
    });
    endRow(headerMark, headerCells);
    const headerRow = rowNumber;
    const wrapped = new Set(s === 0 ? (sheet.wrapColumns ?? []) : []);
    const keptCount = s === 0 ? (sheet.newRowsFrom ?? 0) : 0;
    const kept = keptCount > 0 ? keptRows(rowNumber + 1, keptCount) : null;
    keptSeen ??= kept;
    for (let r = 0; r < section.rows.length; r++) {
      const values = section.rows[r];
      if (kept && r < keptCount) {
        // Kept as they are, but measured as if written, so columns are as wide either way.
        for (let c = 0; c < values.length; c++) measureValue(c, values[c]);
        rowNumber++;
        if (r === keptCount - 1) {
          done.push(body.written(), kept.xml);
          body = new XmlBytes();
        }
        continue;
      }
      const mark = startRow();
      const cells = body.length;
      for (let c = 0; c < values.length; c++) {
        const value = values[c];
        measureValue(c, value);
        valueCell(body, columnLetters(c), rowNumber, value, valueStyles, wrapped.has(c), date1904);
      }
      endRow(mark, cells);
    }
    if (s === 0) first = { headerRow, firstDataRow: headerRow + 1, lastDataRow: Math.max(rowNumber, headerRow + 1), names: header };
  });

  const cols: string[] = [];
  for (let c = 0; c < Math.max(lastColumn, sheet.columnWidths?.length ?? 0); c++) {
    const width = sheet.columnWidths?.[c] ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (widths[c] ?? 0) + 2));
    cols.push(`<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`);
  }

  const section = first as FirstSection | null;
  if (table && (!section || section.names.length === 0)) throw new RangeError(`[dunning-desk] sheet "${sheet.name}" asks for a table but its first section has no header`);
  const dataRange = (fromColumn: number, toColumn: number) =>
    section ? `${columnName(fromColumn)}${section.firstDataRow}:${columnName(toColumn)}${section.lastDataRow}` : '';

  let views = '';
  let conditional = '';
  let validations = '';
  let tableParts = '';
  let tableXml: string | null = null;
  if (section && table) {
    const below = `A${section.headerRow + 1}`;
    views = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${section.headerRow}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/></sheetView></sheetViews>`;
    tableParts = `<tableParts count="1"><tablePart r:id="${table.relId}"/></tableParts>`;
    const ref = `A${section.headerRow}:${columnName(section.names.length - 1)}${section.lastDataRow}`;
    tableXml =
      PROLOG +
      `<table xmlns="${ns.main}" id="${table.id}" name="${escapeXmlAttribute(table.name)}" displayName="${escapeXmlAttribute(table.name)}" ref="${ref}" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${section.names.length}">` +
      section.names.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXmlAttribute(name)}"/>`).join('') +
      '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
  }
  if (section && sheet.rowColors) {
    const { column, colors } = sheet.rowColors;
    const key = `$${columnName(column)}${section.firstDataRow}`;
    const rules = Object.entries(colors).map(
      ([text, rgb], i) =>
        `<cfRule type="expression" dxfId="${styles.fill(rgb)}" priority="${i + 1}"><formula>${escapeXmlAttribute(`${key}="${text.replace(/"/g, '""')}"`)}</formula></cfRule>`,
    );
    const range = dataRange(0, Math.max(section.names.length, column + 1) - 1);
    if (rules.length > 0) conditional = `<conditionalFormatting sqref="${range}">${rules.join('')}</conditionalFormatting>`;
  }
  const lists = (sheet.choices ?? []).filter((c) => c.values.length > 0);
  if (section && lists.length > 0) {
    const items = lists.map(({ column, values }) => dropDown(sheet, column, values, (c) => dataRange(c, c)));
    validations = `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
  }

  const lastRef = `${columnName(Math.max(lastColumn, 1) - 1)}${Math.max(rowNumber, 1)}`;
  done.push(body.written());
  const relationships = tableParts !== '' || drawingRelId !== null;
  // Prefixes the kept rows may use (Excel's x14ac:dyDescent), declared as their part declared them.
  const keptDeclarations = (keptSeen?.declarations ?? [])
    .filter((d) => !(relationships && d.name === 'xmlns:r'))
    .map((d) => ` ${d.attribute}`)
    .join('');
  const hasRows = done.some((piece) => piece.length > 0);
  const head =
    PROLOG +
    `<worksheet xmlns="${ns.main}"${relationships ? ` xmlns:r="${ns.relationships}"` : ''}${keptDeclarations}>` +
    `<dimension ref="A1:${lastRef}"/>` +
    views +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    (hasRows ? '<sheetData>' : '<sheetData/>');
  const tail =
    (hasRows ? '</sheetData>' : '') +
    conditional +
    validations +
    // Schema order: ... dataValidations, hyperlinks, ..., pageSetup, ..., drawing, legacyDrawing, ..., tableParts.
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
    tableParts +
    '</worksheet>';
  const pieces = [strToU8(head), ...done, strToU8(tail)];
  const sheetPart = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    sheetPart.set(piece, at);
    at += piece.length;
  }
  return { sheetPart, tableXml };
}
