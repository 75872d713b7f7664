import { bucketIds } from '../domain/bucket';
import type { LogEntry } from '../domain/collectionsLog';
import type { Field } from '../domain/fields';
import { HEADER_SEARCH_ROWS } from '../domain/detectColumns';
import { findInvoiceTable } from '../domain/findInvoiceTable';
import type { RowIssue } from '../domain/invoice';
import { type LocalDate, toYearMonthDay } from '../domain/localDate';
import { type CollectionsPlan, planCollections } from '../domain/planCollections';
import type { Action } from '../domain/planActions';
import { DEFAULT_POLICY, type Policy, parsePolicy } from '../domain/policy';
import { type SheetReading, formatColumns, readInvoices } from '../domain/readInvoices';
import { marksToEntries, notYetLogged } from '../domain/recordMarks';
import { type AgingSummary, summarize } from '../domain/summarize';
import { agingSummarySheet } from '../workbook/agingSummarySheet';
import { EMPTY_LOG, collectionsLogSheet, readCollectionsLog } from '../workbook/collectionsLogSheet';
import { dunningSettingsSheet, readDunningSettings } from '../workbook/dunningSettingsSheet';
import { issuesSheet } from '../workbook/issuesSheet';
import { COLLECTIONS_LOG_SHEET, DUNNING_SETTINGS_SHEET, ISSUES_SHEET, TEMPLATES_SHEET, TODAYS_ACTIONS_SHEET, isOwnedSheet } from '../workbook/ownedSheets';
import { readTemplatesSheet, templatesSheet } from '../workbook/templatesSheet';
import { NO_OVERRIDES, readTemplateOverrides } from '../domain/templates/templateOverrides';
import type { Draft } from '../domain/draft';
import { draftReminders } from './draftReminders';
import type { OutSheet, ReadSheetOptions, WorkbookReader } from '../workbook/ports';
import { dataRowsStart } from '../workbook/sheetLayout';
import { type ActionsInput, type CarriedInput, readTodaysActions, todaysActionsSheet } from '../workbook/todaysActionsSheet';
import type { HolidaySource } from './holidaySource';
import { matchKey } from '../domain/matchKey';

/** The product's own sheets are read by position and text: no number format of theirs is used. */
const NO_FORMATS: ReadSheetOptions = { formatColumns: [] };

export interface RefreshOptions {
  /** The date the aging is for. Always explicit: the engine has no "today". */
  asOf: LocalDate;
  /** The sheet holding the invoices; found automatically when absent. */
  sheet?: string;
  /** Settings (the `--policy` JSON) applied over the workbook's "Dunning settings". */
  policy?: unknown;
  /** Public holidays for the settings' country, when the host has a calendar. */
  holidays?: HolidaySource;
}

export interface RefreshSource {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Field -> the header text it was read from. */
  columns: Partial<Record<Field, string>>;
}

/** A problem in a row of one of the workbook's sheets. */
export interface SheetIssue extends RowIssue {
  sheet: string;
}

export interface RefreshResult {
  asOf: LocalDate;
  policy: Policy;
  source: RefreshSource;
  bucketIds: string[];
  reading: SheetReading;
  summary: AgingSummary;
  plan: CollectionsPlan;
  /** Entries this refresh added to the Collections log (the user's marks and stray notes). */
  logged: LogEntry[];
  /**
   * The reminder draft of plan.actions[actionIndex], or null when it could not be drafted (see
   * issues). Written when first asked for: the problems are known without writing any.
   */
  draftFor(actionIndex: number): Draft | null;
  /** Every problem found, in the invoice sheet and in the product's sheets the user edits. */
  issues: SheetIssue[];
  /** Things to set up rather than fix in a row (e.g. no company name yet for the drafts). */
  notices: string[];
  /** The product's own sheets, ready for the host to write. */
  sheets: OutSheet[];
}

export type RefreshErrorCode = 'sheet-not-found' | 'no-invoice-table' | 'bad-settings';

/** A refresh that cannot go ahead: nothing is written. */
export class RefreshError extends Error {
  constructor(readonly code: RefreshErrorCode, message: string) {
    super(message);
    this.name = 'RefreshError';
  }
}

function sheetNamed(reader: WorkbookReader, name: string): string | undefined {
  return reader.sheetNames().find((n) => n.toLowerCase() === name.toLowerCase());
}

/** Defaults, then the workbook's "Dunning settings", then the `--policy` JSON. */
async function loadPolicy(reader: WorkbookReader, options: RefreshOptions): Promise<Policy> {
  let policy = DEFAULT_POLICY;
  const settings = sheetNamed(reader, DUNNING_SETTINGS_SHEET);
  if (settings) {
    const read = readDunningSettings(await reader.readSheet(settings, NO_FORMATS), DEFAULT_POLICY, reader.date1904);
    if (!read.ok) throw new RefreshError('bad-settings', `the "${DUNNING_SETTINGS_SHEET}" sheet has mistakes: ${read.errors.join('; ')}`);
    policy = read.policy;
  }
  if (options.policy !== undefined) {
    const read = parsePolicy(options.policy, policy);
    if (!read.ok) throw new RefreshError('bad-settings', `the policy is not valid: ${read.errors.join('; ')}`);
    policy = read.policy;
  }
  return policy;
}

async function countryHolidays(policy: Policy, asOf: LocalDate, source: HolidaySource | undefined): Promise<LocalDate[]> {
  const country = policy.escalation.holidayCountry;
  if (country === null) return [];
  if (!source) throw new RefreshError('bad-settings', `public holidays of ${country} are not available here; clear "Public holidays of country" and list the holidays instead`);
  const year = toYearMonthDay(asOf).year;
  const days = await source.publicHolidays(country, [year - 1, year, year + 1]);
  if (days === null) throw new RefreshError('bad-settings', `"${country}" is not a country with a known holiday calendar`);
  return days;
}

async function locateTable(reader: WorkbookReader, options: RefreshOptions, policy: Policy) {
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
  const table = findInvoiceTable(heads, policy.columns);
  if (!table) {
    const where = options.sheet !== undefined ? `sheet "${candidates[0]}"` : 'any sheet';
    throw new RefreshError(
      'no-invoice-table',
      `no invoice table found in ${where}: a header row within the first ${HEADER_SEARCH_ROWS} rows must name an amount, a date and an invoice number or customer (map columns with "columns" in the policy)`,
    );
  }
  return table;
}

/** The user's own sheets (log, yesterday's actions, templates), asked for together (see refresh). */
async function readUserSheets(reader: WorkbookReader, asOf: LocalDate, policy: Policy) {
  const read = (name: string | undefined) => (name ? reader.readSheet(name, NO_FORMATS) : Promise.resolve(null));
  const [logGrid, actionsGrid, templatesGrid] = await Promise.all([
    read(sheetNamed(reader, COLLECTIONS_LOG_SHEET)),
    read(sheetNamed(reader, TODAYS_ACTIONS_SHEET)),
    read(sheetNamed(reader, TEMPLATES_SHEET)),
  ]);
  const log = logGrid ? readCollectionsLog(logGrid, reader.date1904) : EMPTY_LOG;
  const actions: ActionsInput = actionsGrid ? readTodaysActions(actionsGrid, asOf, reader.date1904) : { marks: [], pending: [] };
  const templates = templatesGrid ? readTemplateOverrides(readTemplatesSheet(templatesGrid), policy.escalation.ladder) : { overrides: NO_OVERRIDES, problems: [] };
  return { log, actions, templates };
}

/** "'Templates'!C4" -> row 4, column C's header. */
function cellIssue(cell: string, message: string, headers: readonly string[]): SheetIssue {
  const m = /^'?(.*?)'?!([A-Z]+)(\d+)$/.exec(cell);
  const column = m ? m[2].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  return { sheet: m ? m[1].replace(/''/g, "'") : TEMPLATES_SHEET, row: m ? Number(m[3]) : 0, column: headers[column - 1] ?? '', value: '', message };
}

/**
 * One refresh: reads the invoice table and ages it as of `asOf`, records the user's marks in the
 * Collections log, plans today's actions and returns the product's sheets. It only reads the
 * workbook; the host writes `sheets`, and nothing at all when this throws.
 */
export async function refresh(reader: WorkbookReader, options: RefreshOptions): Promise<RefreshResult> {
  const { asOf } = options;
  const policy = await loadPolicy(reader, options);
  const holidays = await countryHolidays(policy, asOf, options.holidays);
  const table = await locateTable(reader, options, policy);
  // Asked for together: a host that reads in round trips (Excel) shares them between the sheets.
  const [grid, { log, actions: input, templates }] = await Promise.all([
    reader.readSheet(table.sheet, { formatColumns: formatColumns(table.map) }),
    readUserSheets(reader, asOf, policy),
  ]);
  const reading = readInvoices(grid, table.map, { asOf, policy, date1904: reader.date1904 });
  const ids = bucketIds(policy.aging.buckets);
  const summary = summarize(reading.invoices, ids.length);
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, column] of Object.entries(table.map.columns)) if (column) columns[field as Field] = column.header;
  const source: RefreshSource = { sheet: table.sheet, headerRow: grid.firstRow + table.map.headerIndex, columns };

  const marked = notYetLogged(marksToEntries(input.marks), log.entries);
  const plan = planCollections(reading.invoices, [...log.entries, ...marked], policy.escalation, asOf, holidays);

  // What the user typed in a row not yet marked follows the customer to today's new row; when
  // the customer has no action today it goes to the log as a note, so no word is lost.
  const carried = new Map<string, CarriedInput>();
  const strays: LogEntry[] = [];
  // Looked up by customer rather than searched: yesterday's sheet may hold thousands of typed rows.
  const actionOf = new Map<string, Action>();
  for (const action of plan.actions) {
    const key = matchKey(action.customer);
    if (!actionOf.has(key)) actionOf.set(key, action);
  }
  for (const pending of input.pending) {
    const action = actionOf.get(matchKey(pending.customer));
    if (action && !carried.has(action.id)) carried.set(action.id, pending);
    else {
      const typed = typeof pending.until === 'string' ? `date given: ${pending.until}` : '';
      const note = [pending.note, pending.status ? `status given: ${pending.status}` : '', typed].filter(Boolean).join('; ');
      const until = typeof pending.until === 'number' ? pending.until : null;
      strays.push({ date: asOf, invoice: '', customer: pending.customer, step: '', channel: '', outcome: 'note', until, note, actionId: pending.actionId });
    }
  }
  const logged = [...marked, ...notYetLogged(strays, [...log.entries, ...marked])];

  const bucketOf = new Map(plan.actions.map((a) => [a.id, a.invoices.reduce((worst, p) => Math.max(worst, p.invoice.bucket), -1)]));
  const actionsSheet = todaysActionsSheet(plan.actions, asOf, ids, (a) => bucketOf.get(a.id) ?? 0, carried);
  // Problems with what the user typed are reported where that input now stands.
  const firstActionRow = dataRowsStart(actionsSheet, 0);
  const issues: SheetIssue[] = [
    ...reading.issues.map((i) => ({ sheet: table.sheet, ...i })),
    ...log.issues.map((i) => ({ sheet: COLLECTIONS_LOG_SHEET, ...i })),
    ...plan.actions.flatMap((action, index) =>
      (carried.get(action.id)?.problems ?? []).map((p) => ({ sheet: TODAYS_ACTIONS_SHEET, row: firstActionRow + index, ...p })),
    ),
    ...templates.problems.map((p) => cellIssue(p.cell, p.message, ['Step', 'Language', 'Subject', 'Body'])),
  ];
  const drafted = draftReminders(plan.actions, reading.invoices, policy.drafts, templates.overrides, asOf);
  const notices: string[] = [];
  for (const p of drafted.problems) {
    if (p.actionIndex === null) notices.push(p.message);
    else if (p.cell) issues.push(cellIssue(p.cell, p.message, ['Step', 'Language', 'Subject', 'Body']));
    else issues.push({ sheet: TODAYS_ACTIONS_SHEET, row: firstActionRow + p.actionIndex, column: 'Contact', value: plan.actions[p.actionIndex].email, message: p.message });
  }
  const sheets: OutSheet[] = [agingSummarySheet({ asOf, basis: policy.aging.basis, bucketIds: ids, sourceSheet: table.sheet, summary })];
  // An earlier refresh's Issues sheet is rewritten even when clean, so stale problems never linger.
  if (issues.length > 0 || sheetNamed(reader, ISSUES_SHEET)) {
    sheets.push(issuesSheet({ asOf, sourceSheet: table.sheet, issues, skipped: reading.skipped }));
  }
  sheets.push(actionsSheet);
  sheets.push(collectionsLogSheet(log, logged, reader.date1904));
  if (!sheetNamed(reader, DUNNING_SETTINGS_SHEET)) sheets.push(dunningSettingsSheet(policy));
  if (!sheetNamed(reader, TEMPLATES_SHEET)) sheets.push(templatesSheet());
  return { asOf, policy, source, bucketIds: ids, reading, summary, plan, logged, draftFor: drafted.draftFor, issues, notices, sheets };
}
