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

/** One currency's totals and its customers' totals, in first-seen order. */
interface CurrencyGroup {
  totals: BucketTotals;
  customers: Map<string, CustomerTotals>;
}

function byTotalThenName(a: CustomerTotals, b: CustomerTotals): number {
  return b.total - a.total || a.customer.localeCompare(b.customer);
}

/**
 * Sums the open amounts of aged invoices (those with a bucket) per currency and per customer.
 * Amounts in different currencies are never added together.
 */
export function summarize(invoices: readonly Invoice[], bucketCount: number): AgingSummary {
  const byCurrency = new Map<string, BucketTotals>();
  // Customers are looked up within their currency, so no combined key is built per invoice.
  const groups = new Map<string, CurrencyGroup>();
  // An indexed loop: for-of here was seen allocating an iterator result per invoice.
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i];
    if (invoice.bucket < 0) continue;
    const currency = invoice.currency ?? NO_CURRENCY;
    let group = groups.get(currency);
    if (!group) {
      group = { totals: emptyTotals(bucketCount), customers: new Map() };
      groups.set(currency, group);
      byCurrency.set(currency, group.totals);
    }
    add(group.totals, invoice);
    let customer = group.customers.get(invoice.customer);
    if (!customer) {
      // Spelled out rather than spread from emptyTotals: spread objects made add() much slower.
      customer = { customer: invoice.customer, currency, buckets: new Array<number>(bucketCount).fill(0), total: 0, invoices: 0 };
      group.customers.set(invoice.customer, customer);
    }
    add(customer, invoice);
  }
  // Currencies in first-seen order, each sorted on its own: a stable sort, like one sort by
  // currency first would be.
  const byCustomer: CustomerTotals[] = [];
  for (const group of groups.values()) {
    for (const customer of [...group.customers.values()].sort(byTotalThenName)) byCustomer.push(customer);
  }
  return { byCurrency, byCustomer };
}
