import { headerKey } from './fields';
import { CHANNELS, type Channel, type Level, TONES, type Tone } from './ladder';
import { parseIsoDate } from './localDate';
import { parseAmountText } from './parseAmount';

/**
 * Reading escalation settings from loosely typed values: JSON from `--policy` or cells of the
 * "Dunning settings" sheet. Every reader returns the value or a message; callers add where
 * (a JSON path or a cell address) so the user can find the mistake.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });
const shown = (value: unknown) => JSON.stringify(value);

export function readWholeNumber(value: unknown, min: number, max: number, what: string): Read<number> {
  const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max) return ok(n);
  return fail(`${what} must be a whole number from ${min} to ${max}, got ${shown(value)}`);
}

export function readOptionalWholeNumber(value: unknown, min: number, max: number, what: string): Read<number | null> {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return ok(null);
  return readWholeNumber(value, min, max, what);
}

export function readChoice<T extends string>(value: unknown, choices: readonly T[], what: string): Read<T> {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const found = choices.find((c) => c === key);
  return found ? ok(found) : fail(`${what} must be one of ${choices.join(', ')}, got ${shown(value)}`);
}

export function readYesNo(value: unknown, what: string): Read<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (value === null || value === undefined || value === '') return ok(false);
  const key = typeof value === 'string' ? headerKey(value) : '';
  if (['yes', 'y', 'true', '1'].includes(key)) return ok(true);
  if (['no', 'n', 'false', '0'].includes(key)) return ok(false);
  return fail(`${what} must be yes or no, got ${shown(value)}`);
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "Mon Tue Wed Thu Fri", "mon-fri" or [1, 2, 3, 4, 5] (ISO weekdays). */
export function readWorkingDays(value: unknown): Read<number[]> {
  const what = 'working days';
  let days: number[] = [];
  if (Array.isArray(value)) days = value.filter((d): d is number => typeof d === 'number');
  else if (typeof value === 'string') {
    for (const part of value.toLowerCase().split(/[\s,;]+/).filter(Boolean)) {
      const range = /^([a-z]{3})[a-z]*-([a-z]{3})[a-z]*$/.exec(part);
      if (range) {
        const from = WEEKDAYS.indexOf(range[1]);
        const to = WEEKDAYS.indexOf(range[2]);
        if (from < 0 || to < 0 || to < from) return fail(`${what}: "${part}" is not a range of weekdays such as mon-fri`);
        for (let d = from; d <= to; d++) days.push(d + 1);
        continue;
      }
      const index = WEEKDAYS.indexOf(part.slice(0, 3));
      if (index < 0) return fail(`${what}: "${part}" is not a weekday (mon, tue, wed, thu, fri, sat, sun)`);
      days.push(index + 1);
    }
  }
  const unique = [...new Set(days)].sort();
  if (unique.length === 0 || unique.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || (Array.isArray(value) && unique.length !== value.length)) {
    return fail(`${what} must name at least one weekday, e.g. "Mon Tue Wed Thu Fri", got ${shown(value)}`);
  }
  return ok(unique);
}

export function formatWorkingDays(days: readonly number[]): string {
  return days.map((d) => WEEKDAYS[d - 1][0].toUpperCase() + WEEKDAYS[d - 1].slice(1)).join(' ');
}

export function readMinimumAmount(value: unknown): Read<string> {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() || '0' : '';
  const parsed = parseAmountText(text, '.');
  if (!parsed.ok || parsed.amount.value.negative) return fail(`minimum amount must be a non-negative number such as 50 or 50.00, got ${shown(value)}`);
  return ok(text);
}

export function readIsoDate(value: unknown, what: string): Read<string> {
  if (typeof value === 'string' && parseIsoDate(value.trim()) !== null) return ok(value.trim());
  return fail(`${what} must be a date written YYYY-MM-DD, got ${shown(value)}`);
}

export function readCountry(value: unknown): Read<string | null> {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return ok(null);
  if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value.trim())) return ok(value.trim().toUpperCase());
  return fail(`holiday country must be a two-letter ISO country code such as PL, got ${shown(value)}`);
}

/** The fields of one ladder level, as read from a JSON object or a settings row. */
export interface LevelFields {
  id: unknown;
  name: unknown;
  when: unknown;
  businessDays: unknown;
  minDaysAfterPrevious: unknown;
  channel: unknown;
  tone: unknown;
  repeatEveryDays: unknown;
}

/** A level, or one message per broken field keyed by the field name. */
export function readLevel(fields: LevelFields): { level: Level } | { problems: Array<{ field: keyof LevelFields; message: string }> } {
  const problems: Array<{ field: keyof LevelFields; message: string }> = [];
  const take = <T>(field: keyof LevelFields, read: Read<T>): T | undefined => {
    if (read.ok) return read.value;
    problems.push({ field, message: read.message });
    return undefined;
  };
  const idText = typeof fields.id === 'string' ? fields.id.trim() : '';
  const id = take<string>('id', /^[a-z0-9][a-z0-9_-]*$/i.test(idText) ? ok(idText) : fail(`step id must be letters, digits, - or _ (e.g. notice-1), got ${shown(fields.id)}`));
  const name = take<string>('name', typeof fields.name === 'string' && fields.name.trim() !== '' ? ok(fields.name.trim()) : fail(`step name must be text, got ${shown(fields.name)}`));
  const when = take('when', readWholeNumber(fields.when, -365, 3650, 'when (days from the due date)'));
  const businessDays = take('businessDays', readYesNo(fields.businessDays, 'business days'));
  const gap = take('minDaysAfterPrevious', readOptionalWholeNumber(fields.minDaysAfterPrevious, 0, 3650, 'minimum days after the previous step'));
  const channel = take('channel', readChoice<Channel>(fields.channel, CHANNELS, 'channel'));
  const tone = take('tone', readChoice<Tone>(fields.tone, TONES, 'tone'));
  const repeat = take('repeatEveryDays', readOptionalWholeNumber(fields.repeatEveryDays, 1, 3650, 'repeat every (days)'));
  if (problems.length > 0) return { problems };
  return {
    level: {
      id: id!, name: name!, offsetDays: when!, businessDays: businessDays!, minDaysAfterPrevious: gap ?? 0,
      channel: channel!, tone: tone!, repeatEveryDays: repeat ?? null,
    },
  };
}

/** Rules across levels: ids unique, "when" strictly increasing, repeat only on the last level. */
export function ladderProblems(ladder: readonly Level[]): Array<{ index: number; message: string }> {
  const problems: Array<{ index: number; message: string }> = [];
  if (ladder.length === 0) problems.push({ index: 0, message: 'the ladder needs at least one step' });
  ladder.forEach((level, i) => {
    if (ladder.findIndex((l) => l.id.toLowerCase() === level.id.toLowerCase()) !== i) problems.push({ index: i, message: `step id "${level.id}" is used twice` });
    if (i > 0 && level.offsetDays <= ladder[i - 1].offsetDays) {
      problems.push({ index: i, message: `step "${level.id}" must come later than "${ladder[i - 1].id}" (when ${level.offsetDays} <= ${ladder[i - 1].offsetDays})` });
    }
    if (level.repeatEveryDays !== null && i !== ladder.length - 1) problems.push({ index: i, message: `only the last step can repeat ("${level.id}" is not last)` });
  });
  return problems;
}
