import fc from 'fast-check';
import type { SenderSettings } from '../draft';
import { DEFAULT_LADDER } from '../ladder';
import { localDate } from '../localDate';
import type { Action } from '../planActions';
import { draftAction } from './draftAction';
import { exampleAction } from './exampleAction';
import { NO_OVERRIDES, readTemplateOverrides } from './templateOverrides';

const asOf = localDate(2026, 11, 30)!;
const sender: SenderSettings = {
  senderName: 'Anna Nowak',
  company: 'Acme Supplies',
  paymentDetails: 'Bank: First Bank\nIBAN: GB00 0000 0000 0000',
  replyTo: 'ar@acme.example',
  ccAtTones: [{ tone: 'formal', address: 'legal@acme.example' }, { tone: 'firm', address: 'manager@acme.example' }],
  defaultLanguage: 'en',
  demandDeadlineDays: 10,
  lateFee: '1.5% per month',
};

const action = (stepId: string, extra: Partial<Action> = {}, language: 'en' | 'ru' | 'pl' | 'id' = 'en'): Action => ({ ...exampleAction(language, stepId, asOf), ...extra });
const withInvoiceField = (a: Action, field: 'invoice' | 'customer' | 'language' | 'email', value: string | null): Action => ({
  ...a,
  invoices: a.invoices.map((p) => ({ ...p, invoice: { ...p.invoice, [field]: value } })),
});

/** Tags the drafts are made of; anything else in the HTML came from a value that was not escaped. */
const OUR_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'p', 'br', 'h1', 'strong', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
const tagsIn = (html: string) => [...html.matchAll(/<\/?([a-zA-Z0-9!]+)/g)].map((m) => m[1].toLowerCase());

describe('draftAction', () => {
  describe('an email step', () => {
    it('drafts an email to the action\'s address, copied at the tone, with the reply-to', () => {
      const { draft, problems } = draftAction(action('notice-1'), sender, NO_OVERRIDES, asOf);
      expect(problems).toEqual([]);
      expect(draft).toMatchObject({
        actionId: '2026-11-30-example', kind: 'email', to: ['ap@northwind.example'], cc: ['manager@acme.example'], replyTo: 'ar@acme.example',
        language: 'en', languageNote: null, attachments: [],
      });
      expect(draft!.subject).toBe('Overdue payment, due November 29, 2026 (Northwind Traders Ltd)');
      expect(draft!.html).toMatch(/^<div style="[^"]*">\n<p>Dear Accounts Payable team,<\/p>/);
    });

    it('sends to every address of a cell holding several, once each', () => {
      const { draft } = draftAction(action('pre-due', { email: 'ap@x.com; Jo <jo@x.com>, AP@x.com' }), sender, NO_OVERRIDES, asOf);
      expect(draft!.to).toEqual(['ap@x.com', 'jo@x.com']);
      expect(draft!.cc).toEqual([]);
    });

    it('does not copy someone who is already a recipient', () => {
      const { draft } = draftAction(action('notice-1', { email: 'manager@acme.example' }), sender, NO_OVERRIDES, asOf);
      expect(draft!.to).toEqual(['manager@acme.example']);
      expect(draft!.cc).toEqual([]);
    });

    it('gives a problem naming the row, and no draft, for an invalid address', () => {
      const base = action('notice-1');
      const bad = withInvoiceField({ ...base, email: 'ap@northwind; jo@x.com' }, 'email', 'ap@northwind; jo@x.com');
      const { draft, problems } = draftAction(bad, sender, NO_OVERRIDES, asOf);
      expect(draft).toBeNull();
      expect(problems).toEqual([{ message: 'Northwind Traders Ltd, notice-1: "ap@northwind" (invoice sheet row 5) is not a valid email address; no email drafted' }]);
    });

    it('gives a problem, and no draft, when the customer has no address', () => {
      const { draft, problems } = draftAction(action('pre-due', { email: '' }), sender, NO_OVERRIDES, asOf);
      expect(draft).toBeNull();
      expect(problems).toEqual([{ message: 'Northwind Traders Ltd, pre-due: no email address for this customer in the invoice sheet; no email drafted' }]);
    });

    it('leaves out a copy or reply-to address that is not valid, and says so', () => {
      const broken = { ...sender, replyTo: 'ar@', ccAtTones: [{ tone: 'Firm', address: 'boss at acme' }] };
      const { draft, problems } = draftAction(action('notice-2'), broken, NO_OVERRIDES, asOf);
      expect(draft).toMatchObject({ cc: [], replyTo: null });
      expect(problems.map((p) => p.message)).toEqual([
        'Northwind Traders Ltd, notice-2: the copy address "boss at acme" for tone firm in Dunning settings is not a valid email address; it is left out',
        'Northwind Traders Ltd, notice-2: the reply-to "ar@" in Dunning settings is not one valid email address; it is left out',
      ]);
    });

    it('writes every currency\'s total', () => {
      const a = action('notice-2', { totals: [{ currency: 'USD', open: 154550 }, { currency: 'EUR', open: 500 }] });
      expect(draftAction(a, sender, NO_OVERRIDES, asOf).draft!.text).toContain('Please pay the outstanding $1,545.50 and €5.00 without further delay');
    });

    it('leaves out the late-fee sentence and the payment details when the settings have none', () => {
      const { draft } = draftAction(action('notice-2'), { ...sender, lateFee: null, paymentDetails: ' ' }, NO_OVERRIDES, asOf);
      expect(draft!.text).not.toMatch(/late payment charge|Payment details/);
      expect(draft!.html).not.toMatch(/late payment charge|Payment details/);
    });
  });

  describe('a letter step', () => {
    it('needs no email address and gives a complete printable A4 page', () => {
      const { draft, problems } = draftAction(action('demand', { email: '' }), sender, NO_OVERRIDES, asOf);
      expect(problems).toEqual([]);
      expect(draft).toMatchObject({ kind: 'letter', to: [], cc: [], replyTo: null });
      const html = draft!.html;
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
      expect(html).toMatch(/@page \{ size: A4;/);
      expect(html).toContain('@media print');
      expect(html).toContain('<div class="company">Acme Supplies</div>');
      expect(html).toContain('<div><strong>Northwind Traders Ltd</strong></div>');
      expect(html).toContain('<p class="date">November 30, 2026</p>');
      expect(html).toContain('<h1>Formal demand for payment: $1,545.50 (Northwind Traders Ltd)</h1>');
      expect(html).toContain('<table class="invoices"');
      expect(html).toContain('in full by December 10, 2026.');
      expect(html).toContain('<p>Yours faithfully,<br>Anna Nowak<br>Acme Supplies</p>');
      expect(html).toMatch(/<\/html>\n$/);
      expect(html).not.toMatch(/<script|<link|src=/);
    });

    it('counts the deadline from the action\'s date and the settings\' demand days', () => {
      const { draft } = draftAction(action('demand'), { ...sender, demandDeadlineDays: 14 }, NO_OVERRIDES, asOf);
      expect(draft!.text).toContain('by December 14, 2026');
    });

    it('has a plain-text version with the same blocks', () => {
      const { draft } = draftAction(action('demand'), sender, NO_OVERRIDES, asOf);
      expect(draft!.text).toMatch(/^Acme Supplies\nAnna Nowak\nar@acme\.example\n\nNorthwind Traders Ltd\nap@northwind\.example\n\nNovember 30, 2026\n\nFormal demand for payment/);
    });
  });

  describe('call and task steps', () => {
    it('gives the clerk a call script in the default language, saying which language the customer speaks', () => {
      const { draft, problems } = draftAction(action('call-1', { email: '' }, 'pl'), sender, NO_OVERRIDES, asOf);
      expect(problems).toEqual([]);
      expect(draft).toMatchObject({ kind: 'call-script', to: [], cc: [], replyTo: null, language: 'en' });
      expect(draft!.languageNote).toBe('call script in English, the default language; the customer\'s language is Polish');
      expect(draft!.text).toContain('Phone: +48 22 000 00 00');
      expect(draft!.text).toContain('3. On what date exactly will you pay');
    });

    it('says so when the sheet has no phone number', () => {
      expect(draftAction(action('due-call', { phone: '' }), sender, NO_OVERRIDES, asOf).draft!.text).toContain('Phone: not in the invoice sheet');
    });

    it('gives the clerk a hand-off note for the legal step', () => {
      const { draft } = draftAction(action('legal', {}, 'ru'), { ...sender, defaultLanguage: 'ru' }, NO_OVERRIDES, asOf);
      expect(draft).toMatchObject({ kind: 'call-script', language: 'ru', to: [] });
      expect(draft!.subject).toBe('Передача дела юристам или коллекторам: ООО «Ромашка», 173\u00a0456,00\u00a0₽');
    });
  });

  describe('language', () => {
    it('writes in the customer\'s language', () => {
      const { draft } = draftAction(action('notice-1', {}, 'id'), sender, NO_OVERRIDES, asOf);
      expect(draft!.language).toBe('id');
      expect(draft!.text).toMatch(/^Yth\. Bapak\/Ibu,/);
      expect(draft!.text).toContain('Rp\u00a016.000.000,00');
    });

    it('falls back to the default language and then English, and the draft says so', () => {
      const german = withInvoiceField(action('notice-1'), 'language', 'de');
      const toPolish = draftAction(german, { ...sender, defaultLanguage: 'pl' }, NO_OVERRIDES, asOf).draft!;
      expect(toPolish.language).toBe('pl');
      expect(toPolish.languageNote).toBe('no "de" template for notice-1; used Polish, the default language');
      expect(toPolish.text).toMatch(/^Szanowni Państwo,/);
      const toEnglish = draftAction(german, { ...sender, defaultLanguage: 'fr' }, NO_OVERRIDES, asOf).draft!;
      expect(toEnglish.language).toBe('en');
      expect(toEnglish.languageNote).toBe('no "de" or "fr" (the default language) template for notice-1; used English');
    });

    it('uses the default language without a note when the sheet names none', () => {
      const { draft } = draftAction(withInvoiceField(action('notice-1'), 'language', null), { ...sender, defaultLanguage: 'ru' }, NO_OVERRIDES, asOf);
      expect(draft).toMatchObject({ language: 'ru', languageNote: null });
    });
  });

  describe('overrides', () => {
    const { overrides } = readTemplateOverrides([
      { step: 'notice-1', language: 'en', subject: 'Still open: {{total}}', body: 'Hi {{customer}},\n\n{{invoices}}\n\nThanks, {{sender}}', cell: "'Templates'!A2" },
    ], DEFAULT_LADDER);

    it('uses the user\'s template for its step and language', () => {
      const { draft } = draftAction(action('notice-1'), sender, overrides, asOf);
      expect(draft!.subject).toBe('Still open: $1,545.50');
      expect(draft!.text).toMatch(/^Hi Northwind Traders Ltd,\n\nInvoice /);
      expect(draft!.text).toMatch(/\n\nThanks, Anna Nowak$/);
    });

    it('keeps the built-in template for other languages and steps', () => {
      expect(draftAction(action('notice-1', {}, 'pl'), sender, overrides, asOf).draft!.subject).toMatch(/^Zaległa płatność/);
      expect(draftAction(action('notice-2'), sender, overrides, asOf).draft!.subject).toMatch(/^Second notice/);
    });
  });

  describe('values that must not be trusted', () => {
    const injected = (name: string) => ({ ...withInvoiceField(action('notice-2'), 'customer', name), customer: name });

    it('keeps a customer named "Acme\\r\\nBcc: x@y.z" on one harmless line of the subject, and escaped in HTML', () => {
      const { draft } = draftAction(injected('Acme\r\nBcc: x@y.z <b>'), sender, NO_OVERRIDES, asOf);
      expect(draft!.subject).toBe('Second notice: $1,545.50 overdue (Acme Bcc: x@y.z <b>)');
      expect(draft!.to).toEqual(['ap@northwind.example']);
      expect(draft!.cc).toEqual(['manager@acme.example']);
      const letter = draftAction({ ...injected('Acme\r\nBcc: x@y.z <b>'), ...pick('demand') }, sender, NO_OVERRIDES, asOf).draft!;
      expect(letter.html).toContain('<title>Formal demand for payment: $1,545.50 (Acme Bcc: x@y.z &lt;b&gt;)</title>');
      expect(letter.html).toContain('<strong>Acme<br>Bcc: x@y.z &lt;b&gt;</strong>');
      expect(letter.html).not.toContain('<b>');
    });

    it('escapes HTML in sheet values and in the settings', () => {
      const a = withInvoiceField({ ...injected(`<img src=x onerror="alert(1)">`), ...pick('call-1') }, 'invoice', `<script>1</script>`);
      const { draft } = draftAction(a, { ...sender, paymentDetails: `IBAN <1> & "2"` }, NO_OVERRIDES, asOf);
      expect(draft!.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
      expect(draft!.html).toContain('&lt;script&gt;1&lt;/script&gt;');
      const email = draftAction(withInvoiceField(action('notice-1'), 'invoice', '<script>1</script>'), { ...sender, paymentDetails: `IBAN <1> & "2"` }, NO_OVERRIDES, asOf).draft!;
      expect(email.html).toContain('IBAN &lt;1&gt; &amp; &quot;2&quot;');
      expect(tagsIn(email.html).every((tag) => OUR_TAGS.has(tag))).toBe(true);
      expect(tagsIn(draft!.html).every((tag) => OUR_TAGS.has(tag))).toBe(true);
    });

    it('never puts CR or LF in the subject, nor an unescaped "<" in the HTML, whatever the names', () => {
      const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '<', '>', '&', '"', "'", '\r', '\n', '\u2028', '{', '}', 'ł', 'ж', '/', 'b', 'script') , maxLength: 30 });
      fc.assert(
        fc.property(text.filter((s) => s.trim() !== ''), text, fc.constantFrom(...DEFAULT_LADDER.map((l) => l.id)), fc.constantFrom('en', 'ru', 'pl', 'id'), (customer, number, stepId, language) => {
          const named = (c: string, n: string) => {
            const base = action(stepId, {}, language as 'en');
            return withInvoiceField({ ...withInvoiceField(base, 'customer', c), customer: c }, 'invoice', n);
          };
          const { draft, problems } = draftAction(named(customer, number), sender, NO_OVERRIDES, asOf);
          expect(problems).toEqual([]);
          expect(draft!.subject).not.toMatch(/[\r\n]/);
          // The values change no markup: the same tags as with plain names (line breaks aside), and no "<" outside a tag.
          const plain = draftAction(named('x', 'x'), sender, NO_OVERRIDES, asOf).draft!;
          const structure = (html: string) => tagsIn(html).filter((tag) => tag !== 'br');
          expect(structure(draft!.html)).toEqual(structure(plain.html));
          expect(draft!.html.replace(/<\/?[a-zA-Z0-9!]+(?:\s[^<>]*)?>/g, '')).not.toContain('<');
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('missing settings', () => {
    it('gives no draft, and says which setting to fill, when the company or sender name is empty', () => {
      const { draft, problems } = draftAction(action('pre-due'), { ...sender, company: '', senderName: ' ' }, NO_OVERRIDES, asOf);
      expect(draft).toBeNull();
      expect(problems.map((p) => p.message)).toEqual([
        'Northwind Traders Ltd, pre-due: the company name is empty in Dunning settings; no email drafted',
        'Northwind Traders Ltd, pre-due: the sender name is empty in Dunning settings; no email drafted',
      ]);
    });

    it('gives no formal demand when the demand deadline setting is not a number of days', () => {
      const { draft, problems } = draftAction(action('demand'), { ...sender, demandDeadlineDays: Number.NaN }, NO_OVERRIDES, asOf);
      expect(draft).toBeNull();
      expect(problems.map((p) => p.message)).toEqual(['Northwind Traders Ltd, demand: the demand deadline (days) in Dunning settings is not a whole number of days; no letter drafted']);
      expect(draftAction(action('notice-1'), { ...sender, demandDeadlineDays: Number.NaN }, NO_OVERRIDES, asOf).draft).not.toBeNull();
    });

    it('gives no draft for a customer with no name', () => {
      const { draft, problems } = draftAction(action('due-call', { customer: '  ' }), sender, NO_OVERRIDES, asOf);
      expect(draft).toBeNull();
      expect(problems.map((p) => p.message)).toEqual(['(no customer name), due-call: the customer name is empty in the invoice sheet; no call-script drafted']);
    });
  });
});

/** The level, channel and tone of a default step, to move an action to it. */
function pick(stepId: string): Pick<Action, 'level' | 'channel' | 'tone'> {
  const level = DEFAULT_LADDER.find((l) => l.id === stepId)!;
  return { level, channel: level.channel, tone: level.tone };
}
