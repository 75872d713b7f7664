// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { type LogEntry, type Outcome, isContact } from './collectionsLog';
import { buildHistory, type InvoiceHistory } from './history';
import { DEFAULT_LADDER } from './ladder';
import type { LocalDate } from './localDate';

const AS_OF = 20_000 as LocalDate;
const OUTCOMES: Outcome[] = ['done', 'promised', 'disputed', 'resolved', 'no-answer', 'skipped', 'note'];
/** Each number as people type it: other case, spaces around, no-break spaces, another script. */
const INVOICES = ['INV-1', ' inv-1 ', 'Inv-1\u00a0', 'INV-2', 'inv-2', 'INV-10', '', '  ', 'Счёт-7', 'СЧЁТ-7 '];
const CUSTOMERS = ['Acme', ' ACME ', 'acme', 'Globex', 'GLOBEX\t', 'Ёлка', 'ёЛКА', '', ' '];
/** Steps by id, by name in any case, and one the ladder does not have. */
const STEPS = [...DEFAULT_LADDER.map((l) => l.id), ...DEFAULT_LADDER.map((l) => l.name.toUpperCase()), ' notice-1 ', 'unknown'];

const entry: fc.Arbitrary<LogEntry> = fc.record({
  date: fc.integer({ min: AS_OF - 12, max: AS_OF + 3 }).map((d) => d as LocalDate),
  invoice: fc.constantFrom(...INVOICES),
  customer: fc.constantFrom(...CUSTOMERS),
  step: fc.constantFrom(...STEPS),
  channel: fc.constant('email'),
  outcome: fc.constantFrom(...OUTCOMES),
  until: fc.option(fc.integer({ min: AS_OF - 5, max: AS_OF + 20 }).map((d) => d as LocalDate)),
  note: fc.constant(''),
  actionId: fc.constant(''),
});

const key = (text: string): string => text.trim().toLowerCase();

/** Entries without a customer belong to whoever the sheet says has the invoice. */
function sheetCustomer(invoice: string): string | undefined {
  return key(invoice) === 'inv-1' ? 'Acme' : key(invoice) === 'счёт-7' ? 'ёлка' : undefined;
}

/**
 * What the README's rules say the log tells about an invoice, worked out the plain way: every
 * entry up to the as-of date about this invoice of this customer, oldest first (in log order on
 * the same day), each overriding what the ones before said.
 */
function expected(log: readonly LogEntry[], invoice: string, customer: string): InvoiceHistory {
  const customerOf = (e: LogEntry) => (e.customer.trim() !== '' ? e.customer : (sheetCustomer(e.invoice) ?? ''));
  const own = log
    .map((e, position) => ({ e, position }))
    .filter(({ e }) => e.date <= AS_OF && e.invoice.trim() !== '' && key(e.invoice) === key(invoice) && key(customerOf(e)) === key(customer))
    .sort((a, b) => a.e.date - b.e.date || a.position - b.position)
    .map(({ e }) => e);
  const h: InvoiceHistory = { done: [], highestDone: -1, last: null, promise: null, disputedSince: null, holdUntil: null };
  for (const e of own) {
    const level = DEFAULT_LADDER.findIndex((l) => l.id === key(e.step) || l.name.toLowerCase() === key(e.step));
    if (e.outcome === 'done' && level >= 0) {
      h.done[level] = e.date;
      h.highestDone = Math.max(h.highestDone, level);
      // The latest step done: a later day always, the same day only at the same level or above.
      const newer = h.last === null || e.date > h.last.date || level >= h.last.levelIndex;
      if (newer) h.last = { levelIndex: level, date: e.date };
    }
    if (e.outcome === 'promised' && e.until !== null) h.promise = { made: e.date, until: e.until };
    if (e.outcome === 'disputed') h.disputedSince = e.date;
    if (e.outcome === 'resolved') h.disputedSince = null;
    if (e.outcome === 'skipped' && e.until !== null) h.holdUntil = e.until;
  }
  return h;
}

function expectedLastContact(log: readonly LogEntry[], customer: string): LocalDate | null {
  const dates = log
    .filter((e) => e.date <= AS_OF && isContact(e.outcome))
    .filter((e) => {
      const who = e.customer.trim() !== '' ? e.customer : (sheetCustomer(e.invoice) ?? '');
      return who !== '' && key(who) === key(customer);
    })
    .map((e) => e.date);
  return dates.length === 0 ? null : (Math.max(...dates) as LocalDate);
}

describe('buildHistory', () => {
  it('tells each invoice and customer what the log says, however they are spelled', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (log) => {
        const history = buildHistory(log, DEFAULT_LADDER, AS_OF, sheetCustomer);
        for (const customer of CUSTOMERS) {
          expect(history.lastContact(customer)).toBe(expectedLastContact(log, customer));
          for (const invoice of INVOICES) {
            // Arrays compared as written: a sparse `done` stays sparse.
            expect(history.forInvoice(invoice, customer)).toStrictEqual(expected(log, invoice, customer));
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('finds an invoice among a hundred thousand logged ones, and no other', () => {
    const log: LogEntry[] = [];
    for (let i = 0; i < 100_000; i++) {
      log.push({ date: (AS_OF - (i % 30)) as LocalDate, invoice: `INV-${i}`, customer: `Customer ${i % 700}`, step: 'notice-1', channel: 'email', outcome: 'done', until: null, note: '', actionId: '' });
    }
    const history = buildHistory(log, DEFAULT_LADDER, AS_OF, () => undefined);
    const notice = DEFAULT_LADDER.findIndex((l) => l.id === 'notice-1');
    for (const i of [0, 1, 699, 700, 54_321, 99_999]) {
      expect(history.forInvoice(` inv-${i}`, `customer ${i % 700}`).last).toEqual({ levelIndex: notice, date: AS_OF - (i % 30) });
      expect(history.forInvoice(`INV-${i}`, `Customer ${(i + 1) % 700}`).highestDone).toBe(-1);
    }
    expect(history.forInvoice('INV-100000', 'Customer 0').highestDone).toBe(-1);
  });
});
