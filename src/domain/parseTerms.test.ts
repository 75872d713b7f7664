// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { parseTerms } from './parseTerms';

describe('parseTerms', () => {
  it.each<[string, number]>([
    ['Net 30', 30], ['net30', 30], ['NET 30', 30], ['Net-30', 30], ['Net: 45', 45], ['N30', 30], ['n/30', 30],
    ['30', 30], ['0', 0], ['Net 0', 0], ['30 days', 30], ['1 day', 1], ['30d', 30], ['Net 30 days', 30],
    ['30 days net', 30], ['30 calendar days', 30], ['within 30 days', 30], ['Net\u00a015', 15], ['  Net 60  ', 60],
    ['Due on receipt', 0], ['Due upon receipt', 0], ['upon receipt', 0], ['COD', 0], ['C.O.D.', 0], ['CIA', 0],
    ['30 дней', 30], ['30 дн.', 30], ['5 дня', 5], ['1 день', 1], ['30 календарных дней', 30], ['30 к.д.', 30], ['30 кд', 30],
    ['в течение 10 календарных дней', 10], ['предоплата', 0], ['по факту', 0],
    ['14 dni', 14], ['przelew 14 dni', 14], ['Przelew 7 dni', 7], ['30 dni kalendarzowych', 30], ['termin 21 dni', 21],
    ['za pobraniem', 0], ['gotówka', 0],
    ['30 hari', 30], ['Tempo 30 hari', 30], ['Net 30 hari', 30], ['30 hari kalender', 30], ['tunai', 0],
    ['2% 10 Net 30', 30], ['1% 10 Net 30', 30], ['2/10 net 30', 30], ['2/10, n/30', 30], ['2% 10 days net 45', 45],
    ['3650', 3650],
  ])('%p -> %p days', (text, days) => {
    expect(parseTerms(text)).toEqual({ ok: true, days });
  });

  it.each<[string, RegExp]>([
    ['EOM', /^end-of-month terms are not supported yet$/],
    ['Net 30 EOM', /^end-of-month terms are not supported yet$/],
    ['Net EOM 10', /end-of-month/],
    ['end of month', /end-of-month/],
    ['30 days end of the month', /end-of-month/],
    ['1% 10th Prox', /end-of-month/],
    ['до конца месяца', /end-of-month/],
    ['do końca miesiąca', /end-of-month/],
    ['akhir bulan', /end-of-month/],
    ['Net 10th', /day-of-month/],
    ['10 числа следующего месяца', /day-of-month/],
    ['10 business days', /business-day/],
    ['5 рабочих дней', /business-day/],
    ['10 рабочих дней', /business-day/],
    ['в течение 5 банковских дней', /business-day/],
    ['7 dni roboczych', /business-day/],
    ['14 hari kerja', /business-day/],
    ['', /is empty/],
    ['   ', /is empty/],
    ['ask Bob', /not a payment term/],
    ['Net', /not a payment term/],
    ['-5', /not a payment term/],
    ['30.5 days', /not a payment term/],
    ['30 weeks', /not a payment term/],
    ['Net 30 60', /not a payment term/],
    ['99999', /more than the 3650-day limit/],
  ])('refuses %p', (text, reason) => {
    const result = parseTerms(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('reads every "Net N" and "N days" the same as N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (n) => {
        for (const text of [`Net ${n}`, `net${n}`, `N${n}`, `${n}`, `${n} days`, `${n} дней`, `${n} dni`, `${n} hari`]) {
          expect(parseTerms(text)).toEqual({ ok: true, days: n });
        }
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseTerms(text);
        if (result.ok) expect(Number.isSafeInteger(result.days) && result.days >= 0).toBe(true);
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
