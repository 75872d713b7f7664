import type { CellValue, OutSheet, SheetGrid } from '../../workbook/ports';
import type { ExcelContext, ExcelRange } from './excelApi';
import { jsonTextLength } from './jsonTextLength';
import { officeErrors } from './officeError';

/** Rows below those read that are looked at too: a row typed under the table is a change. */
const ROWS_BELOW = 50;
/** Cells read back for the check stay this small in the write's first request. */
const CHECK_LIMIT_BYTES = 1_000_000;
const MAX_ROWS = 1_048_576;

/** A cell as Excel's `values` gives it: '' when empty, an error as its text. */
function asValues(cell: CellValue | undefined): unknown {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'object' ? cell.error : cell;
}

/**
 * Loads the cells of a product sheet's typed columns (OutSheet.typedColumns: statuses, notes) as
 * they are now, in the request that inspects the workbook before a write; the returned check,
 * run once that request is back, throws when any differs from what the refresh read. Someone
 * typed in the sheet while the engine ran: replacing it would lose what they typed, so nothing
 * is written and they refresh again. Null when there is nothing to compare: no typed columns, a
 * sheet not read in this refresh, a header not found, or more than CHECK_LIMIT_BYTES of cells.
 */
export function queueTypedCellsCheck(context: ExcelContext, sheet: OutSheet, read: SheetGrid | undefined): (() => void) | null {
  const typed = sheet.typedColumns ?? [];
  if (typed.length === 0 || !read) return null;
  const headerIndex = read.rows.findIndex((row) => typed.every((name) => row.includes(name)));
  if (headerIndex < 0) return null;
  const columns = typed.map((name) => read.rows[headerIndex].indexOf(name));
  const first = headerIndex + 1;
  const top = read.firstRow - 1 + first;
  const rowCount = Math.min(read.rows.length - first + ROWS_BELOW, MAX_ROWS - top);
  let bytes = 0;
  for (let r = first; r < read.rows.length; r++) {
    for (const c of columns) {
      const cell = asValues(read.rows[r][c]);
      bytes += (typeof cell === 'string' ? jsonTextLength(cell) : String(cell).length) + 4;
    }
  }
  if (rowCount <= 0 || bytes > CHECK_LIMIT_BYTES) return null;

  const worksheet = context.workbook.worksheets.getItem(read.name);
  const ranges: ExcelRange[] = columns.map((c) => {
    const range = worksheet.getRangeByIndexes(top, read.firstCol - 1 + c, rowCount, 1);
    range.load('values');
    return range;
  });
  return () => {
    ranges.forEach((range, k) => {
      const c = columns[k];
      range.values.forEach((row, i) => {
        if (row[0] !== asValues(read.rows[first + i]?.[c])) throw officeErrors.changedWhileRefreshing(read.name);
      });
    });
  };
}
