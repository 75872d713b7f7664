import { type CellValue, isCellError } from './grid';

/**
 * A cell as trimmed text for matching and messages: numbers in plain decimal form (no
 * exponent for whole numbers, so invoice 1043 stays "1043"), errors as their code.
 * @example cellText('  ACME ') // "ACME"; cellText(1043) // "1043"; cellText({ error: '#N/A' }) // "#N/A"
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isCellError(value) ? value.error : '';
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
