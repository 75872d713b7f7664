import { bucketIndex } from './bucket';
import { cellText, isBlank } from './cellText';
import { DATE_FIELDS, type DateField, type MoneyField, type Convention, dateOrders, decimalSeparators } from './columnConventions';
import { currencyFromNumberFormat, currencyFromText } from './currency';
import type { ColumnMap } from './detectColumns';
import type { Field } from './fields';
import { type CellValue, type Grid, isCellError } from './grid';
import type { DueDateSource, Invoice, InvoiceStatus, RowIssue, SkippedRow } from './invoice';
import { type LocalDate, addDays, fromExcelSerial, toYearMonthDay } from './localDate';
import { type DecimalText, minorDigits, toMinorUnits } from './money';
import { type DateOrder, parseDateText } from './parseDate';
import { type DecimalSeparator, decimalFromNumber, parseAmountText } from './parseAmount';
import { parseTerms } from './parseTerms';
import type { Policy } from './policy';
import { languageCode, statusWord, yesNo } from './statusWords';

export interface SheetReading {
  invoices: Invoice[];
  skipped: SkippedRow[];
  issues: RowIssue[];
}

export interface ReadOptions {
  asOf: LocalDate;
  policy: Policy;
  date1904: boolean;
}

/** A problem that keeps a row from being aged: it goes to `skipped`, with an issue naming the cell. */
class RowProblem {
  constructor(readonly field: Field | null, readonly value: string, readonly message: string) {}
}

type Parsed<T> = T | RowProblem;

// JavaScript's \b only knows ASCII letters, so the end of the word is spelled out for Cyrillic.
const TOTAL_ROW = /^(grand total|total|totals|subtotal|sub total|итого|итог|всего|razem|suma|łącznie|jumlah|total keseluruhan)(?![\p{L}\p{N}])/iu;
const DASHES = new Set(['-', '–', '—', '−']);
/** Serial numbers outside these years in a date column are more likely typos than dates. */
const PLAUSIBLE_YEARS = { from: 1950, to: 2199 };

interface Context {
  grid: Grid;
  map: ColumnMap;
  options: ReadOptions;
  dateOrder: Partial<Record<DateField, Convention<DateOrder>>>;
  decimal: Partial<Record<MoneyField, Convention<DecimalSeparator>>>;
  /** Header text per column index: a row repeating them is a repeated header. */
  headers: Map<number, string>;
  /** Distinct texts in status-like columns are few: each is interpreted once per sheet. */
  words: Map<string, unknown>;
  merged: Map<number, CellValue>;
  formatCurrency: Map<string, string | null>;
}

const MERGE_STRIDE = 1 << 14;

function mergedValues(grid: Grid, fromIndex: number): Map<number, CellValue> {
  const values = new Map<number, CellValue>();
  for (const area of grid.merges ?? []) {
    const top = area.top - grid.firstRow;
    const left = area.left - grid.firstCol;
    if (top < fromIndex) continue;
    const origin = grid.rows[top]?.[left] ?? null;
    for (let r = top; r <= area.bottom - grid.firstRow; r++) {
      for (let c = left; c <= area.right - grid.firstCol; c++) {
        if (r !== top || c !== left) values.set(r * MERGE_STRIDE + c, origin);
      }
    }
  }
  return values;
}

function cell(ctx: Context, r: number, field: Field): CellValue {
  const column = ctx.map.columns[field];
  if (!column) return null;
  const value = ctx.grid.rows[r][column.index];
  if (value !== null && value !== undefined && value !== '') return value;
  return ctx.merged.size > 0 ? (ctx.merged.get(r * MERGE_STRIDE + column.index) ?? null) : null;
}

function format(ctx: Context, r: number, field: Field): string | null {
  const column = ctx.map.columns[field];
  return column ? (ctx.grid.formats?.[r]?.[column.index] ?? null) : null;
}

function readDate(ctx: Context, r: number, field: DateField): Parsed<LocalDate | null> {
  const value = cell(ctx, r, field);
  if (value === null || isBlank(value)) return null;
  const raw = cellText(value);
  if (isCellError(value)) return new RowProblem(field, raw, `${raw} is not a date`);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19000101 && value <= 21991231) {
      const parsed = parseDateText(raw, null);
      if (parsed.ok) return parsed.date;
    }
    const date = fromExcelSerial(value, ctx.options.date1904);
    const year = date === null ? 0 : toYearMonthDay(date).year;
    if (date === null || year < PLAUSIBLE_YEARS.from || year > PLAUSIBLE_YEARS.to) {
      return new RowProblem(field, raw, `the number ${raw} is not a date`);
    }
    return date;
  }
  if (typeof value === 'boolean') return new RowProblem(field, raw, `${raw} is not a date`);
  const convention = ctx.dateOrder[field];
  const parsed = parseDateText(value, convention?.value ?? null);
  if (parsed.ok) return parsed.date;
  if (parsed.ambiguous) {
    const why = convention?.source === 'conflict'
      ? 'this column has both day-first and month-first dates'
      : 'nothing in the sheet settles whether the day or the month comes first';
    return new RowProblem(field, raw, `ambiguous date: ${why}; set "dateOrder" in the policy`);
  }
  return new RowProblem(field, raw, `not a date: ${parsed.reason}`);
}

interface MoneyText {
  value: DecimalText;
  currency: string | null;
}

function readMoneyText(ctx: Context, r: number, field: MoneyField, blankAsZero: boolean): Parsed<MoneyText | null> {
  const value = cell(ctx, r, field);
  if (isBlank(value)) return null;
  const raw = cellText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return new RowProblem(field, raw, 'the amount is too large to be exact');
    return { value: decimalFromNumber(value), currency: currencyOfFormat(ctx, format(ctx, r, field)) };
  }
  if (typeof value !== 'string') return new RowProblem(field, raw, `${raw} is not an amount`);
  if (blankAsZero && DASHES.has(raw)) return { value: { negative: false, integer: '0', fraction: '' }, currency: null };
  const parsed = parseAmountText(value, ctx.decimal[field]?.value ?? null);
  if (parsed.ok) return parsed.amount;
  if (parsed.ambiguous) {
    return new RowProblem(field, raw, `ambiguous amount: ${parsed.reason}; set "decimalSeparator" in the policy`);
  }
  return new RowProblem(field, raw, `not an amount: ${parsed.reason}`);
}

function currencyOfFormat(ctx: Context, code: string | null): string | null {
  if (code === null) return null;
  let currency = ctx.formatCurrency.get(code);
  if (currency === undefined) {
    currency = currencyFromNumberFormat(code);
    ctx.formatCurrency.set(code, currency);
  }
  return currency;
}

function toMinor(field: MoneyField, raw: string, value: DecimalText, currency: string | null): Parsed<number> {
  const result = toMinorUnits(value, minorDigits(currency));
  return result.ok ? result.minor : new RowProblem(field, raw, `the amount ${result.reason} for ${currency ?? 'its currency'}`);
}

/** `interpret(text)`, computed once per distinct text and kind for the whole sheet. */
function once<T>(ctx: Context, kind: string, text: string, interpret: (text: string) => T): T {
  const key = kind + text;
  if (ctx.words.has(key)) return ctx.words.get(key) as T;
  const value = interpret(text);
  ctx.words.set(key, value);
  return value;
}

type RowKind = { kind: 'invoice' } | { kind: 'skip'; reason: string };

function classify(ctx: Context, r: number): RowKind {
  const row = ctx.grid.rows[r];
  let filled = 0;
  let firstText = '';
  let headerLike = 0;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isBlank(value)) continue;
    filled++;
    if (firstText === '' && typeof value === 'string') firstText = value.trim();
    if (typeof value === 'string' && ctx.headers.get(c) === value.trim()) headerLike++;
  }
  if (filled === 0) return { kind: 'skip', reason: 'blank row' };
  if (headerLike >= 2) return { kind: 'skip', reason: 'repeated header row' };
  const invoice = cell(ctx, r, 'invoice');
  if (TOTAL_ROW.test(firstText) && (isBlank(invoice) || cellText(invoice) === firstText)) {
    return { kind: 'skip', reason: `total row ("${firstText}")` };
  }
  const hasMoney = !isBlank(cell(ctx, r, 'amount')) || !isBlank(cell(ctx, r, 'open'));
  const hasDate = DATE_FIELDS.some((f) => f !== 'paidDate' && !isBlank(cell(ctx, r, f)));
  if (filled === 1 && firstText !== '' && !hasMoney) return { kind: 'skip', reason: `section or title row ("${firstText}")` };
  // An amount beside a name but with no date and no invoice number is a caption ("Percentage of
  // total"), not an invoice that could be aged; it is listed as skipped, with its reason.
  if (!isBlank(invoice) || (hasMoney && hasDate)) return { kind: 'invoice' };
  return { kind: 'skip', reason: hasMoney ? 'no invoice number and no date' : 'no amount and no invoice number' };
}

interface RowOutcome {
  invoice?: Invoice;
  problems: RowProblem[];
  warnings: RowProblem[];
}

function invoiceNumber(ctx: Context, r: number): string {
  const value = cell(ctx, r, 'invoice');
  const text = cellText(value);
  const code = format(ctx, r, 'invoice');
  // A number shown through a "000000" format keeps the leading zeros the user sees.
  if (typeof value === 'number' && code && /^0+$/.test(code) && Number.isInteger(value)) return text.padStart(code.length, '0');
  return text;
}

function readRow(ctx: Context, r: number): RowOutcome {
  const { asOf, policy } = ctx.options;
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const keep = <T>(parsed: Parsed<T>): T | null => {
    if (parsed instanceof RowProblem) {
      problems.push(parsed);
      return null;
    }
    return parsed;
  };

  const invoice = invoiceNumber(ctx, r);
  const customer = cellText(cell(ctx, r, 'customer'));
  if (ctx.map.columns.invoice && invoice === '') warnings.push(new RowProblem('invoice', '', 'the invoice number is empty'));
  if (ctx.map.columns.customer && customer === '') warnings.push(new RowProblem('customer', '', 'the customer is empty'));

  const invoiceDate = keep(readDate(ctx, r, 'invoiceDate'));
  const sheetDue = keep(readDate(ctx, r, 'dueDate'));
  const paidDate = keep(readDate(ctx, r, 'paidDate'));

  const amountText = keep(readMoneyText(ctx, r, 'amount', false));
  const paidText = keep(readMoneyText(ctx, r, 'paid', true));
  const openText = keep(readMoneyText(ctx, r, 'open', true));

  // Currency: the currency column, else a symbol in the amount text or its number format, else the policy.
  let currency: string | null = null;
  const currencyCell = cellText(cell(ctx, r, 'currency'));
  if (currencyCell !== '') {
    currency = once(ctx, 'c', currencyCell, currencyFromText);
    if (currency === null) problems.push(new RowProblem('currency', currencyCell, 'not a currency code'));
  }
  for (const [field, text] of [['amount', amountText], ['open', openText], ['paid', paidText]] as const) {
    if (!text?.currency) continue;
    if (currency !== null && text.currency !== currency) {
      problems.push(new RowProblem(field, cellText(cell(ctx, r, field)), `the amount is in ${text.currency} but the row says ${currency}`));
    } else if (currencyCell === '') currency = text.currency;
  }
  if (currency === null && currencyCell === '') currency = policy.defaultCurrency;

  if (!ctx.map.columns.amount && !ctx.map.columns.open) problems.push(new RowProblem(null, '', 'no amount column'));
  const amountSource = amountText ?? openText;
  if (amountSource === null && !problems.some((p) => p.field === 'amount' || p.field === 'open')) {
    problems.push(new RowProblem(ctx.map.columns.amount ? 'amount' : 'open', '', 'the amount is empty'));
  }

  // Due date: the sheet's, else invoice date + the row's terms, else + the policy's default terms.
  let dueDate: LocalDate | null = sheetDue;
  let dueDateSource: DueDateSource = 'sheet';
  const termsText = cellText(cell(ctx, r, 'terms'));
  if (dueDate === null && !problems.some((p) => p.field === 'dueDate')) {
    if (invoiceDate === null) {
      if (!problems.some((p) => p.field === 'invoiceDate')) problems.push(new RowProblem('dueDate', '', 'no due date and no invoice date to count terms from'));
    } else if (termsText !== '') {
      const terms = parseTerms(termsText);
      if (terms.ok) {
        dueDate = addDays(invoiceDate, terms.days);
        dueDateSource = 'terms';
      } else problems.push(new RowProblem('terms', termsText, `unreadable payment terms: ${terms.reason}`));
    } else {
      dueDate = addDays(invoiceDate, policy.defaultTermsDays);
      dueDateSource = 'default-terms';
    }
  }

  const statusText = cellText(cell(ctx, r, 'status'));
  const said = statusText === '' ? 'open' : once(ctx, 's', statusText, statusWord);
  if (said === null) warnings.push(new RowProblem('status', statusText, 'status not recognised; the invoice is treated as open'));
  const disputedText = cellText(cell(ctx, r, 'disputed'));
  const disputedFlag = once(ctx, 'd', disputedText, yesNo);
  if (disputedFlag === null) warnings.push(new RowProblem('disputed', disputedText, 'not a yes/no value; the invoice is treated as not disputed'));
  const languageText = cellText(cell(ctx, r, 'language'));
  const language = languageText === '' ? null : once(ctx, 'l', languageText, languageCode);
  if (languageText !== '' && language === null) warnings.push(new RowProblem('language', languageText, 'not a language the product knows; the default language is used'));

  if (problems.length > 0 || amountSource === null || dueDate === null) return { problems, warnings };

  const amountRaw = cellText(cell(ctx, r, amountText ? 'amount' : 'open'));
  const amount = keep(toMinor(amountText ? 'amount' : 'open', amountRaw, amountSource.value, currency));
  const paid = paidText ? keep(toMinor('paid', cellText(cell(ctx, r, 'paid')), paidText.value, currency)) : 0;
  const openColumn = openText ? keep(toMinor('open', cellText(cell(ctx, r, 'open')), openText.value, currency)) : null;
  if (amount === null || paid === null || problems.length > 0) return { problems, warnings };

  if (ctx.map.columns.open && openText === null && ctx.map.columns.amount) {
    warnings.push(new RowProblem('open', '', 'the open balance is empty; used amount minus paid'));
  }

  // The state on the as-of date: an invoice dated later does not exist yet, and a payment dated
  // later has not happened yet. Without paid or open columns, a paid date means settled in full.
  const notIssued = invoiceDate !== null && invoiceDate > asOf;
  const settledColumnsOnly = !ctx.map.columns.paid && !ctx.map.columns.open;
  let open: number;
  if (notIssued) open = 0;
  else if (paidDate !== null && paidDate > asOf) open = amount;
  else if (said === 'paid' || (paidDate !== null && settledColumnsOnly)) open = 0;
  else open = openColumn ?? amount - paid;

  let status: InvoiceStatus;
  if (notIssued) status = 'not-issued';
  else if (open < 0) status = 'credit';
  else if (open === 0) status = 'paid';
  else if (said === 'disputed' || disputedFlag === true) status = 'disputed';
  else if (said === 'on-hold') status = 'on-hold';
  else status = 'open';

  const daysOverdue = asOf - dueDate;
  const age = policy.aging.basis === 'invoice-date' && invoiceDate !== null ? asOf - invoiceDate : daysOverdue;
  const invoiceRecord: Invoice = {
    row: ctx.grid.firstRow + r,
    invoice,
    customer,
    currency,
    invoiceDate,
    dueDate,
    dueDateSource,
    amount,
    open,
    status,
    daysOverdue,
    bucket: open > 0 ? bucketIndex(age, policy.aging.buckets) : -1,
    email: cellText(cell(ctx, r, 'email')),
    phone: cellText(cell(ctx, r, 'phone')),
    language,
  };
  return { invoice: invoiceRecord, problems, warnings };
}

function toIssue(ctx: Context, r: number, problem: RowProblem): RowIssue {
  return {
    row: ctx.grid.firstRow + r,
    column: problem.field ? (ctx.map.columns[problem.field]?.header ?? '') : '',
    value: problem.value,
    message: problem.message,
  };
}

/**
 * Reads every row of an invoice table. Each non-empty row ends up in exactly one of `invoices`
 * or `skipped`; every problem is an issue naming its row, column and raw value. A row whose date
 * or amount cannot be read is skipped with its issues, never aged with a guessed value.
 */
export function readInvoices(grid: Grid, map: ColumnMap, options: ReadOptions): SheetReading {
  const headers = new Map<number, string>();
  for (const column of Object.values(map.columns)) if (column) headers.set(column.index, column.header);
  const ctx: Context = {
    grid,
    map,
    options,
    dateOrder: dateOrders(grid, map, options.policy),
    decimal: decimalSeparators(grid, map, options.policy),
    headers,
    words: new Map(),
    merged: mergedValues(grid, map.headerIndex + 1),
    formatCurrency: new Map(),
  };
  const reading: SheetReading = { invoices: [], skipped: [], issues: [] };
  for (let r = 0; r < map.headerIndex; r++) {
    if (grid.rows[r].some((v) => !isBlank(v))) reading.skipped.push({ row: grid.firstRow + r, reason: 'above the header row' });
  }
  reading.skipped.push({ row: grid.firstRow + map.headerIndex, reason: 'header row' });
  let last = grid.rows.length - 1;
  while (last > map.headerIndex && grid.rows[last].every((v) => isBlank(v))) last--;

  const seen = new Map<string, number>();
  for (let r = map.headerIndex + 1; r <= last; r++) {
    const kind = classify(ctx, r);
    if (kind.kind === 'skip') {
      reading.skipped.push({ row: grid.firstRow + r, reason: kind.reason });
      continue;
    }
    const outcome = readRow(ctx, r);
    for (const problem of outcome.problems) reading.issues.push(toIssue(ctx, r, problem));
    for (const warning of outcome.warnings) reading.issues.push(toIssue(ctx, r, warning));
    if (!outcome.invoice) {
      const fields = [...new Set(outcome.problems.map((p) => (p.field ? (map.columns[p.field]?.header ?? p.field) : 'row')))].join(', ');
      reading.skipped.push({ row: grid.firstRow + r, reason: `not aged: a problem in ${fields} (see issues)` });
      continue;
    }
    const key = outcome.invoice.invoice.toLowerCase();
    if (key !== '') {
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        reading.issues.push(toIssue(ctx, r, new RowProblem('invoice', outcome.invoice.invoice, `duplicate invoice number (also on row ${earlier})`)));
      } else seen.set(key, outcome.invoice.row);
    }
    reading.invoices.push(outcome.invoice);
  }
  return reading;
}

