import fc from 'fast-check';
import { type Locale, format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { id } from 'date-fns/locale/id';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';
import { type DateStyle, formatDate } from './formatDate';
import { type LocalDate, localDate, toYearMonthDay } from './localDate';

/** The date-fns patterns and locales formatDate used before it was written by hand: its output must not change. */
const BEFORE: ReadonlyArray<[string, Locale, Record<DateStyle, string>]> = [
  ['en', enUS, { long: 'MMMM d, yyyy', short: 'MMM d, yyyy' }],
  ['ru', ru, { long: 'dd.MM.yyyy', short: 'dd.MM.yyyy' }],
  ['pl', pl, { long: 'dd.MM.yyyy', short: 'dd.MM.yyyy' }],
  ['id', id, { long: 'd MMMM yyyy', short: 'd MMM yyyy' }],
  // A language without a convention of its own is written as English.
  ['de', enUS, { long: 'MMMM d, yyyy', short: 'MMM d, yyyy' }],
];

/** The day at local noon, as formatDate once handed it to date-fns: setFullYear keeps years 0-99 as they are. */
function calendarDate(date: LocalDate): Date {
  const { year, month, day } = toYearMonthDay(date);
  const value = new Date(2000, 0, 1, 12, 0, 0, 0);
  value.setFullYear(year, month - 1, day);
  return value;
}

const first = localDate(1, 1, 1)!;
const last = localDate(9999, 12, 31)!;

describe('formatDate matches date-fns format as it was used before', () => {
  const dates = fc.oneof(
    fc.integer({ min: first, max: last }),
    // Beyond the years a sheet holds: deadlines and terms can carry a date past them.
    fc.integer({ min: -99_000_000, max: 99_000_000 }),
  );

  it.each(BEFORE)('in %p', (language, locale, patterns) => {
    fc.assert(
      fc.property(dates, fc.constantFrom<DateStyle>('long', 'short'), (days, style) => {
        const date = days as LocalDate;
        expect(formatDate(date, language, style)).toBe(format(calendarDate(date), patterns[style], { locale }));
      }),
      { numRuns: 5000 },
    );
  });

  it('for every month name', () => {
    for (const [language, locale, patterns] of BEFORE) {
      for (let month = 1; month <= 12; month++) {
        const date = localDate(2026, month, 9)!;
        for (const style of ['long', 'short'] as const) expect(formatDate(date, language, style)).toBe(format(calendarDate(date), patterns[style], { locale }));
      }
    }
  });
});
