import fc from 'fast-check';
import { escapeHtml, escapeHtmlLines } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
  });

  it('escapes an ampersand once, so an entity in a sheet shows as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('drops control characters HTML forbids but keeps tabs and line breaks', () => {
    expect(escapeHtml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
  });
});

describe('escapeHtmlLines', () => {
  it('turns every kind of line break into <br>', () => {
    expect(escapeHtmlLines('a\r\nb\rc\nd')).toBe('a<br>b<br>c<br>d');
  });

  it('escapes before adding <br>, so a value cannot smuggle a tag', () => {
    expect(escapeHtmlLines('<br>\n<script>')).toBe('&lt;br&gt;<br>&lt;script&gt;');
  });
});

describe('escaping text that needs none', () => {
  it('gives what the full replacement gives, whatever the text', () => {
    const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    const full = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (ch) => entities[ch]);
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '&', '<', "'", '\r', '\n', '\t', '\u0000', '–') }));
    fc.assert(
      fc.property(text, (t) => {
        expect(escapeHtml(t)).toBe(full(t));
        expect(escapeHtmlLines(t)).toBe(full(t.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>'));
      }),
      { numRuns: 5000 },
    );
  });
});
