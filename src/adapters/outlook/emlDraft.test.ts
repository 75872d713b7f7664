import fc from 'fast-check';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { Draft } from '../../domain/draft';
import { localDate } from '../../domain/localDate';
import { draftToEml } from './emlDraft';
import { headerText } from './headerText';
import { OutlookError } from './outlookError';

const DATE = localDate(2026, 11, 30)!;
const OPTIONS = { date: DATE, messageIdDomain: 'dunning.example' };

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    actionId: '2026-11-30-1a2b3c4d',
    kind: 'email',
    to: ['Acme Accounts <ap@acme.example>'],
    cc: [],
    replyTo: null,
    subject: 'Invoice 1043 is now 14 days overdue',
    text: 'Dear Acme,\n\nInvoice 1043 for $1,234.56 was due on 16 November 2026.\n\nKind regards,\nAnna',
    html: '<p>Dear Acme,</p>\n<p>Invoice <b>1043</b> for $1,234.56 was due on 16&nbsp;November&nbsp;2026.</p>\n<p>Kind regards,<br>Anna</p>',
    language: 'en',
    languageNote: null,
    attachments: [],
    ...overrides,
  };
}

const LANGUAGES: Array<[string, Partial<Draft>]> = [
  [
    'Russian',
    {
      to: ['ООО «Ромашка» <buh@romashka.example>'],
      subject: 'Напоминание об оплате: счёт № 1043 просрочен на 14 дней',
      text: 'Уважаемые коллеги!\n\nСчёт № 1043 на сумму 1 234,56 ₽ следовало оплатить до 16.11.2026.\n\nС уважением,\nАнна',
      html: '<p>Уважаемые коллеги!</p><p>Счёт № 1043 на сумму 1&nbsp;234,56&nbsp;₽ следовало оплатить до 16.11.2026.</p>',
      language: 'ru',
    },
  ],
  [
    'Polish',
    {
      to: ['Zakład Usług Księgowych „Żółw” <biuro@zolw.example>'],
      cc: ['opiekun@dunning.example', 'Łukasz Wiśniewski <lukasz@dunning.example>'],
      subject: 'Przypomnienie o płatności: faktura 1043 — termin minął 16.11.2026',
      text: 'Szanowni Państwo,\n\nprosimy o zapłatę faktury 1043 na kwotę 1 234,56 zł.\n\nZ poważaniem,\nŁucja',
      html: '<p>Szanowni Państwo,</p><p>prosimy o zapłatę faktury 1043 na kwotę 1&nbsp;234,56&nbsp;zł.</p>',
      language: 'pl',
    },
  ],
  [
    'Indonesian with emoji',
    {
      to: ['ap@maju-jaya.example'],
      replyTo: 'Tim Penagihan <tagihan@dunning.example>',
      subject: 'Pengingat pembayaran 🙏 faktur 1043 (Rp 1.234.567,00) 💸',
      text: 'Yth. Bapak/Ibu,\n\nfaktur 1043 sebesar Rp 1.234.567,00 telah jatuh tempo. 🙏',
      html: '<p>Yth. Bapak/Ibu,</p><p>faktur 1043 sebesar Rp&nbsp;1.234.567,00 telah jatuh tempo. 🙏</p>',
      language: 'id',
    },
  ],
];

const parse = (eml: string): Promise<ParsedMail> => simpleParser(eml);
const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => ({ name: v.name, address: v.address })));
const lines = (text: string) => text.replace(/\r\n/g, '\n');

/** Every physical line of a message, with the limits RFC 5322 and RFC 2045 set. */
function expectLineLimits(eml: string) {
  expect(eml.endsWith('\r\n')).toBe(true);
  expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF anywhere
  for (const line of eml.split('\r\n')) {
    expect(line.length).toBeLessThanOrEqual(998);
    // Headers are folded and bodies encoded, so in practice every line keeps to 76.
    expect(line.length).toBeLessThanOrEqual(76);
    expect(line).toMatch(/^[\x20-\x7e\t]*$/); // 7-bit clean: survives any relay or webview
  }
}

describe('draftToEml', () => {
  it('is an unsent Outlook draft with both alternatives, read back by an independent parser', async () => {
    const eml = draftToEml(draft(), OPTIONS);
    const mail = await parse(eml);
    expect(mail.subject).toBe('Invoice 1043 is now 14 days overdue');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(mail.headers.get('content-language')).toBe('en');
    expect(addresses(mail.to)).toEqual([{ name: 'Acme Accounts', address: 'ap@acme.example' }]);
    expect(mail.cc).toBeUndefined();
    expect(mail.from).toBeUndefined();
    expect(mail.date?.toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@dunning\.example>$/);
    expect(lines(mail.text ?? '')).toBe(draft().text);
    expect(lines(mail.html || '')).toBe(draft().html);
    expect(mail.attachments).toEqual([]);
    expect(eml).toMatch(/^Content-Type: multipart\/alternative;/m);
    expectLineLimits(eml);
  });

  it.each(LANGUAGES)('encodes %s subject, names and bodies so they decode to the same text', async (_, overrides) => {
    const d = draft(overrides);
    const eml = draftToEml(d, OPTIONS);
    const mail = await parse(eml);
    expect(mail.subject).toBe(d.subject);
    expect(lines(mail.text ?? '')).toBe(d.text);
    expect(lines(mail.html || '')).toBe(d.html);
    expect(mail.headers.get('content-language')).toBe(d.language);
    const named = (entry: string) => {
      const m = /^(.*) <(.*)>$/.exec(entry);
      return m ? { name: m[1], address: m[2] } : { name: '', address: entry };
    };
    expect(addresses(mail.to)).toEqual(d.to.map(named));
    expect(addresses(mail.cc)).toEqual(d.cc.map(named));
    expect(addresses(mail.replyTo)).toEqual(d.replyTo ? [named(d.replyTo)] : []);
    expect(eml).toContain('=?UTF-8?B?');
    expectLineLimits(eml);
  });

  it('splits a long non-English subject into encoded-words of at most 75 characters', async () => {
    const subject = 'Досудебная претензия об оплате задолженности по счетам 1043, 1044, 1045 и 1046 — ООО «Очень Длинное Наименование Организации» 🧾';
    const eml = draftToEml(draft({ subject }), OPTIONS);
    const words = eml.match(/=\?UTF-8\?B\?[A-Za-z0-9+/=]*\?=/g) ?? [];
    expect(words.length).toBeGreaterThan(3);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    expect((await parse(eml)).subject).toBe(subject);
    expectLineLimits(eml);
  });

  it('folds a long English subject and an address list without changing them', async () => {
    const subject = 'Second notice: invoices 1043, 1044, 1045, 1046, 1047 and 1048 are overdue; please let us know when to expect payment';
    const to = Array.from({ length: 8 }, (_, i) => `Accounts Payable Team ${i} <accounts.payable.${i}@subsidiary-${i}.acme.example>`);
    const eml = draftToEml(draft({ subject, to }), OPTIONS);
    const mail = await parse(eml);
    expect(mail.subject).toBe(subject);
    expect(addresses(mail.to).map((a) => a.address)).toEqual(to.map((t) => /<(.*)>/.exec(t)![1]));
    expectLineLimits(eml);
  });

  it('quotes display names holding specials, and encodes very long or tricky ones', async () => {
    const to = [
      'Smith, Jones & Co. <ap@sjc.example>',
      '"O\'Brien \\"The Payer\\"" <ob@payer.example>',
      `${'Very Long Company Name '.repeat(8).trim()} <ap@long.example>`,
      'Looks =?like?= a word <w@x.example>',
    ];
    const mail = await parse(draftToEml(draft({ to }), OPTIONS));
    expect(addresses(mail.to)).toEqual([
      { name: 'Smith, Jones & Co.', address: 'ap@sjc.example' },
      { name: 'O\'Brien "The Payer"', address: 'ob@payer.example' },
      { name: 'Very Long Company Name '.repeat(8).trim(), address: 'ap@long.example' },
      { name: 'Looks =?like?= a word', address: 'w@x.example' },
    ]);
  });

  it('keeps a subject or name carrying "\\r\\nBcc:" on one harmless line: no header is added', async () => {
    const eml = draftToEml(
      draft({
        subject: 'Invoice 1043\r\nBcc: x@y.z',
        to: ['Acme\r\nBcc: x@y.z <ap@acme.example>'],
        text: 'Body\r\n\r\nBcc: not@a.header',
      }),
      OPTIONS,
    );
    const mail = await parse(eml);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has('bcc')).toBe(false);
    const headerSection = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(headerSection).not.toMatch(/^Bcc:/im);
    expect(mail.subject).toBe('Invoice 1043 Bcc: x@y.z');
    expect(addresses(mail.to)).toEqual([{ name: 'Acme Bcc: x@y.z', address: 'ap@acme.example' }]);
    expect(lines(mail.text ?? '')).toBe('Body\n\nBcc: not@a.header');
    expectLineLimits(eml);
  });

  it.each([
    ['two addresses in one entry', 'a@x.example, b@y.example'],
    ['a header smuggled into the address', 'a@x.example>\r\nBcc: x@y.z'],
    ['no @', 'accounts at acme'],
    ['a space in the local part', 'john smith@acme.example'],
    ['a bad domain', 'ap@acme'],
    ['an unclosed bracket', 'Acme <ap@acme.example'],
    ['a non-ASCII local part', 'бухгалтерия@romashka.example'],
    ['an empty address', '  '],
  ])('refuses %s with a typed error naming the field', (_, address) => {
    let error: unknown;
    try {
      draftToEml(draft({ cc: [address] }), OPTIONS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutlookError);
    expect((error as OutlookError).code).toBe('invalid-address');
    expect((error as OutlookError).message).toMatch(/^Cc: /);
    expect((error as OutlookError).message).not.toMatch(/[\r\n]/);
  });

  it('writes an internationalised domain in its ASCII form', async () => {
    const eml = draftToEml(draft({ to: ['Ромашка <info@пример.рф>'] }), OPTIONS);
    expect(eml).toContain('<info@xn--e1afmkfd.xn--p1ai>');
    // mailparser turns A-labels back into Unicode: an independent check of our Punycode.
    expect(addresses((await parse(eml)).to)).toEqual([{ name: 'Ромашка', address: 'info@пример.рф' }]);
  });

  it('wraps the alternatives in multipart/mixed and attaches files with encoded names', async () => {
    const csv = '\uFEFFСчёт;Дата;Сумма\r\n1043;16.11.2026;"1 234,56"\r\n';
    const long = `Wyciąg z konta — Zakład Usług Księgowych „Żółw” — stan na 30.11.2026 (${'x'.repeat(40)}).csv`;
    const d = draft({
      language: 'ru',
      attachments: [
        { filename: 'Выписка ООО Ромашка.csv', contentType: 'text/csv', content: csv },
        { filename: 'statement.csv', contentType: 'text/csv; charset=windows-1251', content: 'Invoice,Open\n1043,1234.56\n' },
        { filename: long, contentType: 'text/plain', content: 'ok' },
        { filename: '..\\..\\evil/name.txt', contentType: 'application/json', content: '{}' },
      ],
    });
    const eml = draftToEml(d, OPTIONS);
    expectLineLimits(eml);
    const mail = await parse(eml);
    expect(lines(mail.text ?? '')).toBe(d.text);
    expect(lines(mail.html || '')).toBe(d.html);
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString('utf8')])).toEqual([
      ['Выписка ООО Ромашка.csv', 'text/csv', csv],
      ['statement.csv', 'text/csv', 'Invoice,Open\n1043,1234.56\n'],
      [long, 'text/plain', 'ok'],
      ['.._.._evil_name.txt', 'application/json', '{}'],
    ]);
    expect(eml).toMatch(/^Content-Type: multipart\/mixed;/m);
    expect(eml).toContain('filename*0*=utf-8\'\'');
    expect(eml).toContain('charset=utf-8;');
    expect(eml).not.toContain('windows-1251');
  });

  it('refuses an attachment whose content type is not a media type', () => {
    const bad = draft({ attachments: [{ filename: 'a.csv', contentType: 'text/csv\r\nBcc: x@y.z', content: '' }] });
    expect(() => draftToEml(bad, OPTIONS)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });

  it('is deterministic: the same draft gives the same bytes, a different one different boundaries', () => {
    const a = draftToEml(draft(), OPTIONS);
    expect(draftToEml(draft(), OPTIONS)).toBe(a);
    const b = draftToEml(draft({ text: 'Another body' }), OPTIONS);
    const boundary = (eml: string) => /boundary="([^"]+)"/.exec(eml)![1];
    expect(boundary(b)).not.toBe(boundary(a));
  });

  it('writes From and an explicit wall-clock Date when given, and refuses impossible ones', async () => {
    const mail = await parse(
      draftToEml(draft(), { ...OPTIONS, from: 'Anna Kowalska <anna@dunning.example>', date: { date: DATE, hour: 9, minute: 5, offsetMinutes: 60 } }),
    );
    expect(addresses(mail.from)).toEqual([{ name: 'Anna Kowalska', address: 'anna@dunning.example' }]);
    expect(mail.date?.toISOString()).toBe('2026-11-30T08:05:00.000Z');
    expect(() => draftToEml(draft(), { ...OPTIONS, date: { date: DATE, hour: 24, minute: 0, offsetMinutes: 0 } })).toThrow(OutlookError);
    expect(() => draftToEml(draft(), { ...OPTIONS, messageIdDomain: 'bad domain\r\nX: y' })).toThrow(OutlookError);
    expect(() => draftToEml(draft(), { ...OPTIONS, from: 'not an address' })).toThrow(/^From: /);
  });

  it('keeps body lines within 76 characters however long the source lines are', async () => {
    const text = `${'Zażółć gęślą jaźń. '.repeat(60)}\n.leading dot\nFrom the start\ntrailing space \ntab\tinside\t`;
    const html = `<p>${'a'.repeat(3000)}</p><p>= sign and =?not?= a word</p>`;
    const eml = draftToEml(draft({ text, html }), OPTIONS);
    expectLineLimits(eml);
    const mail = await parse(eml);
    expect(lines(mail.text ?? '')).toBe(text);
    expect(lines(mail.html || '')).toBe(html);
  });

  it('round-trips any subject, display name and body through an independent parser (property)', async () => {
    const nameChar = fc.constantFrom(...Array.from('aZ09 .,;:<>@()"\\\'=?_-żółЖж€🙏\t\r\n'), 'é', '👍🏽');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((s) => headerText(s) !== ''),
        fc.array(nameChar, { minLength: 1, maxLength: 90 }).map((cs) => cs.join('')).filter((s) => headerText(s) !== ''),
        // Not empty: mailparser reads an empty text part as "\n" (its quirk; the part we write is empty).
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
        async (subject, name, text) => {
          const d = draft({ subject, to: [`"${name.replace(/(["\\])/g, '\\$1')}" <ap@acme.example>`], text, html: `<p>${text}</p>` });
          const eml = draftToEml(d, OPTIONS);
          expectLineLimits(eml);
          const mail = await parse(eml);
          expect(mail.subject).toBe(headerText(subject));
          expect(addresses(mail.to)).toEqual([{ name: headerText(name), address: 'ap@acme.example' }]);
          expect(lines(mail.text ?? '')).toBe(text.replace(/\r\n|\r/g, '\n'));
          expect(mail.bcc).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
  });
});
