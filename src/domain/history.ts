import { type LogEntry, isContact } from './collectionsLog';
import type { Level } from './ladder';
import type { LocalDate } from './localDate';
import { memoized } from './memo';
import { matchKey, matchKeyHash } from './matchKey';
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

const EMPTY: InvoiceHistory = { done: [], highestDone: -1, last: null, promise: null, disputedSince: null, holdUntil: null };

function levelIndex(step: string, ladder: readonly Level[]): number {
  const key = step.trim().toLowerCase();
  return ladder.findIndex((level) => level.id.toLowerCase() === key || level.name.toLowerCase() === key);
}

/** One more entry about the invoice, in date order. */
function record(h: InvoiceHistory, entry: LogEntry, levelOf: (step: string) => number): void {
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

/**
 * Positions in the log fit below this (a sheet holds 1,048,576 rows), so an entry's position
 * and the 30-bit hash of its invoice number pack into one exact double.
 */
const POSITIONS = 2 ** 22;
/** matchKeyHash is 30 bits; its top 18 pick one of 262,144 runs (a 1 MB table). */
const BUCKET_SHIFT = 12;
const BUCKETS = 2 ** 18;

/**
 * Indexes the log as it stood on `asOf` (later entries have not happened yet). Customers and
 * invoice numbers match trimmed and in any case. Entries typed without a customer match the
 * invoice number alone.
 *
 * A long log is indexed, not digested: its entries' invoice-number hashes, each with the
 * entry's position, sorted as numbers in one typed array (native and cache-friendly), and an
 * invoice's history is gathered from its few entries when it is asked for. Building a record
 * per logged invoice in a map per customer, as this did, took twice as long for a 400,000-entry
 * log, most of it waiting on memory.
 */
export function buildHistory(entries: readonly LogEntry[], ladder: readonly Level[], asOf: LocalDate, customerOf: (invoice: string) => string | undefined): History {
  const ordered = entries.filter((e) => e.date <= asOf).sort((a, b) => a.date - b.date);
  if (ordered.length >= POSITIONS) throw new RangeError(`[dunning-desk] a Collections log of ${ordered.length} entries is more than a sheet holds`);
  // A log and a sheet name each customer the same few ways, row after row: each spelling is
  // matched once.
  const customerKeys = new Map<string, string>();
  const customerKey = (customer: string): string => memoized(customerKeys, customer, matchKey);
  const customerOfEntry = (entry: LogEntry): string => (entry.customer.trim() !== '' ? entry.customer : (customerOf(entry.invoice) ?? ''));

  const lastContacts = new Map<string, LocalDate>();
  const keys = new Float64Array(ordered.length);
  let count = 0;
  for (let i = 0; i < ordered.length; i++) {
    const entry = ordered[i];
    if (isContact(entry.outcome)) {
      const customer = customerOfEntry(entry);
      if (customer !== '') {
        const key = customerKey(customer);
        const last = lastContacts.get(key);
        if (last === undefined || entry.date > last) lastContacts.set(key, entry.date);
      }
    }
    if (entry.invoice.trim() !== '') keys[count++] = matchKeyHash(entry.invoice) * POSITIONS + i;
  }
  // By hash, then position: an invoice's entries together, in date order.
  const sorted = keys.subarray(0, count).sort();
  // Most of a large sheet's invoices are not in the log: this filter says so without a search.
  const logged = new MatchKeyFilter(count);
  for (let i = 0; i < count; i++) logged.add(Math.floor(sorted[i] / POSITIONS));

  // Where each run of hashes sharing their top bits starts in `sorted`, so a search reads one
  // slot and a few neighbours rather than halving 400,000 entries, a cache miss per step.
  const starts = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < count; i++) starts[(Math.floor(sorted[i] / POSITIONS) >>> BUCKET_SHIFT) + 1]++;
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] += starts[b];
  /** The first index in `sorted` whose hash is `hash` or more. */
  const firstOf = (hash: number): number => {
    const target = hash * POSITIONS;
    let at = starts[hash >>> BUCKET_SHIFT];
    while (at < count && sorted[at] < target) at++;
    return at;
  };
  const levels = new Map<string, number>();
  const levelOf = (step: string): number => memoized(levels, step, (text) => levelIndex(text, ladder));

  return {
    forInvoice: (invoice, customer) => {
      const hash = matchKeyHash(invoice);
      if (!logged.mightHold(hash)) return EMPTY;
      let history: InvoiceHistory | null = null;
      const invoiceKey = matchKey(invoice);
      const ownKey = customerKey(customer);
      for (let at = firstOf(hash); at < count && Math.floor(sorted[at] / POSITIONS) === hash; at++) {
        const entry = ordered[sorted[at] % POSITIONS];
        // Equal hashes are candidates; equal keys are the invoice's entries.
        if (matchKey(entry.invoice) !== invoiceKey || customerKey(customerOfEntry(entry)) !== ownKey) continue;
        history ??= { done: [], highestDone: -1, last: null, promise: null, disputedSince: null, holdUntil: null };
        record(history, entry, levelOf);
      }
      return history ?? EMPTY;
    },
    lastContact: (customer) => (lastContacts.size === 0 ? null : (lastContacts.get(customerKey(customer)) ?? null)),
  };
}
