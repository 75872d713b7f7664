import type { Invoice } from './invoice';
import { addMinor } from './money';

/** Currency code used for totals of invoices that name no currency (ISO 4217 "no currency"). */
export const NO_CURRENCY = 'XXX';

export interface BucketTotals {
  /** Open minor units per bucket index (see bucketIds). */
  buckets: number[];
  total: number;
  invoices: number;
}

export interface CustomerTotals extends BucketTotals {
  customer: string;
  currency: string;
}

export interface AgingSummary {
  /** Keyed by ISO currency code, in first-seen order. */
  byCurrency: Map<string, BucketTotals>;
  /** Per customer and currency, biggest total first within each currency. */
  byCustomer: CustomerTotals[];
}

function emptyTotals(bucketCount: number): BucketTotals {
  return { buckets: new Array<number>(bucketCount).fill(0), total: 0, invoices: 0 };
}

function add(totals: BucketTotals, invoice: Invoice): void {
  totals.buckets[invoice.bucket] = addMinor(totals.buckets[invoice.bucket], invoice.open);
  totals.total = addMinor(totals.total, invoice.open);
  totals.invoices++;
}

/**
 * Sums the open amounts of aged invoices (those with a bucket) per currency and per customer.
 * Amounts in different currencies are never added together.
 */
export function summarize(invoices: readonly Invoice[], bucketCount: number): AgingSummary {
  const byCurrency = new Map<string, BucketTotals>();
  const customers = new Map<string, CustomerTotals>();
  for (const invoice of invoices) {
    if (invoice.bucket < 0) continue;
    const currency = invoice.currency ?? NO_CURRENCY;
    let totals = byCurrency.get(currency);
    if (!totals) byCurrency.set(currency, (totals = emptyTotals(bucketCount)));
    add(totals, invoice);
    const key = `${currency}\u0000${invoice.customer}`;
    let customer = customers.get(key);
    if (!customer) customers.set(key, (customer = { customer: invoice.customer, currency, ...emptyTotals(bucketCount) }));
    add(customer, invoice);
  }
  const order = [...byCurrency.keys()];
  const byCustomer = [...customers.values()].sort(
    (a, b) => order.indexOf(a.currency) - order.indexOf(b.currency) || b.total - a.total || a.customer.localeCompare(b.customer),
  );
  return { byCurrency, byCustomer };
}
