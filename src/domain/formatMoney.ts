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

function group(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

const own = (table: Readonly<Record<string, string>>, key: string): string | null => (Object.hasOwn(table, key) ? table[key] : null);

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
  const code = currency === null || currency.toUpperCase() === NO_CURRENCY ? null : currency.toUpperCase();
  const exact = formatMinorUnits(minor, minorDigits(code));
  const negative = exact.startsWith('-');
  const [whole, fraction] = (negative ? exact.slice(1) : exact).split('.');
  const style = Object.hasOwn(STYLES, language) ? STYLES[language] : STYLES.en;
  const number = group(whole, style.group) + (fraction === undefined ? '' : style.decimal + fraction);
  const sign = negative ? '-' : '';
  if (code === null) return sign + number;
  const before = own(style.before, code);
  if (before !== null) return sign + before + number;
  const after = own(style.after, code);
  if (after !== null) return `${sign}${number}${NBSP}${after}`;
  return style.codeBefore ? `${sign}${code}${NBSP}${number}` : `${sign}${number}${NBSP}${code}`;
}
