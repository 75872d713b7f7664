import { formatIsoDate, toExcelSerial } from '../../domain/localDate';
import { formatMinorUnits, minorDigits } from '../../domain/money';
import type { OutSheet, OutValue } from '../../workbook/ports';
import { DATE_FORMAT, MAX_CELL_TEXT, MAX_LIST_LENGTH, MAX_WIDTH, MIN_WIDTH, moneyFormat, shownLength, tableColumnNames } from '../../workbook/sheetCells';
import { type ChartPlacement, chartPlacement } from '../../workbook/sheetLayout';
import { columnLetters } from './parseRangeAddress';

/*
 * The cells and looks of a product sheet, computed before Excel is touched, following the layout
 * every writer shares (src/workbook/sheetLayout.ts) and matching the .xlsx writer
 * (src/adapters/xlsx/renderOwnedSheet.ts) cell for cell, so both hosts give the same sheet:
 * the formats and sizes they share live in src/workbook/sheetCells.ts, and the port contract
 * tests compare the two writers' output.
 */

/** Marks a cell as text, so Excel never reads "=1+1", "001043", "TRUE" or "#N/A" as anything else. */
export const TEXT_FORMAT = '@';




/** A cell to write: its value and its number format (null: leave the new sheet's General). */
export interface CellOut {
  readonly value: string | number | null;
  readonly format: string | null;
}

const EMPTY: CellOut = { value: null, format: null };

function textCell(text: string): CellOut {
  return { value: text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text, format: TEXT_FORMAT };
}

function valueCell(value: OutValue, where: string, date1904: boolean): CellOut {
  if (value === null) return EMPTY;
  switch (value.t) {
    case 'text':
      return textCell(value.v);
    case 'int':
    case 'number':
      if (!Number.isFinite(value.v)) throw new RangeError(`[dunning-desk] cannot write ${value.v} as a number (${where})`);
      return { value: value.v, format: null };
    case 'date': {
      const serial = toExcelSerial(value.v, date1904);
      // No serial exists for days before the workbook's epoch; the date is still shown, as text.
      if (serial < (date1904 ? 0 : 1)) return textCell(formatIsoDate(value.v));
      return { value: serial, format: DATE_FORMAT };
    }
    case 'money': {
      if (!Number.isSafeInteger(value.minor)) throw new RangeError(`[dunning-desk] money must be whole minor units, got ${value.minor} (${where})`);
      // Excel keeps every number as a double; the decimal text is the exact amount it then holds.
      return { value: Number(formatMinorUnits(value.minor, minorDigits(value.currency))), format: moneyFormat(value.currency) };
    }
  }
}

/** Where the first section landed (0-based sheet rows), for the features that apply to it. */
export interface FirstSection {
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** At least firstDataRow, so ranges stay valid for a section without rows. */
  readonly lastDataRow: number;
  readonly columnCount: number;
}

export interface SheetLayout {
  readonly name: string;
  /** Row by row from row 1; a row may be shorter than `columnCount` (the rest stays empty). */
  readonly rows: readonly (readonly CellOut[])[];
  readonly columnCount: number;
  /** The first title line (0-based row), shown larger. */
  readonly titleRow: number | null;
  /** Section headings (0-based rows, column A), bold. */
  readonly headingRows: readonly number[];
  /** Header rows (bold, bottom border) and how many columns each spans. */
  readonly headerRows: ReadonlyArray<{ readonly row: number; readonly columnCount: number }>;
  /** Column widths in characters, as the .xlsx writer's <col width>. */
  readonly columnWidths: readonly number[];
  readonly first: FirstSection | null;
  readonly table: { readonly name: string } | null;
  /** Drop-down lists on first-section data cells: the column and the comma-separated source. */
  readonly choices: ReadonlyArray<{ readonly column: number; readonly source: string }>;
  /** Conditional fills over the first section's data rows: Excel formula (from the top-left cell) and colour. */
  readonly rowColors: { readonly columnCount: number; readonly rules: ReadonlyArray<{ readonly formula: string; readonly color: string }> } | null;
  /**
   * Columns whose first-section data cells wrap, top-aligned. The whole data column gets it (the
   * .xlsx writer styles only the cells holding a value): a line the user types there wraps too.
   */
  readonly wrapColumns: readonly number[];
  /** The chart (OutSheet.chart) where every writer places it; rows there are 1-based sheet rows. */
  readonly chart: ChartPlacement | null;
}

/**
 * The sheet as cells and looks, the same way renderOwnedSheet lays it out: title lines, a blank
 * line, then each section (bold heading, bold header with a bottom border, data rows) with a
 * blank line between sections. Text is always marked as text. Dates are serials in the
 * workbook's date system. Throws RangeError for what the .xlsx writer also refuses (a table
 * without a header, a drop-down choice with a comma or a list over 255 characters).
 */
export function layOutSheet(sheet: OutSheet, date1904: boolean): SheetLayout {
  const rows: CellOut[][] = [];
  const widths: number[] = [];
  let lastColumn = 0;
  let first: FirstSection | null = null;
  const headingRows: number[] = [];
  const headerRows: Array<{ row: number; columnCount: number }> = [];
  const measure = (column: number, length: number) => {
    widths[column] = Math.max(widths[column] ?? 0, length);
    lastColumn = Math.max(lastColumn, column + 1);
  };

  for (const line of sheet.title) rows.push([textCell(line)]);
  if (sheet.title.length > 0) rows.push([]);
  sheet.sections.forEach((section, s) => {
    if (s > 0) rows.push([]);
    if (section.heading !== undefined) {
      headingRows.push(rows.length);
      rows.push([textCell(section.heading)]);
    }
    const header = s === 0 && sheet.table ? tableColumnNames(section.header) : section.header;
    header.forEach((text, c) => measure(c, text.length + 1));
    const headerRow = rows.length;
    headerRows.push({ row: headerRow, columnCount: header.length });
    rows.push(header.map(textCell));
    for (const values of section.rows) {
      const row = rows.length;
      rows.push(
        values.map((value, c) => {
          measure(c, shownLength(value));
          return valueCell(value, `sheet "${sheet.name}" row ${row + 1} column ${c + 1}`, date1904);
        }),
      );
    }
    if (s === 0) first = { headerRow, firstDataRow: headerRow + 1, lastDataRow: Math.max(rows.length - 1, headerRow + 1), columnCount: header.length };
  });

  const columnWidths: number[] = [];
  for (let c = 0; c < Math.max(lastColumn, sheet.columnWidths?.length ?? 0); c++) {
    columnWidths.push(sheet.columnWidths?.[c] ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (widths[c] ?? 0) + 2)));
  }

  const section = first as FirstSection | null;
  if (sheet.table && (!section || section.columnCount === 0)) {
    throw new RangeError(`[dunning-desk] sheet "${sheet.name}" asks for a table but its first section has no header`);
  }

  const choices: Array<{ column: number; source: string }> = [];
  for (const { column, values } of sheet.choices ?? []) {
    if (!section || values.length === 0) continue;
    for (const value of values) {
      if (value.includes(',')) throw new RangeError(`[dunning-desk] the choice "${value}" on sheet "${sheet.name}" has a comma, which an Excel drop-down list cannot hold`);
    }
    // Counted as the .xlsx writer counts its list formula, so both refuse the same lists.
    if (values.map((v) => v.replace(/"/g, '""')).join(',').length > MAX_LIST_LENGTH) {
      throw new RangeError(`[dunning-desk] the choices for column ${column + 1} of sheet "${sheet.name}" exceed Excel's ${MAX_LIST_LENGTH} characters`);
    }
    choices.push({ column, source: values.join(',') });
  }

  let rowColors: SheetLayout['rowColors'] = null;
  if (section && sheet.rowColors && Object.keys(sheet.rowColors.colors).length > 0) {
    const { column, colors } = sheet.rowColors;
    const key = `$${columnLetters(column)}${section.firstDataRow + 1}`;
    rowColors = {
      columnCount: Math.max(section.columnCount, column + 1),
      rules: Object.entries(colors).map(([text, rgb]) => ({ formula: `=${key}="${text.replace(/"/g, '""')}"`, color: `#${rgb}` })),
    };
  }

  let columnCount = lastColumn;
  for (const row of rows) columnCount = Math.max(columnCount, row.length);
  return {
    name: sheet.name,
    rows,
    columnCount,
    titleRow: sheet.title.length > 0 ? 0 : null,
    headingRows,
    headerRows,
    columnWidths,
    first: section,
    table: sheet.table && section ? { name: sheet.table.name } : null,
    choices,
    rowColors,
    wrapColumns: section ? [...new Set(sheet.wrapColumns ?? [])] : [],
    chart: chartPlacement(sheet),
  };
}
