import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../../domain/localDate';
import { date, int, money, num, text, type OutSheet } from '../../workbook/ports';
import { XlsxError } from './xlsxError';
import { newXlsxWorkbook, openXlsx } from './xlsxWorkbook';
import { ZipArchive, type ZipEntry } from './zipArchive';
import { closingIndex, parseXmlTags } from './xmlTags';

const FIXTURES = join(__dirname, '../../../test/fixtures/preserve');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

const aging: OutSheet = {
  name: 'Aging summary',
  title: ['Aging summary', 'As of 2026-11-30'],
  sections: [
    {
      heading: 'By currency',
      header: ['Currency', 'Current', '1-30 days'],
      rows: [
        [text('USD'), money(123450, 'USD'), money(-5, 'USD')],
        [text('JPY'), money(1000, 'JPY'), null],
        [text('KWD'), money(1234567, 'KWD'), money(0, 'KWD')],
      ],
    },
    {
      header: ['Customer', 'Note', 'Due', 'Invoices', 'Score'],
      rows: [[text('=1+1'), text('  <b>&amp;</b> _x0041_ '), date(localDate(2026, 11, 1)!), int(3), num(0.125)]],
    },
  ],
};

const actions: OutSheet = {
  name: "Today's actions",
  title: ["Today's actions"],
  sections: [
    {
      header: ['Customer', 'Step', 'Amount', 'Invoices'],
      rows: [
        [text('Acme'), text('call'), money(129999, 'USD'), text('INV-1001\nINV-1004')],
        [text('Globex'), text('email'), money(275050, 'USD'), text('INV-1002')],
      ],
    },
  ],
  columnWidths: [30],
  table: { name: 'TodaysActions' },
  choices: [{ column: 1, values: ['call', 'email', 'letter "formal"'] }],
  rowColors: { column: 1, colors: { call: 'FFC7CE', email: 'C6EFCE' } },
  wrapColumns: [3],
};

const entries = (bytes: Uint8Array) => new Map(ZipArchive.read(bytes).entries.map((e): [string, ZipEntry] => [e.name, e]));
const partText = (bytes: Uint8Array, name: string) => ZipArchive.read(bytes).text(name) ?? '';

/** The children of a top-level styles list, whitespace between tags removed. */
function styleList(stylesXml: string, list: string): { count: string | undefined; children: string[] } {
  const tags = parseXmlTags(stylesXml);
  const open = tags.findIndex((t) => t.name === list && t.kind !== 'close');
  if (open === -1) return { count: undefined, children: [] };
  const end = closingIndex(tags, open);
  const children: string[] = [];
  for (let i = open + 1; i < end; i = closingIndex(tags, i) + 1) {
    children.push(stylesXml.slice(tags[i].start, tags[closingIndex(tags, i)].end).replace(/>\s+</g, '><'));
  }
  return { count: tags[open].attrs.count, children };
}

async function loadWithExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('withOwnedSheets on a workbook full of other parts (preserve.xlsx)', () => {
  const original = fixture('preserve.xlsx');
  let once: Uint8Array;
  let twice: Uint8Array;
  beforeAll(async () => {
    once = await openXlsx(original).withOwnedSheets([aging, actions]);
    twice = await openXlsx(once).withOwnedSheets([aging, actions]);
  });
  const CHANGED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet2.xml'];
  const REMOVED = ['xl/worksheets/_rels/sheet2.xml.rels', 'xl/calcChain.xml'];

  it('copies every part it does not own byte for byte, compressed and uncompressed', () => {
    const before = entries(original);
    const after = entries(once);
    const archive = ZipArchive.read(once);
    const originalArchive = ZipArchive.read(original);
    for (const [name, entry] of before) {
      if (CHANGED.includes(name) || REMOVED.includes(name)) continue;
      const copy = after.get(name);
      expect(copy).toBeDefined();
      expect({ name, raw: copy!.raw, crc: copy!.crc32, method: copy!.method }).toEqual({ name, raw: entry.raw, crc: entry.crc32, method: entry.method });
      expect(archive.bytes(copy!)).toEqual(originalArchive.bytes(entry));
    }
    expect([...before.keys()].filter((name) => !after.has(name)).sort()).toEqual([...REMOVED].sort());
    expect([...after.keys()].filter((name) => !before.has(name)).sort()).toEqual(['xl/tables/table2.xml', 'xl/worksheets/_rels/sheet6.xml.rels', 'xl/worksheets/sheet6.xml']);
  });

  it('gives the same bytes when the same sheets are written again', async () => {
    expect(twice).toEqual(once);
    expect(await openXlsx(twice).withOwnedSheets([aging, actions])).toEqual(once);
  });

  it('keeps the sheet list, defined names and pivot caches, and appends the new sheet', () => {
    const before = partText(original, 'xl/workbook.xml');
    const after = partText(once, 'xl/workbook.xml');
    const sheetsBefore = /<sheets>(.*)<\/sheets>/.exec(before)![1];
    expect(after).toContain(`<sheets>${sheetsBefore}<sheet name="Today's actions" sheetId="6" r:id="rId11"/></sheets>`);
    expect(partText(once, 'xl/_rels/workbook.xml.rels')).toContain('<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet6.xml"/>');
    expect(after.replace(/<sheets>.*<\/sheets>/, '')).toBe(before.replace(/<sheets>.*<\/sheets>/, ''));
    expect(after).toContain('<sheet sheetId="2" name="Aging summary" state="visible" r:id="rId5"/>');
  });

  it('drops the calculation chain when a replaced sheet held formulas, with its relationship and content type', () => {
    expect(partText(original, 'xl/_rels/workbook.xml.rels')).toContain('calcChain');
    expect(partText(once, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(partText(once, '[Content_Types].xml')).not.toContain('calcChain');
  });

  it('only adds relationships and content types', () => {
    const withoutCalcChain = (xml: string) => xml.replace(/<(Relationship|Override)[^>]*calcChain[^>]*\/>/, '');
    for (const part of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      const before = withoutCalcChain(partText(original, part));
      const after = partText(once, part);
      const closing = before.lastIndexOf('</');
      expect(after.startsWith(before.slice(0, closing))).toBe(true);
      expect(after.endsWith(before.slice(closing))).toBe(true);
    }
    expect(partText(once, '[Content_Types].xml')).toContain('<Override PartName="/xl/tables/table2.xml"');
  });

  it('only appends to the styles lists, with counts that match', () => {
    const before = partText(original, 'xl/styles.xml');
    const after = partText(once, 'xl/styles.xml');
    for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
      const old = styleList(before, list);
      const now = styleList(after, list);
      expect(now.children.slice(0, old.children.length)).toEqual(old.children);
      if (now.count !== undefined) expect(Number(now.count)).toBe(now.children.length);
    }
    expect(styleList(after, 'cellXfs').children.length).toBeGreaterThan(styleList(before, 'cellXfs').children.length);
  });

  it('replaces the owned sheet in place, without its old comments', async () => {
    const book = openXlsx(once);
    expect(book.sheetNames()).toEqual(['Invoices', 'Aging summary', 'Dashboard', 'Pivot', 'Lists', "Today's actions"]);
    const grid = await book.readSheet('Aging summary');
    expect(grid.rows).toEqual([
      ['Aging summary'],
      ['As of 2026-11-30'],
      [],
      ['By currency'],
      ['Currency', 'Current', '1-30 days'],
      ['USD', 1234.5, -0.05],
      ['JPY', 1000],
      ['KWD', 1234.567, 0],
      [],
      ['Customer', 'Note', 'Due', 'Invoices', 'Score'],
      ['=1+1', '  <b>&amp;</b> _x0041_ ', 46327, 3, 0.125],
    ]);
    expect(grid.formats?.[5]).toEqual([undefined, '#,##0.00 "USD"', '#,##0.00 "USD"']);
    expect(grid.formats?.[6]).toEqual([undefined, '#,##0 "JPY"']);
    expect(grid.formats?.[7]).toEqual([undefined, '#,##0.000 "KWD"', '#,##0.000 "KWD"']);
    expect(grid.formats?.[10]).toEqual([undefined, undefined, 'yyyy-mm-dd']);
    const xml = partText(once, 'xl/worksheets/sheet2.xml');
    expect(xml).toContain('<v>1234.50</v>');
    expect(xml).toContain('<v>-0.05</v>');
    expect(xml).toContain('<v>1234.567</v>');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('legacyDrawing');
  });

  it('writes the first section as a table, frozen below its header, with lists, colours and wrapping', async () => {
    const xml = partText(once, 'xl/worksheets/sheet6.xml');
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    expect(xml).toContain('sqref="B4:B5"><formula1>&quot;call,email,letter &quot;&quot;formal&quot;&quot;&quot;</formula1>');
    expect(xml).toContain('<conditionalFormatting sqref="A4:D5">');
    expect(xml).toContain('<formula>$B4=&quot;call&quot;</formula>');
    expect(xml).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    const table = partText(once, 'xl/tables/table2.xml');
    expect(table).toContain('id="2" name="TodaysActions" displayName="TodaysActions" ref="A3:D5"');
    expect(table).toContain('<tableColumn id="1" name="Customer"/><tableColumn id="2" name="Step"/>');
    expect(partText(once, 'xl/worksheets/_rels/sheet6.xml.rels')).toContain('Target="../tables/table2.xml"');
    const styles = partText(once, 'xl/styles.xml');
    expect(styles).toContain('<dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>');
    expect(styles).toMatch(/<xf [^>]*applyAlignment="1"><alignment vertical="top" wrapText="1"\/><\/xf>/);

    const grid = await openXlsx(once).readSheet("Today's actions");
    expect(grid.rows[3]).toEqual(['Acme', 'call', 1299.99, 'INV-1001\nINV-1004']);
  });

  it('is readable by exceljs, with text kept as text', async () => {
    const wb = await loadWithExceljs(once);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Invoices', 'Aging summary', 'Dashboard', 'Pivot', 'Lists', "Today's actions"]);
    const sheet = wb.getWorksheet('Aging summary')!;
    expect(sheet.getCell('A1').value).toBe('Aging summary');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').font?.size).toBe(14);
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.getCell('A5').border?.bottom?.style).toBe('thin');
    expect(sheet.getCell('B6').value).toBe(1234.5);
    expect(sheet.getCell('B6').numFmt).toBe('#,##0.00 "USD"');
    expect(sheet.getCell('A11').value).toBe('=1+1');
    expect(sheet.getCell('A11').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C11').numFmt).toBe('yyyy-mm-dd');
    const invoices = wb.getWorksheet('Invoices')!;
    expect(invoices.getCell('F2').formula).toBe('C2*1.2');
  });
});

describe('withOwnedSheets on a macro workbook with a chart sheet (preserve.xlsm)', () => {
  const original = fixture('preserve.xlsm');
  let once: Uint8Array;
  beforeAll(async () => {
    once = await openXlsx(original).withOwnedSheets([aging, actions]);
  });

  it('appends new sheets after all others and leaves macros and the calculation chain alone', async () => {
    const before = entries(original);
    const after = entries(once);
    for (const [name, entry] of before) {
      if (['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'].includes(name)) continue;
      expect({ name, raw: after.get(name)?.raw }).toEqual({ name, raw: entry.raw });
    }
    expect(partText(once, '[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const workbook = partText(once, 'xl/workbook.xml');
    expect(workbook).toContain('<sheet name="Aging summary" sheetId="10" r:id="rId9"/><sheet name="Today\'s actions" sheetId="11" r:id="rId10"/></sheets>');
    const book = openXlsx(once);
    expect(book.sheetNames()).toEqual(['Invoices', 'Notes', 'Aging summary', "Today's actions"]);
    expect((await book.readSheet('Aging summary')).rows[0]).toEqual(['Aging summary']);
  });

  it('renames a table whose name another table already uses', async () => {
    const out = await openXlsx(original).withOwnedSheets([{ ...actions, table: { name: 'InvoiceTable' } }]);
    expect(partText(out, 'xl/tables/table2.xml')).toContain('name="InvoiceTable_2"');
  });

  it('refuses to overwrite a chart sheet', async () => {
    await expect(openXlsx(original).withOwnedSheets([{ ...aging, name: 'chart1' }])).rejects.toThrow(XlsxError);
  });
});

describe('newXlsxWorkbook', () => {
  it('makes a valid workbook holding only the given sheets', async () => {
    const bytes = await newXlsxWorkbook([aging, actions]);
    const wb = await loadWithExceljs(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Aging summary', "Today's actions"]);
    expect(wb.getWorksheet('Aging summary')!.getCell('B6').value).toBe(1234.5);
    const book = openXlsx(bytes);
    expect((await book.readSheet("Today's actions")).rows[4]).toEqual(['Globex', 'email', 2750.5, 'INV-1002']);
    expect(await openXlsx(bytes).withOwnedSheets([aging, actions])).toEqual(bytes);
  });

  it('needs at least one sheet', async () => {
    await expect(newXlsxWorkbook([])).rejects.toThrow(RangeError);
  });

  it('keeps any text exactly, whatever characters it holds', async () => {
    const unstorable = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 20 }), async (texts) => {
        const bytes = await newXlsxWorkbook([{ name: 'T', title: [], sections: [{ header: ['x'], rows: texts.map((t) => [text(t)]) }] }]);
        const grid = await openXlsx(bytes).readSheet('T');
        expect(grid.rows.slice(1).map((row) => row[0] ?? '')).toEqual(texts.map((t) => t.replace(unstorable, '')));
      }),
      { numRuns: 40 },
    );
  });
});

describe('sheet names', () => {
  const named = (name: string): OutSheet => ({ name, title: ['x'], sections: [] });
  const refused = async (names: string[]): Promise<string> => {
    try {
      await newXlsxWorkbook(names.map(named));
    } catch (e) {
      if (e instanceof XlsxError) return e.message;
      throw e;
    }
    return 'accepted';
  };

  it("follows Excel's rules", async () => {
    expect(await refused([''])).toMatch(/1 to 31 characters/);
    expect(await refused(['x'.repeat(32)])).toMatch(/1 to 31 characters/);
    expect(await refused(['a/b'])).toMatch(/may not contain/);
    expect(await refused(['Q1?'])).toMatch(/may not contain/);
    expect(await refused(["'quoted'"])).toMatch(/apostrophe/);
    expect(await refused(['History'])).toMatch(/reserved/);
    expect(await refused(['Sheet', 'SHEET'])).toMatch(/used twice/);
    expect(await refused(['Счета за 2026', "Today's actions", 'x'.repeat(31)])).toBe('accepted');
  });
});

describe('withOwnedSheets on unusual packages', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const minimal = (workbook: string, extra: Record<string, string> = {}, rels = '') =>
    zipSync(
      Object.fromEntries(
        Object.entries({
          '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
          '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
          'xl/workbook.xml': workbook,
          'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${rels}</Relationships>`,
          'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
          ...extra,
        }).map(([name, xml]) => [name, strToU8(xml)]),
      ),
    );

  it('adds a styles part to a workbook that has none', async () => {
    const bytes = minimal(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    const out = await openXlsx(bytes).withOwnedSheets([aging]);
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).toContain(`Type="${REL}/styles" Target="styles.xml"`);
    expect(partText(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml"');
    expect((await openXlsx(out).readSheet('Aging summary')).formats?.[5]?.[1]).toBe('#,##0.00 "USD"');
    expect((await loadWithExceljs(out)).getWorksheet('Aging summary')!.getCell('A1').font?.bold).toBe(true);
  });

  it('adds a numFmts list where the stylesheet has none, in schema order', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs><tableStyles count="0"/></styleSheet>`;
    const bytes = minimal(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`, { 'xl/styles.xml': styles }, `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`);
    const out = partText(await openXlsx(bytes).withOwnedSheets([aging, actions]), 'xl/styles.xml');
    expect(out).toMatch(/^<styleSheet [^>]*><numFmts count="\d+">/);
    expect(out).toContain('<font><b/><sz val="14"/><name val="Arial"/></font>');
    expect(out).toMatch(/<\/cellXfs><dxfs count="2">.*<\/dxfs><tableStyles count="0"\/>/);
  });

  it('writes with the prefixes the workbook uses, declaring r: where it is missing', async () => {
    const bytes = minimal(`<x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet name="Data" sheetId="1" xmlns:rel="${REL}" rel:id="rId1"/></x:sheets></x:workbook>`);
    const out = await openXlsx(bytes).withOwnedSheets([aging]);
    // rId2 went to the styles part this package lacked.
    expect(partText(out, 'xl/workbook.xml')).toContain(`<x:sheet name="Aging summary" sheetId="2" r:id="rId3" xmlns:r="${REL}"/></x:sheets>`);
    expect(openXlsx(out).sheetNames()).toEqual(['Data', 'Aging summary']);
  });
});
