import { DEFAULT_LADDER, TONES, type Tone } from '../ladder';
import { localDate } from '../localDate';
import type { SenderSettings } from '../draft';
import { builtinTemplate, languagePack } from './builtinTemplate';
import { exampleAction } from './exampleAction';
import { LANGUAGES } from './languages';
import { placeholderValues } from './placeholderValues';
import { placeholdersIn, renderTemplate } from './renderTemplate';
import { type TemplateKind, templateKind } from './templateKind';

const asOf = localDate(2026, 11, 30)!;
const sender: SenderSettings = {
  senderName: 'Anna Nowak', company: 'Acme Supplies', paymentDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874', replyTo: null,
  ccAtTones: [], defaultLanguage: 'en', demandDeadlineDays: 10, lateFee: 'LATE-FEE-1.5%',
};
const KINDS: readonly TemplateKind[] = ['message', 'call', 'note'];
const CITES_FEE = new Set(['notice-1', 'call-1', 'notice-2', 'demand']);

describe('builtinTemplate', () => {
  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(DEFAULT_LADDER.map((l) => [l.id, l.channel, l.tone] as const))('renders step %s with no problems and no raw braces', (stepId, channel, tone) => {
      const action = exampleAction(language, stepId, asOf);
      for (const lateFee of ['LATE-FEE-1.5%', null]) {
        const values = placeholderValues(action, { ...sender, lateFee }, language, asOf, ['ap@example.com']);
        const result = renderTemplate(builtinTemplate(templateKind(channel, tone), stepId, tone, language), values);
        expect(result.problems).toEqual([]);
        for (const out of [result.subject, result.text, result.html]) {
          expect(out).not.toMatch(/[{}]/);
          expect(out.length).toBeGreaterThan(20);
        }
        expect(result.subject).not.toMatch(/[\r\n]/);
        expect(result.text).toContain(action.invoices[0].invoice.invoice);
        // Firm and formal steps cite the fee when one is set; nothing ever invents one.
        expect(result.text.includes('LATE-FEE')).toBe(lateFee !== null && CITES_FEE.has(stepId));
      }
    });

    it.each(KINDS.flatMap((kind) => TONES.map((tone) => [kind, tone] as const)))('has a %s template for a custom step with tone %s', (kind, tone) => {
      const action = exampleAction(language, 'notice-1', asOf);
      const result = renderTemplate(builtinTemplate(kind, 'my-own-step', tone, language), placeholderValues(action, sender, language, asOf, []));
      expect(result.problems).toEqual([]);
      expect(result.text).not.toMatch(/[{}]/);
    });
  });

  it('uses a default step\'s own text, and its tone\'s text when the step id is a custom one', () => {
    expect(builtinTemplate('message', 'notice-2', 'firm', 'en').subject).toMatch(/^Second notice/);
    expect(builtinTemplate('message', 'reminder-3', 'firm', 'en')).toBe(builtinTemplate('message', 'notice-1', 'firm', 'en'));
    expect(builtinTemplate('message', 'final', 'formal', 'pl')).toBe(builtinTemplate('message', 'demand', 'formal', 'pl'));
    expect(builtinTemplate('note', 'legal', 'internal', 'ru').subject).toMatch(/^Передача дела/);
    expect(builtinTemplate('note', 'check-with-sales', 'internal', 'ru').subject).toMatch(/^Внутренняя задача/);
  });

  it('follows a default step whose tone the user changed: notice-1 made friendly reads friendly', () => {
    expect(builtinTemplate('message', 'notice-1', 'friendly', 'en')).toBe(builtinTemplate('message', 'custom', 'friendly', 'en'));
    expect(builtinTemplate('message', 'notice-1', 'friendly', 'en').body).not.toContain('{{late_fee}}');
  });

  it('follows a default step whose channel the user changed: due-call sent as an email is a friendly email', () => {
    expect(builtinTemplate('message', 'due-call', 'friendly', 'id')).toBe(builtinTemplate('message', 'x', 'friendly', 'id'));
  });

  it('finds nothing under Object.prototype names such as "constructor"', () => {
    expect(builtinTemplate('message', 'constructor', 'firm', 'en')).toBe(builtinTemplate('message', 'notice-1', 'firm', 'en'));
    expect(builtinTemplate('call', '__proto__', 'friendly', 'en').body).toContain('{{invoices}}');
  });

  describe.each(LANGUAGES)('escalates in %s', (language) => {
    const uses = (tone: Tone, stepId = 'custom') => placeholdersIn(builtinTemplate('message', stepId, tone, language));

    it('friendly: names the due date, never a fee or a deadline', () => {
      for (const stepId of ['pre-due', 'custom']) {
        expect(uses('friendly', stepId).has('oldest_due_date')).toBe(true);
        expect(uses('friendly', stepId).has('late_fee')).toBe(false);
        expect(uses('friendly', stepId).has('deadline')).toBe(false);
      }
    });

    it('firm: cites the due date and the late fee (left out when no fee is set)', () => {
      for (const stepId of ['notice-1', 'notice-2']) {
        expect(uses('firm', stepId).has('oldest_due_date')).toBe(true);
        expect(uses('firm', stepId).has('late_fee')).toBe(true);
        expect(uses('firm', stepId).has('deadline')).toBe(false);
      }
    });

    it('formal: states a deadline', () => {
      expect(uses('formal', 'demand').has('deadline')).toBe(true);
    });

    it('every email and letter shows the invoices, the payment details and a signature', () => {
      for (const stepId of ['pre-due', 'notice-1', 'notice-2', 'demand']) {
        const level = DEFAULT_LADDER.find((l) => l.id === stepId)!;
        const used = uses(level.tone, stepId);
        for (const name of ['invoices', 'payment_details', 'sender', 'company', 'customer'] as const) expect(used.has(name)).toBe(true);
      }
    });

    it('every call script asks the three questions and says what to record', () => {
      const pack = languagePack(language);
      for (const tone of ['friendly', 'firm', 'formal'] as const) {
        const body = builtinTemplate('call', 'custom', tone, language).body;
        expect(body).toContain(`1. ${pack.callTones[tone].received}`);
        expect(body).toContain(`2. ${pack.call.problem}`);
        expect(body).toContain(`3. ${pack.callTones[tone].when}`);
        expect(body).toContain(pack.call.record);
      }
    });
  });

  it('addresses the reader as each language expects', () => {
    for (const stepId of ['pre-due', 'notice-1', 'notice-2', 'demand']) {
      const tone = DEFAULT_LADDER.find((l) => l.id === stepId)!.tone;
      expect(builtinTemplate('message', stepId, tone, 'pl').body).toMatch(/^Szanowni Państwo,/);
      expect(builtinTemplate('message', stepId, tone, 'id').body).toContain('Bapak/Ibu');
    }
    expect(builtinTemplate('message', 'demand', 'formal', 'ru').body).toMatch(/ Вас /);
    expect(builtinTemplate('message', 'demand', 'formal', 'ru').body).not.toMatch(/ (вы|вас|ваш\p{L}*) /u);
  });
});
