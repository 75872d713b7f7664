/**
 * A calendar date with no time and no time zone, stored as the number of days since
 * 1970-01-01 (the "epoch day"). Plain numbers keep a million-row refresh cheap and can never
 * drift by a time zone the way a JS `Date` does.
 */
export type LocalDate = number & { readonly __localDate: unique symbol };

const DAYS_PER_400_YEARS = 146097;

/** Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's algorithm). */
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_400_YEARS + doe - 719468;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The date for year/month/day, or null when no such day exists.
 * @example localDate(2024, 2, 29) // a LocalDate; localDate(2023, 2, 29) // null
 */
export function localDate(year: number, month: number, day: number): LocalDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return epochDay(year, month, day) as LocalDate;
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function toYearMonthDay(date: LocalDate): YearMonthDay {
  const z = date + 719468;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const doe = z - era * DAYS_PER_400_YEARS;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** @example formatIsoDate(localDate(2026, 1, 5)!) // "2026-01-05" */
export function formatIsoDate(date: LocalDate): string {
  const { year, month, day } = toYearMonthDay(date);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Strict YYYY-MM-DD, as used on the command line and in reports; null otherwise. */
export function parseIsoDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? localDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return (date + days) as LocalDate;
}

/** a - b in calendar days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return a - b;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(date: LocalDate): number {
  return ((((date + 3) % 7) + 7) % 7) + 1;
}

/** Excel's 1900 system counts 1900-02-29 (which never existed), so serial 60 is not a date. */
const EXCEL_1900_EPOCH = epochDay(1899, 12, 30);
const EXCEL_1904_EPOCH = epochDay(1904, 1, 1);

/**
 * The calendar date of an Excel serial; the time of day (fraction) is dropped.
 * Returns null for serials that are not dates in the workbook's date system.
 * @example fromExcelSerial(45292, false) // 2024-01-01
 */
export function fromExcelSerial(serial: number, date1904: boolean): LocalDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > 2957003) return null;
    return (EXCEL_1904_EPOCH + whole) as LocalDate;
  }
  if (whole < 1 || whole > 2958465 || whole === 60) return null;
  // Serials 1..59 are before Excel's phantom 1900-02-29 and sit one day later than the epoch implies.
  return (EXCEL_1900_EPOCH + whole + (whole < 60 ? 1 : 0)) as LocalDate;
}

/**
 * The serial a workbook stores for a date, in its date system (1900 unless it says 1904).
 * @example toExcelSerial(localDate(2024, 1, 1)!) // 45292; toExcelSerial(localDate(2024, 1, 1)!, true) // 43830
 */
export function toExcelSerial(date: LocalDate, date1904 = false): number {
  if (date1904) return date - EXCEL_1904_EPOCH;
  const serial = date - EXCEL_1900_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}
