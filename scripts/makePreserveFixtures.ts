/**
 * Writes test/fixtures/preserve/preserve.xlsx and preserve.xlsm: workbooks full of parts the
 * product must carry through a refresh untouched. exceljs makes what it can (tables, comments,
 * data validation, conditional formats, defined names, an image); the parts it cannot make
 * (chart, chart sheet, pivot table and cache, calcChain, VBA project) are injected as minimal,
 * Excel-like XML. The result is zipped by fflate's streaming writer (sizes after the data), a
 * different layout from both exceljs and our own writer.
 *
 * Run: npx tsc -b && node dist/scripts/makePreserveFixtures.js
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, Zip, ZipDeflate } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ZipArchive } from '../src/adapters/xlsx/zipArchive';
import { appendChildren } from '../src/adapters/xlsx/xmlEdit';

const OUT_DIR = resolve(__dirname, '../../test/fixtures/preserve');
const FIXED_TIME = new Date(Date.UTC(2026, 0, 1));
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const DRAWINGML = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chartsheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCacheDefinition: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotCacheRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  calcChain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
  macroMain: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  vba: 'application/vnd.ms-office.vbaProject',
};
// A 1x1 PNG (typed for exceljs, whose Buffer type predates Node's generic one).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const INVOICES: [string, string, number, Date, string][] = [
  ['INV-1001', 'Acme', 1200, new Date(Date.UTC(2026, 8, 15)), 'open'],
  ['INV-1002', 'Globex', 450.5, new Date(Date.UTC(2026, 9, 1)), 'open'],
  ['INV-1003', 'Initech', 5000, new Date(Date.UTC(2026, 9, 20)), 'paid'],
  ['INV-1004', 'Acme', 99.99, new Date(Date.UTC(2026, 10, 2)), 'open'],
  ['INV-1005', 'Globex', 2300, new Date(Date.UTC(2026, 10, 10)), 'open'],
  ['INV-1006', 'Initech', 780, new Date(Date.UTC(2026, 10, 28)), 'paid'],
];

/** The package as editable parts, in the order the writer stored them. */
class Parts {
  readonly order: string[] = [];
  readonly data = new Map<string, Uint8Array>();

  static from(bytes: Uint8Array): Parts {
    const parts = new Parts();
    const archive = ZipArchive.read(bytes);
    for (const entry of archive.entries) {
      if (!entry.name.endsWith('/')) parts.set(entry.name, archive.bytes(entry).slice());
    }
    return parts;
  }

  set(name: string, data: Uint8Array | string): void {
    if (!this.data.has(name)) this.order.push(name);
    this.data.set(name, typeof data === 'string' ? strToU8(data) : data);
  }

  text(name: string): string {
    const data = this.data.get(name);
    if (!data) throw new Error(`no part ${name}`);
    return strFromU8(data);
  }

  edit(name: string, change: (xml: string) => string): void {
    const before = this.text(name);
    const after = change(before);
    if (after === before) throw new Error(`editing ${name} changed nothing`);
    this.set(name, after);
  }

  append(name: string, parent: string, children: string): void {
    this.edit(name, (xml) => {
      const out = appendChildren(xml, parent, children);
      if (out === null) throw new Error(`${name} has no <${parent}>`);
      return out;
    });
  }

  override(part: string, contentType: string): void {
    this.append('[Content_Types].xml', 'Types', `<Override PartName="/${part}" ContentType="${contentType}"/>`);
  }

  relate(relsPart: string, id: string, type: string, target: string): void {
    if (!this.data.has(relsPart)) this.set(relsPart, `${PROLOG}<Relationships xmlns="${PKG_REL}"></Relationships>`);
    this.append(relsPart, 'Relationships', `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  }

  /** Zipped with data descriptors and a fixed time, so regenerating gives the same bytes. */
  zip(): Uint8Array {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const name of this.order) {
      const file = new ZipDeflate(name, { level: 9 });
      file.mtime = FIXED_TIME;
      zip.add(file);
      file.push(this.data.get(name)!, true);
    }
    zip.end();
    return Buffer.concat(chunks);
  }
}

function barChart(title: string, categories: string, values: string): string {
  return (
    PROLOG +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML}" xmlns:r="${REL}">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Amount</c:v></c:tx><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${categories}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${values}</c:f></c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="150"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>' +
    '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function chartFrame(id: number, relId: string): string {
  return (
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`
  );
}

/** An embedded chart, added to the drawing exceljs made for the image on the same sheet. */
function injectEmbeddedChart(parts: Parts): void {
  parts.set('xl/charts/chart1.xml', barChart('Open amounts', "'Invoices'!$B$2:$B$7", "'Invoices'!$C$2:$C$7"));
  parts.override('xl/charts/chart1.xml', CT.chart);
  parts.relate('xl/drawings/_rels/drawing1.xml.rels', 'rIdChart1', `${REL}/chart`, '../charts/chart1.xml');
  parts.append(
    'xl/drawings/drawing1.xml',
    'wsDr',
    '<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
      '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      `${chartFrame(2, 'rIdChart1')}<xdr:clientData/></xdr:twoCellAnchor>`,
  );
}

/** A pivot table of amounts by customer on `sheetPart`, with its cache and records. */
function injectPivotTable(parts: Parts, sheetPart: string, workbookRelId: string): void {
  const customers = ['Acme', 'Globex', 'Initech'];
  const amounts = INVOICES.map((r) => r[2]);
  const iso = (d: Date) => d.toISOString().slice(0, 19);
  const dates = INVOICES.map((r) => r[3].getTime());
  parts.set(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    PROLOG +
      `<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshedBy="Fixture" refreshedDate="46023" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${INVOICES.length}">` +
      '<cacheSource type="worksheet"><worksheetSource ref="A1:E7" sheet="Invoices"/></cacheSource><cacheFields count="5">' +
      '<cacheField name="Invoice" numFmtId="0"><sharedItems/></cacheField>' +
      `<cacheField name="Customer" numFmtId="0"><sharedItems count="3">${customers.map((c) => `<s v="${c}"/>`).join('')}</sharedItems></cacheField>` +
      `<cacheField name="Amount" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="${Math.min(...amounts)}" maxValue="${Math.max(...amounts)}"/></cacheField>` +
      `<cacheField name="Due" numFmtId="14"><sharedItems containsSemiMixedTypes="0" containsNonDate="0" containsDate="1" containsString="0" minDate="${iso(new Date(Math.min(...dates)))}" maxDate="${iso(new Date(Math.max(...dates)))}"/></cacheField>` +
      '<cacheField name="Status" numFmtId="0"><sharedItems count="2"><s v="open"/><s v="paid"/></sharedItems></cacheField>' +
      '</cacheFields></pivotCacheDefinition>',
  );
  parts.set(
    'xl/pivotCache/pivotCacheRecords1.xml',
    PROLOG +
      `<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="${INVOICES.length}">` +
      INVOICES.map(
        ([inv, customer, amount, due, status]) =>
          `<r><s v="${inv}"/><x v="${customers.indexOf(customer)}"/><n v="${amount}"/><d v="${iso(due)}"/><x v="${status === 'open' ? 0 : 1}"/></r>`,
      ).join('') +
      '</pivotCacheRecords>',
  );
  parts.relate('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'rId1', `${REL}/pivotCacheRecords`, 'pivotCacheRecords1.xml');
  parts.set(
    'xl/pivotTables/pivotTable1.xml',
    PROLOG +
      `<pivotTableDefinition xmlns="${MAIN}" name="AmountsByCustomer" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
      '<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="5">' +
      '<pivotField showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField>' +
      '<pivotField dataField="1" showAll="0"/><pivotField numFmtId="14" showAll="0"/><pivotField showAll="0"/></pivotFields>' +
      '<rowFields count="1"><field x="1"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems>' +
      '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Amount" fld="2" baseField="0" baseItem="0"/></dataFields>' +
      '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>',
  );
  parts.relate('xl/pivotTables/_rels/pivotTable1.xml.rels', 'rId1', `${REL}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml');
  const sheetFile = sheetPart.slice(sheetPart.lastIndexOf('/') + 1);
  parts.relate(`xl/worksheets/_rels/${sheetFile}.rels`, 'rIdPivot1', `${REL}/pivotTable`, '../pivotTables/pivotTable1.xml');
  parts.relate('xl/_rels/workbook.xml.rels', workbookRelId, `${REL}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
  // pivotCaches follows calcPr in the workbook's schema order.
  parts.edit('xl/workbook.xml', (xml) => xml.replace(/(<calcPr[^>]*\/>)/, `$1<pivotCaches><pivotCache cacheId="1" r:id="${workbookRelId}"/></pivotCaches>`));
  parts.override('xl/pivotTables/pivotTable1.xml', CT.pivotTable);
  parts.override('xl/pivotCache/pivotCacheDefinition1.xml', CT.pivotCacheDefinition);
  parts.override('xl/pivotCache/pivotCacheRecords1.xml', CT.pivotCacheRecords);
}

function injectCalcChain(parts: Parts, cells: readonly [ref: string, sheetId: number][], relId: string): void {
  parts.set(
    'xl/calcChain.xml',
    PROLOG + `<calcChain xmlns="${MAIN}">${cells.map(([ref, id]) => `<c r="${ref}" i="${id}"/>`).join('')}</calcChain>`,
  );
  parts.relate('xl/_rels/workbook.xml.rels', relId, `${REL}/calcChain`, 'calcChain.xml');
  parts.override('xl/calcChain.xml', CT.calcChain);
}

function addInvoiceSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Invoices');
  ws.columns = [{ width: 12 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 12 }];
  ws.addTable({
    name: 'InvoiceTable',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: [{ name: 'Invoice' }, { name: 'Customer' }, { name: 'Amount' }, { name: 'Due' }, { name: 'Status' }],
    rows: INVOICES.map((r) => [...r]),
  });
  INVOICES.forEach((r, i) => {
    ws.getCell(`F${i + 2}`).value = { formula: `C${i + 2}*1.2`, result: Math.round(r[2] * 1.2 * 100) / 100 };
    ws.getCell(`D${i + 2}`).numFmt = 'yyyy-mm-dd';
  });
  ws.getCell('F1').value = 'With VAT';
  ws.getCell('A2').note = 'First invoice of the quarter';
  for (let row = 2; row <= 7; row++) ws.getCell(`E${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['StatusList'] };
  ws.addConditionalFormatting({
    ref: 'C2:C7',
    rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['1000'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  ws.pageSetup.printArea = 'A1:F7';
  return ws;
}

async function exceljsPackage(wb: ExcelJS.Workbook): Promise<Parts> {
  wb.creator = 'Dunning Desk fixtures';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  return Parts.from(new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function makeXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addInvoiceSheet(wb);
  const aging = wb.addWorksheet('Aging summary');
  aging.getCell('A1').value = 'Aging summary (old copy)';
  aging.getCell('A3').value = 'Current';
  aging.getCell('B3').value = 1000;
  aging.getCell('A4').value = '1-30 days';
  aging.getCell('B4').value = 250;
  aging.getCell('A5').value = 'Total';
  aging.getCell('B5').value = { formula: 'SUM(B3:B4)', result: 1250 };
  aging.getCell('A1').note = 'Rewritten on every refresh';
  const dashboard = wb.addWorksheet('Dashboard');
  dashboard.getCell('A1').value = 'Dashboard';
  dashboard.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'B3:D8');
  const pivot = wb.addWorksheet('Pivot');
  pivot.getCell('A3').value = 'Row Labels';
  pivot.getCell('B3').value = 'Sum of Amount';
  ['Acme', 'Globex', 'Initech', 'Grand Total'].forEach((label, i) => {
    pivot.getCell(`A${i + 4}`).value = label;
    pivot.getCell(`B${i + 4}`).value = [1299.99, 2750.5, 5780, 9830.49][i];
  });
  const lists = wb.addWorksheet('Lists', { state: 'hidden' });
  lists.getCell('A1').value = 'open';
  lists.getCell('A2').value = 'paid';
  wb.definedNames.add("'Invoices'!$C$2:$C$7", 'InvoiceAmounts');
  wb.definedNames.add("'Lists'!$A$1:$A$2", 'StatusList');

  const parts = await exceljsPackage(wb);
  const sheetPart = (name: string) => {
    const id = /<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g;
    const rels = parts.text('xl/_rels/workbook.xml.rels');
    for (const m of parts.text('xl/workbook.xml').matchAll(id)) {
      if (m[1] === name) return `xl/${new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
    }
    throw new Error(`no sheet ${name}`);
  };
  injectEmbeddedChart(parts);
  injectPivotTable(parts, sheetPart('Pivot'), 'rIdPivotCache1');
  injectCalcChain(parts, [...INVOICES.map((_, i): [string, number] => [`F${i + 2}`, 1]), ['B5', 2]], 'rIdCalc1');
  // A sheet-local name on the sheet the product will replace, next to exceljs's print area.
  parts.append('xl/workbook.xml', 'definedNames', `<definedName name="AgingTotal" localSheetId="1">'Aging summary'!$B$5</definedName>`);
  return parts.zip();
}

/**
 * A stand-in vbaProject.bin: an OLE compound-file header followed by filler. It is not a real
 * VBA project (Excel would report the macros as unreadable); it only has to come back byte for byte.
 */
function placeholderVbaProject(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 8, x = 2463534242; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

async function makeXlsm(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addInvoiceSheet(wb);
  wb.addWorksheet('Notes').getCell('A1').value = 'Macros live in Module1';
  wb.definedNames.add("'Invoices'!$C$2:$C$7", 'InvoiceAmounts');
  const parts = await exceljsPackage(wb);

  parts.set('xl/vbaProject.bin', placeholderVbaProject());
  parts.relate('xl/_rels/workbook.xml.rels', 'rIdVba1', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
  parts.edit('[Content_Types].xml', (xml) =>
    xml
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', CT.macroMain)
      .replace('<Default Extension="rels"', `<Default Extension="bin" ContentType="${CT.vba}"/><Default Extension="rels"`),
  );
  parts.edit('xl/workbook.xml', (xml) => xml.replace('<workbookPr ', '<workbookPr codeName="ThisWorkbook" '));

  // A chart sheet between the worksheets: a sheet the reader must skip and the writer must keep.
  parts.set('xl/charts/chart1.xml', barChart('Amounts', "'Invoices'!$A$2:$A$7", "'Invoices'!$C$2:$C$7"));
  parts.set(
    'xl/drawings/drawing1.xml',
    PROLOG +
      `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${DRAWINGML}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666667" cy="6300000"/>` +
      `${chartFrame(2, 'rId1')}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  parts.relate('xl/drawings/_rels/drawing1.xml.rels', 'rId1', `${REL}/chart`, '../charts/chart1.xml');
  parts.set(
    'xl/chartsheets/sheet1.xml',
    PROLOG + `<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr/><sheetViews><sheetView zoomScale="100" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  parts.relate('xl/chartsheets/_rels/sheet1.xml.rels', 'rId1', `${REL}/drawing`, '../drawings/drawing1.xml');
  parts.relate('xl/_rels/workbook.xml.rels', 'rIdChartSheet1', `${REL}/chartsheet`, 'chartsheets/sheet1.xml');
  parts.edit('xl/workbook.xml', (xml) =>
    xml.replace(/(<sheet [^>]*name="Invoices"[^>]*\/>)/, '$1<sheet name="Chart1" sheetId="9" r:id="rIdChartSheet1"/>'),
  );
  parts.override('xl/chartsheets/sheet1.xml', CT.chartsheet);
  parts.override('xl/drawings/drawing1.xml', CT.drawing);
  parts.override('xl/charts/chart1.xml', CT.chart);
  injectCalcChain(parts, INVOICES.map((_, i): [string, number] => [`F${i + 2}`, 1]), 'rIdCalc1');
  return parts.zip();
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'preserve.xlsx'), await makeXlsx());
  writeFileSync(join(OUT_DIR, 'preserve.xlsm'), await makeXlsm());
  console.log(`wrote preserve.xlsx and preserve.xlsm to ${OUT_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
