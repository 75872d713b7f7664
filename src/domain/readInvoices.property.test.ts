import fc from 'fast-check';
import { day, grid } from '../../test/support/grids';
import { bucketIds } from './bucket';
import { findColumns } from './detectColumns';
import type { CellValue } from './grid';
import { DEFAULT_POLICY } from './policy';
import { readInvoices } from './readInvoices';
import { summarize } from './summarize';

const HEADER: CellValue[] = ['Invoice', 'Customer', 'Invoice Date', 'Due Date', 'Terms', 'Amount', 'Paid', 'Currency', 'Status'];
const map = findColumns(grid([HEADER]))!;
const options = { asOf: day('2026-11-30'), policy: DEFAULT_POLICY, date1904: false };

/** Cells like the ones real sheets hold, good and bad, in every column. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: '#N/A' }, 'Total', 'Итого', 'Paid', 'Disputed', 'Net 30', 'USD', 'zł', '$1,234.56', '1 234,56', '(12.00)', '15.03.2026', '03/04/2026', '2026-10-01', 'Invoice', 45900, 46000.5),
);
const rowArb = fc.array(cellArb, { minLength: 0, maxLength: HEADER.length + 1 });

describe('reading invoices: invariants over random sheets', () => {
  it('accounts for every non-empty row exactly once, never throws, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const g = grid([HEADER, ...rows]);
        const reading = readInvoices(g, map, options);
        const placed = [...reading.invoices.map((i) => i.row), ...reading.skipped.map((s) => s.row)].sort((a, b) => a - b);
        const lastFilled = rows.reduce((last, row, i) => (row.some((v) => v !== null && v !== '' && !(typeof v === 'string' && v.trim() === '')) ? i + 2 : last), 1);
        const expected = Array.from({ length: lastFilled }, (_, i) => i + 1);
        expect(placed).toEqual(expected);
        for (const issue of reading.issues) expect(reading.invoices.map((i) => i.row).concat(reading.skipped.map((s) => s.row))).toContain(issue.row);
        expect(readInvoices(g, map, options)).toEqual(reading);
      }),
      { numRuns: 300 },
    );
  });

  it('bucket totals add up to each currency total, and only open amounts are bucketed', () => {
    const invoiceRow = fc.tuple(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.constantFrom('Acme', 'Bolt', 'Cora'),
      fc.integer({ min: 45000, max: 46500 }),
      fc.integer({ min: -2_000_000, max: 2_000_000 }),
      fc.integer({ min: 0, max: 500_000 }),
      fc.constantFrom('USD', 'EUR', 'JPY'),
      fc.constantFrom(null, 'Paid', 'Disputed', 'On hold'),
    ).map(([id, customer, serial, cents, paidCents, currency, status]): CellValue[] => [
      id, customer, serial - 30, serial, null,
      currency === 'JPY' ? cents : cents / 100, currency === 'JPY' ? paidCents : paidCents / 100, currency, status,
    ]);
    fc.assert(
      fc.property(fc.array(invoiceRow, { maxLength: 60 }), (rows) => {
        const reading = readInvoices(grid([HEADER, ...rows]), map, options);
        const ids = bucketIds(DEFAULT_POLICY.aging.buckets);
        const summary = summarize(reading.invoices, ids.length);
        for (const totals of summary.byCurrency.values()) {
          expect(totals.buckets.reduce((a, b) => a + b, 0)).toBe(totals.total);
        }
        for (const inv of reading.invoices) expect(inv.bucket >= 0).toBe(inv.open > 0);
        const perCustomer = summary.byCustomer.reduce((sum, c) => sum + c.total, 0);
        const perCurrency = [...summary.byCurrency.values()].reduce((sum, c) => sum + c.total, 0);
        expect(perCustomer).toBe(perCurrency);
      }),
      { numRuns: 200 },
    );
  });
});
