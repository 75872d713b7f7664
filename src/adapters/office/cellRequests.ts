import type { ExcelRange } from './excelApi';
import { jsonTextLength } from './jsonTextLength';
import type { CellOut, SheetLayout } from './layOutSheet';

/** Rough bytes of one formatting call in a request (path, property, value). */
export const LOOK_BYTES = 300;

/** A row of cells as one picked property each, padded to the block's width. */
export function padded(row: readonly CellOut[], width: number, pick: (cell: CellOut) => string | number | null): (string | number | null)[] {
  const out = new Array<string | number | null>(width).fill(null);
  for (let c = 0; c < row.length; c++) out[c] = pick(row[c]);
  return out;
}

/** JSON bytes a row adds to a request: its values, its number formats, and the padding to the block's width. */
export function rowBytes(row: readonly CellOut[], width: number): number {
  let bytes = 8 + (width - row.length) * 10;
  for (const cell of row) {
    bytes += (typeof cell.value === 'string' ? jsonTextLength(cell.value) : String(cell.value).length) + 1;
    bytes += (cell.format === null ? 4 : jsonTextLength(cell.format)) + 1;
  }
  return bytes;
}

/** The drop-down lists of a layout, on the ranges `range` gives for their columns. */
export function setChoices(range: (column: number) => ExcelRange, choices: SheetLayout['choices']): void {
  for (const choice of choices) {
    const validation = range(choice.column).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: choice.source } };
    // A warning, not a stop: a word the list lacks is kept and reported by the next refresh.
    validation.errorAlert = { showAlert: true, style: 'Warning', title: 'Dunning Desk', message: `Choose one of: ${choice.source.split(',').join(', ')}.` };
    validation.ignoreBlanks = true;
  }
}
