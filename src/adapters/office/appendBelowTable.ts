import type { OutSheet } from '../../workbook/ports';
import { LOOK_BYTES, padded, setChoices } from './cellRequests';
import type { ExcelContext, ExcelTable } from './excelApi';
import { type CellOut, type FirstSection, layOutSheet, type SheetLayout } from './layOutSheet';
import type { RangeArea } from './parseRangeAddress';

/** Calls to add rows below a table: find it, take the rows below, set formats and values, resize it. */
const APPEND_CALLS = 5;

/** A product sheet's table as a refresh read it: nothing below it, and its header cells (null where not text). */
export interface SeenTable {
  readonly name: string;
  /** Where it was, 0-based. */
  readonly area: RangeArea;
  readonly header: readonly (string | null)[];
}

/** New rows to add below a sheet's table, the rest of the sheet left as it is (OutSheet.newRowsFrom). */
export interface TableAppend {
  readonly table: string;
  /** Laid out as the whole sheet would be, one row per new row. */
  readonly rows: readonly (readonly CellOut[])[];
  /** The layout of the header and the new rows: their width and drop-downs. */
  readonly layout: SheetLayout;
}

/**
 * The new rows of a sheet that only grows (OutSheet.newRowsFrom), when they can go below its
 * table: the table a refresh read, with nothing below it then (no value, no merged cells), is
 * still on the sheet under its name, has no totals row, and its header is the one the sheet would
 * be written with. Otherwise null (a new log, a header the user changed), and the sheet is rebuilt.
 */
export function planTableAppend(sheet: OutSheet, seen: SeenTable, tables: readonly ExcelTable[], date1904: boolean): TableAppend | null {
  const from = sheet.newRowsFrom;
  const section = sheet.sections[0];
  if (from === undefined || from <= 0 || !section || !sheet.table) return null;
  const table = tables.find((t) => t.name === seen.name);
  if (!table || table.showTotals || table.worksheet.name.toUpperCase() !== sheet.name.toUpperCase()) return null;
  const layout = layOutSheet({ ...sheet, title: [], sections: [{ header: section.header, rows: section.rows.slice(from) }] }, date1904);
  const first = layout.first as FirstSection;
  const header = layout.rows[first.headerRow];
  if (header.length !== seen.header.length || header.some((cell, c) => cell.value !== seen.header[c])) return null;
  return { table: table.name, rows: layout.rows.slice(first.firstDataRow), layout };
}

/** Bytes of adding the rows: the cells (`rowSizes`, as the request counts them), the drop-downs and the calls placing them. */
export function tableAppendBytes(append: TableAppend, rowSizes: readonly number[]): number {
  return rowSizes.reduce((a, b) => a + b, 0) + (APPEND_CALLS + 3 * append.layout.choices.length) * LOOK_BYTES;
}

/**
 * New rows below the table, which grows over them: formats before values, as the sheets' cells
 * are written, and the drop-downs of the rows above (`validation`, ExcelApi 1.8). Relative to
 * the table as it is when the request runs, so rows the user added to it meanwhile stay where
 * they are, above the new ones.
 */
export function queueTableAppend(context: ExcelContext, append: TableAppend, validation: boolean): void {
  const count = append.rows.length;
  if (count === 0) return;
  const width = append.layout.columnCount;
  const table = context.workbook.tables.getItem(append.table);
  const range = table.getRange();
  const below = range.getRowsBelow(count);
  const formats = append.rows.map((row) => padded(row, width, (cell) => cell.format));
  if (formats.some((row) => row.some((f) => f !== null))) below.numberFormat = formats;
  below.values = append.rows.map((row) => padded(row, width, (cell) => cell.value));
  if (validation) setChoices((column) => below.getColumn(column), append.layout.choices);
  table.resize(range.getResizedRange(count, 0));
}
