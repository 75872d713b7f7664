import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { fromExcelSerial, localDate } from '../../domain/localDate';
import { scanSheet } from './scanSheet';
import { openXlsx } from './xlsxWorkbook';
import { XlsxError } from './xlsxError';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface SheetSpec {
  name: string;
  xml: string;
  kind?: 'worksheet' | 'chartsheet';
  state?: string;
}

/** A package from hand-written parts, zipped by fflate (not by our writer). */
function xlsx(sheets: SheetSpec[], extra: { sharedStrings?: string; styles?: string; workbookPr?: string; level?: 0 | 6 } = {}): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (parts[name] = strToU8(text));
  put('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  put('_rels/.rels', `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`);
  const rels: string[] = [];
  const sheetTags = sheets.map((s, i) => {
    const kind = s.kind ?? 'worksheet';
    const folder = kind === 'worksheet' ? 'worksheets' : 'chartsheets';
    put(`xl/${folder}/sheet${i + 1}.xml`, s.xml);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${folder}/sheet${i + 1}.xml"/>`);
    return `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`;
  });
  if (extra.sharedStrings) {
    put('xl/sharedStrings.xml', extra.sharedStrings);
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (extra.styles) {
    put('xl/styles.xml', extra.styles);
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  }
  put(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookPr ?? ''}<sheets>${sheetTags.join('')}</sheets></workbook>`,
  );
  put('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`);
  return zipSync(parts, { level: extra.level ?? 6 });
}

const sheet = (data: string, after = '') => `<worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData>${after}</worksheet>`;

async function readOnly(data: string, extra?: Parameters<typeof xlsx>[1]) {
  return openXlsx(xlsx([{ name: 'S', xml: sheet(data) }], extra)).readSheet('S');
}

async function errorCode(bytes: Uint8Array): Promise<string> {
  try {
    await openXlsx(bytes).readSheet('S');
  } catch (e) {
    if (e instanceof XlsxError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('openXlsx', () => {
  it('lists worksheets in workbook order, hidden ones included and chart sheets left out', () => {
    const book = openXlsx(
      xlsx([
        { name: 'Invoices', xml: sheet('') },
        { name: 'Chart1', xml: '<chartsheet/>', kind: 'chartsheet' },
        { name: 'Lists', xml: sheet(''), state: 'hidden' },
        { name: 'A &amp; B', xml: sheet('') },
      ]),
    );
    expect(book.sheetNames()).toEqual(['Invoices', 'Lists', 'A & B']);
    expect(book.date1904).toBe(false);
  });

  it('reads every cell type, a formula as its cached value', async () => {
    const grid = await readOnly(
      '<row r="1">' +
        '<c r="A1" t="s"><v>1</v></c>' +
        '<c r="B1"><v>42.5</v></c>' +
        '<c r="C1" t="str"><f>A1&amp;"x"</f><v>twox</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>inline</t></is></c>' +
        '<c r="E1" t="b"><v>1</v></c>' +
        '<c r="F1" t="b"><v>0</v></c>' +
        '<c r="G1" t="e"><f>NA()</f><v>#N/A</v></c>' +
        '<c r="H1" t="n"><v>-1.5E-3</v></c>' +
        '<c r="I1"><f>1/3</f><v>0.33333333333333331</v></c>' +
        '<c r="J1" s="0"/>' +
        '<c r="K1"><f>X</f></c>' +
        '</row>',
      { sharedStrings: `<sst xmlns="${MAIN}"><si><t>zero</t></si><si><t>one</t></si></sst>` },
    );
    expect(grid.rows).toEqual([['one', 42.5, 'twox', 'inline', true, false, { error: '#N/A' }, -0.0015, 1 / 3]]);
    expect(grid.firstRow).toBe(1);
    expect(grid.firstCol).toBe(1);
    expect(grid.merges).toEqual([]);
  });

  it('places cells without r after the previous cell and rows without r after the previous row', async () => {
    const grid = await readOnly(
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
        '<row r="4"><c r="B4"><v>42</v></c></row>' +
        '<row><c><v>7</v></c></row>' +
        '<row r="7" spans="1:3"/>',
    );
    expect(grid.rows).toEqual([[1, 2, null, null, 5, 6], [], [], [null, 42], [7]]);
  });

  it('decodes entities, _xHHHH_ escapes and rich text, and ignores phonetic runs', async () => {
    const grid = await readOnly(
      '<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> tail</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></is></c><c t="s"><v>2</v></c></row>',
      {
        sharedStrings:
          `<sst xmlns="${MAIN}" count="3">` +
          '<si><t>Fish &amp; Chips &#8364;5 &#x263A;</t></si>' +
          '<si><r><rPr><sz val="11"/></rPr><t>Tokyo </t></r><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
          '<si><t>line_x000D__x000A_two _x005F_x0041_</t></si>' +
          '</sst>',
      },
    );
    expect(grid.rows[0]).toEqual(['Fish & Chips €5 ☺', 'Tokyo 東京', 'Bold tail', 'line\r\ntwo _x0041_']);
  });

  it('gives formats for styled cells only, built-in ids in en-US form', async () => {
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;USD&quot;"/></numFmts>` +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment horizontal="left"/></xf><xf numFmtId="165"/><xf numFmtId="49"/><xf numFmtId="30"/></cellXfs></styleSheet>';
    const grid = await readOnly(
      '<row r="1"><c s="0"><v>1</v></c><c s="1"><v>45292</v></c><c s="2"><v>45293</v></c><c s="3"><v>1234.5</v></c><c s="4" t="inlineStr"><is><t>007</t></is></c><c s="5"><v>45294</v></c></row><row r="2"><c><v>1</v></c></row>',
      { styles },
    );
    expect(grid.formats).toEqual([[undefined, 'm/d/yyyy', 'dd/mm/yyyy', '#,##0.00 "USD"', '@', 'm/d/yyyy']]);
    expect(grid.formats?.[0]?.[1]).toBe(grid.formats?.[0]?.[5]);
  });

  it('reads ISO dates (t="d") as serials in the workbook\'s date system', async () => {
    const data = '<row r="1"><c t="d"><v>2024-01-15T00:00:00Z</v></c><c t="d"><v>2024-01-15T18:00:00</v></c><c t="d"><v>not a date</v></c></row>';
    const grid1900 = await readOnly(data);
    expect(fromExcelSerial(grid1900.rows[0][0] as number, false)).toBe(localDate(2024, 1, 15));
    expect(grid1900.rows[0][0]).toBe(45306);
    expect(grid1900.rows[0][1]).toBe(45306.75);
    expect(grid1900.rows[0][2]).toBe('not a date');
    const book1904 = openXlsx(xlsx([{ name: 'S', xml: sheet(data) }], { workbookPr: '<workbookPr date1904="1"/>' }));
    expect(book1904.date1904).toBe(true);
    const grid1904 = await book1904.readSheet('S');
    expect(grid1904.rows[0][0]).toBe(45306 - 1462);
    expect(fromExcelSerial(grid1904.rows[0][0] as number, true)).toBe(localDate(2024, 1, 15));
  });

  it('reads merged areas', async () => {
    const grid = await openXlsx(
      xlsx([{ name: 'S', xml: sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>', '<mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="D5"/></mergeCells>') }]),
    ).readSheet('S');
    expect(grid.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 5, left: 4, bottom: 5, right: 4 },
    ]);
  });

  it('reads sheets whose elements carry a namespace prefix', async () => {
    const xml =
      `<?xml version="1.0"?><!-- generated --><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>text</x:t></x:is></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>';
    const grid = await openXlsx(xlsx([{ name: 'S', xml }])).readSheet('S');
    expect(grid.rows).toEqual([['text', 2]]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it('stops at maxRows without reading the rest of the sheet', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c><v>${i + 1}</v></c><c t="inlineStr"><is><t>row ${i + 1}</t></is></c></row>`);
    const book = openXlsx(xlsx([{ name: 'S', xml: sheet(rows.join(''), '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>') }]));
    const head = await book.readSheet('S', { maxRows: 3 });
    expect(head.rows).toEqual([
      [1, 'row 1'],
      [2, 'row 2'],
      [3, 'row 3'],
    ]);
    expect(head.merges).toBeUndefined();
    const all = await book.readSheet('S', { maxRows: 10000 });
    expect(all.rows).toHaveLength(5000);
    expect(all.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it('counts maxRows in sheet rows, not row elements', async () => {
    const book = openXlsx(xlsx([{ name: 'S', xml: sheet('<row r="2"><c><v>2</v></c></row><row r="3"><c><v>3</v></c></row><row r="9"><c><v>9</v></c></row>') }]));
    expect((await book.readSheet('S', { maxRows: 3 })).rows).toEqual([[], [2], [3]]);
    expect((await book.readSheet('S', { maxRows: 1 })).rows).toEqual([]);
  });

  it('keeps numbers exactly as Number() parses them', async () => {
    const values = ['0', '-0', '1', '0.1', '0.30000000000000004', '123456789012345', '1234567890123456789', '1E+20', '-2.5e-10', '007', '4.35', '9007199254740993'];
    const grid = await readOnly(`<row r="1">${values.map((v) => `<c><v>${v}</v></c>`).join('')}</row>`);
    expect(grid.rows[0]).toEqual(values.map(Number));
    expect(Object.is(grid.rows[0][1], -0)).toBe(true);
  });

  it('reads the first rows of a stored (uncompressed) sheet part too', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c><v>${i + 1}</v></c></row>`).join('');
    const book = openXlsx(xlsx([{ name: 'S', xml: sheet(rows) }], { level: 0 }));
    expect((await book.readSheet('S', { maxRows: 2 })).rows).toEqual([[1], [2]]);
    expect((await book.readSheet('S')).rows).toHaveLength(300);
  });

  it('parses any number Excel can write exactly as Number() does', () => {
    const scan = (texts: string[]) =>
      scanSheet(sheet(`<row r="1">${texts.map((t) => `<c><v>${t}</v></c>`).join('')}</row>`), {
        name: 'S',
        sharedStrings: [],
        cellFormats: [],
        date1904: false,
        maxRows: Infinity,
        complete: true,
      }).rows[0];
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,12}$/), fc.stringMatching(/^[0-9]{0,10}$/))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(decimal, fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)), { minLength: 1, maxLength: 20 }), (texts) => {
        expect(scan(texts)).toEqual(texts.map(Number));
      }),
    );
  });

  it('reports a workbook that refers to a missing shared string as damaged', async () => {
    const bytes = xlsx([{ name: 'S', xml: sheet('<row r="1"><c t="s"><v>7</v></c></row>') }], { sharedStrings: `<sst xmlns="${MAIN}"><si><t>a</t></si></sst>` });
    expect(await errorCode(bytes)).toBe('not-a-workbook');
  });

  it('rejects reading a sheet that is not a worksheet of the workbook', async () => {
    const book = openXlsx(xlsx([{ name: 'Chart1', xml: '<chartsheet/>', kind: 'chartsheet' }]));
    await expect(book.readSheet('Chart1')).rejects.toThrow(/no worksheet named "Chart1"/);
  });
});

describe('openXlsx errors', () => {
  const codeOf = (bytes: Uint8Array): string => {
    try {
      openXlsx(bytes);
    } catch (e) {
      if (e instanceof XlsxError) return e.code;
      throw e;
    }
    return 'no error';
  };

  it('calls random bytes not a zip', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(codeOf(garbage)).toBe('not-a-zip');
    expect(codeOf(strToU8('Invoice,Amount\n1,2\n'))).toBe('not-a-zip');
  });

  it('calls a cut-off workbook a damaged zip', () => {
    const whole = xlsx([{ name: 'S', xml: sheet('<row r="1"><c><v>1</v></c></row>'.repeat(200)) }]);
    expect(codeOf(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('not-a-zip');
  });

  it('recognises password-protected and legacy .xls files by their OLE header', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codeOf(ole)).toBe('encrypted');
    try {
      openXlsx(ole);
    } catch (e) {
      expect((e as Error).message).toBe('This is a password-protected or legacy .xls workbook; save it as .xlsx without a password.');
    }
  });

  it('tells a zip that is not a workbook apart', () => {
    expect(codeOf(zipSync({ 'readme.txt': strToU8('hello') }))).toBe('not-a-workbook');
    const docx = zipSync({
      '_rels/.rels': strToU8(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
      'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
    });
    expect(codeOf(docx)).toBe('not-a-workbook');
  });

  it('turns away binary workbooks', () => {
    const xlsb = zipSync({
      '_rels/.rels': strToU8(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>`),
      'xl/workbook.bin': new Uint8Array([1, 2, 3]),
    });
    expect(codeOf(xlsb)).toBe('unsupported');
  });
});
