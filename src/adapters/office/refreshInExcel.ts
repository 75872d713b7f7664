import { type RefreshOptions, type RefreshResult, refresh } from '../../app/refresh';
import type { ExcelApi } from './excelApi';
import { OfficeWorkbook, type OfficeWorkbookOptions } from './officeWorkbook';

/**
 * One "Refresh aging" in the open workbook: read it, refresh, write the product's sheets. The
 * task pane and the ribbon command both call this. A RefreshError (bad settings, no invoice
 * table) is thrown before anything is written; Excel failures arrive as OfficeError.
 */
export async function refreshInExcel(excel: ExcelApi, options: RefreshOptions, adapter: OfficeWorkbookOptions = {}): Promise<RefreshResult> {
  const book = await OfficeWorkbook.open(excel, adapter);
  const result = await refresh(book, options);
  await book.writeOwnedSheets(result.sheets);
  return result;
}
