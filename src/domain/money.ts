/**
 * Money is an integer count of the currency's minor units (cents, kopecks, grosze) plus an ISO
 * code. Decimal text is converted digit by digit: no float ever carries an amount.
 */

/** ISO 4217 minor-unit digits for currencies that do not use two. */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0,
  UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

/**
 * Minor-unit digits of an ISO code (upper case, as the parsers return it); 2 when unknown.
 * @example minorDigits('JPY') // 0; minorDigits('KWD') // 3; minorDigits('EUR') // 2
 */
export function minorDigits(currency: string | null): number {
  // hasOwn, not `??`: a plain object lookup would answer "constructor" with a function.
  return currency !== null && Object.hasOwn(MINOR_DIGITS, currency) ? MINOR_DIGITS[currency] : 2;
}

/**
 * An exact decimal as read from text: sign, integer digits and fraction digits, no float.
 * `fraction` keeps every digit written ("1234.5" has fraction "5").
 */
export interface DecimalText {
  negative: boolean;
  integer: string;
  fraction: string;
}

const DIGITS = /^\d*$/;

export type MinorResult = { ok: true; minor: number } | { ok: false; reason: string };

/**
 * Converts an exact decimal to minor units for a currency with `digits` minor digits.
 * More non-zero fraction digits than the currency has is an error, never a silent rounding.
 * @example toMinorUnits({ negative: false, integer: '1234', fraction: '5' }, 2) // { ok: true, minor: 123450 }
 */
export function toMinorUnits(value: DecimalText, digits: number): MinorResult {
  // Number() would also accept "1e5", " 12" or "0x1A"; only plain digit strings are decimals.
  if (!DIGITS.test(value.integer) || !DIGITS.test(value.fraction)) return { ok: false, reason: 'is not a decimal number' };
  const fraction = value.fraction.replace(/0+$/, '');
  if (fraction.length > digits) {
    return { ok: false, reason: `has more than ${digits} decimal place${digits === 1 ? '' : 's'}` };
  }
  const digitsText = (value.integer.replace(/^0+/, '') || '0') + fraction.padEnd(digits, '0');
  const minor = Number(digitsText);
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'is too large' };
  return { ok: true, minor: value.negative && minor !== 0 ? -minor : minor };
}

/**
 * Minor units as an exact decimal string with the currency's digits.
 * @example formatMinorUnits(-5, 2) // "-0.05"; formatMinorUnits(123450, 2) // "1234.50"
 */
export function formatMinorUnits(minor: number, digits: number): string {
  // Programmer errors: String() of a fraction or of 1e21 would print a wrong amount, not fail.
  if (!Number.isSafeInteger(minor)) throw new RangeError(`[dunning-desk] minor units must be a safe integer, got ${minor}`);
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return negative ? `-${whole}` : whole;
}

/** Sum of minor units that refuses to lose precision. */
export function addMinor(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('[dunning-desk] money total exceeds the exact integer range');
  return sum;
}
