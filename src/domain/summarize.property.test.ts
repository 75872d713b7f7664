// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import type { Invoice } from './invoice';
import { addMinor } from './money';
import { type AgingSummary, type BucketTotals, type CustomerTotals, NO_CURRENCY, summarize } from './summarize';

/** summarize as first written, with one map keyed by currency and customer: the reference. */
function referenceSummary(invoices: readonly Invoice[], bucketCount: number): AgingSummary {
  const empty = (): BucketTotals => ({ buckets: new Array<number>(bucketCount).fill(0), total: 0, invoices: 0 });
  const add = (totals: BucketTotals, invoice: Invoice): void => {
    totals.buckets[invoice.bucket] = addMinor(totals.buckets[invoice.bucket], invoice.open);
    totals.total = addMinor(totals.total, invoice.open);
    totals.invoices++;
  };
  const byCurrency = new Map<string, BucketTotals>();
  const customers = new Map<string, CustomerTotals>();
  for (const invoice of invoices) {
    if (invoice.bucket < 0) continue;
    const currency = invoice.currency ?? NO_CURRENCY;
    let totals = byCurrency.get(currency);
    if (!totals) byCurrency.set(currency, (totals = empty()));
    add(totals, invoice);
    const key = `${currency}\u0000${invoice.customer}`;
    let customer = customers.get(key);
    if (!customer) customers.set(key, (customer = { customer: invoice.customer, currency, ...empty() }));
    add(customer, invoice);
  }
  const order = [...byCurrency.keys()];
  const byCustomer = [...customers.values()].sort(
    (a, b) => order.indexOf(a.currency) - order.indexOf(b.currency) || b.total - a.total || a.customer.localeCompare(b.customer),
  );
  return { byCurrency, byCustomer };
}

const invoiceArb = fc
  .record({
    // "é" written two ways compares equal under localeCompare but is two customers.
    customer: fc.constantFrom('Acme', 'acme', 'Bolt', 'Cora', '', '\u00e9', 'e\u0301', 'Żabka', 'Customer 1'),
    currency: fc.constantFrom('USD', 'EUR', 'JPY', null, 'XXX'),
    bucket: fc.integer({ min: -1, max: 5 }),
    open: fc.constantFrom(-500, 0, 1, 100, 250, 1000, 123456),
  })
  .map(({ customer, currency, bucket, open }): Invoice => ({
    row: 2, invoice: 'A', customer, currency, invoiceDate: null, dueDate: 0 as Invoice['dueDate'], dueDateSource: 'sheet',
    amount: open, open, status: 'open', daysOverdue: 0, bucket, email: '', phone: '', language: null,
  }));

describe('summarize', () => {
  it('gives what one map keyed by currency and customer gave, in the same order', () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 80 }), (invoices) => {
        const summary = summarize(invoices, 6);
        const reference = referenceSummary(invoices, 6);
        expect([...summary.byCurrency]).toStrictEqual([...reference.byCurrency]);
        expect(summary.byCustomer).toStrictEqual(reference.byCustomer);
        // The JSON report lists the fields in this order too.
        expect(JSON.stringify(summary.byCustomer)).toBe(JSON.stringify(reference.byCustomer));
      }),
      { numRuns: 3000 },
    );
  });
});
