import { layOutSheet } from '../../src/adapters/office/layOutSheet';
import { columnLetters } from '../../src/adapters/office/parseRangeAddress';
import type { OutSheet } from '../../src/workbook/ports';
import type { SeedSheet } from './strictExcel';

/**
 * A product sheet as a refresh in Excel leaves it, to seed the strict Excel with: its cells as
 * the Office writer lays them out (number formats kept) and its first section's table.
 */
export function productSheetSeed(sheet: OutSheet, extra: { readonly showTotals?: boolean } = {}): SeedSheet {
  const layout = layOutSheet(sheet, false);
  const first = layout.first;
  const tables = sheet.table && first ? [{ name: sheet.table.name, address: `A${first.headerRow + 1}:${columnLetters(first.columnCount - 1)}${first.lastDataRow + 1}`, ...extra }] : [];
  return {
    name: layout.name,
    rows: layout.rows.map((row) => row.map((cell) => (cell.format !== null && cell.value !== null ? { value: cell.value, format: cell.format } : cell.value))),
    tables,
  };
}
