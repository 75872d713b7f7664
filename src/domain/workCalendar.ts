import { type LocalDate, addDays, isoWeekday } from './localDate';

/** Which days a collector works: weekdays plus a holiday list. */
export interface WorkCalendar {
  isWorkingDay(date: LocalDate): boolean;
}

export function workCalendar(workingDays: readonly number[], holidays: Iterable<LocalDate>): WorkCalendar {
  const weekdays = new Set(workingDays);
  const off = new Set<number>(holidays);
  return { isWorkingDay: (date) => weekdays.has(isoWeekday(date)) && !off.has(date) };
}

/** Guards against a calendar with no working day at all (a settings mistake, caught earlier). */
const MAX_SEARCH = 366;

/**
 * The date itself when it is a working day, else the next one.
 * @example nextWorkingDay(saturday, weekdays) // the Monday after
 */
export function nextWorkingDay(date: LocalDate, calendar: WorkCalendar): LocalDate {
  let day = date;
  for (let i = 0; i < MAX_SEARCH && !calendar.isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

/**
 * Moves `days` working days from `date` (backwards when negative); 0 moves to the next working day.
 * @example addWorkingDays(wednesdayDue, -3, weekdays) // the Friday before
 */
export function addWorkingDays(date: LocalDate, days: number, calendar: WorkCalendar): LocalDate {
  if (days === 0) return nextWorkingDay(date, calendar);
  const step = days > 0 ? 1 : -1;
  let day = date;
  for (let left = Math.abs(days), guard = 0; left > 0 && guard < MAX_SEARCH * 10; guard++) {
    day = addDays(day, step);
    if (calendar.isWorkingDay(day)) left--;
  }
  return day;
}
