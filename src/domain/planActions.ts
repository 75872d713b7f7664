import { compareText } from './compareText';
import type { Invoice } from './invoice';
import type { Channel, Level, Tone } from './ladder';
import { type LocalDate, addDays, formatIsoDate } from './localDate';
import { addMinor, minorDigits, toMinorUnits } from './money';
import { memoized } from './memo';
import { parseAmountText } from './parseAmount';
import type { NextStep } from './planNextStep';
import { priorityScores } from './priority';
import { NO_CURRENCY } from './summarize';
import { foldedFnv1a, matchKey } from './matchKey';

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

/**
 * The id of a customer's action on a day ("2026-11-30-1a2b3c4d"): the ISO date and a short,
 * stable tag of the customer's match key, so a mark is logged once however often it is read.
 */
export function actionId(isoDay: string, customerKey: string): string {
  return `${isoDay}-${foldedFnv1a(customerKey).toString(16).padStart(8, '0')}`;
}

function minimumIn(currency: string, minimum: string): number {
  const parsed = parseAmountText(minimum, '.');
  if (!parsed.ok) return 0;
  const minor = toMinorUnits(parsed.amount.value, minorDigits(currency === NO_CURRENCY ? null : currency));
  return minor.ok ? minor.minor : 0;
}

/**
 * Open minor units per currency, currencies in first-seen order. A customer owes in one or a
 * few currencies, so two short lists searched in turn cost less than a map per customer.
 */
class CurrencyTotals {
  readonly currencies: string[] = [];
  readonly sums: number[] = [];

  add(invoice: Invoice): void {
    const currency = invoice.currency ?? NO_CURRENCY;
    const at = this.currencies.indexOf(currency);
    if (at < 0) {
      this.currencies.push(currency);
      this.sums.push(addMinor(0, invoice.open));
    } else this.sums[at] = addMinor(this.sums[at], invoice.open);
  }
}

/** What deciding on one customer's action needs, gathered while grouping their planned invoices. */
interface CustomerSteps {
  key: string;
  /** The planned invoices whose steps fall due by the horizon, in the order planned. */
  bundle: PlannedInvoice[];
  dueToday: boolean;
  overdue: CurrencyTotals;
}

/**
 * Groups the planned invoices by customer (trimmed, in any case), gathering what the decision
 * on each customer needs while each invoice is at hand: one loop over every planned invoice,
 * rather than a loop per customer. A sheet spells a customer the same way on all of their
 * invoices, so each spelling is lower-cased and looked up once.
 */
function byCustomer(planned: readonly PlannedInvoice[], horizon: LocalDate): Map<string, CustomerSteps> {
  const customers = new Map<string, CustomerSteps>();
  const spellings = new Map<string, CustomerSteps>();
  for (let i = 0; i < planned.length; i++) {
    const p = planned[i];
    let customer = spellings.get(p.invoice.customer);
    if (customer === undefined) {
      const key = matchKey(p.invoice.customer);
      customer = customers.get(key);
      if (customer === undefined) customers.set(key, (customer = { key, bundle: [], dueToday: false, overdue: new CurrencyTotals() }));
      spellings.set(p.invoice.customer, customer);
    }
    if (p.step.date <= horizon) customer.bundle.push(p);
    if (p.step.dueToday) customer.dueToday = true;
    if (p.invoice.daysOverdue > 0) customer.overdue.add(p.invoice);
  }
  return customers;
}

const byDueDateThenRow = (a: PlannedInvoice, b: PlannedInvoice): number => a.invoice.dueDate - b.invoice.dueDate || a.invoice.row - b.invoice.row;

/** Positions in a bundle fit below this, and keys of due date and position stay exact doubles. */
const POSITIONS = 2 ** 21;
const DAY_OFFSET = 2 ** 24;
const DAY_LIMIT = 2 ** 31;

/** Whether the bundle is in sheet order, as planning leaves it. */
function inRowOrder(bundle: readonly PlannedInvoice[]): boolean {
  for (let i = 1; i < bundle.length; i++) if (bundle[i].invoice.row < bundle[i - 1].invoice.row) return false;
  return true;
}

/**
 * Sorts a bundle by due date, then row. Most bundles are a few invoices, and for those
 * Array.prototype.sort's set-up (a kilobyte or two of work space per call) costs more than the
 * sorting: they are sorted by insertion, which is as stable. A large bundle in sheet order (a
 * customer with hundreds of invoices) is sorted as numbers, due date and position in one key,
 * which the engine sorts natively, many times faster than with a comparing function.
 */
function sortBundle(bundle: PlannedInvoice[]): void {
  if (bundle.length > 16) {
    if (bundle.length >= POSITIONS || !inRowOrder(bundle)) {
      bundle.sort(byDueDateThenRow);
      return;
    }
    const keys = new Float64Array(bundle.length);
    for (let i = 0; i < bundle.length; i++) {
      const day = bundle[i].invoice.dueDate + DAY_OFFSET;
      if (!(day >= 0 && day < DAY_LIMIT)) {
        bundle.sort(byDueDateThenRow);
        return;
      }
      keys[i] = day * POSITIONS + i;
    }
    keys.sort();
    const unsorted = bundle.slice();
    for (let i = 0; i < keys.length; i++) bundle[i] = unsorted[keys[i] % POSITIONS];
    return;
  }
  for (let i = 1; i < bundle.length; i++) {
    const p = bundle[i];
    let at = i;
    for (; at > 0 && byDueDateThenRow(bundle[at - 1], p) > 0; at--) bundle[at] = bundle[at - 1];
    bundle[at] = p;
  }
}

/** The totals biggest first; equal ones stay in first-seen order. */
function totalsList(totals: CurrencyTotals): Array<{ currency: string; open: number }> {
  const list: Array<{ currency: string; open: number }> = [];
  for (let i = 0; i < totals.currencies.length; i++) {
    const entry = { currency: totals.currencies[i], open: totals.sums[i] };
    let at = list.length;
    for (; at > 0 && list[at - 1].open < entry.open; at--) list[at] = list[at - 1];
    list[at] = entry;
  }
  return list;
}

function why(level: Level, bundle: readonly PlannedInvoice[], lead: PlannedInvoice, settings: ActionSettings): string {
  const days = lead.invoice.daysOverdue;
  let text = level.id + (days > 0 ? `: ${days} day${days === 1 ? '' : 's'} overdue` : days === 0 ? ': due today' : `: due in ${-days} day${days === -1 ? '' : 's'}`);
  const last = settings.lastStepOf(lead.invoice);
  text += last ? `, ${last.name.toLowerCase()} done ${formatIsoDate(last.date)}` : ', no contact yet';
  if (lead.step.daysLate > 0) text += `, catching up ${lead.step.daysLate} day${lead.step.daysLate === 1 ? '' : 's'} late`;
  if (lead.step.repeat) text += ', repeating the last step';
  let broken: LocalDate | null = null;
  for (let i = 0; i < bundle.length; i++) {
    const promise = bundle[i].step.brokenPromise;
    if (promise !== null && (broken === null || promise > broken)) broken = promise;
  }
  if (broken !== null) text += `, promise to pay by ${formatIsoDate(broken)} broken`;
  if (bundle.length > 1) text += `, ${bundle.length} invoices`;
  return text;
}

/** The action for one customer with a step due today. */
function customerAction(customer: CustomerSteps, day: string, settings: ActionSettings): Action {
  const { bundle } = customer;
  sortBundle(bundle);
  let lead = bundle[0];
  let email = '';
  let phone = '';
  let brokenPromises = 0;
  const totals = new CurrencyTotals();
  for (let i = 0; i < bundle.length; i++) {
    const p = bundle[i];
    if (p.step.levelIndex > lead.step.levelIndex) lead = p;
    if (email === '') email = p.invoice.email;
    if (phone === '') phone = p.invoice.phone;
    if (p.step.brokenPromise !== null) brokenPromises++;
    totals.add(p.invoice);
  }
  const first = bundle[0].invoice;
  const { level } = lead.step;
  return {
    id: actionId(day, customer.key),
    date: settings.asOf,
    customer: first.customer,
    email,
    phone,
    level,
    channel: level.channel,
    tone: level.tone,
    invoices: bundle,
    totals: totalsList(totals),
    oldestDue: first.dueDate,
    daysOverdue: first.daysOverdue,
    brokenPromises,
    why: why(level, bundle, lead, settings),
    // Set by planActions, once every action's amount can be ranked.
    priority: 0,
  };
}

/**
 * Today's actions: one per customer with a step due today, bundling that customer's invoices
 * whose steps fall due within the customer gap, so the customer hears from us once. Customers
 * whose overdue total is under the minimum (in every currency) get none.
 */
export function planActions(planned: readonly PlannedInvoice[], settings: ActionSettings): Action[] {
  // The minimum, per currency, parsed once for the day rather than once per customer.
  const minimums = new Map<string, number>();
  const parseMinimum = (currency: string) => minimumIn(currency, settings.minimumAmount);
  const minimumOf = (currency: string) => memoized(minimums, currency, parseMinimum);
  const day = formatIsoDate(settings.asOf);
  const horizon = addDays(settings.asOf, settings.customerGapDays);
  const actions: Action[] = [];
  for (const customer of byCustomer(planned, horizon).values()) {
    if (!customer.dueToday) continue;
    const { currencies, sums } = customer.overdue;
    let worthChasing = currencies.length === 0 && minimumOf(NO_CURRENCY) === 0;
    for (let i = 0; i < currencies.length && !worthChasing; i++) worthChasing = sums[i] >= minimumOf(currencies[i]);
    if (worthChasing) actions.push(customerAction(customer, day, settings));
  }
  const scores = priorityScores(actions);
  for (let i = 0; i < actions.length; i++) actions[i].priority = scores[i];
  return actions.sort((a, b) => b.priority - a.priority || compareText(a.customer, b.customer));
}
