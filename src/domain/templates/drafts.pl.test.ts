// Rendered drafts in one language, for review: read the .snap file beside this test.
import type { SenderSettings } from '../draft';
import { DEFAULT_LADDER } from '../ladder';
import { localDate } from '../localDate';
import { draftAction } from './draftAction';
import { exampleAction } from './exampleAction';
import { NO_OVERRIDES } from './templateOverrides';

const asOf = localDate(2026, 11, 30)!;
const sender: SenderSettings = {
  senderName: 'Anna Kowalczyk',
  company: 'Dostawca Sp. z o.o.',
  paymentDetails: 'Bank Przykładowy S.A.\nNr rachunku: 61 1090 1014 0000 0712 1981 2874\nTytuł przelewu: numer faktury',
  replyTo: 'ar@supplier.example',
  ccAtTones: [{ tone: 'formal', address: 'legal@supplier.example' }],
  defaultLanguage: 'pl',
  demandDeadlineDays: 10,
  lateFee: 'odsetki ustawowe za opóźnienie w transakcjach handlowych',
};

describe('drafts for a customer writing in Polish', () => {
  it.each(DEFAULT_LADDER.map((level) => level.id))('%s', (stepId) => {
    const { draft, problems } = draftAction(exampleAction('pl', stepId, asOf), sender, NO_OVERRIDES, asOf);
    expect(problems).toEqual([]);
    const { kind, to, cc, replyTo, language, languageNote, subject, text } = draft!;
    expect({ kind, to, cc, replyTo, language, languageNote }).toMatchSnapshot('envelope');
    expect(`${subject}\n\n${text}`).toMatchSnapshot('subject and text');
    if (stepId === 'notice-1' || stepId === 'demand') expect(draft!.html).toMatchSnapshot('html');
  });
});
