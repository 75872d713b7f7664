/**
 * The Office adapter as the task pane and the ribbon command load it
 * (src/taskpane/hosts/office/officeAdapter.ts): every entry here is bound to the Excel this
 * add-in runs in, through `excelHost()`. Tests and the benchmark import the modules beside this
 * file instead and hand them the strict in-memory Excel.
 */
import type { OutSheet } from '../../workbook/ports';
import { AddinPreferences } from './addinPreferences';
import { excelHost } from './excelHost';
import { OfficeWorkbook as WorkbookInExcel, type OfficeWorkbookOptions } from './officeWorkbook';
import { writeOwnedSheets as writeSheets } from './writeOwnedSheets';

export { OfficeError, type OfficeErrorCode } from './officeError';
export type { AddinPreferences, AddinPreferenceValues, PreferenceKey } from './addinPreferences';
export type { OfficeWorkbookOptions } from './officeWorkbook';

/** The workbook open in Excel. */
export abstract class OfficeWorkbook {
  /** A reader over the workbook as it is now; open one per refresh. Call after Office.onReady. */
  static open(options?: OfficeWorkbookOptions): Promise<WorkbookInExcel> {
    return WorkbookInExcel.open(excelHost(), options);
  }
}

/** Writes the product's sheets into the workbook open in Excel (never half-written). */
export function writeOwnedSheets(sheets: readonly OutSheet[], options?: OfficeWorkbookOptions): Promise<void> {
  return writeSheets(excelHost(), sheets, options);
}

/** The add-in's own preferences saved in the workbook (last as-of date, column overrides). */
export function loadPreferences(): Promise<AddinPreferences> {
  return AddinPreferences.load(excelHost());
}
