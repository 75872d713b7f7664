import { bucketIds } from '../domain/bucket';
import type { Field } from '../domain/fields';
import { HEADER_SEARCH_ROWS } from '../domain/detectColumns';
import { findInvoiceTable } from '../domain/findInvoiceTable';
import type { LocalDate } from '../domain/localDate';
import type { Policy } from '../domain/policy';
import { type SheetReading, readInvoices } from '../domain/readInvoices';
import { type AgingSummary, summarize } from '../domain/summarize';
import { agingSummarySheet } from '../workbook/agingSummarySheet';
import { issuesSheet } from '../workbook/issuesSheet';
import { ISSUES_SHEET, isOwnedSheet } from '../workbook/ownedSheets';
import type { OutSheet, WorkbookReader } from '../workbook/ports';

export interface RefreshOptions {
  /** The date the aging is for. Always explicit: the engine has no "today". */
  asOf: LocalDate;
  /** The sheet holding the invoices; found automatically when absent. */
  sheet?: string;
  policy: Policy;
}

export interface RefreshSource {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Field -> the header text it was read from. */
  columns: Partial<Record<Field, string>>;
}

export interface RefreshResult {
  asOf: LocalDate;
  policy: Policy;
  source: RefreshSource;
  bucketIds: string[];
  reading: SheetReading;
  summary: AgingSummary;
  /** The product's own sheets, ready for the host to write. */
  sheets: OutSheet[];
}

export type RefreshErrorCode = 'sheet-not-found' | 'no-invoice-table';

/** A refresh that cannot start: nothing is written. */
export class RefreshError extends Error {
  constructor(readonly code: RefreshErrorCode, message: string) {
    super(message);
    this.name = 'RefreshError';
  }
}

async function locateTable(reader: WorkbookReader, options: RefreshOptions) {
  const names = reader.sheetNames().filter((name) => !isOwnedSheet(name));
  let candidates = names;
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const match = names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === wanted.toLowerCase());
    if (!match) throw new RefreshError('sheet-not-found', `no sheet named "${wanted}" (sheets: ${names.map((n) => `"${n}"`).join(', ')})`);
    candidates = [match];
  }
  const heads = [];
  for (const name of candidates) heads.push(await reader.readSheet(name, { maxRows: HEADER_SEARCH_ROWS }));
  const table = findInvoiceTable(heads, options.policy.columns);
  if (!table) {
    const where = options.sheet !== undefined ? `sheet "${candidates[0]}"` : 'any sheet';
    throw new RefreshError(
      'no-invoice-table',
      `no invoice table found in ${where}: a header row within the first ${HEADER_SEARCH_ROWS} rows must name an amount, a date and an invoice number or customer (map columns with "columns" in the policy)`,
    );
  }
  return table;
}

/**
 * Reads the user's invoice table and ages it as of `asOf`. Pure with respect to the workbook:
 * it only reads; the caller writes `sheets` where the host allows.
 */
export async function refresh(reader: WorkbookReader, options: RefreshOptions): Promise<RefreshResult> {
  const table = await locateTable(reader, options);
  const grid = await reader.readSheet(table.sheet);
  const reading = readInvoices(grid, table.map, { asOf: options.asOf, policy: options.policy, date1904: reader.date1904 });
  const ids = bucketIds(options.policy.aging.buckets);
  const summary = summarize(reading.invoices, ids.length);
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, column] of Object.entries(table.map.columns)) if (column) columns[field as Field] = column.header;
  const source: RefreshSource = { sheet: table.sheet, headerRow: grid.firstRow + table.map.headerIndex, columns };

  const sheets = [agingSummarySheet({ asOf: options.asOf, basis: options.policy.aging.basis, bucketIds: ids, sourceSheet: table.sheet, summary })];
  // An earlier refresh's Issues sheet is rewritten even when clean, so stale problems never linger.
  const hadIssuesSheet = reader.sheetNames().some((name) => name.toLowerCase() === ISSUES_SHEET.toLowerCase());
  if (reading.issues.length > 0 || hadIssuesSheet) {
    sheets.push(issuesSheet({ asOf: options.asOf, sourceSheet: table.sheet, issues: reading.issues, skipped: reading.skipped }));
  }
  return { asOf: options.asOf, policy: options.policy, source, bucketIds: ids, reading, summary, sheets };
}
