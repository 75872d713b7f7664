import { day } from '../../test/support/grids';
import type { LogEntry } from './collectionsLog';
import type { Invoice } from './invoice';
import { DEFAULT_ESCALATION, type EscalationSettings, type Level } from './ladder';
import { type LocalDate, addDays, formatIsoDate } from './localDate';
import type { Action } from './planActions';
import { planCollections } from './planCollections';

function invoice(id: string, customer: string, due: string, open = 50000, extra: Partial<Invoice> = {}): Invoice {
  return {
    row: 2, invoice: id, customer, currency: 'EUR', invoiceDate: null, dueDate: day(due), dueDateSource: 'sheet',
    amount: open, open, status: 'open', daysOverdue: 0, bucket: 0, email: '', phone: '', language: null, ...extra,
  };
}

/** Ages the invoices as of the day, as the engine would. */
function on(invoices: Invoice[], asOf: LocalDate): Invoice[] {
  return invoices.map((i) => ({ ...i, daysOverdue: asOf - i.dueDate }));
}

function level(id: string, offsetDays: number, minDaysAfterPrevious: number, repeatEveryDays: number | null = null): Level {
  return { id, name: id, offsetDays, businessDays: false, minDaysAfterPrevious, channel: 'email', tone: 'firm', repeatEveryDays };
}

const EVERY_DAY: Pick<EscalationSettings, 'workingDays' | 'holidays' | 'holidayCountry'> = { workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], holidayCountry: null };

/** Marks every invoice of an action done on the action's day, as a user's "Done" does. */
function done(action: Action): LogEntry[] {
  return action.invoices.map((p) => ({
    date: action.date, invoice: p.invoice.invoice, customer: p.invoice.customer, step: p.step.level.id,
    channel: p.step.level.channel, outcome: 'done', until: null, note: '', actionId: action.id,
  }));
}

describe('escalation: the peer cases from Odoo\'s follow-up tests', () => {
  const settings: EscalationSettings = {
    ...DEFAULT_ESCALATION, ...EVERY_DAY, customerGapDays: 3,
    ladder: [level('first', 10, 0), level('second', 15, 5), level('third', 30, 15, 15)],
  };
  const invoices = [invoice('INV/1', 'Partner', '2022-01-01'), invoice('INV/2', 'Partner', '2022-01-02')];

  it('bundles, waits for the gaps and repeats the last level', () => {
    const log: LogEntry[] = [];
    const planOn = (iso: string) => planCollections(on(invoices, day(iso)), log, settings, day(iso)).actions;

    expect(planOn('2022-01-10')).toEqual([]);
    const first = planOn('2022-01-11');
    expect(first).toHaveLength(1);
    expect(first[0].invoices.map((p) => p.invoice.invoice)).toEqual(['INV/1', 'INV/2']);
    expect(first[0].level.id).toBe('first');
    log.push(...done(first[0]));

    expect(planOn('2022-01-15')).toEqual([]);
    const second = planOn('2022-01-16');
    expect(second.map((a) => [a.level.id, a.invoices.length])).toEqual([['second', 2]]);
    log.push(...done(second[0]));

    for (let d = day('2022-01-17'); d < day('2022-01-31'); d = addDays(d, 1)) expect([formatIsoDate(d), planOn(formatIsoDate(d))]).toEqual([formatIsoDate(d), []]);
    const third = planOn('2022-01-31');
    expect(third.map((a) => a.level.id)).toEqual(['third']);
    log.push(...done(third[0]));

    expect(planOn('2022-02-14')).toEqual([]);
    const repeat = planOn('2022-02-15');
    expect(repeat.map((a) => a.level.id)).toEqual(['third']);
    expect(repeat[0].why).toContain('repeating the last step');
  });

  it('plans a level before the due date', () => {
    const before: EscalationSettings = { ...settings, ladder: [level('before', -10, 0), level('after', 10, 0), level('later', 15, 0)] };
    const one = [invoice('INV/3', 'Partner', '2022-01-02')];
    expect(planCollections(on(one, day('2021-12-20')), [], before, day('2021-12-20')).actions).toEqual([]);
    const actions = planCollections(on(one, day('2021-12-24')), [], before, day('2021-12-24')).actions;
    expect(actions.map((a) => [a.level.id, formatIsoDate(a.invoices[0].step.date)])).toEqual([['before', '2021-12-23']]);
  });
});

describe('escalation rules with the default ladder', () => {
  const settings = DEFAULT_ESCALATION;
  const asOf = day('2026-11-30'); // a Monday

  it('starts a 45-day-old invoice with no history at notice-1, today, and says how late it is', () => {
    const plan = planCollections(on([invoice('A', 'Acme', '2026-10-16')], asOf), [], settings, asOf);
    const step = plan.steps[0].step!;
    expect([step.level.id, formatIsoDate(step.date), step.dueToday, step.daysLate]).toEqual(['notice-1', '2026-10-19', true, 42]);
    expect(plan.actions[0].why).toBe('notice-1: 45 days overdue, no contact yet, catching up 42 days late');
  });

  it('sends the friendly reminder 3 working days before the due date', () => {
    // Due Thursday 2026-12-03: three working days before is Monday 2026-11-30.
    const plan = planCollections(on([invoice('A', 'Acme', '2026-12-03')], asOf), [], settings, asOf);
    expect([plan.steps[0].step!.level.id, formatIsoDate(plan.steps[0].step!.date)]).toEqual(['pre-due', '2026-11-30']);
    expect(plan.actions.map((a) => [a.level.id, a.channel, a.tone])).toEqual([['pre-due', 'email', 'friendly']]);
  });

  it('moves a step that falls on a weekend or holiday to the next working day', () => {
    const holidays: EscalationSettings = { ...settings, holidays: ['2026-12-07'] };
    // Due Friday 2026-11-27; notice-1 at due + 1 = Saturday -> Monday; call-1 at due + 7 = Friday 12-04.
    const log: LogEntry[] = [{ date: day('2026-11-30'), invoice: 'A', customer: 'Acme', step: 'notice-1', channel: 'email', outcome: 'done', until: null, note: '', actionId: '' }];
    const step = planCollections(on([invoice('A', 'Acme', '2026-11-27')], asOf), log, holidays, asOf).steps[0].step!;
    // The previous step + 5 days = Saturday 12-05 -> Monday 12-07 is a holiday -> Tuesday 12-08.
    expect([step.level.id, formatIsoDate(step.date), step.dueToday]).toEqual(['call-1', '2026-12-08', false]);
  });

  it('gives paid, credit, not-issued, disputed and on-hold invoices no step, with the reason', () => {
    const plan = planCollections(on([
      invoice('P', 'A', '2026-10-01', 0, { status: 'paid' }),
      invoice('C', 'A', '2026-10-01', -100, { status: 'credit' }),
      invoice('N', 'A', '2026-12-31', 0, { status: 'not-issued' }),
      invoice('D', 'A', '2026-10-01', 100, { status: 'disputed' }),
      invoice('H', 'A', '2026-10-01', 100, { status: 'on-hold' }),
    ], asOf), [], settings, asOf);
    expect(plan.steps.map((s) => (s.step ? 'step' : s.reason))).toEqual([
      'paid', 'a credit, nothing to collect', 'not issued yet on the as-of date', 'disputed in the invoice sheet', 'on hold in the invoice sheet',
    ]);
    expect(plan.actions).toEqual([]);
  });

  it('suspends steps until the day after a promise, then flags the broken promise', () => {
    const invoices = [invoice('A', 'Acme', '2026-10-01')];
    const promise: LogEntry = { date: day('2026-11-20'), invoice: 'A', customer: 'Acme', step: 'call-1', channel: 'call', outcome: 'promised', until: day('2026-12-04'), note: '', actionId: '' };
    const waiting = planCollections(on(invoices, asOf), [promise], settings, asOf);
    expect(formatIsoDate(waiting.steps[0].step!.date)).toBe('2026-12-07'); // 12-05 is a Saturday
    expect(waiting.actions).toEqual([]);
    const later = day('2026-12-08');
    const broken = planCollections(on(invoices, later), [promise], settings, later);
    expect(broken.actions[0].brokenPromises).toBe(1);
    expect(broken.actions[0].why).toContain('promise to pay by 2026-12-04 broken');
  });

  it('stops at a dispute until it is resolved, and waits out a hold', () => {
    const invoices = [invoice('A', 'Acme', '2026-10-01')];
    const entry = (outcome: LogEntry['outcome'], date: string, until: string | null = null): LogEntry => ({
      date: day(date), invoice: 'A', customer: 'Acme', step: '', channel: '', outcome, until: until ? day(until) : null, note: '', actionId: '',
    });
    expect(planCollections(on(invoices, asOf), [entry('disputed', '2026-11-10')], settings, asOf).steps[0]).toEqual({ step: null, reason: 'disputed since 2026-11-10 (Collections log)' });
    expect(planCollections(on(invoices, asOf), [entry('disputed', '2026-11-10'), entry('resolved', '2026-11-12')], settings, asOf).actions).toHaveLength(1);
    const held = planCollections(on(invoices, asOf), [entry('skipped', '2026-11-25', '2026-12-10')], settings, asOf);
    expect(formatIsoDate(held.steps[0].step!.date)).toBe('2026-12-10');
  });

  it('keeps one contact per customer within the gap, but a late step is never missed', () => {
    const invoices = [invoice('A', 'Acme', '2026-10-01'), invoice('B', 'Acme', '2026-11-20')];
    const contact: LogEntry = { date: day('2026-11-29'), invoice: 'A', customer: 'Acme', step: 'notice-1', channel: 'email', outcome: 'done', until: null, note: '', actionId: '' };
    const plan = planCollections(on(invoices, asOf), [contact], settings, asOf);
    expect(plan.actions).toEqual([]);
    expect(plan.steps.map((s) => formatIsoDate(s.step!.date))).toEqual(['2026-12-04', '2026-12-02']);
  });

  it('skips customers whose overdue total is under the minimum', () => {
    const small: EscalationSettings = { ...settings, minimumAmount: '100' };
    const invoices = [invoice('A', 'Tiny', '2026-10-01', 9999), invoice('B', 'Big', '2026-10-01', 10000)];
    expect(planCollections(on(invoices, asOf), [], small, asOf).actions.map((a) => a.customer)).toEqual(['Big']);
  });

  it('matches the log to the sheet whatever the case and spaces of customers and invoice numbers', () => {
    const invoices = [invoice('INV-1', 'Acme Ltd', '2026-10-16'), invoice('INV-2', 'Acme Ltd', '2026-10-16')];
    const entry = (number: string, customer: string, date: string): LogEntry => ({
      date: day(date), invoice: number, customer, step: 'notice-1', channel: 'email', outcome: 'done', until: null, note: '', actionId: '',
    });
    // The second entry names no customer: its invoice number finds it.
    const log = [entry(' inv-1 ', ' ACME LTD ', '2026-11-20'), entry('inv-2', '', '2026-11-20')];
    const plan = planCollections(on(invoices, asOf), log, settings, asOf);
    expect(plan.steps.map((s) => [s.step?.level.id, s.step && formatIsoDate(s.step.date)])).toEqual([['call-1', '2026-11-25'], ['call-1', '2026-11-25']]);
    expect(plan.actions.map((a) => a.invoices.length)).toEqual([2]);
    // A contact with the customer about another invoice, spelled another way, holds both back.
    const later = planCollections(on(invoices, asOf), [...log, entry('X-9', 'acme ltd', '2026-11-29')], settings, asOf);
    expect(later.steps.map((s) => s.step && formatIsoDate(s.step.date))).toEqual(['2026-12-02', '2026-12-02']);
    expect(later.actions).toEqual([]);
  });

  it('matches numbers outside ASCII the same way (Cyrillic case, a no-break space)', () => {
    const invoices = [invoice('СЧ-7', 'ООО Ромашка', '2026-10-16'), invoice('СЧ-8', 'ООО Ромашка', '2026-10-16')];
    const log: LogEntry[] = [{ date: day('2026-11-20'), invoice: '\u00a0сч-7 ', customer: 'ооо ромашка', step: 'notice-1', channel: 'email', outcome: 'done', until: null, note: '', actionId: '' }];
    const plan = planCollections(on(invoices, asOf), log, settings, asOf);
    // СЧ-7 goes on from the logged notice; СЧ-8, never contacted, waits out the customer gap.
    expect(plan.steps.map((s) => s.step?.level.id)).toEqual(['call-1', 'notice-1']);
  });

  it('bundles a customer\'s invoices oldest due date first, then by row, with totals biggest first', () => {
    const dues = ['2026-10-09', '2026-10-02', '2026-10-05', '2026-10-02', '2026-10-20', '2026-10-01', '2026-10-13', '2026-10-02', '2026-10-11', '2026-10-07'];
    const of = (count: number, name: string, row = (i: number) => 100 - i) => Array.from({ length: count }, (_, i) =>
      invoice(`${name}-${i}`, name, dues[i % dues.length], 1000 + i, { row: row(i), currency: i % 3 === 0 ? 'USD' : 'EUR' }));
    // Many invoices out of sheet order are sorted one way, many in sheet order another, a few a
    // third: all give the same order.
    for (const invoices of [of(20, 'Many'), of(40, 'InOrder', (i) => 2 + i), of(5, 'Few')]) {
      const [action] = planCollections(on(invoices, asOf), [], settings, asOf).actions;
      const expected = [...invoices].sort((a, b) => a.dueDate - b.dueDate || a.row - b.row).map((i) => i.invoice);
      expect(action.invoices.map((p) => p.invoice.invoice)).toEqual(expected);
      const open = (currency: string) => invoices.filter((i) => i.currency === currency).reduce((sum, i) => sum + i.open, 0);
      expect(action.totals).toEqual([{ currency: 'EUR', open: open('EUR') }, { currency: 'USD', open: open('USD') }]);
    }
  });

  it('orders actions by priority: amount within its currency, age and broken promises', () => {
    const invoices = [invoice('A', 'Small old', '2026-08-01', 1000), invoice('B', 'Big new', '2026-11-20', 900000), invoice('C', 'Mid', '2026-10-20', 50000)];
    const actions = planCollections(on(invoices, asOf), [], settings, asOf).actions;
    expect(actions.map((a) => [a.customer, a.priority])).toEqual([['Big new', 53], ['Mid', 39], ['Small old', 40]].sort((a, b) => (b[1] as number) - (a[1] as number)));
  });
});
