import type { ColumnMap } from './detectColumns';
import type { Field } from './fields';
import type { Grid } from './grid';
import { memoized } from './memo';
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

export interface Conventions {
  dateOrder: Partial<Record<DateField, Convention<DateOrder>>>;
  decimal: Partial<Record<MoneyField, Convention<DecimalSeparator>>>;
}

/** Day-first countries: every header language the product reads except English. */
const DAY_FIRST_LANGUAGES = new Set(['ru', 'pl', 'id']);
const DOTTED_DATE = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

/** What one text in a date column proves: its day/month order, and whether it is dotted dd.mm.yyyy. */
interface DateTextEvidence {
  order: DateOrder | null;
  dotted: boolean;
}

function dateTextEvidence(text: string): DateTextEvidence {
  return { order: dateOrderEvidence(text), dotted: DOTTED_DATE.test(text) };
}

/** What a column's text values prove; for date columns also how many are dotted dd.mm.yyyy. */
interface Evidence<F, T> {
  field: F;
  index: number;
  seen: Set<T>;
  dotted: number;
  texts: number;
}

function evidenceFor<F extends Field, T>(fields: readonly F[], map: ColumnMap): Evidence<F, T>[] {
  const list: Evidence<F, T>[] = [];
  for (const field of fields) {
    const column = map.columns[field];
    if (column) list.push({ field, index: column.index, seen: new Set(), dotted: 0, texts: 0 });
  }
  return list;
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
 * How the sheet's text dates and amounts are to be read, per column, from the text values of
 * every row below the header (read in one pass over the rows, since a large sheet's rows do not
 * sit in the processor cache).
 *
 * Day/month order per date column is settled for the whole column, never per cell: a value
 * whose first part is over 12 settles it; else another date column of the sheet; else the
 * policy; else the header language (and dotted dd.mm.yyyy, which is day-first everywhere).
 *
 * The decimal separator for amounts typed as text is settled for the sheet: "1.234,56" or
 * "1.234.567" prove a decimal comma, "1,234.56" a decimal point; else the policy; else the
 * header language.
 */
export function columnConventions(grid: Grid, map: ColumnMap, policy: Policy): Conventions {
  const dates = evidenceFor<DateField, DateOrder>(DATE_FIELDS, map);
  const amounts = evidenceFor<MoneyField, DecimalSeparator>(MONEY_FIELDS, map);
  const dateTexts = new Map<string, DateTextEvidence>();
  const amountTexts = new Map<string, DecimalSeparator | null>();
  // Indexed loops: a for-of per row would cost an iterator per row.
  for (let r = map.headerIndex + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let i = 0; i < dates.length; i++) {
      const evidence = dates[i];
      const value = row[evidence.index];
      if (typeof value !== 'string') continue;
      evidence.texts++;
      const { order, dotted } = memoized(dateTexts, value, dateTextEvidence);
      if (order !== null) evidence.seen.add(order);
      if (dotted) evidence.dotted++;
    }
    for (let i = 0; i < amounts.length; i++) {
      const evidence = amounts[i];
      const value = row[evidence.index];
      if (typeof value !== 'string') continue;
      const separator = memoized(amountTexts, value, decimalSeparatorEvidence);
      if (separator !== null) evidence.seen.add(separator);
    }
  }

  const dateOrder: Conventions['dateOrder'] = {};
  const sheetOrders = new Set<DateOrder>();
  for (const evidence of dates) for (const order of evidence.seen) sheetOrders.add(order);
  for (const evidence of dates) {
    const allDotted = evidence.texts > 0 && evidence.dotted === evidence.texts;
    const language: DateOrder | null = DAY_FIRST_LANGUAGES.has(map.language) || allDotted ? 'DMY' : map.language === 'en' ? 'MDY' : null;
    dateOrder[evidence.field] = settle(evidence.seen, sheetOrders, policy.dateOrder, language);
  }

  const decimal: Conventions['decimal'] = {};
  const sheetSeparators = new Set<DecimalSeparator>();
  for (const evidence of amounts) for (const separator of evidence.seen) sheetSeparators.add(separator);
  const language: DecimalSeparator = DAY_FIRST_LANGUAGES.has(map.language) ? ',' : '.';
  for (const evidence of amounts) decimal[evidence.field] = settle(evidence.seen, sheetSeparators, policy.decimalSeparator, language);
  return { dateOrder, decimal };
}
