import fc from 'fast-check';
import { placeholdersIn, renderTemplate, type PlaceholderValues } from './renderTemplate';

const table = { text: 'No.  Amount\nA1   $5.00', html: '<table><tr><td>A1</td></tr></table>' };
const values: PlaceholderValues = { customer: 'Acme', total: '$5.00', invoices: table, late_fee: null, company: 'Us Ltd' };

describe('renderTemplate', () => {
  it('fills placeholders in subject and body, as text and as HTML paragraphs', () => {
    const result = renderTemplate({ subject: 'Reminder for {{customer}}', body: 'Hello {{customer}},\n\nYou owe {{total}}.\nThanks.' }, values);
    expect(result.problems).toEqual([]);
    expect(result.subject).toBe('Reminder for Acme');
    expect(result.text).toBe('Hello Acme,\n\nYou owe $5.00.\nThanks.');
    expect(result.html).toBe('<p>Hello Acme,</p>\n<p>You owe $5.00.<br>Thanks.</p>');
  });

  it('puts a block value on lines of its own in text and outside any <p> in HTML', () => {
    const result = renderTemplate({ subject: 's', body: 'Open: {{invoices}} Thanks.' }, values);
    expect(result.text).toBe('Open:\nNo.  Amount\nA1   $5.00\nThanks.');
    expect(result.html).toBe('<p>Open:</p>\n<table><tr><td>A1</td></tr></table>\n<p>Thanks.</p>');
  });

  it('leaves out a whole paragraph that uses a value which is not set, and only that paragraph', () => {
    const body = 'Hello.\n\nLate payments cost {{late_fee}}\nper month.\n\nPay {{total}}.';
    const result = renderTemplate({ subject: 's', body }, values);
    expect(result.text).toBe('Hello.\n\nPay $5.00.');
    expect(result.html).not.toContain('Late');
    const withFee = renderTemplate({ subject: 's', body }, { ...values, late_fee: '2%' });
    expect(withFee.text).toBe('Hello.\n\nLate payments cost 2%\nper month.\n\nPay $5.00.');
  });

  it('treats a placeholder with no value given like a value not set', () => {
    expect(renderTemplate({ subject: 'x {{phone}}', body: 'a\n\nCall {{phone}}' }, {}).text).toBe('a');
  });

  it('escapes every value and the template\'s own text in HTML; line breaks in values become <br>', () => {
    const result = renderTemplate(
      { subject: 's', body: 'Dear {{customer}} <b>&</b>\n\n{{company}}' },
      { customer: `<script>alert("x")</script> & 'Co'`, company: 'Line 1\r\nLine <2>' },
    );
    expect(result.html).toBe(
      '<p>Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; &lt;b&gt;&amp;&lt;/b&gt;</p>\n<p>Line 1<br>Line &lt;2&gt;</p>',
    );
    expect(result.text).toBe(`Dear <script>alert("x")</script> & 'Co' <b>&</b>\n\nLine 1\nLine <2>`);
  });

  it('keeps the subject on one line whatever the value holds', () => {
    const result = renderTemplate({ subject: 'Reminder: {{customer}}\r\nX-Other: 1', body: 'b' }, { customer: 'Acme\r\nBcc: x@y.z' });
    expect(result.subject).toBe('Reminder: Acme Bcc: x@y.z X-Other: 1');
    expect(result.subject).not.toMatch(/[\r\n]/);
  });

  it('tidies a subject whose value is not set: no empty brackets, no dangling separator', () => {
    expect(renderTemplate({ subject: 'Reminder ({{customer}})', body: 'b' }, { customer: null }).subject).toBe('Reminder');
    expect(renderTemplate({ subject: 'Reminder: {{customer}}', body: 'b' }, {}).subject).toBe('Reminder');
  });

  it('inserts values as they are: a value that looks like a placeholder is not expanded', () => {
    const result = renderTemplate({ subject: '{{customer}}', body: '{{customer}}' }, { customer: '{{total}}', total: '$1' });
    expect(result.subject).toBe('{{total}}');
    expect(result.text).toBe('{{total}}');
    expect(result.problems).toEqual([]);
  });

  it('reports broken braces with where they are, and returns text without them', () => {
    const result = renderTemplate({ subject: 'Pay {{total', body: 'Dear {{ unknown }},\n\nPay {total}.' }, values);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^subject: "\{\{" is not closed/),
      expect.stringMatching(/^body: unknown placeholder \{\{unknown\}\}/),
      expect.stringMatching(/^body: a single "\{"/),
      expect.stringMatching(/^body: "\}" closes no placeholder/),
    ]);
    for (const out of [result.subject, result.text, result.html]) expect(out).not.toMatch(/[{}]/);
  });

  it('drops spaces and tabs at the ends of lines, and blank lines at either end', () => {
    const result = renderTemplate({ subject: 's', body: '{{customer}}' }, { customer: ' \n \t\nA  \t\n\tB \nC\t \n \n' });
    expect(result.text).toBe('A\n\tB\nC');
    expect(result.html).toBe('<p>A<br>\tB<br>C</p>');
  });

  it('tidies text in time linear in its length, however many spaces it holds', () => {
    // /[ \t]+\n/ would retry at each of these spaces and take minutes.
    const spaces = ' '.repeat(300_000);
    const started = Date.now();
    const result = renderTemplate({ subject: 's', body: '{{customer}}' }, { customer: `a${spaces}b${spaces}\nc` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.text).toBe(`a${spaces}b\nc`);
  });

  it('renders a template the same every time, problems included', () => {
    const template = { subject: 'Hi {{customer}} {{nope}}', body: 'A {{total}}\r\n\r\nB {{late_fee}}\n\n{{invoices}}' };
    const first = renderTemplate(template, values);
    first.problems.push({ message: 'changed by a caller' });
    expect(renderTemplate({ ...template }, values)).toEqual({ ...first, problems: first.problems.slice(0, -1) });
    expect(renderTemplate(template, { ...values, late_fee: '2%' }).text).toContain('B 2%');
  });

  it('accepts Windows line breaks in the template', () => {
    expect(renderTemplate({ subject: 's', body: 'a\r\n\r\nb\r\nc' }, {}).text).toBe('a\n\nb\nc');
  });

  it('never returns a raw brace from the template, whatever the template says', () => {
    const piece = fc.constantFrom('{', '}', '{{', '}}', '{{total}}', '{{ customer }}', '{{nope}}', 'text', ' ', '\n', '\n\n', '<', '&');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(piece, { maxLength: 10 }), (bodyParts, subjectParts) => {
        const result = renderTemplate({ subject: subjectParts.join(''), body: bodyParts.join('') }, values);
        for (const out of [result.subject, result.text, result.html]) expect(out).not.toMatch(/[{}]/);
        expect(result.html).not.toMatch(/<(?!\/?(p|br|table|tr|td)>)/);
      }),
    );
  });
});

describe('placeholdersIn', () => {
  it('lists the placeholders of subject and body once each', () => {
    expect([...placeholdersIn({ subject: '{{customer}}', body: '{{total}} {{customer}} {{bad}}' })].sort()).toEqual(['customer', 'total']);
  });
});
