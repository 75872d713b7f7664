/**
 * Dates typed as text in invoice sheets: "15.01.2024" (1C), "01/15/2024" (QuickBooks),
 * "15 января 2024 г.", "15 stycznia 2024 r.", "15 Agu 2024", ISO with or without a time.
 * Number cells never come here; they are Excel serials (see fromExcelSerial).
 */
import { enUS } from 'date-fns/locale/en-US';
import { id } from 'date-fns/locale/id';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';
import { localDate, type LocalDate } from './localDate';

export type DateOrder = 'DMY' | 'MDY';

export type DateParse = { ok: true; date: LocalDate } | { ok: false; reason: string; ambiguous?: boolean };

/**
 * Month words, folded (lower case, accents removed), -> 1..12. Built once from date-fns: every
 * wide and abbreviated name in both grammatical cases, plus every prefix of 3+ letters of the
 * wide names, so "Sept", "февр", "stycz" and Indonesian "Agu" all resolve. A prefix that two
 * languages read as different months would be dropped rather than guessed.
 */
const MONTH_INDEXES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const MONTHS: ReadonlyMap<string, number> = buildMonthTable();

function buildMonthTable(): Map<string, number> {
  const table = new Map<string, number>();
  const clashes = new Set<string>();
  const add = (word: string, month: number): void => {
    const key = fold(word.toLowerCase().replace(/\.$/, ''));
    if (clashes.has(key)) return;
    const known = table.get(key);
    if (known === undefined) table.set(key, month);
    else if (known !== month) {
      table.delete(key);
      clashes.add(key);
    }
  };
  for (const locale of [enUS, ru, pl, id]) {
    for (const i of MONTH_INDEXES) {
      for (const context of ['formatting', 'standalone'] as const) {
        add(locale.localize.month(i, { width: 'abbreviated', context }), i + 1);
        const wide = locale.localize.month(i, { width: 'wide', context });
        for (let len = 3; len <= wide.length; len++) add(wide.slice(0, len), i + 1);
      }
    }
  }
  return table;
}

/**
 * Text without combining accents, so "paz" finds "paź" and "wrzesnia" "września". Table and
 * input go through the same fold, so "май" -> "маи" on both sides is harmless. Only month words
 * reach here, never every cell.
 */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Month names for issue reasons, which are in English like every other reason the engine gives. */
const EN_MONTHS = MONTH_INDEXES.map((i) => enUS.localize.month(i, { width: 'wide' }));

/** A time of day after the date ("T10:30:00Z", " 0:00:00", " 10:30 PM"): dropped. */
const TIME_TAIL = /(?:t|\s+)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?))?$/;
/** Russian "г."/"года" and Polish "r."/"roku" after the year, or a lone trailing dot. */
const YEAR_TAIL = /(\d)\s*(?:г\.?|года|r\.?|roku|\.)$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SEP = '[\\s.,/-]';
const WORD = '([^\\d\\s.,/-]+)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DAY_WORD_YEAR = new RegExp(`^${DAY}${SEP}*${WORD}${SEP}*(\\d{4}|\\d{2})$`, 'u');
const WORD_DAY_YEAR = new RegExp(`^${WORD}${SEP}*${DAY}${SEP}+(\\d{4}|\\d{2})$`, 'u');
const YEAR_WORD_DAY = new RegExp(`^(\\d{4})${SEP}*${WORD}${SEP}*(\\d{1,2})$`, 'u');

/**
 * Parses a date typed as text. `order` resolves dd/mm vs mm/dd; with null an ambiguous value
 * (both parts <= 12 and different) fails with ambiguous: true. A value the given order cannot
 * read ("15/01/2024" as MDY) fails rather than silently switching order.
 *
 * Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (the POSIX/date-fns pivot; Excel's
 * own pivot is 2029, but nobody types a 1930s invoice date).
 * Year-first forms (ISO "2024-01-15", "2024/01/15", "20240115") are always year-month-day.
 * Case-insensitive; trims; drops a time of day and a trailing "г." / "r." / "года".
 * @example
 * parseDateText('2024-01-15T10:30:00', null) // 2024-01-15
 * parseDateText('15.01.24', null)            // 2024-01-15
 * parseDateText('01/15/2024', null)          // 2024-01-15 (15 cannot be a month)
 * parseDateText('01/02/2024', 'DMY')         // 2024-02-01
 * parseDateText('01/02/2024', null)          // fails, ambiguous: true
 * parseDateText('15 января 2024 г.', null)   // 2024-01-15
 * parseDateText('Jan 15, 2024', null)        // 2024-01-15
 * parseDateText('31.02.2024', 'DMY')         // fails: February 2024 has no day 31
 */
export function parseDateText(text: string, order: DateOrder | null): DateParse {
  const s = normalize(text);
  if (s.length === 0) return failure('is empty');

  let m = DAY_OR_MONTH_FIRST.exec(s);
  if (m !== null) return dayMonth(Number(m[1]), Number(m[3]), expandYear(m[4]), order, s);
  m = YEAR_FIRST.exec(s);
  if (m !== null) return build(Number(m[1]), Number(m[3]), Number(m[4]));
  m = COMPACT.exec(s);
  if (m !== null) return build(Number(m[1]), Number(m[2]), Number(m[3]));

  m = DAY_WORD_YEAR.exec(s);
  if (m !== null) return withMonthWord(m[2], Number(m[1]), expandYear(m[3]));
  m = WORD_DAY_YEAR.exec(s);
  if (m !== null) return withMonthWord(m[1], Number(m[2]), expandYear(m[3]));
  m = YEAR_WORD_DAY.exec(s);
  if (m !== null) return withMonthWord(m[2], Number(m[3]), Number(m[1]));

  return failure(/\d/.test(s) ? 'is not a date in a format we read' : 'is not a date');
}

/**
 * What one value proves: 'DMY' when its first part is over 12, 'MDY' when its second part is,
 * null when it proves nothing (ISO dates, month names, both parts <= 12, or no valid date at all).
 * @example
 * dateOrderEvidence('15.01.2024') // 'DMY'
 * dateOrderEvidence('1/15/2024')  // 'MDY'
 * dateOrderEvidence('01/02/2024') // null
 * dateOrderEvidence('2024-01-15') // null
 * dateOrderEvidence('31/02/2024') // null (no order makes it a date)
 */
export function dateOrderEvidence(text: string): DateOrder | null {
  const m = DAY_OR_MONTH_FIRST.exec(normalize(text));
  if (m === null) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = expandYear(m[4]);
  if (a > 12 && b <= 12) return localDate(year, b, a) === null ? null : 'DMY';
  if (b > 12 && a <= 12) return localDate(year, a, b) === null ? null : 'MDY';
  return null;
}

/**
 * True when an Excel number format code (en-US form) displays a date: it has d, y, or a month m
 * outside quotes, brackets and escapes. Minutes ("h:mm", "mm:ss"), elapsed time ("[h]:mm") and
 * "AM/PM" do not count.
 * @example
 * isDateFormat('m/d/yyyy')            // true
 * isDateFormat('[$-419]dd.mm.yyyy')   // true
 * isDateFormat('dd/mm/yyyy;@')        // true
 * isDateFormat('h:mm AM/PM')          // false
 * isDateFormat('[h]:mm:ss')           // false
 * isDateFormat('#,##0.00 "days"')     // false
 */
export function isDateFormat(format: string): boolean {
  // Date/time tokens in order: 'd', 'y', 'm' (length), 'h', 's'. Month vs minute needs neighbours.
  const kinds: string[] = [];
  const lengths: number[] = [];
  const f = format.toLowerCase();
  const n = f.length;
  let i = 0;
  while (i < n) {
    const ch = f[i];
    if (ch === '"') {
      const end = f.indexOf('"', i + 1);
      i = end < 0 ? n : end + 1;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = f.indexOf(']', i + 1);
      const inner = end < 0 ? f.slice(i + 1) : f.slice(i + 1, end);
      // Elapsed time [h], [mm], [ss] still tells the neighbouring m it is minutes.
      if (/^(h+|m+|s+)$/.test(inner)) {
        kinds.push(inner[0]);
        lengths.push(inner.length);
      }
      i = end < 0 ? n : end + 1;
    } else if (f.startsWith('am/pm', i)) {
      i += 5;
    } else if (f.startsWith('a/p', i)) {
      i += 3;
    } else if (ch === 'd' || ch === 'y' || ch === 'm' || ch === 'h' || ch === 's') {
      let j = i + 1;
      while (j < n && f[j] === ch) j++;
      kinds.push(ch);
      lengths.push(j - i);
      i = j;
    } else {
      i += 1;
    }
  }
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    if (kind === 'd' || kind === 'y') return true;
    if (kind !== 'm') continue;
    if (lengths[k] >= 3) return true;
    const minute = (k > 0 && kinds[k - 1] === 'h') || (k + 1 < kinds.length && kinds[k + 1] === 's');
    if (!minute) return true;
  }
  return false;
}

function normalize(text: string): string {
  let s = text.trim().toLowerCase();
  if (s.includes(':')) s = s.replace(TIME_TAIL, '');
  const last = s.charCodeAt(s.length - 1);
  if (s.length > 0 && !(last >= 0x30 && last <= 0x39)) s = s.replace(YEAR_TAIL, '$1');
  return s;
}

function failure(reason: string, ambiguous = false): DateParse {
  return ambiguous ? { ok: false, reason, ambiguous: true } : { ok: false, reason };
}

/** Two-digit years pivot at 70: 00-69 -> 2000-2069, 70-99 -> 1970-1999. */
function expandYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function dayMonth(a: number, b: number, year: number, order: DateOrder | null, shown: string): DateParse {
  if (order === 'DMY') return build(year, b, a, 'day.month.year');
  if (order === 'MDY') return build(year, a, b, 'month/day/year');
  if (a === b) return build(year, a, b);
  const asDmy = localDate(year, b, a);
  const asMdy = localDate(year, a, b);
  if (asDmy !== null && asMdy !== null) {
    return failure(
      `is ambiguous: "${shown}" is ${a} ${EN_MONTHS[b - 1]} or ${EN_MONTHS[a - 1]} ${b}, ` +
        `and the column's date order (day/month or month/day) is not known`,
      true,
    );
  }
  if (asDmy !== null) return { ok: true, date: asDmy };
  if (asMdy !== null) return { ok: true, date: asMdy };
  if (a > 12 && b > 12) return failure(`has no month: ${a} and ${b} are both over 12`);
  // Neither reading works; explain the one whose month at least exists.
  return b >= 1 && b <= 12 ? build(year, b, a) : build(year, a, b);
}

function withMonthWord(word: string, day: number, year: number): DateParse {
  const month = MONTHS.get(fold(word));
  if (month === undefined) return failure(`is not a date: "${word}" is not a month name`);
  return build(year, month, day);
}

function build(year: number, month: number, day: number, order?: string): DateParse {
  const date = localDate(year, month, day);
  if (date !== null) return { ok: true, date };
  const inOrder = order === undefined ? '' : ` (read as ${order})`;
  if (month < 1 || month > 12) return failure(`has no month ${month}${inOrder}`);
  if (year < 1 || year > 9999) return failure(`has year ${year}, outside 1-9999`);
  return failure(`is not a real date: ${EN_MONTHS[month - 1]} ${year} has no day ${day}${inOrder}`);
}
