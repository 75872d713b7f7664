import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { id } from 'date-fns/locale/id';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';
import type { Locale } from 'date-fns';
import { type LocalDate, toYearMonthDay } from './localDate';

/** `long` for running text ("November 30, 2026"), `short` for table columns ("Nov 30, 2026"). */
export type DateStyle = 'long' | 'short';

interface DateConvention {
  locale: Locale;
  long: string;
  short: string;
}

const CONVENTIONS: Readonly<Record<string, DateConvention>> = {
  en: { locale: enUS, long: 'MMMM d, yyyy', short: 'MMM d, yyyy' },
  ru: { locale: ru, long: 'dd.MM.yyyy', short: 'dd.MM.yyyy' },
  pl: { locale: pl, long: 'dd.MM.yyyy', short: 'dd.MM.yyyy' },
  id: { locale: id, long: 'd MMMM yyyy', short: 'd MMM yyyy' },
};

/**
 * A JS Date showing the same calendar day in the process's own time zone, for date-fns,
 * which reads a Date's local fields. Built with the local-time constructor at noon, so neither
 * the zone's offset (from UTC-12 to UTC+14) nor a daylight-saving jump at midnight can move
 * the day; `setFullYear` because the constructor maps years 0-99 to 1900-1999.
 */
export function toCalendarDate(date: LocalDate): Date {
  const { year, month, day } = toYearMonthDay(date);
  const value = new Date(year, month - 1, day, 12, 0, 0, 0);
  value.setFullYear(year, month - 1, day);
  return value;
}

/**
 * A date written for `language` (ISO 639-1; English for a language without its own
 * convention). The same day in every time zone: a LocalDate has no time and no zone.
 * @example
 * formatDate(date(2026, 11, 30), 'en')          // "November 30, 2026"
 * formatDate(date(2026, 11, 30), 'en', 'short') // "Nov 30, 2026"
 * formatDate(date(2026, 11, 30), 'ru')          // "30.11.2026"
 * formatDate(date(2026, 11, 30), 'pl')          // "30.11.2026"
 * formatDate(date(2026, 11, 30), 'id')          // "30 November 2026"
 * formatDate(date(2026, 8, 5), 'id', 'short')   // "5 Agt 2026"
 */
export function formatDate(date: LocalDate, language: string, style: DateStyle = 'long'): string {
  const convention = Object.hasOwn(CONVENTIONS, language) ? CONVENTIONS[language] : CONVENTIONS.en;
  return format(toCalendarDate(date), convention[style], { locale: convention.locale });
}
