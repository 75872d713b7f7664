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
  /** A status the product does not know, kept where the user typed it (and reported). */
  status: string;
  /** The date typed, or the text typed when it is not a date (kept as it is, and reported). */
  until: LocalDate | string | null;
  note: string;
  /** Why the row could not be recorded; reported at the row the input moves to. */
  problems: Array<Omit<RowIssue, 'row'>>;
}

/** What the user typed in a row, put back into the customer's row of the new plan. */
export type CarriedInput = Pick<PendingInput, 'status' | 'until' | 'note' | 'problems'>;

export interface ActionsInput {
  marks: Mark[];
  pending: PendingInput[];
}

/** Bucket colours: green while current, then warmer with age (Excel's "good/neutral/bad" fills). */
const BUCKET_COLORS = ['C6EFCE', 'FFEB9C', 'FFD8A8', 'FFC7CE', 'F4A6A6', 'E57373'];

const INVOICE_LINE = /^(.*) \(([A-Za-z0-9_-]+)\)$/;

/** "Today's actions": one row per customer to contact, biggest risk first, with columns for the user. */
export function todaysActionsSheet(actions: readonly Action[], asOf: LocalDate, bucketIds: readonly string[], bucketOf: (action: Action) => number, carried: ReadonlyMap<string, CarriedInput>): OutSheet {
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
      kept?.status ? text(kept.status) : null,
      typeof kept?.until === 'number' ? date(kept.until) : kept?.until ? text(kept.until) : null,
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
    typedColumns: ['Status', 'Promise/hold date', 'Note'],
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
  const input: ActionsInput = { marks: [], pending: [] };
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
    // A note is kept exactly as typed, spaces and all: only its emptiness is judged trimmed.
    const noteCell = at(row, 'Note');
    const note = typeof noteCell === 'string' && noteCell.trim() !== '' ? noteCell : cellText(noteCell);
    const rawDate = at(row, 'Promise/hold date');
    if (statusText === '' && note === '' && isBlank(rawDate)) continue;
    const actionId = cellText(at(row, 'Action id'));
    const customer = cellText(at(row, 'Customer'));
    const parsedUntil = readDate(rawDate, date1904);
    const problems: PendingInput['problems'] = [];
    if (parsedUntil === 'bad') {
      problems.push({ column: 'Promise/hold date', value: cellText(rawDate), message: 'not a date (write YYYY-MM-DD or enter a date); left as it is' });
    }
    const until = parsedUntil === 'bad' ? null : parsedUntil;
    const outcome = statusText === '' ? null : outcomeOf(statusText);
    const usable = outcome !== null && outcome !== 'note' && outcome !== 'resolved';
    if (statusText !== '' && !usable) {
      problems.push({ column: 'Status', value: statusText, message: `not a status (${STATUS_CHOICES.join(', ')}); left as it is, nothing recorded` });
    }
    const promiseWithoutDate = outcome === 'promised' && until === null;
    if (promiseWithoutDate && parsedUntil !== 'bad') {
      problems.push({ column: 'Promise/hold date', value: '', message: 'Promised needs the promised payment date; nothing recorded until it is there' });
    }
    if (!usable || parsedUntil === 'bad' || promiseWithoutDate) {
      input.pending.push({ row: sheetRow, actionId, customer, status: statusText, until: parsedUntil === 'bad' ? cellText(rawDate) : until, note, problems });
      continue;
    }
    const invoices = cellText(at(row, 'Invoices (step)')).split(/\r?\n/).filter(Boolean).map((line) => {
      const m = INVOICE_LINE.exec(line.trim());
      return m ? { invoice: m[1], step: m[2] } : { invoice: line.trim(), step: '' };
    });
    const planned = parseIsoDate(actionId.slice(0, 10));
    input.marks.push({
      actionId, date: planned ?? asOf, customer, channel: cellText(at(row, 'Channel')), invoices, outcome, until, note,
    });
  }
  return input;
}
