// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { formatIsoDate, localDate, toYearMonthDay, type LocalDate } from './localDate';
import { dateOrderEvidence, isDateFormat, parseDateText, type DateOrder, type DateParse } from './parseDate';

function show(result: DateParse): string {
  if (result.ok) return formatIsoDate(result.date);
  return result.ambiguous ? `ambiguous: ${result.reason}` : `error: ${result.reason}`;
}

describe('parseDateText', () => {
  describe('reads dates typed as text', () => {
    it.each<[string, DateOrder | null, string]>([
      ['2024-01-15', null, '2024-01-15'],
      ['2024-1-5', null, '2024-01-05'],
      ['2024-01-15T00:00:00', null, '2024-01-15'],
      ['2024-01-15T23:59:59.999Z', null, '2024-01-15'],
      ['2024-01-15T10:30:00', null, '2024-01-15'],
      ['01/02/2024', 'DMY', '2024-02-01'],
      ['01/02/2024', 'MDY', '2024-01-02'],
      ['2024-01-15T10:30:00+03:00', null, '2024-01-15'],
      ['2024-01-15 10:30', null, '2024-01-15'],
      ['15.01.2024', null, '2024-01-15'],
      ['15.01.2024 0:00:00', null, '2024-01-15'],
      ['15.01.2024.', null, '2024-01-15'],
      ['15.01.24', null, '2024-01-15'],
      ['15.01.69', null, '2069-01-15'],
      ['15.01.70', null, '1970-01-15'],
      ['15.01.99', null, '1999-01-15'],
      ['01.01.00', null, '2000-01-01'],
      ['15/01/2024', null, '2024-01-15'],
      ['15/01/2024', 'DMY', '2024-01-15'],
      ['01/15/2024', null, '2024-01-15'],
      ['01/15/2024', 'MDY', '2024-01-15'],
      ['1/15/2024 12:00 AM', 'MDY', '2024-01-15'],
      ['1/5/2024', 'MDY', '2024-01-05'],
      ['1/5/2024', 'DMY', '2024-05-01'],
      ['05/05/2024', null, '2024-05-05'],
      ['15-01-2024', null, '2024-01-15'],
      ['15-Jan-2024', null, '2024-01-15'],
      ['15-jan-24', null, '2024-01-15'],
      ['15 Jan 2024', null, '2024-01-15'],
      ['15 JAN 2024', null, '2024-01-15'],
      ['Jan 15, 2024', null, '2024-01-15'],
      ['January 15, 2024', null, '2024-01-15'],
      ['January 15th, 2024', null, '2024-01-15'],
      ['1st March 2024', null, '2024-03-01'],
      ['Sept 3, 2024', null, '2024-09-03'],
      ['15 января 2024', null, '2024-01-15'],
      ['15 Января 2024 года', null, '2024-01-15'],
      ['15 янв 2024 г.', null, '2024-01-15'],
      ['15 янв. 2024г.', null, '2024-01-15'],
      ['15 янв 2024 г', null, '2024-01-15'],
      ['1 мая 2024', null, '2024-05-01'],
      ['3 сент. 2024', null, '2024-09-03'],
      ['3 февр. 2024', null, '2024-02-03'],
      ['15 stycznia 2024', null, '2024-01-15'],
      ['15 stycznia 2024 r.', null, '2024-01-15'],
      ['15 sty 2024', null, '2024-01-15'],
      ['15 października 2024', null, '2024-10-15'],
      ['15 pazdziernika 2024', null, '2024-10-15'],
      ['15 paź 2024', null, '2024-10-15'],
      ['1 wrzesnia 2024', null, '2024-09-01'],
      ['15 Januari 2024', null, '2024-01-15'],
      ['15 Agu 2024', null, '2024-08-15'],
      ['15 Agt 2024', null, '2024-08-15'],
      ['17 Agustus 2024', null, '2024-08-17'],
      ['15-Mei-2024', null, '2024-05-15'],
      ['2 Des 2024', null, '2024-12-02'],
      ['2024/01/15', null, '2024-01-15'],
      ['2024.01.15', null, '2024-01-15'],
      ['2024-Jan-15', null, '2024-01-15'],
      ['20240115', null, '2024-01-15'],
      ['  15.01.2024  ', null, '2024-01-15'],
      ['29.02.2024', null, '2024-02-29'],
    ])('%p (order %p) -> %p', (text, order, expected) => {
      expect(show(parseDateText(text, order))).toBe(expected);
    });
  });

  describe('refuses what is not a date, with a reason', () => {
    it.each<[string, DateOrder | null, RegExp]>([
      ['31.02.2024', null, /February 2024 has no day 31/],
      ['31.02.2024', 'DMY', /February 2024 has no day 31/],
      ['29.02.2023', null, /February 2023 has no day 29/],
      ['31/04/2024', 'DMY', /April 2024 has no day 31/],
      ['yesterday', null, /is not a date/],
      ['TBD', null, /is not a date/],
      ['', null, /is empty/],
      ['   ', null, /is empty/],
      ['15.13.2024', null, /no month.*13/],
      ['15.13.2024', 'DMY', /no month 13/],
      ['15/01/2024', 'MDY', /no month 15 \(read as month\/day\/year\)/],
      ['01/15/2024', 'DMY', /no month 15 \(read as day\.month\.year\)/],
      ['32.01.2024', null, /January 2024 has no day 32/],
      ['00.01.2024', null, /January 2024 has no day 0/],
      ['15.00.2024', 'DMY', /no month 0/],
      ['2024-13-01', null, /no month 13/],
      ['2024-02-30', null, /February 2024 has no day 30/],
      ['15.01.0000', null, /year 0/],
      ['20241315', null, /no month 13/],
      ['15 Foo 2024', null, /"foo" is not a month name/],
      ['15 Ja 2024', null, /not a month name/],
      ['Jan 2024', null, /not a date/],
      ['15 Jan', null, /not a date/],
      ['15.01', null, /not a date/],
      ['45292', null, /not a date/],
      ['15.01/2024', null, /not a date/],
      ['1,234.56', null, /not a date/],
      ['15.01.2024 25:00', null, /not a date/],
    ])('%p (order %p)', (text, order, reason) => {
      const result = parseDateText(text, order);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toMatch(reason);
        expect(result.ambiguous).toBeUndefined();
      }
    });

    it.each(['01/02/2024', '1/5/2024', '12.11.2024', '02-03-24'])('calls %p ambiguous without an order', (text) => {
      const result = parseDateText(text, null);
      expect(result).toEqual({ ok: false, ambiguous: true, reason: expect.stringMatching(/ambiguous.*date order/) });
    });

    it('names both readings of an ambiguous date', () => {
      const result = parseDateText('01/02/2024', null);
      expect(!result.ok && result.reason).toMatch(/1 February or January 2/);
    });
  });
});

describe('dateOrderEvidence', () => {
  it.each<[string, DateOrder | null]>([
    ['15.01.2024', 'DMY'],
    ['15/01/24', 'DMY'],
    ['31/12/2024 10:00', 'DMY'],
    ['1/15/2024', 'MDY'],
    ['12/31/2024', 'MDY'],
    ['01/02/2024', null],
    ['05/05/2024', null],
    ['2024-01-15', null],
    ['15 Jan 2024', null],
    ['Jan 15, 2024', null],
    ['31/02/2024', null],
    ['15/13/2024', null],
    ['', null],
    ['hello', null],
  ])('%p proves %p', (text, expected) => {
    expect(dateOrderEvidence(text)).toBe(expected);
  });
});

describe('isDateFormat', () => {
  it.each([
    'm/d/yyyy', 'd-mmm-yy', 'yyyy-mm-dd', '[$-419]dd.mm.yyyy', 'dd/mm/yyyy;@', 'mm/dd/yy', 'd-mmm', 'mmm-yy',
    'mmmm d, yyyy', '[$-F800]dddd, mmmm dd, yyyy', '[$-x-sysdate]dddd, mmmm dd, yyyy', 'm/d/yyyy h:mm',
    'dd.mm.yyyy hh:mm:ss', 'DD/MM/YYYY', 'yyyy"年"m"月"d"日"', '[Red]dd/mm/yyyy', 'mm', 'yyyy', 'ddd',
  ])('%p shows a date', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    'General', '0', '0.00', '#,##0.00', '"$"#,##0.00', '0.00E+00', '@', '0%', 'h:mm', 'h:mm:ss', 'hh:mm AM/PM',
    'h:mm a/p', 'mm:ss', 'mm:ss.0', '[h]:mm:ss', '[mm]:ss', '[h]:mm', '0.00 "days"', '#,##0.00 "days"', '0 \\d\\a\\y\\s', '#,##0.00 [$RUB]',
    '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)', '[<=9999999]###-####;(###) ###-####', '',
  ])('%p does not', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe('round trips', () => {
  const anyDate = fc.integer({ min: 1, max: 9999 }).chain((year) =>
    fc.integer({ min: 1, max: 12 }).chain((month) =>
      fc.integer({ min: 1, max: 31 }).map((day) => localDate(year, month, Math.min(day, new Date(Date.UTC(2000, month, 0)).getUTCDate()))),
    ),
  ).filter((d): d is LocalDate => d !== null);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');

  it('reads dd.mm.yyyy, ISO and mm/dd/yyyy back to the same date in the right order', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, month, day } = toYearMonthDay(date);
        const y = pad(year, 4);
        const dmy = `${pad(day, 2)}.${pad(month, 2)}.${y}`;
        const mdy = `${pad(month, 2)}/${pad(day, 2)}/${y}`;
        expect(parseDateText(dmy, 'DMY')).toEqual({ ok: true, date });
        expect(parseDateText(formatIsoDate(date), null)).toEqual({ ok: true, date });
        expect(parseDateText(formatIsoDate(date), 'MDY')).toEqual({ ok: true, date });
        expect(parseDateText(mdy, 'MDY')).toEqual({ ok: true, date });
        // Without an order: right when unambiguous, flagged ambiguous otherwise, never wrong.
        for (const [text, order] of [[dmy, 'DMY'], [mdy, 'MDY']] as const) {
          const free = parseDateText(text, null);
          if (free.ok) expect(free.date).toBe(date);
          else expect(free.ambiguous).toBe(true);
          const evidence = dateOrderEvidence(text);
          expect(evidence === null || evidence === order).toBe(true);
          expect(evidence === order).toBe((order === 'DMY' ? day : month) > 12 || (order === 'DMY' ? month : day) > 12);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary text', () => {
    const dateish = fc.string({ unit: fc.constantFrom(...'0123456789./- :tTгr.яjanмаyAM'.split('')), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateish), fc.constantFrom<DateOrder | null>(null, 'DMY', 'MDY'), (text, order) => {
        const result = parseDateText(text, order);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
        dateOrderEvidence(text);
        isDateFormat(text);
      }),
      { numRuns: 2000 },
    );
  });
});
