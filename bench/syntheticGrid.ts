import type { LogEntry, Outcome } from '../src/domain/collectionsLog';
import type { CellValue, Grid } from '../src/domain/grid';
import { DEFAULT_POLICY } from '../src/domain/policy';
import { addDays, formatIsoDate, type LocalDate } from '../src/domain/localDate';
import { matchKey } from '../src/domain/matchKey';
import { actionId } from '../src/domain/planActions';
import { seededRandom } from '../scripts/seededRandom';


export const BENCH_HEADER = ['Invoice No', 'Customer', 'Invoice Date', 'Due Date', 'Terms', 'Amount', 'Paid', 'Currency', 'Status'];
const CURRENCIES = ['USD', 'EUR', 'PLN', 'RUB', 'IDR'];
const TERMS = ['Net 30', 'Net 14', '30 days', 'due on receipt'];
const DATE_FORMAT = 'yyyy-mm-dd';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A grid like a large real export: number dates with a date format and some dates typed as
 * text, several currencies, partial payments, a few paid and disputed rows, blank and total rows.
 */
export function syntheticGrid(rows: number, seed = 1): Grid {
  const next = seededRandom(seed);
  const values: CellValue[][] = [BENCH_HEADER];
  const formats: (string | null)[][] = [[]];
  const serialStart = 45900; // 2025-08-31
  for (let i = 0; i < rows; i++) {
    const issued = serialStart + Math.floor(next() * 450);
    const hasDue = next() < 0.8;
    const cents = 1000 + Math.floor(next() * 5_000_000);
    const paidCents = next() < 0.3 ? Math.floor(cents * next()) : 0;
    const textDate = next() < 0.1;
    const issuedCell: CellValue = textDate ? `${pad2(1 + (i % 28))}.${pad2(1 + (i % 12))}.2026` : issued;
    const status = next() < 0.05 ? 'Paid' : next() < 0.02 ? 'Disputed' : null;
    values.push([
      `INV-${String(i + 1).padStart(7, '0')}`,
      `Customer ${1 + Math.floor(next() * 2000)}`,
      issuedCell,
      hasDue ? issued + 30 : null,
      hasDue ? null : TERMS[i % TERMS.length],
      cents / 100,
      paidCents / 100,
      CURRENCIES[i % CURRENCIES.length],
      status,
    ]);
    formats.push([null, null, textDate ? null : DATE_FORMAT, hasDue ? DATE_FORMAT : null, null, '#,##0.00', '#,##0.00', null, null]);
  }
  return { name: 'Invoices', firstRow: 1, firstCol: 1, rows: values, formats };
}

const OUTCOMES: Outcome[] = ['done', 'done', 'done', 'no-answer', 'promised', 'disputed', 'skipped'];

/**
 * The Collections log such a sheet would have after months of use: for one invoice in five, one
 * to three contacts in the 60 days before `asOf` (emails and calls along the ladder, a promise,
 * a dispute, a skip), in date order as the product appends them, with the product's action ids.
 */
export function syntheticLog(grid: Grid, asOf: LocalDate, seed = 2): LogEntry[] {
  const next = seededRandom(seed);
  const ladder = DEFAULT_POLICY.escalation.ladder;
  const entries: LogEntry[] = [];
  for (let r = 1; r < grid.rows.length; r++) {
    if (next() >= 0.2) continue;
    const [invoice, customer] = grid.rows[r] as string[];
    const contacts = 1 + Math.floor(next() * 3);
    for (let k = 0; k < contacts; k++) {
      const level = ladder[Math.floor(next() * ladder.length)];
      const date = addDays(asOf, -1 - Math.floor(next() * 60));
      const outcome = OUTCOMES[Math.floor(next() * OUTCOMES.length)];
      const until = outcome === 'promised' || outcome === 'skipped' ? addDays(date, 7 + Math.floor(next() * 21)) : null;
      entries.push({ date, invoice, customer, step: level.id, channel: level.channel, outcome, until, note: '', actionId: actionId(formatIsoDate(date), matchKey(customer)) });
    }
  }
  return entries.sort((a, b) => a.date - b.date);
}
