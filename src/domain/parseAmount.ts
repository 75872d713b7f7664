/**
 * Amounts typed or exported as text: "$1,234.56", "1 234,56 руб.", "Rp 1.234.567,00",
 * "(1,234.56)". Parsed character by character into an exact DecimalText; nothing here ever
 * goes through a float, and nothing unreadable becomes 0.
 */
import { currencyFromText } from './currency';
import type { DecimalText } from './money';

export type DecimalSeparator = '.' | ',';

export interface ParsedAmount {
  value: DecimalText;
  /** ISO code found in the text, if any. */
  currency: string | null;
}

export type AmountParse = { ok: true; amount: ParsedAmount } | { ok: false; reason: string; ambiguous?: boolean };

const DOT = 0x2e;
const COMMA = 0x2c;
/** Grouping kinds: all the spaces count as one kind, so "1 234 567" may mix U+0020 and U+00A0. */
const SPACE = 0x20;
const APOSTROPHE = 0x27;

/**
 * Parses an amount written as text. `decimal` is the column's decimal separator when known; it
 * is consulted only when the text itself cannot tell ("1,234" is 1234 or 1.234). Text that
 * settles the question on its own ("1,234.5", "12,5", "1.234.567") is read the way it is written.
 *
 * Accepted: a currency symbol or ISO code before or after the number (one currency; "$12 USD"
 * is fine, "€12 USD" is not), grouping by ",", ".", spaces (incl. U+00A0, U+202F, U+2009) or
 * apostrophes in threes, Indian lakh grouping with commas ("1,23,456.00"), negatives as
 * "-1", "−1" (U+2212), "1-" or "(1)", and the "12,-" whole-amount notation.
 * @example
 * parseAmountText('$1,234.56', null)      // ok: 1234.56, USD
 * parseAmountText('1 234,56 руб.', null)  // ok: 1234.56, RUB
 * parseAmountText('Rp 1.234.567', null)   // ok: 1234567, IDR
 * parseAmountText('(1,234.56)', null)     // ok: -1234.56, no currency
 * parseAmountText('1,234', ',')           // ok: 1.234
 * parseAmountText('1,234', null)          // fails, ambiguous: true
 * parseAmountText('n/a', null)            // fails: "has no digits"
 */
export function parseAmountText(text: string, decimal: DecimalSeparator | null): AmountParse {
  const scan = scanAmount(text, decimal);
  if (!scan.ok) return scan.ambiguous ? { ok: false, reason: scan.reason, ambiguous: true } : { ok: false, reason: scan.reason };
  return { ok: true, amount: { value: scan.value, currency: scan.currency } };
}

/**
 * What one text value proves about the decimal separator: '.', ',', or null when it proves
 * nothing. Repeated grouping proves the other character is the decimal ("1.234.567" -> ',').
 * @example
 * decimalSeparatorEvidence('1 234,56')   // ','
 * decimalSeparatorEvidence('1,234.5')    // '.'
 * decimalSeparatorEvidence('1.234.567')  // ','
 * decimalSeparatorEvidence('12.50')      // '.'
 * decimalSeparatorEvidence('1,234')      // null (1234 or 1.234)
 * decimalSeparatorEvidence('1234')       // null
 * decimalSeparatorEvidence('abc')        // null
 */
export function decimalSeparatorEvidence(text: string): DecimalSeparator | null {
  const scan = scanAmount(text, null);
  return scan.ok ? scan.evidence : null;
}

/**
 * The exact decimal a number cell shows: the shortest round-trip text limited to 15 significant
 * digits, as Excel stores and displays numbers, so 0.1+0.2 reads as 0.3 and 1234.5 as 1234.5.
 * The result never uses exponent notation. Non-finite input is a programmer error (cells never
 * hold it) and throws.
 * @example
 * decimalFromNumber(0.1 + 0.2)  // { negative: false, integer: '0', fraction: '3' }
 * decimalFromNumber(-1234.5)    // { negative: true, integer: '1234', fraction: '5' }
 * decimalFromNumber(1e21)       // { negative: false, integer: '1000000000000000000000', fraction: '' }
 */
export function decimalFromNumber(value: number): DecimalText {
  if (!Number.isFinite(value)) throw new RangeError(`[dunning-desk] decimalFromNumber needs a finite number, got ${value}`);
  if (value === 0) return { negative: false, integer: '0', fraction: '' };
  const negative = value < 0;
  // Fast path: String() is the shortest round-trip text; with at most 15 digits and no exponent
  // it already is the answer (and is several times cheaper than toPrecision).
  const shortest = String(Math.abs(value));
  const dotAt = shortest.indexOf('.');
  if (shortest.length - (dotAt < 0 ? 0 : 1) <= 15 && shortest.indexOf('e') < 0) {
    return dotAt < 0
      ? { negative, integer: shortest, fraction: '' }
      : { negative, integer: shortest.slice(0, dotAt), fraction: shortest.slice(dotAt + 1) };
  }
  // toPrecision rounds the exact binary value to 15 digits; for any double whose shortest
  // round-trip text has <= 15 digits this is that text padded with zeros, so trimming them
  // gives the shortest form, and anything longer is rounded exactly like Excel does.
  const text = Math.abs(value).toPrecision(15);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let integer: string;
  let fraction: string;
  if (point <= 0) {
    integer = '0';
    fraction = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    integer = digits + '0'.repeat(point - digits.length);
    fraction = '';
  } else {
    integer = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  return { negative, integer: stripLeadingZeros(integer), fraction: stripTrailingZeros(fraction) };
}

type Scan =
  | { ok: true; value: DecimalText; currency: string | null; evidence: DecimalSeparator | null }
  | { ok: false; reason: string; ambiguous: boolean };

function fail(reason: string, ambiguous = false): Scan {
  return { ok: false, reason, ambiguous };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The space characters spreadsheets and locales put between digit groups. */
function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Hyphen-minus, the real minus sign (U+2212) and the en dash that autocorrect puts in its place. */
function isMinus(c: number): boolean {
  return c === 0x2d || c === 0x2212 || c === 0x2013;
}

/** "12,-" / "12.--" / "12,–": the suffix starts with a decimal separator and a dash for the cents. */
const DASH_CENTS = /^([.,])[-\u2013\u2014]{1,2}/;
const LETTER = /\p{L}/u;

function scanAmount(text: string, decimal: DecimalSeparator | null): Scan {
  const s = text.trim();
  if (s.length === 0) return fail('is empty');
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (isDigit(s.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return fail('has no digits');

  // ".5" and "$,50": a separator right before the first digit belongs to the number, unless it
  // ends a word such as "Rp." in "Rp.1.234".
  let start = first;
  if (first > 0) {
    const before = s.charCodeAt(first - 1);
    if ((before === DOT || before === COMMA) && (first === 1 || !LETTER.test(s[first - 2]))) start = first - 1;
  }

  let suffix = s.slice(last + 1);
  // "12,-" / "12.–": a whole amount with the cents written as a dash (common in Polish sheets).
  let dashDecimal: DecimalSeparator | null = null;
  const dashMatch = suffix.length > 1 ? DASH_CENTS.exec(suffix) : null;
  if (dashMatch !== null) {
    dashDecimal = dashMatch[1] === '.' ? '.' : ',';
    suffix = suffix.slice(dashMatch[0].length);
  }

  const prefixAffix = readAffix(s.slice(0, start));
  if (typeof prefixAffix === 'string') return fail(prefixAffix);
  const suffixAffix = readAffix(suffix);
  if (typeof suffixAffix === 'string') return fail(suffixAffix);

  const sign = combineSigns(prefixAffix, suffixAffix);
  if (typeof sign === 'string') return fail(sign);
  const currency = combineCurrencies(prefixAffix.currencies, suffixAffix.currencies);
  if (currency !== null && currency.startsWith('!')) return fail(currency.slice(1));

  const number = readNumber(s, start, last + 1, decimal, dashDecimal);
  if (!number.ok) return number;
  const value = number.value;
  // "-0,00" is zero: a signed zero would only make equal amounts compare unequal downstream.
  const isZero = allZeros(value.integer) && allZeros(value.fraction);
  return {
    ok: true,
    value: { negative: sign && !isZero, integer: value.integer, fraction: value.fraction },
    currency: currency,
    evidence: number.evidence,
  };
}

interface Affix {
  readonly minus: number;
  readonly plus: number;
  readonly open: number;
  readonly close: number;
  readonly currencies: readonly string[];
}

const NO_AFFIX: Affix = { minus: 0, plus: 0, open: 0, close: 0, currencies: [] };

/** Reads the text around the number: signs, parentheses and currency words; a string is a reason. */
function readAffix(text: string): Affix | string {
  if (text.length === 0) return NO_AFFIX;
  let minus = 0;
  let plus = 0;
  let open = 0;
  let close = 0;
  const currencies: string[] = [];
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SPACE;
    const isBreak = c === SPACE || isGroupSpace(c) || c === 0x09 || isMinus(c) || c === 0x2b || c === 0x28 || c === 0x29;
    if (!isBreak) {
      word += text[i];
      continue;
    }
    if (word.length > 0) {
      // A bare "$" is kept apart from "USD" so that "$12 CAD" can mean Canadian dollars.
      const code = word === '$' ? '$' : currencyFromText(word);
      if (code === null) return `has text that is not a currency: "${word}"`;
      currencies.push(code);
      word = '';
    }
    if (isMinus(c)) minus++;
    else if (c === 0x2b) plus++;
    else if (c === 0x28) open++;
    else if (c === 0x29) close++;
  }
  return { minus, plus, open, close, currencies };
}

/** True for a negative amount, or a reason. */
function combineSigns(prefix: Affix, suffix: Affix): boolean | string {
  const minus = prefix.minus + suffix.minus;
  const plus = prefix.plus + suffix.plus;
  if (minus + plus > 1) return 'has more than one sign';
  const parens = prefix.open === 1 && suffix.close === 1 && prefix.close === 0 && suffix.open === 0;
  if (!parens && prefix.open + prefix.close + suffix.open + suffix.close > 0) return 'has unbalanced parentheses';
  if (parens && minus + plus > 0) return 'has both parentheses and a sign';
  return parens || minus === 1;
}

/** Generic "$" next to the code of another dollar currency ("$12 CAD") means that dollar. */
const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'ARS', 'CLP', 'COP', 'TWD']);

/** The one ISO code, null for none, or "!reason" when the text names two currencies. */
function combineCurrencies(prefix: readonly string[], suffix: readonly string[]): string | null {
  let code: string | null = null;
  let dollarSign = false;
  for (const list of [prefix, suffix]) {
    for (const found of list) {
      if (found === '$') dollarSign = true;
      else if (code === null) code = found;
      else if (code !== found) return `!has two currencies: ${code} and ${found}`;
    }
  }
  if (!dollarSign) return code;
  if (code === null) return 'USD';
  return DOLLAR_CODES.has(code) ? code : `!has two currencies: $ and ${code}`;
}

type NumberRead = { ok: true; value: DecimalText; evidence: DecimalSeparator | null } | { ok: false; reason: string; ambiguous: boolean };

/**
 * Reads s[start, end): digit groups split by single separators. Decides which separator (if
 * any) is the decimal point, then checks that every grouping separator sits where a thousands
 * (or Indian lakh) separator can sit.
 */
function readNumber(
  s: string,
  start: number,
  end: number,
  decimal: DecimalSeparator | null,
  dashDecimal: DecimalSeparator | null,
): NumberRead {
  const groups: string[] = [];
  const seps: number[] = [];
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let apostrophes = 0;
  let groupStart = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    let kind: number;
    if (c === DOT) { kind = DOT; dots++; }
    else if (c === COMMA) { kind = COMMA; commas++; }
    else if (isGroupSpace(c)) { kind = SPACE; spaces++; }
    else if (isApostrophe(c)) { kind = APOSTROPHE; apostrophes++; }
    else return { ok: false, reason: `has an unexpected character "${s[i]}" in the number`, ambiguous: false };
    if (i === groupStart && i !== start) return { ok: false, reason: 'has two separators in a row', ambiguous: false };
    groups.push(s.slice(groupStart, i));
    seps.push(kind);
    groupStart = i + 1;
  }
  groups.push(s.slice(groupStart, end));
  if (dashDecimal !== null) {
    // "12,-": behave as if the text ended in a decimal separator with no fraction digits.
    groups.push('');
    seps.push(dashDecimal === '.' ? DOT : COMMA);
    if (dashDecimal === '.') dots++;
    else commas++;
  }

  const spacing = (spaces > 0 ? 1 : 0) + (apostrophes > 0 ? 1 : 0);
  let decimalAt = -1; // index into seps of the decimal separator
  let evidence: DecimalSeparator | null = null;
  const lastSep = seps.length - 1;

  if (dots > 0 && commas > 0) {
    // Both: the later one is the decimal point, and it may occur only once, last.
    const lastKind = seps[lastSep];
    if (lastKind !== DOT && lastKind !== COMMA) return bad('has a separator after the decimal point');
    if ((lastKind === DOT ? dots : commas) !== 1) return bad('mixes "." and "," in a way no locale writes numbers');
    decimalAt = lastSep;
    evidence = lastKind === DOT ? '.' : ',';
  } else if (dots + commas === 1) {
    const at = seps.indexOf(dots === 1 ? DOT : COMMA);
    const char: DecimalSeparator = dots === 1 ? '.' : ',';
    const after = groups[at + 1];
    const before = groups[0];
    // Only a lone "," or "." followed by exactly three digits after a short, non-zero first
    // group could be either; everything else is a decimal point by construction.
    const couldGroup =
      spacing === 0 && dashDecimal === null && at === 0 && after.length === 3 &&
      before.length >= 1 && before.length <= 3 && before.charCodeAt(0) !== 0x30;
    if (!couldGroup) {
      if (at !== lastSep) return bad('has a separator after the decimal point');
      decimalAt = at;
      evidence = char;
    } else if (decimal === null) {
      const whole = before + after;
      return {
        ok: false,
        ambiguous: true,
        reason:
          `is ambiguous: "${before}${char}${after}" is ${whole} if "${char}" groups thousands or ` +
          `${before}.${after} if it is the decimal separator, and the column's decimal separator is not known`,
      };
    } else if (decimal === char) {
      decimalAt = at;
    }
  } else if (dots + commas > 1) {
    // One kind, repeated: grouping, which proves the other character is the decimal.
    evidence = dots > 0 ? ',' : '.';
  }

  // Everything before the decimal point is integer groups with one grouping kind.
  const integerGroups = decimalAt < 0 ? groups : groups.slice(0, decimalAt + 1);
  const groupSeps = decimalAt < 0 ? seps : seps.slice(0, decimalAt);
  if (groupSeps.length > 0) {
    const kind = groupSeps[0];
    for (const k of groupSeps) if (k !== kind) return bad('mixes different digit-grouping characters');
    if (!validGrouping(integerGroups, kind === COMMA)) return bad('has digit grouping in the wrong place');
  }
  const integer = stripLeadingZeros(integerGroups.join(''));
  const fraction = decimalAt < 0 ? '' : groups[decimalAt + 1];
  return { ok: true, value: { negative: false, integer, fraction }, evidence };
}

function bad(reason: string): NumberRead {
  return { ok: false, reason, ambiguous: false };
}

/**
 * Thousands grouping: 1-3 digits, then threes. Indian grouping (commas only): 1-2 digits, then
 * twos, then a final three ("1,23,45,678"). A grouped number never starts with a zero group.
 */
function validGrouping(groups: readonly string[], allowIndian: boolean): boolean {
  const head = groups[0];
  if (head.length === 0 || head.length > 3 || head.charCodeAt(0) === 0x30) return false;
  let western = true;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) western = false;
  if (western) return true;
  if (!allowIndian || head.length > 2 || groups[groups.length - 1].length !== 3) return false;
  for (let i = 1; i < groups.length - 1; i++) if (groups[i].length !== 2) return false;
  return true;
}

function allZeros(digits: string): boolean {
  for (let i = 0; i < digits.length; i++) if (digits.charCodeAt(i) !== 0x30) return false;
  return true;
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 0x30) i++;
  return digits.length === 0 ? '0' : digits.slice(i);
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  return digits.slice(0, end);
}
