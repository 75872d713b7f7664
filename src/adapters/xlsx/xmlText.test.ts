import fc from 'fast-check';
import { decodeXmlText, encodeCellText, escapeXmlAttribute, decodeXmlAttribute } from './xmlText';

const decode = (s: string) => decodeXmlText(s, 0, s.length);

describe('decodeXmlText', () => {
  it('resolves named and numeric entities and leaves unknown ones alone', () => {
    expect(decode('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;')).toBe(`a <b> & "c" 'd'`);
    expect(decode('&#1055;&#x440;&#X438;&#128512;')).toBe('При😀');
    expect(decode('&nbsp; &#xZZ; & alone')).toBe('&nbsp; &#xZZ; & alone');
  });

  it("undoes Excel's _xHHHH_ escapes, with _x005F_ protecting a literal one", () => {
    expect(decode('line1_x000D__x000A_line2')).toBe('line1\r\nline2');
    expect(decode('_x005F_x0041_')).toBe('_x0041_');
    expect(decode('_x00e9_ and _xnope_')).toBe('é and _xnope_');
  });

  it('reads raw line breaks the way an XML parser does', () => {
    expect(decode('a\r\nb\rc&#13;')).toBe('a\nb\nc\r');
  });
});

describe('encodeCellText', () => {
  it('keeps markup, control characters and escape look-alikes as text', () => {
    expect(encodeCellText('=1+1 <b>&</b>')).toBe('=1+1 &lt;b&gt;&amp;&lt;/b&gt;');
    expect(encodeCellText('a\u0001b\rc')).toBe('a_x0001_b_x000D_c');
    expect(encodeCellText('_x0041_')).toBe('_x005F_x0041_');
  });

  it('reads back as the same text, minus what XML cannot hold at all', () => {
    const unstorable = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('_', 'x', '0', 'A', '\r', '\n', '&', '<', '\u0000') }), (a, b) => {
        const s = a + b;
        expect(decode(encodeCellText(s))).toBe(s.replace(unstorable, ''));
      }),
    );
  });
});

describe('escapeXmlAttribute', () => {
  it('keeps quotes and whitespace through attribute normalisation', () => {
    const escaped = escapeXmlAttribute('a "b"\tc & d');
    expect(escaped).toBe('a &quot;b&quot;&#9;c &amp; d');
    expect(decodeXmlAttribute(escaped)).toBe('a "b"\tc & d');
  });
});
