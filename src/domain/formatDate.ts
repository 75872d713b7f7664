import { type LocalDate, toYearMonthDay } from './localDate';

/** `long` for running text ("November 30, 2026"), `short` for table columns ("Nov 30, 2026"). */
export type DateStyle = 'long' | 'short';

/** The text before the year, which every convention writes last: "Nov 30, " then "2026". */
type DayMonth = (day: number, month: number) => string;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Month names as date-fns's en-US and id locales write them in a date. */
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ID_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ID_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'];

/** "30.11.2026": Russian and Polish write the same numeric date in text and in tables. */
const dotted: DayMonth = (day, month) => `${two(day)}.${two(month)}.`;

/**
 * Written by hand, not with date-fns `format`, which took most of the time of drafting a
 * morning's reminders (every one has a table of dates). formatDate.property.test.ts pins
 * the output to date-fns's for every language and style.
 */
const CONVENTIONS: Readonly<Record<string, Readonly<Record<DateStyle, DayMonth>>>> = {
  en: { long: (d, m) => `${EN_MONTHS[m - 1]} ${d}, `, short: (d, m) => `${EN_SHORT[m - 1]} ${d}, ` },
  ru: { long: dotted, short: dotted },
  pl: { long: dotted, short: dotted },
  id: { long: (d, m) => `${d} ${ID_MONTHS[m - 1]} `, short: (d, m) => `${d} ${ID_SHORT[m - 1]} ` },
};

/**
 * Each convention's text for the 12 x 31 day-and-month slots, written on first use: a
 * morning's drafts write tens of thousands of dates, which then cost a lookup and one join.
 */
const WRITTEN = new Map<DayMonth, readonly string[]>();

function dayMonth(write: DayMonth, day: number, month: number): string {
  let slots = WRITTEN.get(write);
  if (slots === undefined) {
    const all: string[] = [];
    for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) all.push(write(d, m));
    WRITTEN.set(write, all);
    slots = all;
  }
  return slots[(month - 1) * 31 + day - 1];
}

/** Epoch days a JS Date can hold (+-8.64e15 ms): the range dates were formatted in before, beyond it a bug. */
const MAX_DAYS = 100_000_000;

/**
 * A date written for `language` (ISO 639-1; English for a language without its own
 * convention). The same day in every time zone: a LocalDate has no time and no zone. Years
 * have at least four digits; a year before 1 is written as the year BC (0 is "0001"), as
 * date-fns did. Throws a RangeError for a value that is not a whole number of days a JS Date
 * could hold, a programmer error.
 * @example
 * formatDate(date(2026, 11, 30), 'en')          // "November 30, 2026"
 * formatDate(date(2026, 11, 30), 'en', 'short') // "Nov 30, 2026"
 * formatDate(date(2026, 11, 30), 'ru')          // "30.11.2026"
 * formatDate(date(2026, 11, 30), 'pl')          // "30.11.2026"
 * formatDate(date(2026, 11, 30), 'id')          // "30 November 2026"
 * formatDate(date(2026, 8, 5), 'id', 'short')   // "5 Agt 2026"
 */
export function formatDate(date: LocalDate, language: string, style: DateStyle = 'long'): string {
  if (!Number.isSafeInteger(date) || Math.abs(date) >= MAX_DAYS) throw new RangeError(`[dunning-desk] not a date: ${date}`);
  const convention = Object.hasOwn(CONVENTIONS, language) ? CONVENTIONS[language] : CONVENTIONS.en;
  const { year, month, day } = toYearMonthDay(date);
  return dayMonth(convention[style], day, month) + String(year > 0 ? year : 1 - year).padStart(4, '0');
}
