/**
 * Payment terms as sheets write them ("Net 30", "2% 10 Net 30", "30 дней", "przelew 14 dni",
 * "tempo 30 hari") turned into days after the invoice date. Terms that need a calendar rule
 * (end of month, a day of the month, business days) are refused by name, not approximated:
 * a due date that is a few days off sends reminders on the wrong day.
 */

export type TermsParse = { ok: true; days: number } | { ok: false; reason: string };

/** Longest accepted term; anything longer is a typo or a date pasted into the wrong column. */
const MAX_DAYS = 3650;

/** Phrases meaning "due the day it is issued" (QuickBooks "Due on receipt", COD, prepayment). */
const DUE_AT_ONCE = new Set([
  'due on receipt', 'due upon receipt', 'upon receipt', 'on receipt', 'payable on receipt', 'receipt',
  'cod', 'c.o.d', 'cash on delivery', 'cia', 'cash in advance', 'prepaid', 'prepayment',
  'immediate', 'immediately', 'due immediately', 'payable immediately',
  'при получении', 'по факту', 'по факту получения', 'предоплата', 'сразу',
  'przy odbiorze', 'płatne przy odbiorze', 'za pobraniem', 'przedpłata', 'gotówka', 'natychmiast',
  'tunai', 'bayar di tempat', 'saat diterima', 'langsung',
]);

// \b is ASCII-only in JS regexes, so the Cyrillic and Polish patterns spell out their own edges.
const END_OF_MONTH = /\beom\b|end of (?:the )?month|\bmfi\b|\bprox(?:imo)?\b|конц[аеу] месяца|końc[au] miesiąca|koniec miesiąca|akhir bulan/;
const DAY_OF_MONTH = /\d(?:st|nd|rd|th)\b|числа|dnia miesiąca|\bday of (?:the )?(?:next |following )?month/;
const BUSINESS_DAYS = /business|working|\bbank|рабоч|банковск|robocz|kerja/;

const NUMBER_TERM = new RegExp(
  '^(?:(?:net|netto|n|n/|within|in|в течение|w ciągu|w terminie|termin|przelew|tempo|jatuh tempo|dalam)[\\s:-]*)?' +
    '(\\d{1,5})\\s*' +
    '(?:(?:calendar\\s+)?days?|d|день|дн(?:ей|я)?\\.?|(?:календарных|кал\\.)\\s*дн(?:ей|я)?\\.?|к\\.?\\s?д\\.?|dni(?:\\s+kalendarzowych)?|dzień|hari(?:\\s+kalender)?)?' +
    '(?:\\s+(?:net|netto))?$',
);
/** Early-payment discount terms ("2% 10 Net 30", "2/10 n/30"): the net part is the due date. */
const DISCOUNT_TERM = /^\d+(?:[.,]\d+)?\s*%?\s*(?:\/|\s)\s*\d+\s*(?:days?)?\s*,?\s*(?:net|n\/?)\s*(\d{1,5})(?:\s*days?)?$/;

/**
 * Payment terms text -> days after the invoice date.
 * @example
 * parseTerms('Net 30')                // { ok: true, days: 30 }
 * parseTerms('N30')                   // { ok: true, days: 30 }
 * parseTerms('2% 10 Net 30')          // { ok: true, days: 30 } (discount window ignored)
 * parseTerms('Due on receipt')        // { ok: true, days: 0 }
 * parseTerms('30 календарных дней')   // { ok: true, days: 30 }
 * parseTerms('przelew 14 dni')        // { ok: true, days: 14 }
 * parseTerms('Net 30 EOM')            // fails: "end-of-month terms are not supported yet"
 * parseTerms('10 рабочих дней')       // fails: business-day terms are not supported yet
 * parseTerms('ask Bob')               // fails: not a payment term
 */
export function parseTerms(text: string): TermsParse {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (s.length === 0) return { ok: false, reason: 'is empty' };
  if (DUE_AT_ONCE.has(s)) return { ok: true, days: 0 };
  if (END_OF_MONTH.test(s)) return { ok: false, reason: 'end-of-month terms are not supported yet' };
  if (DAY_OF_MONTH.test(s)) return { ok: false, reason: 'day-of-month terms ("10th of the month") are not supported yet' };
  if (BUSINESS_DAYS.test(s)) {
    return { ok: false, reason: 'business-day terms are not supported yet: give the terms in calendar days' };
  }
  const m = NUMBER_TERM.exec(s) ?? DISCOUNT_TERM.exec(s);
  if (m === null) {
    return { ok: false, reason: 'is not a payment term (expected e.g. "Net 30", "30 days" or "Due on receipt")' };
  }
  const days = Number(m[1]);
  if (days > MAX_DAYS) return { ok: false, reason: `is ${days} days, more than the ${MAX_DAYS}-day limit` };
  return { ok: true, days };
}
