import type { History } from './history';
import type { Invoice, InvoiceStatus } from './invoice';
import type { Level } from './ladder';
import { type LocalDate, addDays, formatIsoDate } from './localDate';
import { type WorkCalendar, addWorkingDays, nextWorkingDay } from './workCalendar';

export interface NextStep {
  levelIndex: number;
  level: Level;
  /** The day the step falls due: today or earlier means "do it today". */
  date: LocalDate;
  dueToday: boolean;
  /** How many days after its date the step is being caught up (0 when on time or not yet due). */
  daysLate: number;
  /** True when this is the last level repeating. */
  repeat: boolean;
  /** A promise to pay whose date has passed with the invoice still open. */
  brokenPromise: LocalDate | null;
}

export type StepPlan = { step: NextStep } | { readonly step: null; readonly reason: string };

/** The same for every invoice of the day. */
export interface StepContext {
  ladder: readonly Level[];
  calendar: WorkCalendar;
  customerGapDays: number;
  asOf: LocalDate;
  history: History;
}

const noStep = (reason: string): StepPlan => ({ step: null, reason });

/**
 * Most invoices of a large sheet are paid: their plans are shared, one per reason, rather than
 * made per invoice.
 */
const STATUS_PLAN: Partial<Record<InvoiceStatus, StepPlan>> = {
  paid: noStep('paid'),
  credit: noStep('a credit, nothing to collect'),
  'not-issued': noStep('not issued yet on the as-of date'),
  disputed: noStep('disputed in the invoice sheet'),
  'on-hold': noStep('on hold in the invoice sheet'),
};
const NOTHING_OPEN = noStep('nothing open');

function nominalDate(due: LocalDate, level: Level, calendar: WorkCalendar): LocalDate {
  if (level.businessDays) return addWorkingDays(due, level.offsetDays, calendar);
  return nextWorkingDay(addDays(due, level.offsetDays), calendar);
}

const later = (a: LocalDate, b: LocalDate | null): LocalDate => (b !== null && b > a ? b : a);

/**
 * The next escalation step of one invoice on the as-of date (README, "Escalation rules"):
 * levels on or before the due date lapse once the invoice is overdue, overdue levels are never
 * skipped, a step's date is the latest of its own date, the previous step + its gap, the
 * customer's last contact + the customer gap (overdue levels), and any promise or hold; a date
 * already past is due today (catch-up), never missed.
 */
export function planNextStep(invoice: Invoice, ctx: StepContext): StepPlan {
  if (invoice.status !== 'open' || invoice.open <= 0) return STATUS_PLAN[invoice.status] ?? NOTHING_OPEN;
  const history = ctx.history.forInvoice(invoice.invoice, invoice.customer);
  if (history.disputedSince !== null) return noStep(`disputed since ${formatIsoDate(history.disputedSince)} (Collections log)`);
  const { ladder, calendar, asOf } = ctx;
  if (ladder.length === 0) return noStep('the ladder has no levels');

  const overdue = asOf > invoice.dueDate;
  const highestDone = history.highestDone;
  let levelIndex = -1;
  for (let i = highestDone + 1; i < ladder.length; i++) {
    if (overdue && ladder[i].offsetDays <= 0) continue;
    levelIndex = i;
    break;
  }
  let repeat = false;
  let date: LocalDate;
  if (levelIndex < 0) {
    const lastIndex = ladder.length - 1;
    const every = ladder[lastIndex].repeatEveryDays;
    const lastDone = history.done[lastIndex];
    if (every === null || lastDone === undefined) return noStep('every step of the ladder is done');
    levelIndex = lastIndex;
    repeat = true;
    date = nextWorkingDay(addDays(lastDone, every), calendar);
  } else {
    const level = ladder[levelIndex];
    date = nominalDate(invoice.dueDate, level, calendar);
    if (history.last) date = later(date, addDays(history.last.date, level.minDaysAfterPrevious));
  }
  const level = ladder[levelIndex];
  if (level.offsetDays > 0) {
    const lastContact = ctx.history.lastContact(invoice.customer);
    if (lastContact !== null) date = later(date, addDays(lastContact, ctx.customerGapDays));
  }

  let brokenPromise: LocalDate | null = null;
  if (history.promise) {
    if (history.promise.until >= asOf) date = later(date, addDays(history.promise.until, 1));
    else brokenPromise = history.promise.until;
  }
  if (history.holdUntil !== null) date = later(date, history.holdUntil);
  date = nextWorkingDay(date, calendar);

  const dueToday = date <= asOf;
  return { step: { levelIndex, level, date, dueToday, daysLate: dueToday ? asOf - date : 0, repeat, brokenPromise } };
}
