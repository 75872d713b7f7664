import { cellText, isBlank } from '../domain/cellText';
import { OUTCOME_LABELS, outcomeOf } from '../domain/collectionsLog';
import type { CellValue, Grid } from '../domain/grid';
import type { RowIssue } from '../domain/invoice';
import { type LocalDate, formatIsoDate, fromExcelSerial, parseIsoDate } from '../domain/localDate';
import { formatMinorUnits, minorDigits } from '../domain/money';
import type { Action } from '../domain/planActions';
import type { Mark } from '../domain/recordMarks';
import { NO_CURRENCY } from '../domain/summarize';
import { findHeaderRow } from './findHeaderRow';
import { TODAYS_ACTIONS_SHEET } from './ownedSheets';
import { type OutSheet, date, int, money, text } from './ports';

export const ACTIONS_HEADER = [
  'Priority', 'Customer', 'Contact', 'Channel', 'Step', 'Invoices (step)', 'Open', 'Currency', 'Oldest due', 'Days overdue', 'Bucket', 'Why',
  'Status', 'Promise/hold date', 'Note', 'Action id',
] as const;
const col = (name: (typeof ACTIONS_HEADER)[number]) => ACTIONS_HEADER.indexOf(name);

/** The statuses a user picks; each becomes a log outcome. */
export const STATUS_CHOICES = [OUTCOME_LABELS.done, OUTCOME_LABELS.promised, OUTCOME_LABELS.disputed, OUTCOME_LABELS['no-answer'], OUTCOME_LABELS.skipped];

/** What the user typed into a row that is not marked yet: carried to the same customer's new row. */
export interface PendingInput {
  row: number;
  actionId: string;
  customer: string;
  until: LocalDate | null;
  note: string;
}

export interface ActionsInput {
  marks: Mark[];
  pending: PendingInput[];
  issues: RowIssue[];
}

/** Bucket colours: green while current, then warmer with age (Excel's "good/neutral/bad" fills). */
const BUCKET_COLORS = ['C6EFCE', 'FFEB9C', 'FFD8A8', 'FFC7CE', 'F4A6A6', 'E57373'];

const INVOICE_LINE = /^(.*) \(([A-Za-z0-9_-]+)\)$/;

/** "Today's actions": one row per customer to contact, biggest risk first, with columns for the user. */
export function todaysActionsSheet(actions: readonly Action[], asOf: LocalDate, bucketIds: readonly string[], bucketOf: (action: Action) => number, carried: ReadonlyMap<string, { until: LocalDate | null; note: string }>): OutSheet {
  const rows = actions.map((action) => {
    const main = action.totals[0];
    const others = action.totals.slice(1).map((t) => `${formatMinorUnits(t.open, minorDigits(t.currency === NO_CURRENCY ? null : t.currency))} ${t.currency}`);
    const kept = carried.get(action.id);
    return [
      int(action.priority),
      text(action.customer),
      text([action.email, action.phone].filter(Boolean).join(' · ')),
      text(action.channel),
      text(action.level.id),
      text(action.invoices.map((p) => `${p.invoice.invoice} (${p.step.level.id})`).join('\n')),
      money(main.open, main.currency),
      text(main.currency),
      date(action.oldestDue),
      int(action.daysOverdue),
      text(bucketIds[Math.max(bucketOf(action), 0)]),
      text(others.length > 0 ? `${action.why}; also ${others.join(', ')}` : action.why),
      null,
      kept?.until ? date(kept.until) : null,
      kept?.note ? text(kept.note) : null,
      text(action.id),
    ];
  });
  return {
    name: TODAYS_ACTIONS_SHEET,
    title: [
      `Today's actions, ${formatIsoDate(asOf)}`,
      'Work down the list. Set Status (Done, Promised, Disputed, No answer, Skip) and, for Promised or Skip, a date; the next refresh records it in the Collections log.',
    ],
    sections: [{ header: [...ACTIONS_HEADER], rows }],
    columnWidths: [8, 28, 30, 8, 10, 24, 14, 8, 11, 8, 9, 60, 11, 14, 36, 22],
    table: { name: 'TodaysActions' },
    choices: [{ column: col('Status'), values: STATUS_CHOICES }],
    rowColors: { column: col('Bucket'), colors: Object.fromEntries(bucketIds.map((id, i) => [id, BUCKET_COLORS[Math.min(i, BUCKET_COLORS.length - 1)]])) },
    wrapColumns: [col('Invoices (step)')],
  };
}

function readDate(value: CellValue, date1904: boolean): LocalDate | null | 'bad' {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return fromExcelSerial(value, date1904) ?? 'bad';
  return parseIsoDate(cellText(value)) ?? 'bad';
}

/**
 * Reads what the user did in Today's actions: rows marked with a status become marks (to be
 * logged); unmarked rows with a date or note typed become pending input (to be carried over).
 */
export function readTodaysActions(grid: Grid, asOf: LocalDate, date1904: boolean): ActionsInput {
  const input: ActionsInput = { marks: [], pending: [], issues: [] };
  const found = findHeaderRow(grid, ACTIONS_HEADER, ['Customer', 'Status', 'Action id']);
  if (!found) return input;
  const at = (row: readonly CellValue[], name: (typeof ACTIONS_HEADER)[number]) => {
    const c = found.columns[col(name)];
    return c < 0 ? null : (row[c] ?? null);
  };
  for (let r = found.index + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const sheetRow = grid.firstRow + r;
    const statusText = cellText(at(row, 'Status'));
    const note = cellText(at(row, 'Note'));
    const rawDate = at(row, 'Promise/hold date');
    if (statusText === '' && note === '' && isBlank(rawDate)) continue;
    const actionId = cellText(at(row, 'Action id'));
    const customer = cellText(at(row, 'Customer'));
    const parsedUntil = readDate(rawDate, date1904);
    const notes = [note];
    if (parsedUntil === 'bad') {
      input.issues.push({ row: sheetRow, column: 'Promise/hold date', value: cellText(rawDate), message: 'not a date (write YYYY-MM-DD or enter a date); kept in the note' });
      notes.push(`date given: ${cellText(rawDate)}`);
    }
    const until = parsedUntil === 'bad' ? null : parsedUntil;
    const outcome = statusText === '' ? null : outcomeOf(statusText);
    const usable = outcome !== null && outcome !== 'note' && outcome !== 'resolved';
    if (statusText !== '' && !usable) {
      input.issues.push({ row: sheetRow, column: 'Status', value: statusText, message: `not a status (${STATUS_CHOICES.join(', ')}); kept as a note` });
      notes.push(`status given: ${statusText}`);
    }
    const fullNote = notes.filter(Boolean).join('; ');
    if (!usable) {
      input.pending.push({ row: sheetRow, actionId, customer, until, note: fullNote });
      continue;
    }
    if (outcome === 'promised' && until === null) {
      input.issues.push({ row: sheetRow, column: 'Promise/hold date', value: '', message: 'Promised without a date: recorded, but the steps are not paused' });
    }
    const invoices = cellText(at(row, 'Invoices (step)')).split(/\r?\n/).filter(Boolean).map((line) => {
      const m = INVOICE_LINE.exec(line.trim());
      return m ? { invoice: m[1], step: m[2] } : { invoice: line.trim(), step: '' };
    });
    const planned = parseIsoDate(actionId.slice(0, 10));
    input.marks.push({
      actionId, date: planned ?? asOf, customer, channel: cellText(at(row, 'Channel')), invoices, outcome, until, note: fullNote,
    });
  }
  return input;
}
