import { isoWeekday, toYearMonthDay, type LocalDate } from '../../domain/localDate';

/** A wall-clock moment for the Date header, without a JS `Date` (and so without the host's time zone). */
export interface MailDateTime {
  date: LocalDate;
  hour: number;
  minute: number;
  /** The writer's offset from UTC in minutes (+60 for CET, -300 for EST). */
  offsetMinutes: number;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

const RFC5322 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?([0-3]?\d) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} ([0-2]\d):([0-5]\d)(?::([0-6]\d))? [+-][01]\d[0-5]\d$/;

/**
 * An RFC 5322 date-time. A string is taken as already written ("Mon, 30 Nov 2026 09:00:00
 * +0100") when it has exactly that form, and refused otherwise. A bare LocalDate is written at 12:00 UTC: noon keeps the same calendar
 * day in every time zone from UTC-11 to UTC+11, so the draft is never shown as dated the day
 * before the aging date. Returns null for an impossible time or offset.
 * @example mailDate(localDate(2026, 11, 30)!) // "Mon, 30 Nov 2026 12:00:00 +0000"
 */
export function mailDate(when: LocalDate | MailDateTime | string): string | null {
  if (typeof when === 'string') {
    const m = RFC5322.exec(when);
    return m && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) <= 23 && Number(m[4] ?? 0) <= 60 ? when : null;
  }
  const { date, hour, minute, offsetMinutes } = typeof when === 'number' ? { date: when, hour: 12, minute: 0, offsetMinutes: 0 } : when;
  if (!Number.isInteger(date) || !Number.isInteger(hour) || !Number.isInteger(minute) || !Number.isInteger(offsetMinutes)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || Math.abs(offsetMinutes) > 14 * 60) return null;
  const { year, month, day } = toYearMonthDay(date);
  if (year < 1900 || year > 9999) return null;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(offsetMinutes);
  const zone = `${sign}${two(Math.floor(offset / 60))}${two(offset % 60)}`;
  return `${DAYS[isoWeekday(date) - 1]}, ${two(day)} ${MONTHS[month - 1]} ${year} ${two(hour)}:${two(minute)}:00 ${zone}`;
}
