import fc from 'fast-check';
import { formatMoney } from './formatMoney';

const NBSP = '\u00a0';
const nb = (text: string) => text.replace(/ /g, NBSP);

describe('formatMoney', () => {
  it.each<[number, string | null, string, string]>([
    [123456, 'USD', 'en', '$1,234.56'],
    [123456, 'EUR', 'en', '€1,234.56'],
    [123456, 'GBP', 'en', '£1,234.56'],
    [123456, 'PLN', 'en', nb('1,234.56 PLN')],
    [5, 'USD', 'en', '$0.05'],
    [100000000, 'USD', 'en', '$1,000,000.00'],
    [150000, 'JPY', 'en', '¥150,000'],
    [1234567, 'KWD', 'en', nb('1,234.567 KWD')],
    [123456, 'RUB', 'ru', nb('1 234,56 ₽')],
    [123456, 'EUR', 'ru', nb('1 234,56 €')],
    [123456, 'USD', 'ru', nb('1 234,56 USD')],
    [123456, 'PLN', 'pl', nb('1 234,56 zł')],
    [99999, 'PLN', 'pl', '999,99' + NBSP + 'zł'],
    [123456, 'EUR', 'pl', nb('1 234,56 €')],
    [123456700, 'IDR', 'id', nb('Rp 1.234.567,00')],
    [123456, 'USD', 'id', nb('USD 1.234,56')],
    [123456, null, 'en', '1,234.56'],
    [123456, 'XXX', 'ru', nb('1 234,56')],
    [123456, 'usd', 'en', '$1,234.56'],
    [123456, 'USD', 'de', '$1,234.56'],
  ])('%p %p in %p is %p', (minor, currency, language, expected) => {
    expect(formatMoney(minor, currency, language)).toBe(expected);
  });

  it('puts the minus sign before the symbol', () => {
    expect(formatMoney(-123456, 'USD', 'en')).toBe('-$1,234.56');
    expect(formatMoney(-123456, 'RUB', 'ru')).toBe(nb('-1 234,56 ₽'));
    expect(formatMoney(-500, 'IDR', 'id')).toBe(nb('-Rp 5,00'));
  });

  it('uses no-break spaces only, so an amount never wraps', () => {
    for (const language of ['en', 'ru', 'pl', 'id']) {
      expect(formatMoney(123456789, 'PLN', language)).not.toMatch(/ /);
    }
  });

  it('treats "constructor" as a plain unknown code, not an Object.prototype member', () => {
    expect(formatMoney(100, 'constructor', 'en')).toBe(nb('1.00 CONSTRUCTOR'));
    expect(formatMoney(100, 'USD', 'constructor')).toBe('$1.00');
  });

  it('is exact for every safe integer: the digits read back are the minor units', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('en', 'ru', 'pl', 'id'), fc.constantFrom('USD', 'JPY', 'KWD', 'IDR'), (minor, language, currency) => {
        const digits = formatMoney(minor, currency, language).replace(/[^0-9]/g, '');
        expect(BigInt(digits)).toBe(BigInt(Math.abs(minor)));
      }),
    );
  });

  it('refuses an amount that is not a whole number of minor units', () => {
    expect(() => formatMoney(1.5, 'USD', 'en')).toThrow(RangeError);
  });
});
