// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { formatMinorUnits, toMinorUnits, type DecimalText } from './money';
import { decimalFromNumber, decimalSeparatorEvidence, parseAmountText, type AmountParse, type DecimalSeparator } from './parseAmount';

/** "-1234.56 USD" style summary of a parse, so tables of examples stay readable. */
function show(result: AmountParse): string {
  if (!result.ok) return result.ambiguous ? `ambiguous: ${result.reason}` : `error: ${result.reason}`;
  const { value, currency } = result.amount;
  const number = `${value.negative ? '-' : ''}${value.integer}${value.fraction ? '.' + value.fraction : ''}`;
  return currency === null ? number : `${number} ${currency}`;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';

describe('parseAmountText', () => {
  describe('reads the way sheets write amounts', () => {
    it.each<[string, DecimalSeparator | null, string]>([
      ['1234.56', null, '1234.56'],
      ['1234', null, '1234'],
      ['0', null, '0'],
      ['007', null, '7'],
      ['$1,234.56', null, '1234.56 USD'],
      ['1 234,56', null, '1234.56'],
      [`1${NBSP}234,56`, null, '1234.56'],
      [`1${NNBSP}234${NNBSP}567,89`, null, '1234567.89'],
      [`1${THIN}234,56`, null, '1234.56'],
      ['1.234,56 zł', null, '1234.56 PLN'],
      ['1 234,56 PLN', null, '1234.56 PLN'],
      ['Rp 1.234.567', null, '1234567 IDR'],
      ['Rp 1.234.567,00', null, '1234567.00 IDR'],
      ['Rp. 1.234.567,00', null, '1234567.00 IDR'],
      ['Rp.1.234.567', null, '1234567 IDR'],
      ['IDR 1.234.567', null, '1234567 IDR'],
      ['(1,234.56)', null, '-1234.56'],
      ['($1,234.56)', null, '-1234.56 USD'],
      ['-1234.56', null, '-1234.56'],
      ['1234.56-', null, '-1234.56'],
      ['−1 234,56', null, '-1234.56'],
      ['–12.50', null, '-12.50'],
      ['-$12.00', null, '-12.00 USD'],
      ['$-12.00', null, '-12.00 USD'],
      ['+12.5', null, '12.5'],
      ['1 234,56 ₽', null, '1234.56 RUB'],
      [`1${NBSP}234,56${NBSP}₽`, null, '1234.56 RUB'],
      ['1 234,56 руб.', null, '1234.56 RUB'],
      ['1 234,56 руб', null, '1234.56 RUB'],
      ['1 234,56 р.', null, '1234.56 RUB'],
      ['1 234,56 RUB', null, '1234.56 RUB'],
      ['USD 1,200.00', null, '1200.00 USD'],
      ['usd 1,200.00', null, '1200.00 USD'],
      ['1200 EUR', null, '1200 EUR'],
      ['1200EUR', null, '1200 EUR'],
      ['€1.234,56', null, '1234.56 EUR'],
      ['£12', null, '12 GBP'],
      ['¥1,200', '.', '1200 JPY'],
      ['¥1200', null, '1200 JPY'],
      ['US$1,200', '.', '1200 USD'],
      ['1,2345', null, '1.2345'],
      ['₴1 200,50', null, '1200.50 UAH'],
      ['₸ 1 200', null, '1200 KZT'],
      ['CHF 1\'234.50', null, '1234.50 CHF'],
      ['1’234.50', null, '1234.50'],
      ['₹1,23,456.00', null, '123456.00 INR'],
      ['1,23,456.00', null, '123456.00'],
      ['12,34,56,789', null, '123456789'],
      ['12,5', ',', '12.5'],
      ['12,5', null, '12.5'],
      ['12,50', '.', '12.50'],
      ['1,234', ',', '1.234'],
      ['1,234', '.', '1234'],
      ['1.234', '.', '1.234'],
      ['1.234', ',', '1234'],
      ['1.234.567', null, '1234567'],
      ['1.234.567', '.', '1234567'],
      ['1,234,567', ',', '1234567'],
      ['1,234.5', null, '1234.5'],
      ['1,234.5', ',', '1234.5'],
      ['1.234,5', '.', '1234.5'],
      ['0,234', null, '0.234'],
      ['1234,567', null, '1234.567'],
      ['1 234,567', null, '1234.567'],
      ['.5', null, '0.5'],
      [',50', null, '0.50'],
      ['$.50', null, '0.50 USD'],
      ['-0,00', null, '0.00'],
      ['(0)', null, '0'],
      ['12,-', null, '12'],
      ['1 234,- zł', null, '1234 PLN'],
      ['1.234,–', null, '1234'],
      ['$12 USD', null, '12 USD'],
      ['$12 CAD', null, '12 CAD'],
      ['C$12', null, '12 CAD'],
      ['  12.50  ', null, '12.50'],
      ['12345678901234567890.12', null, '12345678901234567890.12'],
    ])('%p (decimal %p) -> %p', (text, decimal, expected) => {
      expect(show(parseAmountText(text, decimal))).toBe(expected);
    });
  });

  describe('refuses what it cannot read, with a reason', () => {
    it.each<[string, RegExp]>([
      ['', /is empty/],
      ['   ', /is empty/],
      ['n/a', /no digits/],
      ['#N/A', /no digits/],
      ['see note', /no digits/],
      ['-', /no digits/],
      ['12abc', /not a currency: "abc"/],
      ['abc12', /not a currency: "abc"/],
      ['Total 1,234.00', /not a currency: "Total"/],
      ['12%', /not a currency/],
      ['1.2.3,4,5', /mixes "\." and ","/],
      ['1,234,567.8.9', /mixes/],
      ['€12 USD', /two currencies: EUR and USD/],
      ['USD 12 EUR', /two currencies/],
      ['$12 EUR', /two currencies/],
      ['1,23,4', /grouping in the wrong place/],
      ['12,34,567,890', /grouping in the wrong place/],
      ['1.23.456', /grouping in the wrong place/],
      ['0,123,456', /grouping in the wrong place/],
      ['1234 5678', /grouping in the wrong place/],
      ['1 234.567.890', /separator after the decimal point|mixes/],
      ['1 234.567,890', /mixes different digit-grouping/],
      ['--5', /more than one sign/],
      ['-5-', /more than one sign/],
      ['(-5)', /both parentheses and a sign/],
      ['(5', /unbalanced parentheses/],
      ['5)', /unbalanced parentheses/],
      ['1,,234', /two separators in a row/],
      ['1. 234', /two separators in a row/],
      ['12/5', /unexpected character "\/"/],
      ['1e5', /unexpected character "e"/],
      ['10-20', /unexpected character "-"/],
      ['1,234.56,7', /mixes/],
    ])('%p', (text, reason) => {
      const result = parseAmountText(text, '.');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    });

    it('calls "1,234" ambiguous without a decimal separator, and says why', () => {
      const result = parseAmountText('1,234', null);
      expect(result).toEqual({ ok: false, ambiguous: true, reason: expect.stringMatching(/1234 .* or 1\.234 .*not known/) });
    });

    it.each(['1.234', '$1,500', '999.000 zł', '(1,000)'])('calls %p ambiguous without a decimal separator', (text) => {
      const result = parseAmountText(text, null);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.ambiguous).toBe(true);
    });

    it('does not mark plain errors as ambiguous', () => {
      expect(parseAmountText('12abc', null)).toEqual({ ok: false, reason: expect.any(String) });
    });
  });
});

describe('decimalSeparatorEvidence', () => {
  it.each<[string, DecimalSeparator | null]>([
    ['1 234,56', ','],
    ['12,5', ','],
    ['0,234', ','],
    ['1.234,56 zł', ','],
    ['1.234.567', ','],
    ['Rp 1.234.567', ','],
    ['1,234.5', '.'],
    ['12.50', '.'],
    ['1,234,567', '.'],
    ['1,23,456', '.'],
    ['1,234', null],
    ['1.234', null],
    ['1234', null],
    ['1 234', null],
    ['abc', null],
    ['', null],
    ['1.2.3,4,5', null],
  ])('%p proves %p', (text, expected) => {
    expect(decimalSeparatorEvidence(text)).toBe(expected);
  });
});

describe('decimalFromNumber', () => {
  const text = (d: DecimalText): string => `${d.negative ? '-' : ''}${d.integer}${d.fraction ? '.' + d.fraction : ''}`;

  it.each<[number, string]>([
    [0.1 + 0.2, '0.3'],
    [1234.5, '1234.5'],
    [-1234.5, '-1234.5'],
    [0, '0'],
    [-0, '0'],
    [12, '12'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [-1.5e-10, '-0.00000000015'],
    [123456789012345678, '123456789012346000'],
    [1234567.891, '1234567.891'],
    [0.1 * 3, '0.3'],
    [1.005, '1.005'],
    [9999999999999.99, '9999999999999.99'],
    // 16 significant digits: Excel keeps 15, so this is 1E+14 in a cell.
    [99999999999999.99, '100000000000000'],
    [2 / 3, '0.666666666666667'],
  ])('%p reads as %p', (value, expected) => {
    expect(text(decimalFromNumber(value))).toBe(expected);
  });

  it('handles the extremes of a double without exponent notation', () => {
    expect(decimalFromNumber(Number.MAX_VALUE).integer).toMatch(/^179769313486232\d{294}$/);
    expect(decimalFromNumber(Number.MIN_VALUE).fraction).toMatch(/^0{323}494065645841247$/);
  });

  it.each([NaN, Infinity, -Infinity])('throws on %p (cells never hold it)', (value) => {
    expect(() => decimalFromNumber(value)).toThrow(RangeError);
  });

  it('gives exactly k cents for the number k/100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (k) => {
        expect(toMinorUnits(decimalFromNumber(k / 100), 2)).toEqual({ ok: true, minor: k });
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the 15-digit value of any finite double', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), (value) => {
        const d = decimalFromNumber(value);
        expect(d.integer).toMatch(/^(0|[1-9]\d*)$/);
        expect(d.fraction).toMatch(/^(\d*[1-9])?$/);
        // Rounding the largest doubles to 15 digits can step past Number.MAX_VALUE; the text is
        // still right, it just has no double to compare with.
        const rounded = Number(value.toPrecision(15)) || 0;
        if (!Number.isFinite(rounded)) return;
        expect(Number(text(d))).toBe(rounded);
        // Any decimal of <= 15 digits survives a trip through a double, so the shortest text of
        // the 15-digit rounding is the exact expected string whenever JS prints it without "e".
        const oracle = String(rounded);
        if (!oracle.includes('e')) expect(text(d)).toBe(oracle);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('round trips through text', () => {
  const minor = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
  const digits = fc.constantFrom(0, 2, 3);

  it('parses formatMinorUnits output back to the same minor units', () => {
    fc.assert(
      fc.property(minor, digits, (k, d) => {
        const result = parseAmountText(formatMinorUnits(k, d), '.');
        expect(result.ok).toBe(true);
        if (result.ok) expect(toMinorUnits(result.amount.value, d)).toEqual({ ok: true, minor: k });
      }),
      { numRuns: 2000 },
    );
  });

  /** Renders plain "-1234567.89" the way a locale would, with grouping and a currency. */
  interface Style {
    group: string;
    decimal: DecimalSeparator;
  }
  const styles: Style[] = [
    { group: ' ', decimal: ',' },
    { group: NBSP, decimal: ',' },
    { group: NNBSP, decimal: ',' },
    { group: THIN, decimal: ',' },
    { group: '.', decimal: ',' },
    { group: ',', decimal: '.' },
    { group: "'", decimal: '.' },
  ];
  const currencies: [string, string | null][] = [
    ['', null], ['$', 'USD'], ['US$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['zł', 'PLN'], ['PLN', 'PLN'],
    ['₽', 'RUB'], ['руб.', 'RUB'], ['р.', 'RUB'], ['Rp', 'IDR'], ['IDR', 'IDR'], ['usd', 'USD'], ['₹', 'INR'],
  ];
  const negatives = ['-{}', '−{}', '({})', '{}-'];

  function render(plain: string, style: Style, currency: string, before: boolean, space: string, negative: string): string {
    const unsigned = plain.replace('-', '');
    const [integer, fraction] = unsigned.split('.');
    const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
    let body = fraction === undefined ? grouped : `${grouped}${style.decimal}${fraction}`;
    if (currency !== '') body = before ? `${currency}${space}${body}` : `${body}${space}${currency}`;
    return plain.startsWith('-') ? negative.replace('{}', body) : body;
  }

  it('parses grouped, localized renderings with currency symbols back to the same minor units', () => {
    fc.assert(
      fc.property(
        minor, digits, fc.constantFrom(...styles), fc.constantFrom(...currencies), fc.boolean(),
        fc.constantFrom('', ' ', NBSP), fc.constantFrom(...negatives),
        (k, d, style, [symbol, iso], before, space, negative) => {
          const text = render(formatMinorUnits(k, d), style, symbol, before, space, negative);
          const result = parseAmountText(text, style.decimal);
          expect({ text, result: result.ok }).toEqual({ text, result: true });
          if (!result.ok) return;
          expect(result.amount.currency).toBe(iso);
          expect(toMinorUnits(result.amount.value, d)).toEqual({ ok: true, minor: k });
          // Evidence never contradicts the separator the text was written with.
          const evidence = decimalSeparatorEvidence(text);
          expect(evidence === null || evidence === style.decimal).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('robustness', () => {
  /** Characters that matter to the parser, so random text hits the interesting paths. */
  const amountish = fc.string({
    unit: fc.constantFrom(...'0123456789.,  -−()$€zł₽руб Rp'.split(''), NBSP, "'", 'a', 'E'),
    maxLength: 16,
  });

  it('never throws on arbitrary text, with or without a decimal separator', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), amountish), fc.constantFrom<DecimalSeparator | null>(null, '.', ','), (text, decimal) => {
        const result = parseAmountText(text, decimal);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
        decimalSeparatorEvidence(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a self-explanatory text the same whatever the column says, and an ambiguous one two ways', () => {
    fc.assert(
      fc.property(amountish, (text) => {
        const free = parseAmountText(text, null);
        const dot = parseAmountText(text, '.');
        const comma = parseAmountText(text, ',');
        if (free.ok) {
          expect(dot).toEqual(free);
          expect(comma).toEqual(free);
        } else if (free.ambiguous) {
          expect(dot.ok && comma.ok).toBe(true);
          expect(dot).not.toEqual(comma);
        } else {
          expect(dot.ok || comma.ok).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
