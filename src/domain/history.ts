import { type LogEntry, isContact } from './collectionsLog';
import type { Level } from './ladder';
import type { LocalDate } from './localDate';

/** What the log says about one invoice on the as-of date. */
export interface InvoiceHistory {
  /** Per ladder level index, the date it was last done. */
  done: Map<number, LocalDate>;
  /** The latest step done on this invoice. */
  last: { levelIndex: number; date: LocalDate } | null;
  /** The latest promise to pay: steps wait until the day after `until`. */
  promise: { made: LocalDate; until: LocalDate } | null;
  /** An open dispute (a "Disputed" entry not followed by "Resolved"). */
  disputedSince: LocalDate | null;
  /** A hold ("Skip" with a date): steps wait until that date. */
  holdUntil: LocalDate | null;
}

export interface History {
  forInvoice(invoice: string, customer: string): InvoiceHistory;
  /** The last day the customer heard from us, or null. */
  lastContact(customer: string): LocalDate | null;
}

const EMPTY: InvoiceHistory = { done: new Map(), last: null, promise: null, disputedSince: null, holdUntil: null };

function levelIndex(step: string, ladder: readonly Level[]): number {
  const key = step.trim().toLowerCase();
  return ladder.findIndex((level) => level.id.toLowerCase() === key || level.name.toLowerCase() === key);
}

const invoiceKey = (invoice: string, customer: string) => `${invoice.trim().toLowerCase()}\u0000${customer.trim().toLowerCase()}`;

/**
 * Indexes the log as it stood on `asOf` (later entries have not happened yet). Entries typed
 * without a customer match the invoice number alone.
 */
export function buildHistory(entries: readonly LogEntry[], ladder: readonly Level[], asOf: LocalDate, customerOf: (invoice: string) => string | undefined): History {
  const ordered = entries.filter((e) => e.date <= asOf).slice().sort((a, b) => a.date - b.date);
  const byInvoice = new Map<string, InvoiceHistory>();
  const contacts = new Map<string, LocalDate>();
  for (const entry of ordered) {
    const customer = entry.customer.trim() !== '' ? entry.customer : (customerOf(entry.invoice) ?? '');
    if (isContact(entry.outcome) && customer !== '') {
      const key = customer.trim().toLowerCase();
      const known = contacts.get(key);
      if (known === undefined || entry.date > known) contacts.set(key, entry.date);
    }
    if (entry.invoice.trim() === '') continue;
    const key = invoiceKey(entry.invoice, customer);
    let h = byInvoice.get(key);
    if (!h) byInvoice.set(key, (h = { done: new Map(), last: null, promise: null, disputedSince: null, holdUntil: null }));
    switch (entry.outcome) {
      case 'done': {
        const index = levelIndex(entry.step, ladder);
        if (index < 0) break;
        h.done.set(index, entry.date);
        if (!h.last || index >= h.last.levelIndex || entry.date > h.last.date) h.last = { levelIndex: index, date: entry.date };
        break;
      }
      case 'promised':
        if (entry.until !== null) h.promise = { made: entry.date, until: entry.until };
        break;
      case 'disputed':
        h.disputedSince = entry.date;
        break;
      case 'resolved':
        h.disputedSince = null;
        break;
      case 'skipped':
        if (entry.until !== null) h.holdUntil = entry.until;
        break;
      default:
        break;
    }
  }
  return {
    forInvoice: (invoice, customer) => byInvoice.get(invoiceKey(invoice, customer)) ?? EMPTY,
    lastContact: (customer) => contacts.get(customer.trim().toLowerCase()) ?? null,
  };
}
