import { minorDigits } from '../domain/money';
import type { OutValue } from './ports';

/**
 * How the product's cells look, shared by every writer (the .xlsx writer and the Office
 * adapter) so both hosts give the same sheet cell for cell.
 */

/** The number format of the product's date cells. */
export const DATE_FORMAT = 'yyyy-mm-dd';
/** Column widths, in characters, that auto-sizing stays between. */
export const MAX_WIDTH = 60;
export const MIN_WIDTH = 8;
/** Excel's limits: characters in a cell, and characters in a drop-down list's source. */
export const MAX_CELL_TEXT = 32767;
export const MAX_LIST_LENGTH = 255;

/** @example moneyFormat('USD') // '#,##0.00 "USD"'; moneyFormat('JPY') // '#,##0 "JPY"' */
export function moneyFormat(currency: string): string {
  const digits = minorDigits(currency);
  return `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''} "${currency.replace(/["\\]/g, '')}"`;
}

/** Table column names must be unique and non-empty; Excel numbers repeats the same way. */
export function tableColumnNames(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((text, i) => {
    const base = text.replace(/[\u0000-\u001F]+/g, ' ').trim() || `Column${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toUpperCase()); n++) name = `${base}${n}`;
    seen.add(name.toUpperCase());
    return name;
  });
}

/** Roughly how many characters the cell shows, for sizing its column. */
export function shownLength(value: OutValue): number {
  if (value === null) return 0;
  switch (value.t) {
    case 'text': {
      // The longest line, without splitting: this runs for every cell of a large sheet.
      const text = value.v;
      let longest = 0;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        longest = Math.max(longest, nl - start);
        start = nl + 1;
      }
      return Math.max(longest, text.length - start);
    }
    case 'int':
    case 'number':
      return String(value.v).length;
    case 'date':
      return DATE_FORMAT.length;
    case 'money': {
      const digits = minorDigits(value.currency);
      // The whole part's digits, counted without making its string: this too runs for every money cell.
      let whole = 1;
      for (let w = Math.abs(Math.trunc(value.minor / 10 ** digits)); w >= 10; w = Math.floor(w / 10)) whole++;
      return (value.minor < 0 ? 1 : 0) + whole + Math.floor((whole - 1) / 3) + (digits ? digits + 1 : 0) + 1 + value.currency.length;
    }
  }
}
