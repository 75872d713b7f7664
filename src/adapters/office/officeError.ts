/**
 * What went wrong talking to Excel, in words a user can act on. Every message the Office adapter
 * can show lives here, so the task pane's MessageBar wording stays consistent and reviewable.
 */
export type OfficeErrorCode =
  /** The user is typing in a cell: Excel refuses every API call until they leave it. */
  | 'cell-edit-mode'
  /** A sheet or the workbook structure is protected (Excel's AccessDenied). */
  | 'protected'
  /** A request or response went over Excel on the web's 5 MB (or 5 million cells) limit. */
  | 'payload-too-large'
  /** This Excel lacks an API the adapter cannot do without. */
  | 'unsupported'
  /** Someone typed in a product sheet while the refresh ran: nothing was written. */
  | 'changed'
  /** Any other failure reported by Excel. */
  | 'excel';

export class OfficeError extends Error {
  override readonly name = 'OfficeError';

  constructor(
    readonly code: OfficeErrorCode,
    message: string,
    /** Excel's own error code (OfficeExtension.Error.code), when Excel raised it. */
    readonly excelCode?: string,
  ) {
    super(message);
  }
}

export const officeErrors = {
  cellEditMode: (excelCode?: string) =>
    new OfficeError(
      'cell-edit-mode',
      'Excel is busy because a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.',
      excelCode,
    ),
  protectedSheet: (sheet: string) =>
    new OfficeError(
      'protected',
      `The sheet "${sheet}" is protected, so Dunning Desk cannot update it. Unprotect it (Review > Unprotect Sheet), then try again.`,
      'AccessDenied',
    ),
  protectedWorkbook: () =>
    new OfficeError(
      'protected',
      "The workbook's structure is protected, so Dunning Desk cannot add or replace its sheets. Unprotect it (Review > Protect Workbook), then try again.",
      'AccessDenied',
    ),
  accessDenied: (excelCode: string) =>
    new OfficeError(
      'protected',
      'Excel refused the change: a sheet or the workbook is protected, or the workbook is open read-only. Unprotect it or open it for editing, then try again.',
      excelCode,
    ),
  payloadTooLarge: (excelCode: string) =>
    new OfficeError(
      'payload-too-large',
      'Excel refused a request over its size limit (5 MB per request in Excel on the web). A cell with very long text can cause this; if it keeps happening, please report it.',
      excelCode,
    ),
  changedWhileRefreshing: (sheet: string) =>
    new OfficeError(
      'changed',
      `Someone typed in "${sheet}" while Dunning Desk was refreshing, so nothing was changed and what they typed is kept. Refresh again to take it in.`,
    ),
  unsupported: (what: string) =>
    new OfficeError('unsupported', `This version of Excel does not support ${what}. Update Excel, or use Excel on the web, then try again.`),
  excel: (excelCode: string, detail: string) =>
    new OfficeError('excel', `Excel could not complete the update (${excelCode}${detail ? `: ${detail}` : ''}). Try again; if it keeps happening, please report it.`, excelCode),
};
