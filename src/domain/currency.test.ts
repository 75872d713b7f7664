// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { currencyFromNumberFormat, currencyFromText } from './currency';

describe('currencyFromText', () => {
  it.each([
    ['usd', 'USD'], ['USD', 'USD'], [' eur ', 'EUR'], ['Pln', 'PLN'], ['IDR', 'IDR'], ['chf', 'CHF'],
    ['$', 'USD'], ['US$', 'USD'], ['us $', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
    ['zł', 'PLN'], [' zł ', 'PLN'], ['ZŁ', 'PLN'], ['zl', 'PLN'],
    ['₽', 'RUB'], ['руб', 'RUB'], ['руб.', 'RUB'], ['РУБ.', 'RUB'], ['р.', 'RUB'], ['р', 'RUB'], ['RUB', 'RUB'], ['RUR', 'RUB'],
    ['Rp', 'IDR'], ['Rp.', 'IDR'], ['₴', 'UAH'], ['грн.', 'UAH'], ['₸', 'KZT'], ['₹', 'INR'],
    ['A$', 'AUD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['R$', 'BRL'], ['Kč', 'CZK'],
  ])('reads %p as %p', (text, code) => {
    expect(currencyFromText(text)).toBe(code);
  });

  it.each(['', ' ', 'Total', 'abc', 'kr', 'Rs', 'XXX', 'XAU', 'US', 'usdx', '12', 'constructor', '__proto__', '$$'])(
    'does not take %p for a currency',
    (text) => {
      expect(currencyFromText(text)).toBeNull();
    },
  );

  it('never throws and returns null or a three-letter upper-case code', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const code = currencyFromText(text);
        return code === null || /^[A-Z]{3}$/.test(code);
      }),
    );
  });
});

describe('currencyFromNumberFormat', () => {
  it.each([
    ['"$"#,##0.00', 'USD'],
    ['$#,##0.00', 'USD'],
    ['\\$#,##0.00', 'USD'],
    ['[$$-409]#,##0.00', 'USD'],
    ['[$$-1009]#,##0.00', 'CAD'],
    ['[$$-C09]#,##0.00', 'AUD'],
    ['[$$-c09]#,##0.00', 'AUD'],
    ['[$$-1409]#,##0.00', 'NZD'],
    ['[$$-9999]#,##0.00', 'USD'],
    ['[$€-407] #,##0.00', 'EUR'],
    ['#,##0.00 [$€-1]', 'EUR'],
    ['[$€-x-euro2] #,##0.00', 'EUR'],
    ['#,##0.00 [$RUB]', 'RUB'],
    ['#,##0.00 [$USD]', 'USD'],
    ['#,##0.00\\ "zł"', 'PLN'],
    ['#,##0.00\\ \\z\\ł', 'PLN'],
    ['#,##0.00 "₽"', 'RUB'],
    ['#,##0.00"р."', 'RUB'],
    ['#,##0.00 "руб."', 'RUB'],
    ['[$Rp-421]#,##0', 'IDR'],
    ['[$₹-4009] #,##,##0.00', 'INR'],
    ['£#,##0.00;[Red]-£#,##0.00', 'GBP'],
    ['_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)', 'USD'],
    ['_-* #,##0.00 "₽"_-;\\-* #,##0.00 "₽"_-;_-* "-"?? "₽"_-;_-@_-', 'RUB'],
    ['[Red][$€-407]#,##0.00', 'EUR'],
  ])('reads %p as %p', (format, code) => {
    expect(currencyFromNumberFormat(format)).toBe(code);
  });

  it.each([
    'General', '0', '0.00', '#,##0.00', '#,##0.00_);[Red](#,##0.00)', '0%', '0.00E+00', '@',
    'm/d/yyyy', '[$-419]dd.mm.yyyy', '[$-x-sysdate]dddd, mmmm dd, yyyy', '0.00 "days"', '[Red]0.00', '"Total "0',
  ])('finds no currency in %p', (format) => {
    expect(currencyFromNumberFormat(format)).toBeNull();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (format) => {
        const code = currencyFromNumberFormat(format);
        return code === null || /^[A-Z]{3}$/.test(code);
      }),
    );
  });
});
