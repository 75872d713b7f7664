import type { ColumnMap } from './detectColumns';
import type { Field } from './fields';
import type { Grid } from './grid';
import { type DateOrder, dateOrderEvidence } from './parseDate';
import { type DecimalSeparator, decimalSeparatorEvidence } from './parseAmount';
import type { Policy } from './policy';

export const DATE_FIELDS = ['invoiceDate', 'dueDate', 'paidDate'] as const satisfies readonly Field[];
export const MONEY_FIELDS = ['amount', 'paid', 'open'] as const satisfies readonly Field[];

export type DateField = (typeof DATE_FIELDS)[number];
export type MoneyField = (typeof MONEY_FIELDS)[number];

/** How text in one column is to be read, and why: shown to the user when a value is ambiguous. */
export interface Convention<T> {
  value: T | null;
  /** "column" | "sheet" | "policy" | "language" | "conflict" | "none" */
  source: 'column' | 'sheet' | 'policy' | 'language' | 'conflict' | 'none';
}

/** Day-first countries: every header language the product reads except English. */
const DAY_FIRST_LANGUAGES = new Set(['ru', 'pl', 'id']);
const DOTTED_DATE = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

interface Evidence<T> {
  seen: Set<T>;
}

function collect<T>(grid: Grid, index: number, from: number, prove: (text: string) => T | null): Evidence<T> & { dotted: number; texts: number } {
  const seen = new Set<T>();
  let dotted = 0;
  let texts = 0;
  for (let r = from; r < grid.rows.length; r++) {
    const value = grid.rows[r][index];
    if (typeof value !== 'string') continue;
    texts++;
    const proof = prove(value);
    if (proof !== null) seen.add(proof);
    if (DOTTED_DATE.test(value)) dotted++;
  }
  return { seen, dotted, texts };
}

function settle<T>(column: Set<T>, sheet: Set<T>, policy: T | null, language: T | null): Convention<T> {
  if (column.size > 1) return { value: null, source: 'conflict' };
  if (column.size === 1) return { value: [...column][0], source: 'column' };
  if (sheet.size === 1) return { value: [...sheet][0], source: 'sheet' };
  if (policy !== null) return { value: policy, source: 'policy' };
  if (language !== null) return { value: language, source: 'language' };
  return { value: null, source: 'none' };
}

/**
 * Day/month order per date column, settled for the whole column, never per cell: a value whose
 * first part is over 12 settles it; else another date column of the sheet; else the policy;
 * else the header language (and dotted dd.mm.yyyy, which is day-first everywhere).
 */
export function dateOrders(grid: Grid, map: ColumnMap, policy: Policy): Partial<Record<DateField, Convention<DateOrder>>> {
  const first = map.headerIndex + 1;
  const perColumn = new Map<DateField, ReturnType<typeof collect<DateOrder>>>();
  const sheet = new Set<DateOrder>();
  for (const field of DATE_FIELDS) {
    const column = map.columns[field];
    if (!column) continue;
    const evidence = collect(grid, column.index, first, dateOrderEvidence);
    perColumn.set(field, evidence);
    for (const order of evidence.seen) sheet.add(order);
  }
  const result: Partial<Record<DateField, Convention<DateOrder>>> = {};
  for (const [field, evidence] of perColumn) {
    const allDotted = evidence.texts > 0 && evidence.dotted === evidence.texts;
    const language: DateOrder | null = DAY_FIRST_LANGUAGES.has(map.language) || allDotted ? 'DMY' : map.language === 'en' ? 'MDY' : null;
    result[field] = settle(evidence.seen, sheet, policy.dateOrder, language);
  }
  return result;
}

/**
 * The decimal separator for amounts typed as text, settled for the sheet: "1.234,56" or
 * "1.234.567" prove a decimal comma, "1,234.56" a decimal point; else the policy; else the
 * header language.
 */
export function decimalSeparators(grid: Grid, map: ColumnMap, policy: Policy): Partial<Record<MoneyField, Convention<DecimalSeparator>>> {
  const first = map.headerIndex + 1;
  const perColumn = new Map<MoneyField, Set<DecimalSeparator>>();
  const sheet = new Set<DecimalSeparator>();
  for (const field of MONEY_FIELDS) {
    const column = map.columns[field];
    if (!column) continue;
    const { seen } = collect(grid, column.index, first, decimalSeparatorEvidence);
    perColumn.set(field, seen);
    for (const separator of seen) sheet.add(separator);
  }
  const language: DecimalSeparator = DAY_FIRST_LANGUAGES.has(map.language) ? ',' : '.';
  const result: Partial<Record<MoneyField, Convention<DecimalSeparator>>> = {};
  for (const [field, seen] of perColumn) result[field] = settle(seen, sheet, policy.decimalSeparator, language);
  return result;
}
