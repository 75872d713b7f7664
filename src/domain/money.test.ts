// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { addMinor, formatMinorUnits, minorDigits, toMinorUnits, type DecimalText } from './money';

const dec = (integer: string, fraction = '', negative = false): DecimalText => ({ negative, integer, fraction });

describe('minorDigits', () => {
  it('uses ISO 4217 digits, 2 by default', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KRW')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('IDR')).toBe(2);
    expect(minorDigits(null)).toBe(2);
    expect(minorDigits('XYZ')).toBe(2);
  });

  it('answers 2, not an Object.prototype member, for names like "constructor"', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(minorDigits(name)).toBe(2);
    }
  });
});

describe('toMinorUnits', () => {
  it.each<[DecimalText, number, number]>([
    [dec('1234', '5'), 2, 123450],
    [dec('1234', '56'), 2, 123456],
    [dec('1234', ''), 2, 123400],
    [dec('0', '05', true), 2, -5],
    [dec('12', '500'), 2, 1250],
    [dec('1200', ''), 0, 1200],
    [dec('1200', '000'), 0, 1200],
    [dec('1', '234'), 3, 1234],
    [dec('007', '1'), 2, 710],
    [dec('', '5'), 2, 50],
    [dec('90071992547409', '91'), 2, 9007199254740991],
  ])('%p with %p digits is %p', (value, digits, minor) => {
    expect(toMinorUnits(value, digits)).toEqual({ ok: true, minor });
  });

  it('never produces negative zero', () => {
    const result = toMinorUnits(dec('0', '00', true), 2);
    expect(result.ok && Object.is(result.minor, 0)).toBe(true);
  });

  it.each<[DecimalText, number, string]>([
    [dec('1', '234'), 2, 'has more than 2 decimal places'],
    [dec('1', '5'), 0, 'has more than 0 decimal places'],
    [dec('1', '2345'), 3, 'has more than 3 decimal places'],
    [dec('1', '001'), 2, 'has more than 2 decimal places'],
  ])('refuses %p with %p digits rather than rounding', (value, digits, reason) => {
    expect(toMinorUnits(value, digits)).toEqual({ ok: false, reason });
  });

  it('refuses amounts beyond the exact integer range', () => {
    expect(toMinorUnits(dec('90071992547409', '92'), 2)).toEqual({ ok: false, reason: 'is too large' });
    expect(toMinorUnits(dec('1'.repeat(40)), 2)).toEqual({ ok: false, reason: 'is too large' });
  });

  it.each([dec('1e5'), dec(' 12'), dec('0x1A'), dec('12', '5 '), dec('Infinity'), dec('-1')])(
    'refuses %p, which Number() would have accepted or misread',
    (value) => {
      expect(toMinorUnits(value, 2)).toEqual({ ok: false, reason: 'is not a decimal number' });
    },
  );
});

describe('formatMinorUnits', () => {
  it.each<[number, number, string]>([
    [-5, 2, '-0.05'],
    [123450, 2, '1234.50'],
    [0, 2, '0.00'],
    [-0, 2, '0.00'],
    [5, 0, '5'],
    [-1200, 0, '-1200'],
    [1234, 3, '1.234'],
    [7, 3, '0.007'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, 2, '-90071992547409.91'],
  ])('%p with %p digits is %p', (minor, digits, text) => {
    expect(formatMinorUnits(minor, digits)).toBe(text);
  });

  it.each([1.5, NaN, Infinity, 2 ** 53])('throws on %p, which is not a count of minor units', (minor) => {
    expect(() => formatMinorUnits(minor, 2)).toThrow(RangeError);
  });

  it('round-trips through toMinorUnits for 0, 2 and 3 digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(0, 2, 3), (minor, digits) => {
        const text = formatMinorUnits(minor, digits);
        const [integer, fraction = ''] = text.replace('-', '').split('.');
        expect(fraction.length).toBe(digits);
        expect(toMinorUnits(dec(integer, fraction, text.startsWith('-')), digits)).toEqual({ ok: true, minor });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('addMinor', () => {
  it('adds exactly within the safe range', () => {
    expect(addMinor(10, -25)).toBe(-15);
    expect(addMinor(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('throws instead of losing a cent', () => {
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(/exceeds the exact integer range/);
  });
});
