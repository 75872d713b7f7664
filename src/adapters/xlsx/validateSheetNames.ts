import { xlsxErrors } from './xlsxError';

const FORBIDDEN = /[[\]:*?/\\]/;
const CONTROL = /[\u0000-\u001F]/;

/** Excel's rules for sheet names; it refuses to open a workbook that breaks them. */
export function validateSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name.length === 0 || name.length > 31) throw xlsxErrors.invalidSheetName(name, 'must be 1 to 31 characters long');
    if (FORBIDDEN.test(name)) throw xlsxErrors.invalidSheetName(name, 'may not contain any of [ ] : * ? / \\');
    if (CONTROL.test(name)) throw xlsxErrors.invalidSheetName(name, 'may not contain control characters');
    if (name.startsWith("'") || name.endsWith("'")) throw xlsxErrors.invalidSheetName(name, 'may not begin or end with an apostrophe');
    if (name.toLowerCase() === 'history') throw xlsxErrors.invalidSheetName(name, 'is reserved by Excel');
    const key = name.toUpperCase();
    if (seen.has(key)) throw xlsxErrors.invalidSheetName(name, 'is used twice (Excel ignores case in sheet names)');
    seen.add(key);
  }
}
