/**
 * What went wrong with a workbook file, in words a user can act on. Every message the .xlsx
 * adapter can show lives here, so the wording stays consistent and reviewable in one place.
 */
export type XlsxErrorCode = 'not-a-zip' | 'encrypted' | 'not-a-workbook' | 'unsupported';

export class XlsxError extends Error {
  override readonly name = 'XlsxError';

  constructor(
    readonly code: XlsxErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const xlsxErrors = {
  notAZip: () => new XlsxError('not-a-zip', 'The file is not an .xlsx workbook (it is not a zip package).'),
  damaged: (detail: string) =>
    new XlsxError('not-a-zip', `The .xlsx file is damaged or incomplete (${detail}); it may have been truncated while copying or downloading.`),
  oleContainer: () =>
    new XlsxError('encrypted', 'This is a password-protected or legacy .xls workbook; save it as .xlsx without a password.'),
  encryptedEntry: (name: string) =>
    new XlsxError('encrypted', `The workbook's zip entry "${name}" is encrypted; save it as .xlsx without a password.`),
  notAWorkbook: (detail: string) => new XlsxError('not-a-workbook', `The file is a zip package but not an Excel workbook (${detail}).`),
  brokenWorkbook: (detail: string) => new XlsxError('not-a-workbook', `The workbook is damaged: ${detail}.`),
  zip64: () =>
    new XlsxError('unsupported', 'Workbooks over 4 GB or with more than 65,535 parts (zip64) are not supported.'),
  multiDisk: () => new XlsxError('unsupported', 'Split (multi-part) zip archives are not supported.'),
  compressionMethod: (name: string, method: number) =>
    new XlsxError('unsupported', `The zip entry "${name}" uses compression method ${method}; only stored and deflated entries are supported.`),
  binaryWorkbook: () =>
    new XlsxError('unsupported', 'Binary workbooks (.xlsb) are not supported; save the file as .xlsx.'),
  notAWorksheet: (name: string) =>
    new XlsxError('unsupported', `"${name}" is a chart or macro sheet, so it cannot be replaced; rename it or choose another sheet name.`),
  stylesTooMinimal: (missing: string) =>
    new XlsxError('unsupported', `The workbook's styles part has no <${missing}> list; open and save the file in Excel, then try again.`),
  invalidSheetName: (name: string, reason: string) =>
    new XlsxError('unsupported', `Sheet name "${name}" ${reason}.`),
};
