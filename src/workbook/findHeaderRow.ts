import { cellText } from '../domain/cellText';
import { headerKey } from '../domain/fields';
import type { Grid } from '../domain/grid';

/**
 * The first row (0-based) whose cells include every one of `required` headers, and where each
 * header of `header` sits in it (column index, or -1 when the user removed that column).
 */
export function findHeaderRow(grid: Grid, header: readonly string[], required: readonly string[]): { index: number; columns: number[] } | null {
  const wanted = required.map(headerKey);
  for (let r = 0; r < Math.min(grid.rows.length, 30); r++) {
    const keys = grid.rows[r].map((v) => headerKey(cellText(v)));
    if (wanted.every((k) => keys.includes(k))) return { index: r, columns: header.map((h) => keys.indexOf(headerKey(h))) };
  }
  return null;
}
