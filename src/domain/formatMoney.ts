import { memoized } from './memo';
import { formatMinorUnits, minorDigits } from './money';

/**
 * Money as the reader of a reminder expects it in their language, from integer minor units.
 * The digits come from `formatMinorUnits` (exact decimal text); only separators and a symbol
 * are added, so no float ever touches the amount and nothing is rounded.
 */

const NBSP = '\u00a0';

interface MoneyStyle {
  group: string;
  decimal: string;
  /** Symbols written before the number, with what separates them from it. */
  before: Readonly<Record<string, string>>;
  /** Symbols written after the number (always after a no-break space). */
  after: Readonly<Record<string, string>>;
  /** Where any other currency's ISO code goes. */
  codeBefore: boolean;
}

const STYLES: Readonly<Record<string, MoneyStyle>> = {
  // "$1,234.56", "€1,234.56", "1,234.56 PLN"
  en: { group: ',', decimal: '.', before: { USD: '$', EUR: '€', GBP: '£', JPY: '¥' }, after: {}, codeBefore: false },
  // "1 234,56 ₽", "1 234,56 USD" (no-break spaces)
  ru: { group: NBSP, decimal: ',', before: {}, after: { RUB: '₽', EUR: '€' }, codeBefore: false },
  // "1 234,56 zł" (grouped from four digits on, as accountants write it)
  pl: { group: NBSP, decimal: ',', before: {}, after: { PLN: 'zł', EUR: '€' }, codeBefore: false },
  // "Rp 1.234.567,00", "USD 1.234,56"
  id: { group: '.', decimal: ',', before: { IDR: `Rp${NBSP}` }, after: {}, codeBefore: true },
};

/** ISO 4217 "no currency": amounts whose sheet named none are shown as bare numbers. */
const NO_CURRENCY = 'XXX';

/** The number with `separator` between groups of three digits, from the right. */
function group(digits: string, separator: string): string {
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

const own = (table: Readonly<Record<string, string>>, key: string): string | null => (Object.hasOwn(table, key) ? table[key] : null);

/** What a currency's amounts are written with in one language: minor digits, and the text before and after the number. */
interface Frame {
  digits: number;
  prefix: string;
  suffix: string;
}

function frame(style: MoneyStyle, currency: string): Frame {
  const code = currency.toUpperCase() === NO_CURRENCY ? null : currency.toUpperCase();
  const digits = minorDigits(code);
  if (code === null) return { digits, prefix: '', suffix: '' };
  const before = own(style.before, code);
  if (before !== null) return { digits, prefix: before, suffix: '' };
  const after = own(style.after, code);
  if (after !== null) return { digits, prefix: '', suffix: NBSP + after };
  return style.codeBefore ? { digits, prefix: code + NBSP, suffix: '' } : { digits, prefix: '', suffix: NBSP + code };
}

/**
 * Each style's frame per currency as written in the sheet: a workbook holds a few currencies
 * and a morning's drafts tens of thousands of amounts, so each frame is worked out once.
 */
const FRAMES: Readonly<Record<string, Map<string, Frame>>> = Object.fromEntries(Object.keys(STYLES).map((language) => [language, new Map()]));

/**
 * An amount of `minor` units of `currency` written for `language` (ISO 639-1; English
 * conventions for a language without its own). Where a space separates symbol and number it
 * is a no-break space (U+00A0), as are Russian and Polish digit groups, so an amount never
 * wraps. Throws (like `formatMinorUnits`) when `minor` is not a safe integer.
 * @example
 * formatMoney(123456, 'USD', 'en')    // "$1,234.56"
 * formatMoney(123456, 'PLN', 'en')    // "1,234.56 PLN"
 * formatMoney(123456, 'RUB', 'ru')    // "1 234,56 ₽"
 * formatMoney(123456, 'PLN', 'pl')    // "1 234,56 zł"
 * formatMoney(123456700, 'IDR', 'id') // "Rp 1.234.567,00"
 * formatMoney(-500, 'EUR', 'en')      // "-€5.00"
 * formatMoney(1500, 'JPY', 'en')      // "¥1,500"
 * formatMoney(1500, null, 'en')       // "15.00" (no currency known)
 */
export function formatMoney(minor: number, currency: string | null, language: string): string {
  const known = Object.hasOwn(STYLES, language) ? language : 'en';
  const style = STYLES[known];
  // No currency is written like ISO's "no currency" code: a bare number.
  const { digits, prefix, suffix } = memoized(FRAMES[known], currency ?? NO_CURRENCY, (code) => frame(style, code));
  const exact = formatMinorUnits(minor, digits);
  const sign = exact.startsWith('-') ? '-' : '';
  const point = exact.indexOf('.');
  const whole = group(exact.slice(sign.length, point < 0 ? exact.length : point), style.group);
  const number = point < 0 ? whole : whole + style.decimal + exact.slice(point + 1);
  return sign + prefix + number + suffix;
}
