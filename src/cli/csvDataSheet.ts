import { cellText } from '../domain/cellText';
import { type CellValue, type OutSheet, type SheetGrid, text } from '../workbook/ports';

/**
 * A CSV input becomes the first sheet of the output workbook, every cell kept as the text it
 * was (so "000123" keeps its zeros and "=1+1" stays text), row for row, so the row numbers in
 * the report point at the same lines.
 */
export function csvDataSheet(grid: SheetGrid): OutSheet {
  const [header = [], ...rows] = grid.rows;
  const raw = (v: CellValue) => (typeof v === 'string' ? v : cellText(v));
  return {
    name: grid.name,
    title: [],
    sections: [{ header: header.map(raw), rows: rows.map((row) => row.map((v) => (v === null ? null : text(raw(v))))) }],
  };
}
