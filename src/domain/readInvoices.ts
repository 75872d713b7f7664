import { bucketIndex } from './bucket';
import { cellText, isBlank } from './cellText';
import { type Conventions, type DateField, MONEY_FIELDS, type MoneyField, columnConventions } from './columnConventions';
import { currencyFromNumberFormat, currencyFromText } from './currency';
import type { ColumnMap } from './detectColumns';
import { FIELDS, type Field } from './fields';
import type { CellValue, Grid } from './grid';
import { InvoiceNumberIndex } from './invoiceNumberIndex';
import { memoized } from './memo';
import type { DueDateSource, Invoice, InvoiceStatus, RowIssue, SkippedRow } from './invoice';
import { type LocalDate, addDays, fromExcelSerial, localDate } from './localDate';
import { exactMinorUnits, minorDigits, toMinorUnits } from './money';
import { type DateOrder, type DateParse, parseDateText } from './parseDate';
import { type ParsedAmount, decimalFromNumber, parseAmountText } from './parseAmount';
import { type TermsParse, parseTerms } from './parseTerms';
import type { Policy } from './policy';
import { type StatusWord, languageCode, statusWord, yesNo } from './statusWords';

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

// JavaScript's \b only knows ASCII letters, so the end of the word is spelled out for Cyrillic.
const TOTAL_ROW = /^(grand total|total|totals|subtotal|sub total|итого|итог|всего|razem|suma|łącznie|jumlah|total keseluruhan)(?![\p{L}\p{N}])/iu;
const DASHES = new Set(['-', '–', '—', '−']);
/** Serial numbers outside these years in a date column are more likely typos than dates. */
const PLAUSIBLE_DATES = { from: localDate(1950, 1, 1)!, to: localDate(2199, 12, 31)! };

/**
 * A field's column, index -1 where the sheet has none. Looked up once per sheet, and handed
 * around as an object so that reading a cell is no lookup by field name.
 */
interface Column<F extends Field = Field> {
  field: F;
  index: number;
}

type Columns = { [F in Field]: Column<F> };

interface Context {
  grid: Grid;
  map: ColumnMap;
  options: ReadOptions;
  columns: Columns;
  conventions: Conventions;
  /** Header text per column index: a row repeating them is a repeated header. */
  headers: (string | undefined)[];
  /** Distinct texts in currency, terms, status-like and text date columns are few: each is interpreted once per sheet. */
  currencies: Map<string, string | null>;
  terms: Map<string, TermsParse>;
  statuses: Map<string, StatusWord | null>;
  flags: Map<string, boolean | null>;
  languages: Map<string, string | null>;
  /** Per date column, as each has its own day/month order. */
  dateTexts: Record<DateField, Map<string, DateParse>>;
  merged: Map<number, CellValue>;
  /** The currency each number format shows, and the last format asked about (see currencyOfFormat). */
  formatCurrency: Map<string, string | null>;
  lastFormat: { code: string | null; currency: string | null };
  /** The row being read (its grid index, cells and number formats), set once per row rather than looked up per cell. */
  r: number;
  row: readonly CellValue[];
  rowFormats: readonly (string | null | undefined)[] | undefined;
  /** Per column, the row's text cell trimmed ('' for other cells): trimmed once, when the row is checked (see skipReason). */
  texts: string[];
  /** The row being read's problems and warnings; reused from row to row, so a clean row allocates no lists. */
  problems: RowProblem[];
  warnings: RowProblem[];
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

function sheetColumns(map: ColumnMap): Columns {
  const columns: Partial<Record<Field, Column>> = {};
  for (const field of FIELDS) columns[field] = { field, index: map.columns[field]?.index ?? -1 };
  return columns as Columns;
}

/** The cell of the row being read in the column, or the value shown across it when it is merged. */
function cell(ctx: Context, column: Column): CellValue {
  const index = column.index;
  if (index < 0) return null;
  const value = ctx.row[index];
  if (value !== null && value !== undefined && value !== '') return value;
  return ctx.merged.size > 0 ? (ctx.merged.get(ctx.r * MERGE_STRIDE + index) ?? null) : null;
}

/** The text of the row being read in the column, as cellText(cell(...)) gives it. */
function textOf(ctx: Context, column: Column): string {
  const index = column.index;
  if (index < 0) return '';
  const text = typeof ctx.row[index] === 'string' ? ctx.texts[index] : '';
  return text !== '' ? text : cellText(cell(ctx, column));
}

function format(ctx: Context, column: Column): string | null {
  const index = column.index;
  return index < 0 ? null : (ctx.rowFormats?.[index] ?? null);
}

/** Records a problem that keeps the row from being aged; null, for the reader that found it to return. */
function problem(ctx: Context, field: Field | null, value: string, message: string): null {
  ctx.problems.push(new RowProblem(field, value, message));
  return null;
}

function hasProblemIn(ctx: Context, a: Field, b: Field = a): boolean {
  const { problems } = ctx;
  for (let i = 0; i < problems.length; i++) if (problems[i].field === a || problems[i].field === b) return true;
  return false;
}

/**
 * parseDateText, once per distinct text of a column. (A function of its own because its closure
 * would otherwise make readDate allocate a context on every call, number dates included.)
 */
function parseDateOnce(ctx: Context, field: DateField, text: string, order: DateOrder | null): DateParse {
  return memoized(ctx.dateTexts[field], text, (t) => parseDateText(t, order));
}

/** The date in the column, or null when it is blank or unreadable (its problem recorded). */
function readDate(ctx: Context, column: Column<DateField>): LocalDate | null {
  const { field } = column;
  const value = cell(ctx, column);
  if (value === null || isBlank(value)) return null;
  // The raw text is only for messages, and String() of a number is not free: made when needed.
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19000101 && value <= 21991231) {
      const parsed = parseDateText(cellText(value), null);
      if (parsed.ok) return parsed.date;
    }
    const date = fromExcelSerial(value, ctx.options.date1904);
    if (date === null || date < PLAUSIBLE_DATES.from || date > PLAUSIBLE_DATES.to) {
      const raw = cellText(value);
      return problem(ctx, field, raw, `the number ${raw} is not a date`);
    }
    return date;
  }
  if (typeof value !== 'string') {
    const raw = cellText(value);
    return problem(ctx, field, raw, `${raw} is not a date`);
  }
  const convention = ctx.conventions.dateOrder[field];
  const parsed = parseDateOnce(ctx, field, value, convention?.value ?? null);
  if (parsed.ok) return parsed.date;
  const raw = cellText(value);
  if (parsed.ambiguous) {
    const why = convention?.source === 'conflict'
      ? 'this column has both day-first and month-first dates'
      : 'nothing in the sheet settles whether the day or the month comes first';
    return problem(ctx, field, raw, `ambiguous date: ${why}; set "dateOrder" in the policy`);
  }
  return problem(ctx, field, raw, `not a date: ${parsed.reason}`);
}

/**
 * A money cell as read: a number cell's own value (its currency, if any, is in its number
 * format), or text parsed into an exact decimal. Numbers stay numbers until the currency's
 * digits are known, so the common case never goes through text.
 */
type MoneyReading = number | ParsedAmount;

/** A dash in a paid or open column: nothing paid, nothing open. */
const DASH_AMOUNT: ParsedAmount = { value: { negative: false, integer: '0', fraction: '' }, currency: null };

/** The amount in the column, or null when it is blank or unreadable (its problem recorded). */
function readMoney(ctx: Context, column: Column<MoneyField>, blankAsZero: boolean): MoneyReading | null {
  const { field } = column;
  const value = cell(ctx, column);
  if (isBlank(value)) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return problem(ctx, field, cellText(value), 'the amount is too large to be exact');
    return value;
  }
  const raw = cellText(value);
  if (typeof value !== 'string') return problem(ctx, field, raw, `${raw} is not an amount`);
  if (blankAsZero && DASHES.has(raw)) return DASH_AMOUNT;
  const parsed = parseAmountText(value, ctx.conventions.decimal[field]?.value ?? null);
  if (parsed.ok) return parsed.amount;
  if (parsed.ambiguous) {
    return problem(ctx, field, raw, `ambiguous amount: ${parsed.reason}; set "decimalSeparator" in the policy`);
  }
  return problem(ctx, field, raw, `not an amount: ${parsed.reason}`);
}

function currencyOfFormat(ctx: Context, code: string | null): string | null {
  if (code === null) return null;
  // A column's cells nearly all share one format: the last one answers without a map lookup.
  const last = ctx.lastFormat;
  if (code === last.code) return last.currency;
  const currency = memoized(ctx.formatCurrency, code, currencyFromNumberFormat);
  last.code = code;
  last.currency = currency;
  return currency;
}

/**
 * The row's currency after looking at one amount: an amount naming a currency sets it when the
 * row has no currency cell, and is a problem when it names another one than the row.
 */
function withCurrencyOf(ctx: Context, column: Column<MoneyField>, money: MoneyReading | null, currency: string | null, currencyCell: string): string | null {
  if (money === null) return currency;
  const named = typeof money === 'number' ? currencyOfFormat(ctx, format(ctx, column)) : money.currency;
  if (!named) return currency;
  if (currency !== null && named !== currency) {
    ctx.problems.push(new RowProblem(column.field, cellText(cell(ctx, column)), `the amount is in ${named} but the row says ${currency}`));
    return currency;
  }
  return currencyCell === '' ? named : currency;
}

/** The amount in minor units of the row's currency, or null when it has too many decimals or digits (its problem recorded). */
function toMinor(ctx: Context, column: Column<MoneyField>, money: MoneyReading, currency: string | null, digits: number): number | null {
  if (typeof money === 'number') {
    const minor = exactMinorUnits(money, digits);
    if (minor !== null) return minor;
  }
  const result = toMinorUnits(typeof money === 'number' ? decimalFromNumber(money) : money.value, digits);
  if (result.ok) return result.minor;
  return problem(ctx, column.field, cellText(cell(ctx, column)), `the amount ${result.reason} for ${currency ?? 'its currency'}`);
}

/**
 * False when TOTAL_ROW cannot match, answered from the first character without running it: its
 * words start with g, t, s, r or j in either case, or with a letter outside ASCII.
 */
function mayStartTotalWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0x80) return true;
  const lower = c | 0x20;
  return lower === 0x67 || lower === 0x74 || lower === 0x73 || lower === 0x72 || lower === 0x6a;
}

/** Whether the row being read has something in either column; asked only of rows that may not be invoices. */
function hasValue(ctx: Context, a: Column, b: Column): boolean {
  return !isBlank(cell(ctx, a)) || !isBlank(cell(ctx, b));
}

/** Why a row is not an invoice row, or null when it is one. */
function skipReason(ctx: Context): string | null {
  const { row, headers, columns, texts } = ctx;
  let filled = 0;
  let firstText = '';
  let headerLike = 0;
  // Each cell is looked at once: a text is blank when its trimmed text is empty.
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value !== 'string') {
      if (value !== null && value !== undefined) filled++;
      continue;
    }
    const text = cellText(value);
    texts[c] = text;
    if (text === '') continue;
    filled++;
    if (firstText === '') firstText = text;
    if (headers[c] === text) headerLike++;
  }
  if (filled === 0) return 'blank row';
  if (headerLike >= 2) return 'repeated header row';
  const invoice = cell(ctx, columns.invoice);
  if (mayStartTotalWord(firstText) && TOTAL_ROW.test(firstText) && (isBlank(invoice) || cellText(invoice) === firstText)) {
    return `total row ("${firstText}")`;
  }
  if (filled === 1 && firstText !== '' && !hasValue(ctx, columns.amount, columns.open)) return `section or title row ("${firstText}")`;
  // An amount beside a name but with no date and no invoice number is a caption ("Percentage of
  // total"), not an invoice that could be aged; it is listed as skipped, with its reason.
  if (!isBlank(invoice)) return null;
  const hasMoney = hasValue(ctx, columns.amount, columns.open);
  if (hasMoney && hasValue(ctx, columns.invoiceDate, columns.dueDate)) return null;
  return hasMoney ? 'no invoice number and no date' : 'no amount and no invoice number';
}

function invoiceNumber(ctx: Context): string {
  const { columns } = ctx;
  const value = cell(ctx, columns.invoice);
  if (typeof value !== 'number') return textOf(ctx, columns.invoice);
  const text = cellText(value);
  const code = format(ctx, columns.invoice);
  // A number shown through a "000000" format keeps the leading zeros the user sees.
  if (code && /^0+$/.test(code) && Number.isInteger(value)) return text.padStart(code.length, '0');
  return text;
}

/**
 * Reads one invoice row: the invoice, or null when a problem keeps it from being aged. Its
 * problems and warnings are left in ctx.problems and ctx.warnings.
 */
function readRow(ctx: Context): Invoice | null {
  const { asOf, policy } = ctx.options;
  const { columns, problems, warnings } = ctx;
  // Only after a row with problems: setting length is a call into the runtime even when it is 0.
  if (problems.length > 0) problems.length = 0;
  if (warnings.length > 0) warnings.length = 0;

  const invoice = invoiceNumber(ctx);
  const customer = textOf(ctx, columns.customer);
  if (columns.invoice.index >= 0 && invoice === '') warnings.push(new RowProblem('invoice', '', 'the invoice number is empty'));
  if (columns.customer.index >= 0 && customer === '') warnings.push(new RowProblem('customer', '', 'the customer is empty'));

  const invoiceDate = readDate(ctx, columns.invoiceDate);
  const sheetDue = readDate(ctx, columns.dueDate);
  const paidDate = readDate(ctx, columns.paidDate);

  const amountMoney = readMoney(ctx, columns.amount, false);
  const paidMoney = readMoney(ctx, columns.paid, true);
  const openMoney = readMoney(ctx, columns.open, true);

  // Currency: the currency column, else a symbol in the amount text or its number format, else the policy.
  let currency: string | null = null;
  const currencyCell = textOf(ctx, columns.currency);
  if (currencyCell !== '') {
    currency = memoized(ctx.currencies, currencyCell, currencyFromText);
    if (currency === null) problems.push(new RowProblem('currency', currencyCell, 'not a currency code'));
  }
  currency = withCurrencyOf(ctx, columns.amount, amountMoney, currency, currencyCell);
  currency = withCurrencyOf(ctx, columns.open, openMoney, currency, currencyCell);
  currency = withCurrencyOf(ctx, columns.paid, paidMoney, currency, currencyCell);
  if (currency === null && currencyCell === '') currency = policy.defaultCurrency;

  if (columns.amount.index < 0 && columns.open.index < 0) problems.push(new RowProblem(null, '', 'no amount column'));
  const amountSource = amountMoney ?? openMoney;
  if (amountSource === null && !hasProblemIn(ctx, 'amount', 'open')) {
    problems.push(new RowProblem(columns.amount.index >= 0 ? 'amount' : 'open', '', 'the amount is empty'));
  }

  // Due date: the sheet's, else invoice date + the row's terms, else + the policy's default terms.
  let dueDate: LocalDate | null = sheetDue;
  let dueDateSource: DueDateSource = 'sheet';
  if (dueDate === null && !hasProblemIn(ctx, 'dueDate')) {
    const termsText = textOf(ctx, columns.terms);
    if (invoiceDate === null) {
      if (!hasProblemIn(ctx, 'invoiceDate')) problems.push(new RowProblem('dueDate', '', 'no due date and no invoice date to count terms from'));
    } else if (termsText !== '') {
      const terms = memoized(ctx.terms, termsText, parseTerms);
      if (terms.ok) {
        dueDate = addDays(invoiceDate, terms.days);
        dueDateSource = 'terms';
      } else problems.push(new RowProblem('terms', termsText, `unreadable payment terms: ${terms.reason}`));
    } else {
      dueDate = addDays(invoiceDate, policy.defaultTermsDays);
      dueDateSource = 'default-terms';
    }
  }

  const statusText = textOf(ctx, columns.status);
  const said = statusText === '' ? 'open' : memoized(ctx.statuses, statusText, statusWord);
  if (said === null) warnings.push(new RowProblem('status', statusText, 'status not recognised; the invoice is treated as open'));
  const disputedText = textOf(ctx, columns.disputed);
  // An empty flag is "no" (yesNo('') is false), the case of every row of a sheet without the column.
  const disputedFlag = disputedText === '' ? false : memoized(ctx.flags, disputedText, yesNo);
  if (disputedFlag === null) warnings.push(new RowProblem('disputed', disputedText, 'not a yes/no value; the invoice is treated as not disputed'));
  const languageText = textOf(ctx, columns.language);
  const language = languageText === '' ? null : memoized(ctx.languages, languageText, languageCode);
  if (languageText !== '' && language === null) warnings.push(new RowProblem('language', languageText, 'not a language the product knows; the default language is used'));

  if (problems.length > 0 || amountSource === null || dueDate === null) return null;

  const digits = minorDigits(currency);
  const amount = toMinor(ctx, amountMoney !== null ? columns.amount : columns.open, amountSource, currency, digits);
  const paid = paidMoney !== null ? toMinor(ctx, columns.paid, paidMoney, currency, digits) : 0;
  const openColumn = openMoney !== null ? toMinor(ctx, columns.open, openMoney, currency, digits) : null;
  if (amount === null || paid === null || problems.length > 0) return null;

  if (columns.open.index >= 0 && openMoney === null && columns.amount.index >= 0) {
    warnings.push(new RowProblem('open', '', 'the open balance is empty; used amount minus paid'));
  }

  // The state on the as-of date: an invoice dated later does not exist yet, and a payment dated
  // later has not happened yet. Without paid or open columns, a paid date means settled in full.
  const notIssued = invoiceDate !== null && invoiceDate > asOf;
  const settledColumnsOnly = columns.paid.index < 0 && columns.open.index < 0;
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
  return {
    row: ctx.grid.firstRow + ctx.r,
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
    email: textOf(ctx, columns.email),
    phone: textOf(ctx, columns.phone),
    language,
  };
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
 * The columns whose number formats readInvoices uses: an amount's currency and an invoice
 * number's leading zeros. A number in a date column is a serial date whatever its format.
 */
export function formatColumns(map: ColumnMap): number[] {
  const fields: Field[] = ['invoice', ...MONEY_FIELDS];
  return fields.flatMap((field) => {
    const column = map.columns[field];
    return column ? [column.index] : [];
  });
}

/**
 * Reads every row of an invoice table. Each non-empty row ends up in exactly one of `invoices`
 * or `skipped`; every problem is an issue naming its row, column and raw value. A row whose date
 * or amount cannot be read is skipped with its issues, never aged with a guessed value.
 */
export function readInvoices(grid: Grid, map: ColumnMap, options: ReadOptions): SheetReading {
  const headers: (string | undefined)[] = [];
  for (const column of Object.values(map.columns)) if (column) headers[column.index] = column.header;
  const ctx: Context = {
    grid,
    map,
    options,
    columns: sheetColumns(map),
    conventions: columnConventions(grid, map, options.policy),
    headers,
    currencies: new Map(),
    terms: new Map(),
    statuses: new Map(),
    flags: new Map(),
    languages: new Map(),
    dateTexts: { invoiceDate: new Map(), dueDate: new Map(), paidDate: new Map() },
    merged: mergedValues(grid, map.headerIndex + 1),
    formatCurrency: new Map(),
    lastFormat: { code: null, currency: null },
    r: 0,
    row: [],
    rowFormats: undefined,
    texts: [],
    problems: [],
    warnings: [],
  };
  const reading: SheetReading = { invoices: [], skipped: [], issues: [] };
  for (let r = 0; r < map.headerIndex; r++) {
    if (grid.rows[r].some((v) => !isBlank(v))) reading.skipped.push({ row: grid.firstRow + r, reason: 'above the header row' });
  }
  reading.skipped.push({ row: grid.firstRow + map.headerIndex, reason: 'header row' });
  let last = grid.rows.length - 1;
  while (last > map.headerIndex && grid.rows[last].every((v) => isBlank(v))) last--;

  const numbers = new InvoiceNumberIndex(reading.invoices, last - map.headerIndex);
  for (let r = map.headerIndex + 1; r <= last; r++) {
    ctx.r = r;
    ctx.row = grid.rows[r];
    ctx.rowFormats = grid.formats?.[r];
    const skip = skipReason(ctx);
    if (skip !== null) {
      reading.skipped.push({ row: grid.firstRow + r, reason: skip });
      continue;
    }
    const invoice = readRow(ctx);
    // Indexed loops: a for-of here costs an iterator per row even when the lists are empty.
    for (let i = 0; i < ctx.problems.length; i++) reading.issues.push(toIssue(ctx, r, ctx.problems[i]));
    for (let i = 0; i < ctx.warnings.length; i++) reading.issues.push(toIssue(ctx, r, ctx.warnings[i]));
    if (!invoice) {
      const fields = [...new Set(ctx.problems.map((p) => (p.field ? (map.columns[p.field]?.header ?? p.field) : 'row')))].join(', ');
      reading.skipped.push({ row: grid.firstRow + r, reason: `not aged: a problem in ${fields} (see issues)` });
      continue;
    }
    reading.invoices.push(invoice);
    const earlier = invoice.invoice === '' ? undefined : numbers.earlierRow(reading.invoices.length - 1);
    if (earlier !== undefined) {
      reading.issues.push(toIssue(ctx, r, new RowProblem('invoice', invoice.invoice, `duplicate invoice number (also on row ${earlier})`)));
    }
  }
  return reading;
}
