/**
 * The sheets a user works in: Dunning settings (read on every refresh), Today's actions (marks
 * become log entries exactly once; typed notes are never lost) and the Collections log (rows
 * typed by hand count, and are kept word for word).
 */
import { RefreshError, refresh } from '../src/app/refresh';
import { cellText } from '../src/domain/cellText';
import type { CellValue } from '../src/domain/grid';
import { parseIsoDate } from '../src/domain/localDate';
import { ACTIONS_HEADER } from '../src/workbook/todaysActionsSheet';
import { COLLECTIONS_LOG_SHEET, DUNNING_SETTINGS_SHEET, TODAYS_ACTIONS_SHEET } from '../src/workbook/ownedSheets';
import { MemoryWorkbook } from './support/memoryWorkbook';

const AS_OF = parseIsoDate('2026-11-30')!; // a Monday
const NEXT_DAY = parseIsoDate('2026-12-01')!;

function invoices(): CellValue[][] {
  return [
    ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency', 'Email'],
    ['A-1', 'Acme', '2026-10-15', 1200, 'EUR', 'ap@acme.test'],
    ['A-2', 'Acme', '2026-11-02', 300, 'EUR', 'ap@acme.test'],
    ['B-1', 'Bolt', '2026-11-20', 80, 'EUR', ''],
  ];
}

async function refreshed(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook([{ name: 'Invoices', firstRow: 1, firstCol: 1, rows: invoices() }]);
  await book.write((await refresh(book, { asOf: AS_OF })).sheets);
  return book;
}

/** 1-based sheet row of the first data row under a header whose first cell is `first`. */
function rowsUnder(book: MemoryWorkbook, sheet: string, first: string): number[] {
  const grid = book.grid(sheet);
  const header = grid.rows.findIndex((r) => cellText(r[0]) === first);
  return grid.rows.map((_, i) => i).filter((i) => i > header && grid.rows[i].some((v) => v !== null && v !== '')).map((i) => i + grid.firstRow);
}

function actionRow(book: MemoryWorkbook, customer: string): number {
  const grid = book.grid(TODAYS_ACTIONS_SHEET);
  return rowsUnder(book, TODAYS_ACTIONS_SHEET, 'Priority').find((r) => cellText(grid.rows[r - 1][1]) === customer)!;
}

const column = (name: (typeof ACTIONS_HEADER)[number]) => ACTIONS_HEADER.indexOf(name);

describe('the sheets a user works in', () => {
  it('creates the settings, actions and log sheets on the first refresh', async () => {
    const book = await refreshed();
    expect(book.sheetNames()).toEqual(['Invoices', 'Aging summary', TODAYS_ACTIONS_SHEET, COLLECTIONS_LOG_SHEET, DUNNING_SETTINGS_SHEET, 'Templates']);
    const grid = book.grid(TODAYS_ACTIONS_SHEET);
    const acme = grid.rows[actionRow(book, 'Acme') - 1];
    expect(cellText(acme[column('Invoices (step)')])).toBe('A-1 (notice-1)\nA-2 (notice-1)');
    expect(cellText(acme[column('Contact')])).toBe('ap@acme.test');
  });

  it('records a Done mark once per bundled invoice with its own step, and never twice', async () => {
    const book = await refreshed();
    book.set(TODAYS_ACTIONS_SHEET, actionRow(book, 'Acme'), column('Status'), 'Done');
    book.set(TODAYS_ACTIONS_SHEET, actionRow(book, 'Acme'), column('Note'), 'spoke to Ann');
    const first = await refresh(book, { asOf: AS_OF });
    expect(first.logged.map((e) => [e.invoice, e.step, e.outcome, e.note])).toEqual([['A-1', 'notice-1', 'done', 'spoke to Ann'], ['A-2', 'notice-1', 'done', 'spoke to Ann']]);
    expect(first.plan.actions.map((a) => a.customer)).toEqual(['Bolt']);
    await book.write(first.sheets);
    const second = await refresh(book, { asOf: AS_OF });
    expect(second.logged).toEqual([]);
    expect(rowsUnder(book, COLLECTIONS_LOG_SHEET, 'Date')).toHaveLength(2);
    // The next step follows the log: call-1, no earlier than the customer gap allows.
    const next = await refresh(book, { asOf: parseIsoDate('2026-12-07')! });
    expect(next.plan.actions.find((a) => a.customer === 'Acme')?.level.id).toBe('call-1');
  });

  it('carries a note typed in an unmarked row to the same customer, and logs it when the row goes away', async () => {
    const book = await refreshed();
    book.set(TODAYS_ACTIONS_SHEET, actionRow(book, 'Acme'), column('Note'), 'ask for Ann');
    const same = await refresh(book, { asOf: AS_OF });
    await book.write(same.sheets);
    expect(cellText(book.grid(TODAYS_ACTIONS_SHEET).rows[actionRow(book, 'Acme') - 1][column('Note')])).toBe('ask for Ann');
    expect(same.logged).toEqual([]);
    // Acme pays in full: no action for it any more, so the note goes to the log.
    book.set('Invoices', 2, 3, 0);
    book.set('Invoices', 3, 3, 0);
    const paid = await refresh(book, { asOf: NEXT_DAY });
    expect(paid.logged.map((e) => [e.customer, e.outcome, e.note])).toEqual([['Acme', 'note', 'ask for Ann']]);
  });

  it('counts log rows typed by hand and keeps unreadable ones word for word, with an issue', async () => {
    const book = await refreshed();
    const [first] = rowsUnder(book, COLLECTIONS_LOG_SHEET, 'Date').concat([book.grid(COLLECTIONS_LOG_SHEET).rows.findIndex((r) => cellText(r[0]) === 'Date') + 2]);
    const typed: CellValue[][] = [
      ['2026-11-28', 'A-1', 'Acme', 'notice-1', 'email', 'Done', null, 'sent by hand', ''],
      ['last week', 'B-1', 'Bolt', '', 'call', 'Done', null, 'who knows', ''],
    ];
    typed.forEach((row, i) => row.forEach((v, c) => book.set(COLLECTIONS_LOG_SHEET, first + i, c, v)));
    const result = await refresh(book, { asOf: AS_OF });
    expect(result.issues.filter((i) => i.sheet === COLLECTIONS_LOG_SHEET).map((i) => [i.row, i.value])).toEqual([[first + 1, 'last week']]);
    // Acme was contacted on Saturday 11-28: its next overdue step waits for the customer gap.
    expect(result.plan.actions.map((a) => a.customer)).toEqual(['Bolt']);
    await book.write(result.sheets);
    const kept = book.grid(COLLECTIONS_LOG_SHEET).rows.map((r) => r.map(cellText).join('|'));
    expect(kept).toEqual(expect.arrayContaining(['last week|B-1|Bolt||call|Done||who knows|']));
  });

  it('leaves a status it does not know where it was typed, reported, instead of guessing', async () => {
    const book = await refreshed();
    book.set(TODAYS_ACTIONS_SHEET, actionRow(book, 'Acme'), column('Status'), 'maybe tomorrow');
    const result = await refresh(book, { asOf: AS_OF });
    expect(result.issues.map((i) => [i.sheet, i.column, i.value])).toEqual([[TODAYS_ACTIONS_SHEET, 'Status', 'maybe tomorrow']]);
    await book.write(result.sheets);
    expect(cellText(book.grid(TODAYS_ACTIONS_SHEET).rows[actionRow(book, 'Acme') - 1][column('Status')])).toBe('maybe tomorrow');
    expect(result.logged).toEqual([]);
  });

  it('reads edited settings, and stops with the cell named when one is broken', async () => {
    const book = await refreshed();
    const grid = book.grid(DUNNING_SETTINGS_SHEET);
    const gapRow = grid.rows.findIndex((r) => cellText(r[0]) === 'Customer gap (days)') + 1;
    book.set(DUNNING_SETTINGS_SHEET, gapRow, 1, 10);
    expect((await refresh(book, { asOf: AS_OF })).policy.escalation.customerGapDays).toBe(10);
    book.set(DUNNING_SETTINGS_SHEET, gapRow, 1, 'ten');
    const error = await refresh(book, { asOf: AS_OF }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshError);
    expect((error as Error).message).toContain(`'Dunning settings'!B${gapRow}: customer gap (days) must be a whole number from 0 to 365, got "ten"`);
    const ladderRow = grid.rows.findIndex((r) => cellText(r[0]) === 'call-1') + 1;
    book.set(DUNNING_SETTINGS_SHEET, gapRow, 1, 3);
    book.set(DUNNING_SETTINGS_SHEET, ladderRow, 5, 'pigeon');
    const ladderError = await refresh(book, { asOf: AS_OF }).catch((e: unknown) => e);
    expect((ladderError as Error).message).toContain(`'Dunning settings'!F${ladderRow}: channel must be one of email, call, letter, task, got "pigeon"`);
  });

  it('lets the --policy settings win over the sheet', async () => {
    const book = await refreshed();
    const result = await refresh(book, { asOf: AS_OF, policy: { escalation: { customerGapDays: 7 } } });
    expect(result.policy.escalation.customerGapDays).toBe(7);
  });

  it('never writes the invoice sheet', async () => {
    const book = await refreshed();
    book.set(TODAYS_ACTIONS_SHEET, actionRow(book, 'Acme'), column('Status'), 'Done');
    const result = await refresh(book, { asOf: AS_OF });
    expect(result.sheets.map((s) => s.name)).not.toContain('Invoices');
  });
});
