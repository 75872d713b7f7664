import type { Invoice } from '../invoice';
import { DEFAULT_LADDER, type Level } from '../ladder';
import { type LocalDate, addDays, formatIsoDate } from '../localDate';
import type { Action } from '../planActions';
import type { Language } from './languages';

interface Sample {
  customer: string;
  currency: string;
  email: string;
  phone: string;
  numbers: [string, string];
  amounts: [number, number];
}

const SAMPLES: Readonly<Record<Language, Sample>> = {
  en: { customer: 'Northwind Traders Ltd', currency: 'USD', email: 'ap@northwind.example', phone: '+1 555 0100', numbers: ['INV-1043', 'INV-1051'], amounts: [120000, 34550] },
  ru: { customer: 'ООО «Ромашка»', currency: 'RUB', email: 'buh@romashka.example', phone: '+7 495 000-00-00', numbers: ['СЧ-0123', 'СЧ-0131'], amounts: [12345600, 5000000] },
  pl: { customer: 'Kowalski i Wspólnicy Sp. z o.o.', currency: 'PLN', email: 'ksiegowosc@kowalski.example', phone: '+48 22 000 00 00', numbers: ['FV/2026/10/043', 'FV/2026/10/051'], amounts: [245000, 61550] },
  id: { customer: 'PT Maju Bersama', currency: 'IDR', email: 'keuangan@majubersama.example', phone: '+62 21 0000 0000', numbers: ['INV/2026/10/043', 'INV/2026/10/051'], amounts: [1250000000, 350000000] },
};

/**
 * A made-up action for previews (a Templates sheet showing what a row renders to) and tests:
 * a customer whose invoice sheet names `language`, two invoices in that country's currency,
 * at the given step of the ladder as of `asOf`. The oldest invoice is as overdue as the step
 * expects; the second falls due ten days later.
 */
export function exampleAction(language: Language, stepId: string, asOf: LocalDate, ladder: readonly Level[] = DEFAULT_LADDER): Action {
  const levelIndex = Math.max(0, ladder.findIndex((l) => l.id === stepId));
  const level = ladder[levelIndex];
  const sample = SAMPLES[language];
  const firstDue = addDays(asOf, -level.offsetDays);
  const invoices: Invoice[] = sample.numbers.map((number, i) => {
    const dueDate = addDays(firstDue, 10 * i);
    return {
      row: 5 + i, invoice: number, customer: sample.customer, currency: sample.currency, invoiceDate: addDays(dueDate, -30), dueDate,
      dueDateSource: 'sheet', amount: sample.amounts[i], open: sample.amounts[i], status: 'open', daysOverdue: asOf - dueDate,
      bucket: 0, email: sample.email, phone: sample.phone, language,
    };
  });
  return {
    id: `${formatIsoDate(asOf)}-example`,
    date: asOf,
    customer: sample.customer,
    email: sample.email,
    phone: sample.phone,
    level,
    channel: level.channel,
    tone: level.tone,
    invoices: invoices.map((invoice) => ({ invoice, step: { levelIndex, level, date: asOf, dueToday: true, daysLate: 0, repeat: false, brokenPromise: null } })),
    totals: [{ currency: sample.currency, open: sample.amounts[0] + sample.amounts[1] }],
    oldestDue: firstDue,
    daysOverdue: asOf - firstDue,
    brokenPromises: 0,
    priority: 0,
    why: `${level.id}: example`,
  };
}
