import { type CellValue, isCellError, type SheetGrid } from '../../workbook/ports';

const key = (value: CellValue | undefined) => (value === null || value === undefined || isCellError(value) ? '' : String(value).trim().toLowerCase());

/**
 * The 1-based sheet column whose header reads `header`, searching the rows above `row` from the
 * nearest up (the header row of whatever table the row belongs to); null when none does, or when
 * `header` is "" (a problem with the whole row).
 * @example locateColumn(grid, 9, 'Invoice Date') // 2 when row 4 holds "Invoice No | Invoice Date"
 */
export function locateColumn(grid: SheetGrid, row: number, header: string): number | null {
  const wanted = header.trim().toLowerCase();
  if (wanted === '') return null;
  for (let r = Math.min(row - 1, grid.firstRow + grid.rows.length - 1); r >= grid.firstRow; r--) {
    const cells = grid.rows[r - grid.firstRow] ?? [];
    const at = cells.findIndex((cell) => key(cell) === wanted);
    if (at >= 0) return grid.firstCol + at;
  }
  return null;
}

/** "A", "Z", "AA"... for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
