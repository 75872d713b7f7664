/**
 * The aging summary's chart in the .xlsx writer: real DrawingML parts whose series point at the
 * sheet's cells, written beside the user's own drawings and charts without touching them, and
 * rewritten in place on every refresh.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agingSummarySheet } from '../../workbook/agingSummarySheet';
import { money, text, type OutSheet } from '../../workbook/ports';
import { chartPlacement } from '../../workbook/sheetLayout';
import { newXlsxWorkbook, openXlsx } from './xlsxWorkbook';
import { ZipArchive } from './zipArchive';
import { parseXmlTags } from './xmlTags';

const FIXTURES = join(__dirname, '../../../test/fixtures/preserve');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const partText = (bytes: Uint8Array, name: string) => ZipArchive.read(bytes).text(name);
const partNames = (bytes: Uint8Array) => ZipArchive.read(bytes).entries.map((e) => e.name);

const aging: OutSheet = {
  name: 'Aging summary',
  title: ['Aging summary', 'As of 2026-11-30'],
  sections: [
    {
      heading: 'By currency',
      header: ['Currency', 'Current', '1-30', 'Total', 'Invoices'],
      rows: [
        [text('USD'), money(123450, 'USD'), money(-5, 'USD'), money(123445, 'USD'), null],
        [text("O'K & <co>"), money(1000, 'JPY'), null, money(1000, 'JPY'), null],
      ],
    },
    { heading: 'By customer', header: ['Customer', 'Currency', 'Current', '1-30', 'Total', 'Invoices', 'Extra'], rows: [[text('Acme'), text('USD')]] },
  ],
  chart: { title: 'Open amounts by bucket', section: 0, categories: 'header', seriesNameColumn: 0, firstSeriesColumn: 1, lastSeriesColumn: 2 },
};

/** Start and end tags pair up, in order: the part is well-formed as far as elements go. */
function expectBalanced(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  const open: string[] = [];
  let roots = 0;
  for (const tag of parseXmlTags(xml)) {
    if (open.length === 0) roots++;
    if (tag.kind === 'open') open.push(tag.qname);
    else if (tag.kind === 'close') expect(open.pop()).toBe(tag.qname);
  }
  expect(open).toEqual([]);
  expect(roots).toBe(1);
  // Every "&" starts an entity or character reference; no raw "<" sits in text.
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
}

const formulas = (xml: string) => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);

describe('the aging summary chart in an .xlsx', () => {
  const original = fixture('preserve.xlsx');
  let once: Uint8Array;
  let twice: Uint8Array;
  beforeAll(async () => {
    once = await openXlsx(original).withOwnedSheets([aging]);
    twice = await openXlsx(once).withOwnedSheets([aging]);
  });

  it('adds a drawing and a chart under free part names, next to the user\'s own', () => {
    const added = partNames(once).filter((name) => !partNames(original).includes(name));
    expect(added.sort()).toEqual(['xl/charts/chart2.xml', 'xl/drawings/_rels/drawing2.xml.rels', 'xl/drawings/drawing2.xml']);
    const archive = ZipArchive.read(once);
    const before = ZipArchive.read(original);
    for (const part of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/_rels/sheet3.xml.rels']) {
      expect(archive.bytes(archive.get(part)!)).toEqual(before.bytes(before.get(part)!));
    }
  });

  it('relates sheet, drawing and chart, and declares their content types', () => {
    const sheet = partText(once, 'xl/worksheets/sheet2.xml')!;
    expect(sheet).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(sheet.endsWith('</sheetData><drawing r:id="rId1"/></worksheet>')).toBe(true);
    expect(partText(once, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"/>',
    );
    expect(partText(once, 'xl/drawings/_rels/drawing2.xml.rels')).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"');
    const types = partText(once, '[Content_Types].xml')!;
    expect(types).toContain('<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it('writes a clustered column chart with one series per currency pointing at the bucket cells', () => {
    const chart = partText(once, 'xl/charts/chart2.xml')!;
    expectBalanced(chart);
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain('<a:t>Open amounts by bucket</a:t>');
    expect(formulas(chart)).toEqual([
      "'Aging summary'!$A$6",
      "'Aging summary'!$B$5:$C$5",
      "'Aging summary'!$B$6:$C$6",
      "'Aging summary'!$A$7",
      "'Aging summary'!$B$5:$C$5",
      "'Aging summary'!$B$7:$C$7",
    ]);
    expect(chart).toContain('<c:pt idx="0"><c:v>USD</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="0"><c:v>O\'K &amp; &lt;co&gt;</c:v></c:pt>');
    expect(chart).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>Current</c:v></c:pt><c:pt idx="1"><c:v>1-30</c:v></c:pt>');
    expect(chart).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>1234.50</c:v></c:pt><c:pt idx="1"><c:v>-0.05</c:v></c:pt>');
    // An empty cell is a gap, not a zero.
    expect(chart).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>1000</c:v></c:pt></c:numCache>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).toMatch(/<c:catAx>.*<\/c:catAx><c:valAx>.*<\/c:valAx>/);
  });

  it('anchors the chart right of the widest table, from the section heading', () => {
    const drawing = partText(once, 'xl/drawings/drawing2.xml')!;
    expectBalanced(drawing);
    expect(drawing).toContain('<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>');
    expect(drawing).toMatch(/<xdr:graphicFrame macro="">.*<c:chart [^>]*r:id="rId1"\/>/);
    expectBalanced(partText(once, 'xl/worksheets/sheet2.xml')!);
  });

  it('rewrites its own parts in place on a refresh: the same bytes every time', async () => {
    expect(twice).toEqual(once);
    expect(await openXlsx(twice).withOwnedSheets([aging])).toEqual(once);
  });

  it('drops its own parts, and only those, when the sheet no longer has a chart', async () => {
    const without = await openXlsx(once).withOwnedSheets([{ ...aging, chart: undefined }]);
    const names = partNames(without);
    expect(names).not.toContain('xl/charts/chart2.xml');
    expect(names).not.toContain('xl/drawings/drawing2.xml');
    expect(names).not.toContain('xl/drawings/_rels/drawing2.xml.rels');
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']));
    const types = partText(without, '[Content_Types].xml')!;
    expect(types).not.toContain('chart2.xml');
    expect(types).toContain('/xl/charts/chart1.xml');
    expect(partText(without, 'xl/worksheets/sheet2.xml')).not.toContain('<drawing');
  });

  it('is read by exceljs and by our reader', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(once as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Aging summary')!.getCell('B6').value).toBe(1234.5);
    const grid = await openXlsx(once).readSheet('Aging summary');
    expect(grid.rows[4]).toEqual(['Currency', 'Current', '1-30', 'Total', 'Invoices']);
    expect(grid.rows[5]?.[0]).toBe('USD');
  });

  it('puts <drawing> before <tableParts> on a sheet with a table, and the table keeps rId1', async () => {
    const bytes = await newXlsxWorkbook([{ ...aging, table: { name: 'ByCurrency' } }]);
    const sheet = partText(bytes, 'xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>');
    expect(partText(bytes, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(partText(bytes, 'xl/charts/chart1.xml')).toContain("<c:f>'Aging summary'!$B$6:$C$6</c:f>");
    expect(await openXlsx(bytes).withOwnedSheets([{ ...aging, table: { name: 'ByCurrency' } }])).toEqual(bytes);
  });
});

describe('the aging summary sheet asks for a chart of its buckets', () => {
  it('charts the "By currency" section, buckets only', () => {
    const sheet = agingSummarySheet({
      asOf: 0 as never,
      basis: 'due-date',
      bucketIds: ['current', '1-30', '31-60'],
      sourceSheet: 'Invoices',
      summary: { byCurrency: new Map([['USD', { buckets: [100, 200, 300], total: 600, invoices: 3 }]]), byCustomer: [] } as never,
    });
    expect(sheet.chart).toEqual({ title: 'Open amounts by bucket', section: 0, categories: 'header', seriesNameColumn: 0, firstSeriesColumn: 1, lastSeriesColumn: 3 });
    expect(sheet.sections[0].header.slice(1, 4)).toEqual(['current', '1-30', '31-60']);
    expect(chartPlacement(sheet)).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 6, fromColumn: 8, fromRow: 3 });
  });

  it('refuses a chart whose columns fall outside the section', () => {
    expect(() => chartPlacement({ ...aging, chart: { ...aging.chart!, lastSeriesColumn: 9 } })).toThrow(RangeError);
    expect(() => chartPlacement({ ...aging, chart: { ...aging.chart!, seriesNameColumn: 2 } })).toThrow(RangeError);
  });
});
