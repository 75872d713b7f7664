import { type CellValue, isCellError } from './grid';

/**
 * True for printable ASCII other than the space: characters trim() never removes. Checking the
 * ends of a text for them skips trim() on almost every cell of a large sheet.
 */
function keptByTrim(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** `text.trim()`, without the call when neither end could be white space. */
function trimmed(text: string): string {
  const last = text.length - 1;
  return last >= 0 && keptByTrim(text.charCodeAt(0)) && keptByTrim(text.charCodeAt(last)) ? text : text.trim();
}

/**
 * A cell as trimmed text for matching and messages: numbers in plain decimal form (no
 * exponent for whole numbers, so invoice 1043 stays "1043"), errors as their code.
 * @example cellText('  ACME ') // "ACME"; cellText(1043) // "1043"; cellText({ error: '#N/A' }) // "#N/A"
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return trimmed(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isCellError(value) ? value.error : '';
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  return value.length === 0 || (!keptByTrim(value.charCodeAt(0)) && value.trim() === '');
}
