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
    const { drafts, problems } = draftReminders([northwind, romashka], sheet, settings, NO_OVERRIDES, asOf);
    expect(problems).toEqual([]);
    expect(drafts.map((d) => d?.attachments.map((a) => a.content))).toEqual([
      [statementCsv([sheet[0], sheet[2], sheet[3]])],
      [statementCsv([sheet[1], sheet[4]])],
    ]);
    expect(drafts[0]?.attachments[0].filename).toBe('statement-Northwind-Traders-Ltd.csv');
  });

  it('attaches an empty statement when no invoice in the sheet is the customer\'s', () => {
    const { drafts } = draftReminders([northwind], [sheet[1]], settings, NO_OVERRIDES, asOf);
    expect(drafts[0]?.attachments[0].content).toBe(statementCsv([]));
  });

  it('attaches nothing unless the settings ask for it', () => {
    const { drafts } = draftReminders([northwind], sheet, { ...settings, attachStatement: false }, NO_OVERRIDES, asOf);
    expect(drafts[0]?.attachments).toEqual([]);
  });
});
