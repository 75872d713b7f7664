import fc from 'fast-check';
import type { Draft } from '../../domain/draft';
import { mailtoLink, MAILTO_BUDGET } from './mailtoLink';

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    actionId: 'a1',
    kind: 'email',
    to: ['Acme Accounts <ap@acme.example>'],
    cc: [],
    replyTo: null,
    subject: 'Invoice 1043',
    text: 'Dear Acme,\nplease pay.',
    html: '<p>Dear Acme,</p>',
    language: 'en',
    languageNote: null,
    attachments: [],
    ...overrides,
  };
}

/** Reads a link back the way a mail program does: the URL parser, then percent-decoding. */
function readBack(url: string) {
  const parsed = new URL(url);
  expect(parsed.protocol).toBe('mailto:');
  const query = new Map(
    parsed.search
      .slice(1)
      .split('&')
      .map((pair) => {
        const [key, value] = pair.split('=');
        return [key, decodeURIComponent(value)] as const;
      }),
  );
  return { to: decodeURIComponent(parsed.pathname).split(',').filter(Boolean), cc: query.get('cc')?.split(',') ?? [], subject: query.get('subject'), body: query.get('body') };
}

describe('mailtoLink', () => {
  it('encodes recipients, cc, subject and the body with CRLF line breaks', () => {
    const result = mailtoLink(draft({ cc: ['opiekun@dunning.example', 'Łukasz <lukasz@dunning.example>'] }));
    expect(result).toEqual({
      ok: true,
      url: 'mailto:ap@acme.example?cc=opiekun@dunning.example,lukasz@dunning.example&subject=Invoice%201043&body=Dear%20Acme%2C%0D%0Aplease%20pay.',
    });
  });

  it.each([
    ['Russian', 'Напоминание: счёт № 1043 просрочен', 'Уважаемые коллеги!\nСумма: 1 234,56 ₽'],
    ['Polish', 'Przypomnienie o płatności — faktura 1043', 'Szanowni Państwo,\r\nkwota 1 234,56 zł & 5% odsetek'],
    ['Indonesian with emoji', 'Pengingat pembayaran 🙏', 'Yth. Bapak/Ibu,\rRp 1.234.567,00 #1043 ?a=b&c=d+e'],
  ])('round-trips %s text through new URL() and decodeURIComponent', (_, subject, text) => {
    const result = mailtoLink(draft({ subject, text }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.url).not.toMatch(/[^\x21-\x7e]/); // nothing a handler could mangle: no spaces, no raw Unicode
    expect(result.url).not.toContain('+');
    const back = readBack(result.url);
    expect(back).toEqual({ to: ['ap@acme.example'], cc: [], subject, body: text.replace(/\r\n|\r|\n/g, '\r\n') });
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (subject, text) => {
        const result = mailtoLink(draft({ subject: subject.replace(/[\r\n]/g, ' '), text }), 100_000);
        if (!result.ok) throw new Error(result.reason);
        const back = readBack(result.url);
        expect(back.body).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
      }),
    );
  });

  it('keeps a subject carrying CR LF to one line: it cannot add a header field', () => {
    const result = mailtoLink(draft({ subject: 'Invoice\r\nBcc: x@y.z' }));
    if (!result.ok) throw new Error(result.reason);
    expect(readBack(result.url).subject).toBe('Invoice Bcc: x@y.z');
    expect(result.url).not.toMatch(/bcc=/i);
  });

  it('writes an internationalised domain in its ASCII form', () => {
    const result = mailtoLink(draft({ to: ['info@пример.рф'] }));
    expect(result.ok && result.url.startsWith('mailto:info@xn--e1afmkfd.xn--p1ai?')).toBe(true);
  });

  it('says why and by how much when the link passes the budget', () => {
    const text = 'Счёт 1043 просрочен. '.repeat(40);
    const result = mailtoLink(draft({ text }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('too-long');
    expect(result.length).toBeGreaterThan(MAILTO_BUDGET);
    expect(result.reason).toContain(`${result.length} characters, ${result.length - MAILTO_BUDGET} over the ${MAILTO_BUDGET}`);
    expect(result.reason).toMatch(/\.eml/);
    // The same draft fits a larger budget, and the length is what the link would have been.
    const roomy = mailtoLink(draft({ text }), result.length);
    expect(roomy.ok && roomy.url.length).toBe(result.length);
    expect(mailtoLink(draft({ text }), result.length - 1).ok).toBe(false);
  });

  it('refuses an address it cannot write, naming the field', () => {
    const result = mailtoLink(draft({ cc: ['a@x.example?bcc=spy@evil.example'] }));
    expect(result).toMatchObject({ ok: false, code: 'invalid-address', length: 0 });
    expect(!result.ok && result.reason).toMatch(/^Cc: /);
  });

  it('builds a link with no recipient (the user picks one in the mail program)', () => {
    expect(mailtoLink(draft({ to: [] }))).toEqual({ ok: true, url: 'mailto:?subject=Invoice%201043&body=Dear%20Acme%2C%0D%0Aplease%20pay.' });
  });
});
