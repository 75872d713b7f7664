import type { LogEntry } from './collectionsLog';
import { buildHistory } from './history';
import type { Invoice } from './invoice';
import type { EscalationSettings } from './ladder';
import { type LocalDate, parseIsoDate } from './localDate';
import { type Action, type PlannedInvoice, planActions } from './planActions';
import { type StepContext, type StepPlan, planNextStep } from './planNextStep';
import { workCalendar } from './workCalendar';
import { matchKey } from './matchKey';

export interface CollectionsPlan {
  /** Per invoice (same order as the input): its next step, or why it has none. */
  steps: StepPlan[];
  actions: Action[];
}

/** Each invoice number (trimmed, lower case) to its customer; the last invoice wins a repeated number. */
function customersByNumber(invoices: readonly Invoice[]): Map<string, string> {
  const customers = new Map<string, string>();
  for (const invoice of invoices) customers.set(matchKey(invoice.invoice), invoice.customer);
  return customers;
}

/**
 * The whole day's plan: each invoice's next step from the log's history, then one action per
 * customer with something due today. `extraHolidays` are public holidays from outside the sheet.
 */
export function planCollections(
  invoices: readonly Invoice[],
  log: readonly LogEntry[],
  settings: EscalationSettings,
  asOf: LocalDate,
  extraHolidays: readonly LocalDate[] = [],
): CollectionsPlan {
  const holidays = settings.holidays.map(parseIsoDate).filter((d): d is LocalDate => d !== null);
  const calendar = workCalendar(settings.workingDays, [...holidays, ...extraHolidays]);
  // Only log entries typed without a customer need the invoices' customers: a large sheet's
  // numbers are lower-cased only once the log has such an entry.
  let customerOf: Map<string, string> | null = null;
  const history = buildHistory(log, settings.ladder, asOf, (invoice) => (customerOf ??= customersByNumber(invoices)).get(matchKey(invoice)));

  const ctx: StepContext = { ladder: settings.ladder, calendar, customerGapDays: settings.customerGapDays, asOf, history };
  const planned: PlannedInvoice[] = [];
  const steps = invoices.map((invoice) => {
    const plan = planNextStep(invoice, ctx);
    if (plan.step) planned.push({ invoice, step: plan.step });
    return plan;
  });
  const actions = planActions(planned, {
    asOf,
    customerGapDays: settings.customerGapDays,
    minimumAmount: settings.minimumAmount,
    lastStepOf: (invoice) => {
      const last = history.forInvoice(invoice.invoice, invoice.customer).last;
      return last ? { name: settings.ladder[last.levelIndex].name, date: last.date } : null;
    },
  });
  return { steps, actions };
}
