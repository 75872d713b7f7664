/**
 * Sixty working days of a clerk's life: refresh every morning, work Today's actions (mark most
 * Done, some Promised or No answer), record payments in the invoice sheet now and then. The log
 * must grow by exactly what was marked, no action that an overdue step sets off may reach a
 * customer within the gap (steps up to the due date are exempt, as the rules say),
 * paid invoices must stop at once, and refreshing twice must change nothing.
 */
import { refresh } from '../src/app/refresh';
import { cellText } from '../src/domain/cellText';
import type { CellValue } from '../src/domain/grid';
import { type LocalDate, addDays, formatIsoDate, isoWeekday, parseIsoDate } from '../src/domain/localDate';
import { ACTIONS_HEADER } from '../src/workbook/todaysActionsSheet';
import { COLLECTIONS_LOG_SHEET, TODAYS_ACTIONS_SHEET } from '../src/workbook/ownedSheets';
import { seededRandom as random } from '../scripts/seededRandom';
import { MemoryWorkbook } from './support/memoryWorkbook';

const START = parseIsoDate('2026-09-01')!;
const CUSTOMERS = ['Acme Ltd', 'Bolt GmbH', 'Cora Sp. z o.o.', 'Delta LLC', 'Echo PT', 'Fox Inc'];

function invoiceSheet(): CellValue[][] {
  const next = random(7);
  const rows: CellValue[][] = [['Invoice', 'Customer', 'Invoice Date', 'Due Date', 'Amount', 'Paid', 'Currency', 'Email']];
  for (let i = 0; i < 40; i++) {
    const issued = addDays(START, Math.floor(next() * 50) - 30);
    rows.push([`INV-${100 + i}`, CUSTOMERS[i % CUSTOMERS.length], formatIsoDate(issued), formatIsoDate(addDays(issued, 30)), 100 + Math.floor(next() * 900), 0, 'EUR', 'ar@example.com']);
  }
  return rows;
}

function logRows(book: MemoryWorkbook): (readonly CellValue[])[] {
  const grid = book.grid(COLLECTIONS_LOG_SHEET);
  const header = grid.rows.findIndex((r) => cellText(r[0]) === 'Date');
  return grid.rows.slice(header + 1).filter((r) => r.some((v) => v !== null && v !== ''));
}

describe('sixty days of refreshes with a clerk working the list', () => {
  it('keeps the log, the gap and the payments straight', async () => {
    const book = new MemoryWorkbook([{ name: 'Invoices', firstRow: 1, firstCol: 1, rows: invoiceSheet() }]);
    const next = random(11);
    const contacts = new Map<string, Array<{ day: LocalDate; overdueStep: boolean }>>();
    const paidOn = new Map<string, LocalDate>();
    let marked = 0;

    for (let day = START, n = 0; n < 60; day = addDays(day, 1), n++) {
      if (isoWeekday(day) > 5) continue;
      const first = await refresh(book, { asOf: day });
      await book.write(first.sheets);
      const again = await refresh(book, { asOf: day });
      expect(again.logged).toEqual([]);
      expect(again.plan.actions.map((a) => a.id)).toEqual(first.plan.actions.map((a) => a.id));
      expect(logRows(book)).toHaveLength(marked);

      for (const action of first.plan.actions) {
        for (const p of action.invoices) expect([p.invoice.invoice, paidOn.has(p.invoice.invoice)]).toEqual([p.invoice.invoice, false]);
      }

      // The clerk works the list: every action gets a status, recorded on the next refresh.
      const grid = book.grid(TODAYS_ACTIONS_SHEET);
      const header = grid.rows.findIndex((r) => cellText(r[0]) === 'Priority');
      const status = ACTIONS_HEADER.indexOf('Status');
      const until = ACTIONS_HEADER.indexOf('Promise/hold date');
      for (let r = header + 1; r < grid.rows.length; r++) {
        const customer = cellText(grid.rows[r][1]);
        if (customer === '') continue;
        const action = first.plan.actions.find((a) => a.customer === customer)!;
        const roll = next();
        const outcome = roll < 0.7 ? 'Done' : roll < 0.85 ? 'Promised' : 'No answer';
        book.set(TODAYS_ACTIONS_SHEET, grid.firstRow + r, status, outcome);
        if (outcome === 'Promised') book.set(TODAYS_ACTIONS_SHEET, grid.firstRow + r, until, formatIsoDate(addDays(day, 5)));
        const invoices = cellText(grid.rows[r][ACTIONS_HEADER.indexOf('Invoices (step)')]).split('\n').length;
        marked += invoices;
        contacts.set(customer, [...(contacts.get(customer) ?? []), { day, overdueStep: action.invoices.some((p) => p.step.dueToday && p.step.level.offsetDays > 0) }]);
      }

      // Now and then a customer pays an invoice: the clerk records it in the invoice sheet.
      const invoices = book.grid('Invoices');
      for (let r = 1; r < invoices.rows.length; r++) {
        const id = cellText(invoices.rows[r][0]);
        if (!paidOn.has(id) && next() < 0.02) {
          book.set('Invoices', r + 1, 5, invoices.rows[r][4]);
          paidOn.set(id, addDays(day, 1));
        }
      }
    }

    expect(marked).toBeGreaterThan(50);
    for (const [customer, list] of contacts) {
      for (let i = 1; i < list.length; i++) {
        if (list[i].overdueStep) expect([customer, formatIsoDate(list[i].day), list[i].day - list[i - 1].day >= 3]).toEqual([customer, formatIsoDate(list[i].day), true]);
      }
    }
  });
});
