/**
 * Money is an integer count of the currency's minor units (cents, kopecks, grosze) plus an ISO
 * code. Decimal text is converted digit by digit: no float ever carries an amount. A number
 * cell is converted arithmetically only where that provably gives what its text would.
 */

/** ISO 4217 minor-unit digits for currencies that do not use two. */
const MINOR_DIGITS: ReadonlyMap<string, number> = new Map([
  ...['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'].map((code) => [code, 0] as const),
  ...['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'].map((code) => [code, 3] as const),
]);

/**
 * Minor-unit digits of an ISO code (upper case, as the parsers return it); 2 when unknown.
 * @example minorDigits('JPY') // 0; minorDigits('KWD') // 3; minorDigits('EUR') // 2
 */
export function minorDigits(currency: string | null): number {
  // A Map, not an object: a plain object lookup would answer "constructor" with a function.
  return (currency === null ? undefined : MINOR_DIGITS.get(currency)) ?? 2;
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

export type MinorResult = { ok: true; minor: number } | { ok: false; reason: string };

/** True when every character is an ASCII digit (an empty string too). */
function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Appends the digits text[0, end) to `minor`; -1 once the number passes the safe integer range.
 * Every step below 2^53 is exact, and digits only ever make the number larger.
 */
function appendDigits(minor: number, text: string, end: number): number {
  for (let i = 0; i < end; i++) {
    minor = minor * 10 + (text.charCodeAt(i) - 0x30);
    if (minor > Number.MAX_SAFE_INTEGER) return -1;
  }
  return minor;
}

/**
 * Converts an exact decimal to minor units for a currency with `digits` minor digits.
 * More non-zero fraction digits than the currency has is an error, never a silent rounding.
 * The digits are accumulated as an integer, which stays exact up to the safe integer limit that
 * bounds every amount anyway, so no text is built per amount.
 * @example toMinorUnits({ negative: false, integer: '1234', fraction: '5' }, 2) // { ok: true, minor: 123450 }
 */
export function toMinorUnits(value: DecimalText, digits: number): MinorResult {
  // Number() would also accept "1e5", " 12" or "0x1A"; only plain digit strings are decimals.
  if (!allDigits(value.integer) || !allDigits(value.fraction)) return { ok: false, reason: 'is not a decimal number' };
  const { fraction } = value;
  let fractionEnd = fraction.length;
  while (fractionEnd > 0 && fraction.charCodeAt(fractionEnd - 1) === 0x30) fractionEnd--;
  if (fractionEnd > digits) {
    return { ok: false, reason: `has more than ${digits} decimal place${digits === 1 ? '' : 's'}` };
  }
  let minor = appendDigits(0, value.integer, value.integer.length);
  if (minor >= 0) minor = appendDigits(minor, fraction, fractionEnd);
  for (let i = fractionEnd; i < digits && minor >= 0; i++) {
    minor *= 10;
    if (minor > Number.MAX_SAFE_INTEGER) minor = -1;
  }
  if (minor < 0) return { ok: false, reason: 'is too large' };
  return { ok: true, minor: value.negative && minor !== 0 ? -minor : minor };
}

const SCALES = [1, 10, 100, 1000];

/**
 * The minor units of a number cell, found arithmetically when that provably equals
 * `toMinorUnits(decimalFromNumber(value), digits)`; null when only that slower text path can
 * tell (more decimals than the currency has, huge values, digits beyond 3).
 *
 * Why it is exact: m = round(value * 10^digits) is accepted only when m / 10^digits === value.
 * With |m| < 10^15, m and 10^digits are exact doubles and the division is correctly rounded, so
 * the decimal D = m / 10^digits (at most 15 significant digits) is one that rounds to `value`.
 * Two different decimals of at most 15 significant digits never round to the same double (the
 * 15-digit round-trip guarantee of IEEE doubles), and the shortest round-trip text of `value`,
 * which decimalFromNumber reads, has no more digits than D: so it is D, whose minor units are m.
 * @example exactMinorUnits(1234.56, 2) // 123456; exactMinorUnits(0.005, 2) // null
 */
export function exactMinorUnits(value: number, digits: number): number | null {
  const scale = SCALES[digits];
  if (scale === undefined) return null;
  const minor = Math.round(value * scale);
  if (!(Math.abs(minor) < 1e15) || minor / scale !== value) return null;
  // -0 (from -0 or a tiny negative) is the slow path's 0.
  return minor === 0 ? 0 : minor;
}

/**
 * Minor units as an exact decimal string with the currency's digits.
 * @example formatMinorUnits(-5, 2) // "-0.05"; formatMinorUnits(123450, 2) // "1234.50"
 */
export function formatMinorUnits(minor: number, digits: number): string {
  // Programmer errors: String() of a fraction or of 1e21 would print a wrong amount, not fail.
  if (!Number.isSafeInteger(minor)) throw new RangeError(`[dunning-desk] minor units must be a safe integer, got ${minor}`);
  if (digits === 0) return String(minor);
  // Integer arithmetic only: the remainder is exact, and so is the quotient of a multiple of the scale.
  const abs = Math.abs(minor);
  const scale = SCALE[digits] ?? 10 ** digits;
  const fraction = abs % scale;
  const digitsText = String(fraction);
  const whole = `${(abs - fraction) / scale}.${digitsText.length < digits ? '0'.repeat(digits - digitsText.length) : ''}${digitsText}`;
  return minor < 0 ? `-${whole}` : whole;
}

const SCALE = [1, 10, 100, 1000, 10000];

/** Sum of minor units that refuses to lose precision. */
export function addMinor(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('[dunning-desk] money total exceeds the exact integer range');
  return sum;
}
