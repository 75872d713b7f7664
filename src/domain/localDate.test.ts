// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromExcelSerial,
  isLeapYear,
  isoWeekday,
  localDate,
  parseIsoDate,
  toExcelSerial,
  toYearMonthDay,
  type LocalDate,
} from './localDate';

const DAY_MS = 86_400_000;

/**
 * Independent oracle: JS Date in UTC. setUTCFullYear, not Date.UTC, because Date.UTC maps
 * years 0-99 to 1900-1999.
 */
function utcEpochDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS);
}

function date(year: number, month: number, day: number): LocalDate {
  const d = localDate(year, month, day);
  if (d === null) throw new Error(`test setup: ${year}-${month}-${day} is not a date`);
  return d;
}

describe('localDate', () => {
  it('counts days from 1970-01-01', () => {
    expect(localDate(1970, 1, 1)).toBe(0);
    expect(localDate(1970, 1, 2)).toBe(1);
    expect(localDate(1969, 12, 31)).toBe(-1);
    expect(localDate(2000, 3, 1)).toBe(11017);
    expect(localDate(1, 1, 1)).toBe(-719162);
    expect(localDate(9999, 12, 31)).toBe(2932896);
  });

  it('knows leap years, including the century rules', () => {
    expect(localDate(2024, 2, 29)).not.toBeNull();
    expect(localDate(2000, 2, 29)).not.toBeNull();
    expect(localDate(2023, 2, 29)).toBeNull();
    expect(localDate(1900, 2, 29)).toBeNull();
    expect(localDate(2100, 2, 29)).toBeNull();
    expect([isLeapYear(1900), isLeapYear(2000), isLeapYear(2024), isLeapYear(2023)]).toEqual([false, true, true, false]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it.each<[number, number, number]>([
    [2024, 4, 31], [2024, 13, 1], [2024, 0, 1], [2024, 1, 0], [0, 1, 1], [10000, 1, 1], [2024.5, 1, 1], [2024, 1, 1.5], [NaN, 1, 1],
  ])('returns null for %p-%p-%p', (y, m, d) => {
    expect(localDate(y, m, d)).toBeNull();
  });

  it('agrees with JS Date (UTC) over years 1 to 9999, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const ours = localDate(y, m, d);
        const oracle = new Date(0);
        oracle.setUTCFullYear(y, m - 1, d);
        const exists = oracle.getUTCDate() === d;
        expect(ours !== null).toBe(exists);
        if (ours !== null) {
          expect(ours).toBe(utcEpochDay(y, m, d));
          expect(toYearMonthDay(ours)).toEqual({ year: y, month: m, day: d });
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('turns every epoch day from 0001-01-01 to 9999-12-31 back into the same y/m/d', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        const ymd = toYearMonthDay(n as LocalDate);
        const oracle = new Date(n * DAY_MS);
        expect(ymd).toEqual({ year: oracle.getUTCFullYear(), month: oracle.getUTCMonth() + 1, day: oracle.getUTCDate() });
        expect(localDate(ymd.year, ymd.month, ymd.day)).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('walks every day of 1899-2101 without gaps', () => {
    let expected = date(1899, 1, 1) as number;
    const wrong: string[] = [];
    for (let y = 1899; y <= 2101; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= daysInMonth(y, m); d++) {
          if (localDate(y, m, d) !== expected) wrong.push(`${y}-${m}-${d}`);
          expected++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(expected).toBe(date(2102, 1, 1));
  });
});

describe('ISO text', () => {
  it('formats with zero padding', () => {
    expect(formatIsoDate(date(2026, 1, 5))).toBe('2026-01-05');
    expect(formatIsoDate(date(1, 1, 1))).toBe('0001-01-01');
  });

  it('parses strict YYYY-MM-DD only', () => {
    expect(parseIsoDate('2026-01-05')).toBe(date(2026, 1, 5));
    for (const text of ['2026-1-5', '2026-02-30', '26-01-05', ' 2026-01-05', '2026-01-05T00:00', '']) {
      expect(parseIsoDate(text)).toBeNull();
    }
  });

  it('round-trips any date through ISO text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        expect(parseIsoDate(formatIsoDate(n as LocalDate))).toBe(n);
      }),
    );
  });
});

describe('arithmetic and weekdays', () => {
  it('adds and subtracts calendar days across month and year ends', () => {
    expect(addDays(date(2024, 2, 28), 1)).toBe(date(2024, 2, 29));
    expect(addDays(date(2024, 12, 31), 1)).toBe(date(2025, 1, 1));
    expect(addDays(date(2024, 3, 1), -1)).toBe(date(2024, 2, 29));
    expect(daysBetween(date(2024, 3, 1), date(2024, 1, 1))).toBe(60);
    expect(daysBetween(date(2024, 1, 1), date(2024, 3, 1))).toBe(-60);
  });

  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday(date(1970, 1, 1))).toBe(4);
    expect(isoWeekday(date(2024, 1, 1))).toBe(1);
    expect(isoWeekday(date(2024, 1, 7))).toBe(7);
    expect(isoWeekday(date(1969, 12, 29))).toBe(1);
  });

  it('agrees with JS Date on the weekday of any date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        expect(isoWeekday(n as LocalDate)).toBe(((new Date(n * DAY_MS).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe('Excel serials', () => {
  it.each<[number, string]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
    [45292.75, '2024-01-01'],
    [2958465, '9999-12-31'],
  ])('1900 system: %p is %p', (serial, iso) => {
    const d = fromExcelSerial(serial, false);
    expect(d === null ? null : formatIsoDate(d)).toBe(iso);
  });

  it('rejects serial 60 (Excel\'s phantom 1900-02-29) and serials outside the date range', () => {
    for (const serial of [60, 0, -1, 2958466, NaN, Infinity]) expect(fromExcelSerial(serial, false)).toBeNull();
  });

  it.each<[number, string]>([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [43830, '2024-01-01'],
    [2957003, '9999-12-31'],
  ])('1904 system: %p is %p', (serial, iso) => {
    const d = fromExcelSerial(serial, true);
    expect(d === null ? null : formatIsoDate(d)).toBe(iso);
  });

  it('rejects 1904-system serials outside the date range', () => {
    for (const serial of [-1, 2957004, NaN]) expect(fromExcelSerial(serial, true)).toBeNull();
  });

  it('1900 and 1904 serials of the same date differ by 1462 days', () => {
    expect(fromExcelSerial(45292, false)).toBe(fromExcelSerial(45292 - 1462, true));
  });

  it('writes 1904-system serials for 1904 workbooks, and reads them back', () => {
    expect(toExcelSerial(date(1904, 1, 1), true)).toBe(0);
    expect(toExcelSerial(date(2024, 1, 1), true)).toBe(45292 - 1462);
    fc.assert(
      fc.property(fc.integer({ min: date(1904, 1, 1), max: date(9999, 12, 31) }), (n) => {
        expect(fromExcelSerial(toExcelSerial(n as LocalDate, true), true)).toBe(n);
      }),
    );
  });

  it('writes the serial Excel would store, and reads it back', () => {
    expect(toExcelSerial(date(1900, 1, 1))).toBe(1);
    expect(toExcelSerial(date(1900, 2, 28))).toBe(59);
    expect(toExcelSerial(date(1900, 3, 1))).toBe(61);
    expect(toExcelSerial(date(2024, 1, 1))).toBe(45292);
    fc.assert(
      fc.property(fc.integer({ min: date(1900, 1, 1), max: date(9999, 12, 31) }), (n) => {
        const serial = toExcelSerial(n as LocalDate);
        expect(serial).not.toBe(60);
        expect(fromExcelSerial(serial, false)).toBe(n);
      }),
    );
  });
});
