/** Sheets the product writes and rewrites. Every other sheet belongs to the user and is never touched. */
export const AGING_SUMMARY_SHEET = 'Aging summary';
export const ISSUES_SHEET = 'Issues';
export const TODAYS_ACTIONS_SHEET = "Today's actions";
export const COLLECTIONS_LOG_SHEET = 'Collections log';
/** Created once with the defaults, then the user's to edit: read on every refresh, never rewritten. */
export const DUNNING_SETTINGS_SHEET = 'Dunning settings';
/** The user's own reminder wording; created empty once, like Dunning settings. */
export const TEMPLATES_SHEET = 'Templates';

export const OWNED_SHEETS: readonly string[] = [AGING_SUMMARY_SHEET, ISSUES_SHEET, TODAYS_ACTIONS_SHEET, COLLECTIONS_LOG_SHEET, DUNNING_SETTINGS_SHEET, TEMPLATES_SHEET];

export function isOwnedSheet(name: string): boolean {
  return OWNED_SHEETS.some((owned) => owned.toLowerCase() === name.toLowerCase());
}
