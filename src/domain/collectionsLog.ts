import { headerKey } from './fields';
import type { LocalDate } from './localDate';

/** What came of a contact, as recorded in the Collections log. */
export type Outcome = 'done' | 'promised' | 'disputed' | 'resolved' | 'no-answer' | 'skipped' | 'note';

/** The words a user may type or pick, per outcome (English labels are what the product writes). */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  done: 'Done',
  promised: 'Promised',
  disputed: 'Disputed',
  resolved: 'Resolved',
  'no-answer': 'No answer',
  skipped: 'Skip',
  note: 'Note',
};

const OUTCOME_WORDS: Record<string, Outcome> = {};
for (const [outcome, label] of Object.entries(OUTCOME_LABELS) as [Outcome, string][]) OUTCOME_WORDS[headerKey(label)] = outcome;
Object.assign(OUTCOME_WORDS, { skipped: 'skipped', sent: 'done', called: 'done', 'promise to pay': 'promised', noanswer: 'no-answer', 'no reply': 'no-answer', dispute: 'disputed', hold: 'skipped' });

/** @example outcomeOf('No answer') // "no-answer"; outcomeOf('done ') // "done"; outcomeOf('later') // null */
export function outcomeOf(text: string): Outcome | null {
  return OUTCOME_WORDS[headerKey(text)] ?? null;
}

/** Outcomes in which the customer heard from us: they count against the customer gap. */
export function isContact(outcome: Outcome): boolean {
  return outcome === 'done' || outcome === 'promised' || outcome === 'disputed' || outcome === 'no-answer';
}

/** One row of the Collections log, whether the product wrote it or the user typed it. */
export interface LogEntry {
  date: LocalDate;
  invoice: string;
  customer: string;
  /** Ladder level id (or name, for hand-typed rows). */
  step: string;
  channel: string;
  outcome: Outcome;
  /** Promise-to-pay date, or the date a hold ends. */
  until: LocalDate | null;
  note: string;
  actionId: string;
}
