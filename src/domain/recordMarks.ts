import type { LogEntry, Outcome } from './collectionsLog';
import { type LocalDate, addDays } from './localDate';

/** A row of Today's actions the user marked with a status. */
export interface Mark {
  actionId: string;
  /** The day the action was planned for: the contact is recorded on that day. */
  date: LocalDate;
  customer: string;
  channel: string;
  /** Each bundled invoice with its own step. */
  invoices: ReadonlyArray<{ invoice: string; step: string }>;
  outcome: Outcome;
  until: LocalDate | null;
  note: string;
}

const entryKey = (e: Pick<LogEntry, 'actionId' | 'invoice' | 'outcome'>) => `${e.actionId}\u0000${e.invoice}\u0000${e.outcome}`;

/**
 * The log entries a user's marks stand for: one per bundled invoice, with that invoice's own
 * step. "Skip" without a date holds the steps for that day only.
 */
export function marksToEntries(marks: readonly Mark[]): LogEntry[] {
  return marks.flatMap((mark) => {
    const until = mark.outcome === 'skipped' && mark.until === null ? addDays(mark.date, 1) : mark.until;
    const invoices = mark.invoices.length > 0 ? mark.invoices : [{ invoice: '', step: '' }];
    return invoices.map(({ invoice, step }) => ({
      date: mark.date, invoice, customer: mark.customer, step, channel: mark.channel, outcome: mark.outcome, until, note: mark.note, actionId: mark.actionId,
    }));
  });
}

/**
 * The entries not yet in the log: an entry of an action already logged for the same invoice and
 * outcome is dropped, so a refresh repeated records nothing twice.
 */
export function notYetLogged(entries: readonly LogEntry[], log: readonly LogEntry[]): LogEntry[] {
  if (entries.length === 0) return [];
  // Only log rows of the same actions can match: a long log is looked through, not keyed whole.
  const actions = new Set(entries.map((e) => e.actionId));
  const known = new Set<string>();
  for (const e of log) if (e.actionId !== '' && actions.has(e.actionId)) known.add(entryKey(e));
  return entries.filter((entry) => {
    const key = entryKey(entry);
    if (entry.actionId !== '' && known.has(key)) return false;
    known.add(key);
    return true;
  });
}
