// Rendered drafts in one language, for review: read the .snap file beside this test.
import type { SenderSettings } from '../draft';
import { DEFAULT_LADDER } from '../ladder';
import { localDate } from '../localDate';
import { draftAction } from './draftAction';
import { exampleAction } from './exampleAction';
import { NO_OVERRIDES } from './templateOverrides';

const asOf = localDate(2026, 11, 30)!;
const sender: SenderSettings = {
  senderName: 'Анна Смирнова',
  company: 'ООО «Поставщик»',
  paymentDetails: 'Р/с 40702810000000000000 в ПАО «Банк»\nБИК 044525000, к/с 30101810400000000000\nНазначение платежа: номер счёта',
  replyTo: 'ar@supplier.example',
  ccAtTones: [{ tone: 'formal', address: 'legal@supplier.example' }],
  defaultLanguage: 'ru',
  demandDeadlineDays: 10,
  lateFee: '0,1% от суммы долга за каждый день просрочки',
};

describe('drafts for a customer writing in Russian', () => {
  it.each(DEFAULT_LADDER.map((level) => level.id))('%s', (stepId) => {
    const { draft, problems } = draftAction(exampleAction('ru', stepId, asOf), sender, NO_OVERRIDES, asOf);
    expect(problems).toEqual([]);
    const { kind, to, cc, replyTo, language, languageNote, subject, text } = draft!;
    expect({ kind, to, cc, replyTo, language, languageNote }).toMatchSnapshot('envelope');
    expect(`${subject}\n\n${text}`).toMatchSnapshot('subject and text');
    if (stepId === 'notice-1' || stepId === 'demand') expect(draft!.html).toMatchSnapshot('html');
  });
});
