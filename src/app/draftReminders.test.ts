import type { Invoice } from '../domain/invoice';
import { localDate } from '../domain/localDate';
import { DEFAULT_DRAFTS, type DraftSettings } from '../domain/policy';
import { statementCsv } from '../domain/statementCsv';
import { exampleAction } from '../domain/templates/exampleAction';
import { NO_OVERRIDES } from '../domain/templates/templateOverrides';
import { draftReminders } from './draftReminders';

const asOf = localDate(2026, 11, 30)!;
const settings: DraftSettings = { ...DEFAULT_DRAFTS, company: 'Acme', senderName: 'Jo', attachStatement: true };

const northwind = exampleAction('en', 'notice-1', asOf);
const romashka = exampleAction('ru', 'notice-1', asOf);
const [first, second] = northwind.invoices.map((p) => p.invoice);
/** The sheet: each customer's rows interleaved with the other's, one spelled with other spaces and case, one paid. */
const sheet: Invoice[] = [
  first,
  romashka.invoices[0].invoice,
  { ...second, customer: '  NORTHWIND traders ltd ' },
  { ...second, row: 9, invoice: 'INV-PAID', open: 0 },
  romashka.invoices[1].invoice,
];

describe('draftReminders', () => {
  it('attaches to each email the statement of its customer alone, however the sheet spells the name', () => {
    const { draftFor, problems } = draftReminders([northwind, romashka], sheet, settings, NO_OVERRIDES, asOf);
    expect(problems).toEqual([]);
    expect([0, 1].map((i) => draftFor(i)?.attachments.map((a) => a.content))).toEqual([
      [statementCsv([sheet[0], sheet[2], sheet[3]])],
      [statementCsv([sheet[1], sheet[4]])],
    ]);
    expect(draftFor(0)?.attachments[0].filename).toBe('statement-Northwind-Traders-Ltd.csv');
  });

  it('attaches an empty statement when no invoice in the sheet is the customer\'s', () => {
    const { draftFor } = draftReminders([northwind], [sheet[1]], settings, NO_OVERRIDES, asOf);
    expect(draftFor(0)?.attachments[0].content).toBe(statementCsv([]));
  });

  it('attaches nothing unless the settings ask for it', () => {
    const { draftFor } = draftReminders([northwind], sheet, { ...settings, attachStatement: false }, NO_OVERRIDES, asOf);
    expect(draftFor(0)?.attachments).toEqual([]);
  });
});

describe('draftReminders, lazily', () => {
  it('has every problem before any draft is asked for, and writes each draft once', () => {
    const noEmail = { ...northwind, email: '' };
    const result = draftReminders([northwind, noEmail], sheet, settings, NO_OVERRIDES, asOf);
    expect(result.problems).toEqual([{ actionIndex: 1, message: expect.stringMatching(/no email address for this customer/) }]);
    const first = result.draftFor(0);
    expect(first?.to).toEqual([northwind.email]);
    expect(result.draftFor(0)).toBe(first);
    expect(result.draftFor(1)).toBeNull();
    expect(result.draftFor(2)).toBeNull();
  });
});
