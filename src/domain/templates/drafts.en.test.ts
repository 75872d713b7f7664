// Rendered drafts in one language, for review: read the .snap file beside this test.
import type { SenderSettings } from '../draft';
import { DEFAULT_LADDER } from '../ladder';
import { localDate } from '../localDate';
import { draftAction } from './draftAction';
import { exampleAction } from './exampleAction';
import { NO_OVERRIDES } from './templateOverrides';

const asOf = localDate(2026, 11, 30)!;
const sender: SenderSettings = {
  senderName: 'Anna Smith',
  company: 'Acme Supplies Ltd',
  paymentDetails: 'Bank: First National Bank\nAccount: 12345678, sort code 00-00-00\nReference: your invoice number',
  replyTo: 'ar@supplier.example',
  ccAtTones: [{ tone: 'formal', address: 'legal@supplier.example' }],
  defaultLanguage: 'en',
  demandDeadlineDays: 10,
  lateFee: '1.5% per month',
};

describe('drafts for a customer writing in English', () => {
  it.each(DEFAULT_LADDER.map((level) => level.id))('%s', (stepId) => {
    const { draft, problems } = draftAction(exampleAction('en', stepId, asOf), sender, NO_OVERRIDES, asOf);
    expect(problems).toEqual([]);
    const { kind, to, cc, replyTo, language, languageNote, subject, text } = draft!;
    expect({ kind, to, cc, replyTo, language, languageNote }).toMatchSnapshot('envelope');
    expect(`${subject}\n\n${text}`).toMatchSnapshot('subject and text');
    if (stepId === 'notice-1' || stepId === 'demand') expect(draft!.html).toMatchSnapshot('html');
  });
});
