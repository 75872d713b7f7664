/**
 * The download's name: the CLI's "<name>.refreshed.xlsx" (.xlsm stays .xlsm, macros and all),
 * without piling up ".refreshed" when yesterday's download is opened and refreshed again.
 * @example outputName('receivables.xlsx') // "receivables.refreshed.xlsx"
 * @example outputName('receivables.refreshed.xlsm') // "receivables.refreshed.xlsm"
 */
export function outputName(input: string): string {
  const m = /^(.*?)(\.refreshed)?(\.xlsx|\.xlsm)?$/i.exec(input);
  const base = m?.[1] || 'workbook';
  const ext = m?.[3]?.toLowerCase() ?? '.xlsx';
  return `${base}.refreshed${ext}`;
}
