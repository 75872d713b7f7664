import { formatDate } from './formatDate';
import { type LocalDate, addDays, localDate } from './localDate';

const date = (y: number, m: number, d: number): LocalDate => localDate(y, m, d)!;

describe('formatDate', () => {
  it.each<[string, 'long' | 'short', string]>([
    ['en', 'long', 'November 30, 2026'],
    ['en', 'short', 'Nov 30, 2026'],
    ['ru', 'long', '30.11.2026'],
    ['ru', 'short', '30.11.2026'],
    ['pl', 'long', '30.11.2026'],
    ['id', 'long', '30 November 2026'],
    ['id', 'short', '30 Nov 2026'],
    ['de', 'long', 'November 30, 2026'],
  ])('writes 2026-11-30 in %p (%p) as %p', (language, style, expected) => {
    expect(formatDate(date(2026, 11, 30), language, style)).toBe(expected);
  });

  it('uses the language\'s own month names', () => {
    expect(formatDate(date(2026, 8, 5), 'id')).toBe('5 Agustus 2026');
    expect(formatDate(date(2026, 8, 5), 'id', 'short')).toBe('5 Agt 2026');
    expect(formatDate(date(2026, 5, 1), 'ru')).toBe('01.05.2026');
  });

  it('keeps years before 100 as they are', () => {
    expect(formatDate(date(50, 1, 2), 'pl')).toBe('02.01.0050');
  });

  it('writes a year past 9999 in full and a year before 1 as the year BC', () => {
    expect(formatDate(addDays(date(9999, 12, 31), 1), 'en')).toBe('January 1, 10000');
    expect(formatDate(addDays(date(1, 1, 1), -1), 'ru')).toBe('31.12.0001');
  });

  it('refuses a value that is not a day a date can be', () => {
    expect(() => formatDate(0.5 as LocalDate, 'en')).toThrow(RangeError);
    expect(() => formatDate(NaN as LocalDate, 'en')).toThrow(RangeError);
    expect(() => formatDate(100_000_000 as LocalDate, 'en')).toThrow(RangeError);
  });

  describe('is the same day in every time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      // Node re-reads TZ when it is assigned; restore the zone the other tests run in.
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'UTC'])('%s', (zone) => {
      process.env.TZ = zone;
      expect(formatDate(date(2026, 1, 1), 'en')).toBe('January 1, 2026');
      expect(formatDate(date(2026, 12, 31), 'ru')).toBe('31.12.2026');
      // Brazil once moved its clocks forward at midnight: 2018-11-04 00:00 did not exist there.
      expect(formatDate(date(2018, 11, 4), 'pl')).toBe('04.11.2018');
      expect(formatDate(date(2026, 3, 29), 'id')).toBe('29 Maret 2026');
    });
  });
});
