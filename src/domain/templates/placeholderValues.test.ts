import type { SenderSettings } from '../draft';
import { localDate } from '../localDate';
import { exampleAction } from './exampleAction';
import { placeholderValues } from './placeholderValues';

const asOf = localDate(2026, 11, 30)!;
const sender: SenderSettings = {
  senderName: ' Anna ', company: 'Acme', paymentDetails: '', replyTo: null, ccAtTones: [], defaultLanguage: 'en', demandDeadlineDays: 10, lateFee: '  ',
};

describe('placeholderValues', () => {
  it('writes dates, amounts and days in the draft\'s language', () => {
    const values = placeholderValues(exampleAction('ru', 'notice-2', asOf), sender, 'ru', asOf, ['buh@romashka.example']);
    expect(values).toMatchObject({
      customer: 'ООО «Ромашка»',
      total: '173\u00a0456,00\u00a0₽',
      oldest_due_date: '16.11.2026',
      days_overdue: '14 дней',
      deadline: '10.12.2026',
      date: '30.11.2026',
      company: 'Acme',
      sender: 'Anna',
      email: 'buh@romashka.example',
      phone: '+7 495 000-00-00',
      step: 'Second notice',
    });
  });

  it('leaves settings that are blank unset, so their paragraphs are left out', () => {
    const values = placeholderValues(exampleAction('en', 'notice-1', asOf), sender, 'en', asOf, []);
    expect(values.late_fee).toBeNull();
    expect(values.payment_details).toBeNull();
  });

  it('says a phone or email is not in the sheet instead of leaving a gap', () => {
    const values = placeholderValues({ ...exampleAction('pl', 'due-call', asOf), phone: '' }, sender, 'pl', asOf, []);
    expect(values.phone).toBe('brak w arkuszu faktur');
    expect(values.email).toBe('brak w arkuszu faktur');
  });

  it('counts no days overdue before the due date', () => {
    expect(placeholderValues(exampleAction('en', 'pre-due', asOf), sender, 'en', asOf, []).days_overdue).toBe('0 days');
  });

  it('lists every currency\'s total with the language\'s "and"', () => {
    const action = { ...exampleAction('id', 'notice-1', asOf), totals: [{ currency: 'IDR', open: 100 }, { currency: 'USD', open: 250 }, { currency: 'EUR', open: 5 }] };
    expect(placeholderValues(action, sender, 'id', asOf, []).total).toBe('Rp\u00a01,00, USD\u00a02,50 dan EUR\u00a00,05');
  });

  it('has no deadline, rather than a wrong one, when the settings\' days are not a whole number', () => {
    expect(placeholderValues(exampleAction('en', 'demand', asOf), { ...sender, demandDeadlineDays: Number.NaN }, 'en', asOf, []).deadline).toBeNull();
  });
});
