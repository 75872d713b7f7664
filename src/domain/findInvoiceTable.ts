import { type ColumnMap, columnCount, findColumns } from './detectColumns';
import type { Field } from './fields';
import type { Grid } from './grid';

export interface TableCandidate {
  sheet: string;
  map: ColumnMap;
}

/**
 * Picks the sheet whose header row names the most invoice fields (first sheet wins a tie).
 * `heads` are the first rows of each sheet, in workbook order.
 */
export function findInvoiceTable(heads: readonly Grid[], overrides: Partial<Record<Field, string>>): TableCandidate | null {
  let best: TableCandidate | null = null;
  for (const head of heads) {
    const map = findColumns(head, overrides);
    if (map && (!best || columnCount(map) > columnCount(best.map))) best = { sheet: head.name, map };
  }
  return best;
}
