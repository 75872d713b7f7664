import type { CellValue, Grid } from '../../src/domain/grid';
import { type LocalDate, parseIsoDate } from '../../src/domain/localDate';

/** A grid from literal rows, as a host would hand it over (row 1 first). */
export function grid(rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { name: 'Invoices', firstRow: 1, firstCol: 1, rows, ...extra };
}

export function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  if (date === null) throw new Error(`bad test date ${iso}`);
  return date;
}
