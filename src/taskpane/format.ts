import { type LocalDate } from '../domain/localDate';
import { formatMinorUnits, minorDigits } from '../domain/money';
import { NO_CURRENCY } from '../domain/summarize';
import type { Strings } from './i18n/strings';

const MS_PER_DAY = 86_400_000;

/**
 * An amount with its currency code, grouped for the UI language: "27,092.56 EUR", "1 234,56 PLN".
 * The code rather than a symbol, because "$" alone would hide whether it is USD or CAD.
 */
export function formatAmount(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency === NO_CURRENCY ? null : currency);
  // formatMinorUnits is exact; Number() of that decimal text only feeds the display grouping.
  const value = Number(formatMinorUnits(minor, digits));
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return `${text} ${currency}`;
}

/** A calendar date for the UI language. LocalDate has no time zone, so it is formatted as UTC. */
export function formatDate(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date * MS_PER_DAY));
}

/**
 * The bucket ids of the engine ("current", "1-30", "over-120") in words.
 * @example bucketLabel('31-60', en) // "31–60 days"
 */
export function bucketLabel(id: string, strings: Strings): string {
  if (id === 'current') return strings.bucketCurrent;
  const range = /^(\d+)-(\d+)$/.exec(id);
  if (range) return strings.bucketRange(range[1], range[2]);
  const over = /^over-(\d+)$/.exec(id);
  return over ? strings.bucketOver(over[1]) : id;
}
