import { HEADER_SEARCH_ROWS } from '../../../domain/detectColumns';
import type { CellValue } from '../../../workbook/ports';
import { columnLetters, locateColumn } from '../locateColumn';

/**
 * Selects a problem's cell in Excel so the user lands on it. The column is found by its header
 * text in the rows above (the issue names the column as the user sees it); with no header, or
 * none found, the whole row is selected. Two syncs: the top rows' values, then the selection.
 */
export async function selectCell(sheet: string, row: number, header: string): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    let column: number | null = null;
    const top = Math.min(row - 1, HEADER_SEARCH_ROWS);
    if (header !== '' && top > 0) {
      const used = worksheet.getUsedRange(true);
      used.load('columnIndex,columnCount');
      await context.sync();
      const range = worksheet.getRangeByIndexes(0, 0, top, used.columnIndex + used.columnCount);
      range.load('values');
      await context.sync();
      const rows = range.values as CellValue[][];
      column = locateColumn({ name: sheet, firstRow: 1, firstCol: 1, rows }, row, header);
    }
    worksheet.activate();
    worksheet.getRange(column === null ? `${row}:${row}` : `${columnLetters(column)}${row}`).select();
    await context.sync();
  });
}
