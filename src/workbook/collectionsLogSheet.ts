import { cellText, isBlank } from '../domain/cellText';
import { type LogEntry, OUTCOME_LABELS, type Outcome, outcomeOf } from '../domain/collectionsLog';
import { memoized } from '../domain/memo';
import type { CellValue, Grid } from '../domain/grid';
import type { RowIssue } from '../domain/invoice';
import { type LocalDate, fromExcelSerial, parseIsoDate } from '../domain/localDate';
import { parseDateText } from '../domain/parseDate';
import { findHeaderRow } from './findHeaderRow';
import { dataRowsStart } from './sheetLayout';
import { COLLECTIONS_LOG_SHEET } from './ownedSheets';
import { type OutSheet, type OutValue, date, num, text } from './ports';

export const LOG_HEADER = ['Date', 'Invoice', 'Customer', 'Step', 'Channel', 'Outcome', 'Promise/hold date', 'Note', 'Action id'] as const;
const LOG_TITLE = ['Collections log', 'Every contact, one row each: the history the escalation rules read. Add rows by hand freely; rows are never removed.'];
/** The sheet row of the log's header as the product writes it. */
const HEADER_ROW = dataRowsStart({ title: LOG_TITLE, sections: [{ header: [], rows: [] }] }, 0) - 1;
const DATE_COLUMNS = new Set([0, 6]);

/** The log as found: usable entries for the rules, and every row exactly as the user left it. */
export interface CollectionsLog {
  entries: LogEntry[];
  /** Header cells beyond the product's own (columns the user added), kept on rewrite. */
  extraHeader: string[];
  /** Every non-blank row, in the product's column order plus the user's extra columns. */
  rows: CellValue[][];
  /**
   * `rows` are the sheet's rows where they stand: below the header where the product puts it,
   * its columns from column A in the product's order, the user's extra columns right after. Then
   * a host may leave them in place and only add rows (OutSheet.newRowsFrom); otherwise the sheet
   * is written whole, in that order.
   */
  inPlace: boolean;
  issues: RowIssue[];
}

export const EMPTY_LOG: CollectionsLog = { entries: [], extraHeader: [], rows: [], inPlace: false, issues: [] };

function readDate(value: CellValue, date1904: boolean): LocalDate | null | 'bad' {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return fromExcelSerial(value, date1904) ?? 'bad';
  const text = cellText(value);
  const parsed = parseIsoDate(text) ?? (() => {
    const r = parseDateText(text, null);
    return r.ok ? r.date : null;
  })();
  return parsed ?? 'bad';
}

/**
 * Reads the Collections log. Rows the user typed count as much as the product's own; a row the
 * rules cannot use (no readable date or outcome) is reported and still kept, word for word.
 */
export function readCollectionsLog(grid: Grid, date1904: boolean): CollectionsLog {
  const found = findHeaderRow(grid, LOG_HEADER, ['Date', 'Invoice', 'Outcome']);
  if (!found) return { ...EMPTY_LOG, issues: [{ row: grid.firstRow, column: '', value: '', message: `no header row with "Date", "Invoice" and "Outcome" in "${grid.name}": the log could not be read` }] };
  const headerRow = grid.rows[found.index];
  // The user's columns: any with a header or with something in it (a note typed beside the log
  // without a header is kept too when the log is written out again).
  const product = new Set(found.columns);
  const used = new Set<number>();
  for (let r = found.index; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    for (let c = 0; c < cells.length; c++) if (!product.has(c) && !used.has(c) && !isBlank(cells[c])) used.add(c);
  }
  const extraColumns = [...used].sort((a, b) => a - b);
  const columns = [...found.columns, ...extraColumns];
  const inPlace = grid.firstRow + found.index === HEADER_ROW && grid.firstCol === 1 && columns.every((c, i) => c === i);
  const log: CollectionsLog = { entries: [], extraHeader: extraColumns.map((c) => cellText(headerRow[c])), rows: [], inPlace, issues: [] };
  // A log spells its outcomes the same few ways, row after row.
  const outcomes = new Map<string, Outcome | null>();
  for (let r = found.index + 1; r < grid.rows.length; r++) {
    const source = grid.rows[r];
    const row = [...found.columns.map((c) => (c < 0 ? null : (source[c] ?? null))), ...extraColumns.map((c) => source[c] ?? null)];
    if (row.every((v) => isBlank(v))) continue;
    log.rows.push(row);
    const sheetRow = grid.firstRow + r;
    const problem = (column: number, message: string) =>
      log.issues.push({ row: sheetRow, column: LOG_HEADER[column], value: cellText(row[column]), message: `${message}; the row is kept but not used` });
    const day = readDate(row[0], date1904);
    const until = readDate(row[6], date1904);
    const outcome = memoized(outcomes, cellText(row[5]), outcomeOf);
    if (day === null || day === 'bad') problem(0, 'not a date');
    else if (outcome === null) problem(5, `not an outcome (${Object.values(OUTCOME_LABELS).join(', ')})`);
    else if (until === 'bad') problem(6, 'not a date');
    else {
      log.entries.push({
        date: day, invoice: cellText(row[1]), customer: cellText(row[2]), step: cellText(row[3]), channel: cellText(row[4]),
        outcome, until, note: cellText(row[7]), actionId: cellText(row[8]),
      });
    }
  }
  return log;
}

function outValue(value: CellValue, column: number, date1904: boolean): OutValue {
  if (value === null) return null;
  if (typeof value === 'number') {
    const day = DATE_COLUMNS.has(column) ? fromExcelSerial(value, date1904) : null;
    return day !== null ? date(day) : num(value);
  }
  return text(typeof value === 'string' ? value : cellText(value));
}

/** Empty text is written as an empty cell, so the row reads back exactly as it was written. */
const textOrBlank = (value: string): OutValue => (value === '' ? null : text(value));

function entryRow(entry: LogEntry): OutValue[] {
  return [
    date(entry.date), textOrBlank(entry.invoice), textOrBlank(entry.customer), textOrBlank(entry.step), textOrBlank(entry.channel),
    text(OUTCOME_LABELS[entry.outcome]), entry.until === null ? null : date(entry.until), textOrBlank(entry.note), textOrBlank(entry.actionId),
  ];
}

/** The log rewritten: every row that was there, as it was, then the new entries. */
export function collectionsLogSheet(log: CollectionsLog, added: readonly LogEntry[], date1904: boolean): OutSheet {
  return {
    name: COLLECTIONS_LOG_SHEET,
    title: LOG_TITLE,
    sections: [{
      header: [...LOG_HEADER, ...log.extraHeader],
      rows: [...log.rows.map((row) => row.map((v, c) => outValue(v, c, date1904))), ...added.map(entryRow)],
    }],
    columnWidths: [12, 16, 28, 12, 9, 11, 14, 40, 22],
    table: { name: 'CollectionsLog' },
    choices: [{ column: 5, values: Object.values(OUTCOME_LABELS) }],
    newRowsFrom: log.inPlace ? log.rows.length : undefined,
  };
}
