import fc from 'fast-check';
import { formatMoney } from './formatMoney';
import { formatMinorUnits, minorDigits } from './money';

const NBSP = '\u00a0';

/** formatMoney as it was before each currency's frame was worked out once, the reference its output must match. */
const STYLES: Readonly<Record<string, { group: string; decimal: string; before: Record<string, string>; after: Record<string, string>; codeBefore: boolean }>> = {
  en: { group: ',', decimal: '.', before: { USD: '$', EUR: '€', GBP: '£', JPY: '¥' }, after: {}, codeBefore: false },
  ru: { group: NBSP, decimal: ',', before: {}, after: { RUB: '₽', EUR: '€' }, codeBefore: false },
  pl: { group: NBSP, decimal: ',', before: {}, after: { PLN: 'zł', EUR: '€' }, codeBefore: false },
  id: { group: '.', decimal: ',', before: { IDR: `Rp${NBSP}` }, after: {}, codeBefore: true },
};

function before(minor: number, currency: string | null, language: string): string {
  const code = currency === null || currency.toUpperCase() === 'XXX' ? null : currency.toUpperCase();
  const exact = formatMinorUnits(minor, minorDigits(code));
  const negative = exact.startsWith('-');
  const [whole, fraction] = (negative ? exact.slice(1) : exact).split('.');
  const style = Object.hasOwn(STYLES, language) ? STYLES[language] : STYLES.en;
  let grouped = '';
  for (let i = 0; i < whole.length; i++) grouped += (i > 0 && (whole.length - i) % 3 === 0 ? style.group : '') + whole[i];
  const number = grouped + (fraction === undefined ? '' : style.decimal + fraction);
  const sign = negative ? '-' : '';
  if (code === null) return sign + number;
  if (Object.hasOwn(style.before, code)) return sign + style.before[code] + number;
  if (Object.hasOwn(style.after, code)) return `${sign}${number}${NBSP}${style.after[code]}`;
  return style.codeBefore ? `${sign}${code}${NBSP}${number}` : `${sign}${number}${NBSP}${code}`;
}

describe('formatMoney writes what it wrote before', () => {
  it('for any amount, currency and language', () => {
    const currency = fc.oneof(
      fc.constantFrom(null, 'USD', 'usd', 'EUR', 'GBP', 'JPY', 'KWD', 'RUB', 'PLN', 'IDR', 'XXX', 'xxx', 'CHF', 'constructor', ''),
      fc.string({ maxLength: 5 }),
    );
    const amount = fc.oneof(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.maxSafeInteger(), fc.constant(-Number.MAX_SAFE_INTEGER), fc.constant(0));
    fc.assert(
      fc.property(amount, currency, fc.constantFrom('en', 'ru', 'pl', 'id', 'de', 'constructor'), (minor, code, language) => {
        expect(formatMoney(minor, code, language)).toBe(before(minor, code, language));
      }),
      { numRuns: 20000 },
    );
  });

  it('when one currency is asked for in many languages and spellings in turn', () => {
    for (const language of ['en', 'ru', 'pl', 'id', 'de']) {
      for (const code of ['EUR', 'eur', 'Eur', null, 'XXX']) expect(formatMoney(-123456789, code, language)).toBe(before(-123456789, code, language));
    }
  });
});
