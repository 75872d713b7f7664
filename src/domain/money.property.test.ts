// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { exactMinorUnits, type DecimalText, type MinorResult, toMinorUnits } from './money';
import { decimalFromNumber } from './parseAmount';

/**
 * toMinorUnits as first written, building and parsing a digit string: the reference the
 * integer version and the arithmetic fast path must agree with.
 */
function referenceToMinorUnits(value: DecimalText, digits: number): MinorResult {
  if (!/^\d*$/.test(value.integer) || !/^\d*$/.test(value.fraction)) return { ok: false, reason: 'is not a decimal number' };
  const fraction = value.fraction.replace(/0+$/, '');
  if (fraction.length > digits) return { ok: false, reason: `has more than ${digits} decimal place${digits === 1 ? '' : 's'}` };
  const minor = Number((value.integer.replace(/^0+/, '') || '0') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'is too large' };
  return { ok: true, minor: value.negative && minor !== 0 ? -minor : minor };
}

/** What a number cell gave before the fast path: its text, read digit by digit. */
const textPath = (value: number, digits: number): MinorResult => referenceToMinorUnits(decimalFromNumber(value), digits);

/** The fast path either answers exactly what the text path answers, or leaves it to it. */
function agrees(value: number, digits: number): void {
  const fast = exactMinorUnits(value, digits);
  if (fast === null) return;
  expect(textPath(value, digits)).toEqual({ ok: true, minor: fast });
}

const digitsArb = fc.constantFrom(0, 1, 2, 3, 4);

/** The double next to `value`, `steps` representable values up (negative: down). */
function nudge(value: number, steps: number): number {
  const bits = new BigInt64Array(new Float64Array([value]).buffer);
  bits[0] += BigInt(value < 0 ? -steps : steps);
  return new Float64Array(bits.buffer)[0];
}

describe('exactMinorUnits, the arithmetic path for number cells', () => {
  it('gives the cents of every k/100, k/1000 and whole amount, exactly as their text does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), fc.constantFrom(0, 2, 3), (minor, digits) => {
        const value = minor / 10 ** digits;
        expect(exactMinorUnits(value, digits)).toBe(minor === 0 ? 0 : minor);
        expect(textPath(value, digits)).toEqual({ ok: true, minor: minor === 0 ? 0 : minor });
      }),
      { numRuns: 20000 },
    );
  });

  it('agrees with the text path on any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), digitsArb, (value, digits) => agrees(value, digits)), { numRuns: 20000 });
  });

  it('agrees with the text path next to exact amounts, where rounding would show', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.constantFrom(0, 1, 2, 3, 4, 5), fc.integer({ min: -3, max: 3 }), digitsArb, (minor, scale, steps, digits) => {
        agrees(nudge(minor / 10 ** scale, steps), digits);
      }),
      { numRuns: 20000 },
    );
  });

  it('leaves what it cannot prove to the text path', () => {
    expect(exactMinorUnits(0.005, 2)).toBeNull(); // more decimals than the currency has
    expect(exactMinorUnits(1e15, 0)).toBeNull(); // past 15 significant digits
    expect(exactMinorUnits(12.5, 4)).toBeNull(); // no currency has 4 minor digits
    expect(exactMinorUnits(Number.NaN, 2)).toBeNull();
    expect(Object.is(exactMinorUnits(-0, 2), 0)).toBe(true);
  });
});

describe('toMinorUnits, digit by digit without building text', () => {
  const digitText = (max: number) =>
    fc.array(fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...'0123456789') }, { weight: 1, arbitrary: fc.constantFrom('x', ' ', '-', 'e', '.', '٣') }), { maxLength: max }).map((c) => c.join(''));
  it('answers as the text-building version did, reasons included', () => {
    fc.assert(
      fc.property(fc.record({ negative: fc.boolean(), integer: digitText(18), fraction: digitText(6) }), digitsArb, (value, digits) => {
        expect(toMinorUnits(value, digits)).toEqual(referenceToMinorUnits(value, digits));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds the edge of the safe integer range as Number() did', () => {
    for (const [integer, fraction] of [['90071992547409', '91'], ['90071992547409', '92'], ['9007199254740991', ''], ['9007199254740992', ''], ['0000090071992547409', '91']]) {
      for (const digits of [0, 2]) {
        const value = { negative: false, integer, fraction };
        expect(toMinorUnits(value, digits)).toEqual(referenceToMinorUnits(value, digits));
      }
    }
  });
});
