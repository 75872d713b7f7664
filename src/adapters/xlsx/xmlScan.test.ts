import { readRichText } from './xmlScan';

/** The text of the container whose start tag `xml` begins with, and where reading ended. */
function read(xml: string, prefix = '', container = 'is') {
  const start = xml.indexOf('>') + 1;
  const end = { at: -1 };
  const text = readRichText(`${xml}<after/>`, start, prefix, container, end);
  return { text, rest: `${xml}<after/>`.slice(end.at) };
}

describe('readRichText', () => {
  it('reads a single plain run, the usual cell, and ends past its container', () => {
    expect(read('<is><t>Acme &amp; Sons</t></is>')).toEqual({ text: 'Acme & Sons', rest: '<after/>' });
    expect(read('<si><t></t></si>', '', 'si')).toEqual({ text: '', rest: '<after/>' });
    expect(read('<x:is><x:t>Łódź</x:t></x:is>', 'x:')).toEqual({ text: 'Łódź', rest: '<after/>' });
  });

  it('joins several runs, keeps spaces marked to keep, and leaves phonetic guides out', () => {
    expect(read('<is><r><t>Ac</t></r><r><rPr><b/></rPr><t>me</t></r></is>')).toEqual({ text: 'Acme', rest: '<after/>' });
    expect(read('<is><t xml:space="preserve"> two  spaces </t></is>')).toEqual({ text: ' two  spaces ', rest: '<after/>' });
    expect(read('<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>', '', 'si')).toEqual({ text: '東京', rest: '<after/>' });
    expect(read('<is><t>a</t><t>b</t></is>')).toEqual({ text: 'ab', rest: '<after/>' });
  });
});
