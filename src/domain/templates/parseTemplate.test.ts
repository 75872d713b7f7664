import { parseTemplate } from './parseTemplate';

const messages = (source: string) => parseTemplate(source).problems.map((p) => p.message);
const rendered = (source: string) => parseTemplate(source).tokens.map((t) => (t.kind === 'text' ? t.text : `<${t.name}>`)).join('');

describe('parseTemplate', () => {
  it('splits text and placeholders', () => {
    expect(parseTemplate('Dear {{customer}}, pay {{total}}.').tokens).toEqual([
      { kind: 'text', text: 'Dear ' },
      { kind: 'placeholder', name: 'customer' },
      { kind: 'text', text: ', pay ' },
      { kind: 'placeholder', name: 'total' },
      { kind: 'text', text: '.' },
    ]);
    expect(messages('Dear {{customer}}')).toEqual([]);
  });

  it('accepts spaces inside the braces and any letter case', () => {
    expect(rendered('{{ Total }} {{CUSTOMER}}')).toBe('<total> <customer>');
    expect(messages('{{ Total }} {{CUSTOMER}}')).toEqual([]);
  });

  it('reports an unknown placeholder, suggests the close one and lists the known ones', () => {
    const [message] = messages('Pay {{totl}} now');
    expect(message).toMatch(/^unknown placeholder \{\{totl\}\} \(did you mean \{\{total\}\}\?\); known: \{\{customer\}\}, \{\{invoices\}\}/);
    expect(rendered('Pay {{totl}} now')).toBe('Pay  now');
  });

  it('reports "{{ unknown }}" without a guess when nothing is close', () => {
    expect(messages('{{ unknown }}')[0]).toMatch(/^unknown placeholder \{\{unknown\}\}; known:/);
  });

  it.each([
    ['{{total', /"\{\{" is not closed/],
    ['{{total due on {{oldest_due_date}}', /"\{\{" is not closed by "\}\}" in "\{\{total due on/],
    ['{{total\n}}', /"\{\{" is not closed/],
    ['total}}', /"\}\}" closes no placeholder/],
    ['{total}', /a single "\{" is not a placeholder/],
    ['{{}}', /names no placeholder/],
  ])('reports %p as broken braces', (source, pattern) => {
    expect(messages(source).some((m) => pattern.test(m))).toBe(true);
  });

  it('never keeps a brace from a broken part in the tokens', () => {
    for (const source of ['{{total', 'a}}b', '{x}', '{{{customer}}}', '{{ unknown }}', '}{', '{{a{{b}}c}}']) {
      expect(rendered(source)).not.toMatch(/[{}]/);
      expect(messages(source).length).toBeGreaterThan(0);
    }
  });

  it('quotes a short piece of the text around a broken brace, on one line', () => {
    const [message] = messages('A long first line of text\nand then {{total and more text after it');
    expect(message).toContain('"...xt and then {{total and mo..."');
  });
});
