import { type LogEntry, isContact } from './collectionsLog';
import type { Level } from './ladder';
import type { LocalDate } from './localDate';
import { memoized } from './memo';
import { matchKey } from './matchKey';
import { MatchKeyFilter } from './matchKeyFilter';

/** What the log says about one invoice on the as-of date. */
export interface InvoiceHistory {
  /** Per ladder level index, the date it was last done (an array: a map per invoice costs far more). */
  done: (LocalDate | undefined)[];
  /** The highest level index done, -1 for none. */
  highestDone: number;
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

/** The log's entries about one customer. */
interface CustomerLog {
  lastContact: LocalDate | null;
  /** By invoice number (trimmed, lower case); null while no entry names an invoice. */
  invoices: Map<string, InvoiceHistory> | null;
}

const EMPTY: InvoiceHistory = { done: [], highestDone: -1, last: null, promise: null, disputedSince: null, holdUntil: null };
const NO_LOG: CustomerLog = { lastContact: null, invoices: null };

function levelIndex(step: string, ladder: readonly Level[]): number {
  const key = step.trim().toLowerCase();
  return ladder.findIndex((level) => level.id.toLowerCase() === key || level.name.toLowerCase() === key);
}

/**
 * Indexes the log as it stood on `asOf` (later entries have not happened yet). Customers and
 * invoice numbers match trimmed and in any case. Entries typed without a customer match the
 * invoice number alone.
 */
export function buildHistory(entries: readonly LogEntry[], ladder: readonly Level[], asOf: LocalDate, customerOf: (invoice: string) => string | undefined): History {
  const ordered = entries.filter((e) => e.date <= asOf).sort((a, b) => a.date - b.date);
  const byCustomer = new Map<string, CustomerLog>();
  const newLog = (customer: string): CustomerLog => {
    const key = matchKey(customer);
    let log = byCustomer.get(key);
    if (!log) byCustomer.set(key, (log = { lastContact: null, invoices: null }));
    return log;
  };
  // A log names each customer and step the same few ways, entry after entry: each spelling is
  // matched once.
  const logsBySpelling = new Map<string, CustomerLog>();
  const logOf = (customer: string): CustomerLog => memoized(logsBySpelling, customer, newLog);
  // Most of a large sheet's invoices are not in the log: this filter says so without resolving
  // their customer or lower-casing their number.
  const logged = new MatchKeyFilter(ordered.length);
  const levels = new Map<string, number>();
  const levelOf = (step: string): number => memoized(levels, step, (text) => levelIndex(text, ladder));
  for (const entry of ordered) {
    const customer = entry.customer.trim() !== '' ? entry.customer : (customerOf(entry.invoice) ?? '');
    if (isContact(entry.outcome) && customer !== '') {
      const log = logOf(customer);
      if (log.lastContact === null || entry.date > log.lastContact) log.lastContact = entry.date;
    }
    if (entry.invoice.trim() === '') continue;
    const log = logOf(customer);
    const invoices = (log.invoices ??= new Map());
    const key = matchKey(entry.invoice);
    let h = invoices.get(key);
    if (!h) {
      invoices.set(key, (h = { done: [], highestDone: -1, last: null, promise: null, disputedSince: null, holdUntil: null }));
      logged.add(key);
    }
    switch (entry.outcome) {
      case 'done': {
        const index = levelOf(entry.step);
        if (index < 0) break;
        h.done[index] = entry.date;
        if (index > h.highestDone) h.highestDone = index;
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
  // The invoice sheet spells each customer the same way on all of their invoices: each spelling
  // is matched to the log once, not once per invoice.
  const spellings = new Map<string, CustomerLog>();
  const find = (customer: string): CustomerLog => byCustomer.get(matchKey(customer)) ?? NO_LOG;
  const customerLog = (customer: string): CustomerLog => (byCustomer.size === 0 ? NO_LOG : memoized(spellings, customer, find));
  return {
    forInvoice: (invoice, customer) => (logged.mightHold(invoice) ? (customerLog(customer).invoices?.get(matchKey(invoice)) ?? EMPTY) : EMPTY),
    lastContact: (customer) => customerLog(customer).lastContact,
  };
}
