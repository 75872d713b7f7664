/** Sheets the product writes and rewrites. Every other sheet belongs to the user and is never touched. */
export const AGING_SUMMARY_SHEET = 'Aging summary';
export const ISSUES_SHEET = 'Issues';

export const OWNED_SHEETS: readonly string[] = [AGING_SUMMARY_SHEET, ISSUES_SHEET];

export function isOwnedSheet(name: string): boolean {
  return OWNED_SHEETS.some((owned) => owned.toLowerCase() === name.toLowerCase());
}
