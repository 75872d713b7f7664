import { compareText } from './compareText';
import type { Invoice } from './invoice';
import type { Channel, Level, Tone } from './ladder';
import { type LocalDate, addDays, formatIsoDate } from './localDate';
import { addMinor, minorDigits, toMinorUnits } from './money';
import { parseAmountText } from './parseAmount';
import type { NextStep } from './planNextStep';
import { priorityScores } from './priority';
import { NO_CURRENCY } from './summarize';

export interface PlannedInvoice {
  invoice: Invoice;
  step: NextStep;
}

/** One contact with one customer today, covering every invoice of theirs that is due for a step. */
export interface Action {
  /** Stable for the same customer on the same day, so a refresh repeated never duplicates it. */
  id: string;
  date: LocalDate;
  customer: string;
  email: string;
  phone: string;
  /** The highest level among the bundled invoices sets the step, channel and tone. */
  level: Level;
  channel: Channel;
  tone: Tone;
  invoices: PlannedInvoice[];
  /** Open minor units per currency, biggest first. */
  totals: Array<{ currency: string; open: number }>;
  oldestDue: LocalDate;
  /** Of the oldest invoice. */
  daysOverdue: number;
  brokenPromises: number;
  priority: number;
  why: string;
}

export interface ActionSettings {
  asOf: LocalDate;
  customerGapDays: number;
  /** Decimal text: overdue total per currency under which a customer is not chased. */
  minimumAmount: string;
  /** Describes the previous step done on an invoice, for the "why" line. */
  lastStepOf(invoice: Invoice): { name: string; date: LocalDate } | null;
}

/** FNV-1a: a short, stable tag of the customer name for the action id. */
function tag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function minimumIn(currency: string, minimum: string): number {
  const parsed = parseAmountText(minimum, '.');
  if (!parsed.ok) return 0;
  const minor = toMinorUnits(parsed.amount.value, minorDigits(currency === NO_CURRENCY ? null : currency));
  return minor.ok ? minor.minor : 0;
}

function why(action: Omit<Action, 'why' | 'priority'>, lead: PlannedInvoice, settings: ActionSettings): string {
  const parts = [action.level.id];
  const days = lead.invoice.daysOverdue;
  parts[0] += days > 0 ? `: ${days} day${days === 1 ? '' : 's'} overdue` : days === 0 ? ': due today' : `: due in ${-days} day${days === -1 ? '' : 's'}`;
  const last = settings.lastStepOf(lead.invoice);
  parts.push(last ? `${last.name.toLowerCase()} done ${formatIsoDate(last.date)}` : 'no contact yet');
  if (lead.step.daysLate > 0) parts.push(`catching up ${lead.step.daysLate} day${lead.step.daysLate === 1 ? '' : 's'} late`);
  if (lead.step.repeat) parts.push('repeating the last step');
  const broken = action.invoices.map((p) => p.step.brokenPromise).filter((d): d is LocalDate => d !== null);
  if (broken.length > 0) parts.push(`promise to pay by ${formatIsoDate(Math.max(...broken) as LocalDate)} broken`);
  if (action.invoices.length > 1) parts.push(`${action.invoices.length} invoices`);
  return parts.join(', ');
}

/**
 * Today's actions: one per customer with a step due today, bundling that customer's invoices
 * whose steps fall due within the customer gap, so the customer hears from us once. Customers
 * whose overdue total is under the minimum (in every currency) get none.
 */
export function planActions(planned: readonly PlannedInvoice[], settings: ActionSettings): Action[] {
  const horizon = addDays(settings.asOf, settings.customerGapDays);
  const byCustomer = new Map<string, PlannedInvoice[]>();
  for (const p of planned) {
    const key = p.invoice.customer.trim().toLowerCase();
    const list = byCustomer.get(key);
    if (list) list.push(p);
    else byCustomer.set(key, [p]);
  }
  const actions: Omit<Action, 'priority'>[] = [];
  for (const list of byCustomer.values()) {
    if (!list.some((p) => p.step.dueToday)) continue;
    const bundle = list.filter((p) => p.step.date <= horizon).sort((a, b) => a.invoice.dueDate - b.invoice.dueDate || a.invoice.row - b.invoice.row);
    const overdueByCurrency = new Map<string, number>();
    for (const p of list) {
      if (p.invoice.daysOverdue <= 0) continue;
      const currency = p.invoice.currency ?? NO_CURRENCY;
      overdueByCurrency.set(currency, addMinor(overdueByCurrency.get(currency) ?? 0, p.invoice.open));
    }
    const worthChasing = [...overdueByCurrency].some(([currency, open]) => open >= minimumIn(currency, settings.minimumAmount)) ||
      (overdueByCurrency.size === 0 && minimumIn(NO_CURRENCY, settings.minimumAmount) === 0);
    if (!worthChasing) continue;
    const lead = bundle.reduce((best, p) => (p.step.levelIndex > best.step.levelIndex ? p : best), bundle[0]);
    const totals = new Map<string, number>();
    for (const p of bundle) {
      const currency = p.invoice.currency ?? NO_CURRENCY;
      totals.set(currency, addMinor(totals.get(currency) ?? 0, p.invoice.open));
    }
    const first = bundle[0].invoice;
    const base = {
      id: `${formatIsoDate(settings.asOf)}-${tag(first.customer.trim().toLowerCase())}`,
      date: settings.asOf,
      customer: first.customer,
      email: bundle.find((p) => p.invoice.email !== '')?.invoice.email ?? '',
      phone: bundle.find((p) => p.invoice.phone !== '')?.invoice.phone ?? '',
      level: lead.step.level,
      channel: lead.step.level.channel,
      tone: lead.step.level.tone,
      invoices: bundle,
      totals: [...totals].map(([currency, open]) => ({ currency, open })).sort((a, b) => b.open - a.open),
      oldestDue: first.dueDate,
      daysOverdue: first.daysOverdue,
      brokenPromises: bundle.filter((p) => p.step.brokenPromise !== null).length,
    };
    actions.push({ ...base, why: why(base, lead, settings) });
  }
  const scores = priorityScores(actions);
  return actions
    .map((action, i) => ({ ...action, priority: scores[i] }))
    .sort((a, b) => b.priority - a.priority || compareText(a.customer, b.customer));
}
