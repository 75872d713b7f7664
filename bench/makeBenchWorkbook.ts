/**
 * Writes a realistic invoice workbook of N rows for the benchmark, fast: the sheet XML is built
 * in chunks and streamed through fflate's deflate into the zip, so 1M rows never sit in one
 * string. The parts are the ones Excel writes (shared strings, styles with date and amount
 * formats, cell references on every cell, empty cells omitted).
 *
 * Columns: Invoice No, Customer, Invoice Date (real date), Due Date (real date, empty on ~30% of
 * rows that only have Terms), Terms, Amount, Paid, Currency, Status, Email (the customer's
 * accounts address; one customer in ten has none, as in real ledgers). Dates run from 2025-12-01 to
 * 2026-12-10, so as of 2026-11-30 every bucket is populated and a few invoices are not issued yet.
 *
 *   node dist/bench/makeBenchWorkbook.js OUT.xlsx [rows=100000] [seed=1]
 */
import * as fs from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import { seededRandom } from '../scripts/seededRandom';

const MTIME = new Date(2026, 10, 30, 9, 0, 0);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;


const serialOf = (utcMs: number): number => Math.round((utcMs - EXCEL_EPOCH) / DAY);

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Shared-string table: index by text, in first-use order, as Excel builds it. */
class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

const CURRENCIES: { code: string; share: number; scale: number; digits: number }[] = [
  { code: 'USD', share: 0.45, scale: 1, digits: 2 },
  { code: 'EUR', share: 0.2, scale: 0.92, digits: 2 },
  { code: 'PLN', share: 0.12, scale: 4, digits: 2 },
  { code: 'RUB', share: 0.12, scale: 90, digits: 0 },
  { code: 'IDR', share: 0.11, scale: 15_000, digits: -3 },
];
const TERMS: [string, number][] = [['Net 30', 30], ['Net 30', 30], ['Net 14', 14], ['30 days', 30], ['Net 60', 60], ['due on receipt', 0]];
const FIRST = ['North', 'Blue', 'Red', 'Silver', 'Green', 'Lake', 'Pine', 'Harbor', 'Summit', 'Golden', 'Iron', 'Bright', 'Clear', 'Stone', 'Oak', 'River', 'Sun', 'Star', 'Maple', 'Cedar'];
const SECOND = ['wind', 'ridge', 'rock', 'field', 'side', 'crest', 'view', 'gate', 'bridge', 'works', 'line', 'point', 'brook', 'hill', 'port'];
const KIND = ['Traders', 'Supplies', 'Logistics', 'Analytics', 'Hardware', 'Foods', 'Print', 'Builders', 'Motors', 'Textiles', 'Dental', 'Design'];
const FORM = ['Inc.', 'LLC', 'Ltd', 'GmbH', 'Sp. z o.o.', 'PT', 'OOO', 'Corp.', 'KG', 'CV'];

function customerPool(rng: () => number, size: number): string[] {
  const names = new Set<string>();
  while (names.size < size) {
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rng() * a.length)];
    names.add(`${pick(FIRST)}${pick(SECOND)} ${pick(KIND)} ${pick(FORM)}`);
  }
  return [...names];
}

function roundTo(value: number, digits: number): number {
  if (digits >= 0) return Math.round(value * 10 ** digits) / 10 ** digits;
  return Math.round(value / 10 ** -digits) * 10 ** -digits;
}

const COLS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
const HEADER = ['Invoice No', 'Customer', 'Invoice Date', 'Due Date', 'Terms', 'Amount', 'Paid', 'Currency', 'Status', 'Email'];

/** "Northwind Traders Inc." -> "accounts@northwindtradersinc.example"; every tenth customer has no address. */
function emailsOf(customers: readonly string[]): Map<string, string> {
  const emails = new Map<string, string>();
  customers.forEach((name, i) => {
    if (i % 10 !== 9) emails.set(name, `accounts@${name.toLowerCase().replace(/[^a-z0-9]/g, '')}.example`);
  });
  return emails;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company></Company><AppVersion>16.0300</AppVersion></Properties>`;
const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Dunning Desk bench</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-30T09:00:00Z</dcterms:modified></cp:coreProperties>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Invoices" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
// Styles: 0 general, 1 date (yyyy-mm-dd), 2 amount (#,##0.00), 3 bold header.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const ROWS_PER_CHUNK = 5_000;

function deflateEntry(name: string): ZipDeflate {
  const entry = new ZipDeflate(name, { level: 6 });
  entry.mtime = MTIME;
  return entry;
}

export async function writeBenchWorkbook(path: string, rows: number, seed: number): Promise<void> {
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be a non-negative integer, got ${rows}`);
  const rng = seededRandom(seed);
  const customers = customerPool(rng, Math.min(4_000, Math.max(25, Math.ceil(rows / 40))));
  const emails = emailsOf(customers);
  const sst = new SharedStrings();
  const encoder = new TextEncoder();
  const first = Date.UTC(2025, 11, 1);
  const span = (Date.UTC(2026, 11, 10) - first) / DAY + 1;
  const asOf = Date.UTC(2026, 10, 30);

  const fd = fs.openSync(path, 'w');
  try {
    let failure: Error | null = null;
    const zip = new Zip((err, data) => {
      if (err) failure = err;
      else fs.writeSync(fd, data);
    });
    const addWhole = (name: string, text: string) => {
      const entry = deflateEntry(name);
      zip.add(entry);
      entry.push(encoder.encode(text), true);
    };
    addWhole('[Content_Types].xml', CONTENT_TYPES);
    addWhole('_rels/.rels', ROOT_RELS);
    addWhole('docProps/app.xml', APP);
    addWhole('docProps/core.xml', CORE);
    addWhole('xl/workbook.xml', WORKBOOK);
    addWhole('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
    addWhole('xl/styles.xml', STYLES);

    const sheet = deflateEntry('xl/worksheets/sheet1.xml');
    zip.add(sheet);
    const headerCells = HEADER.map((h, i) => `<c r="${COLS[i]}1" s="3" t="s"><v>${sst.id(h)}</v></c>`).join('');
    let buf =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<dimension ref="A1:J${rows + 1}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="14" customWidth="1"/><col min="2" max="2" width="32" customWidth="1"/><col min="3" max="5" width="13" customWidth="1"/><col min="6" max="7" width="14" customWidth="1"/><col min="10" max="10" width="36" customWidth="1"/></cols>' +
      `<sheetData><row r="1" spans="1:10">${headerCells}</row>`;

    for (let i = 0; i < rows; i++) {
      const r = i + 2;
      const invoiceMs = first + Math.floor(rng() * span) * DAY;
      const [terms, days] = TERMS[Math.floor(rng() * TERMS.length)];
      // A few customers get most invoices: square the uniform draw.
      const customer = customers[Math.floor(rng() * rng() * customers.length)];
      let x = rng();
      let cur = CURRENCIES[CURRENCIES.length - 1];
      for (const c of CURRENCIES) {
        if (x < c.share) {
          cur = c;
          break;
        }
        x -= c.share;
      }
      const amount = roundTo(50 * Math.pow(1000, rng()) * cur.scale, cur.digits);
      const dueMs = invoiceMs + days * DAY;
      const age = (asOf - dueMs) / DAY;
      const p = rng();
      const fullShare = invoiceMs > asOf ? 0 : age > 60 ? 0.8 : age > 0 ? 0.45 : 0.15;
      let paid: number | null;
      if (p < fullShare) paid = amount;
      else if (p < fullShare + 0.15 && invoiceMs <= asOf) paid = roundTo(amount * (0.2 + 0.6 * rng()), cur.digits);
      else paid = null;
      const s = rng();
      const status = s < 0.03 ? 'Paid' : s < 0.05 ? 'Disputed' : s < 0.065 ? 'On hold' : '';

      let row = `<row r="${r}" spans="1:10"><c r="A${r}" t="s"><v>${sst.id(`INV-${String(i + 1).padStart(7, '0')}`)}</v></c>`;
      row += `<c r="B${r}" t="s"><v>${sst.id(customer)}</v></c>`;
      row += `<c r="C${r}" s="1"><v>${serialOf(invoiceMs)}</v></c>`;
      if (rng() < 0.7) row += `<c r="D${r}" s="1"><v>${serialOf(dueMs)}</v></c>`;
      row += `<c r="E${r}" t="s"><v>${sst.id(terms)}</v></c>`;
      row += `<c r="F${r}" s="2"><v>${amount}</v></c>`;
      if (paid !== null) row += `<c r="G${r}" s="2"><v>${paid}</v></c>`;
      row += `<c r="H${r}" t="s"><v>${sst.id(cur.code)}</v></c>`;
      if (status) row += `<c r="I${r}" t="s"><v>${sst.id(status)}</v></c>`;
      const email = emails.get(customer);
      if (email) row += `<c r="J${r}" t="s"><v>${sst.id(email)}</v></c>`;
      buf += row + '</row>';
      if ((i + 1) % ROWS_PER_CHUNK === 0) {
        sheet.push(encoder.encode(buf), false);
        buf = '';
      }
    }
    buf += '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    sheet.push(encoder.encode(buf), true);

    const strings = deflateEntry('xl/sharedStrings.xml');
    zip.add(strings);
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.count}" uniqueCount="${sst.list.length}">`;
    for (let i = 0; i < sst.list.length; i++) {
      out += `<si><t>${escapeXml(sst.list[i])}</t></si>`;
      if ((i + 1) % 20_000 === 0) {
        strings.push(encoder.encode(out), false);
        out = '';
      }
    }
    strings.push(encoder.encode(out + '</sst>'), true);
    zip.end();
    if (failure) throw failure;
  } finally {
    fs.closeSync(fd);
  }
}

if (require.main === module) {
  const [out, rowsArg, seedArg] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node dist/bench/makeBenchWorkbook.js OUT.xlsx [rows=100000] [seed=1]');
    process.exit(2);
  }
  const rows = rowsArg === undefined ? 100_000 : Number(rowsArg);
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  const t0 = performance.now();
  writeBenchWorkbook(out, rows, seed).then(
    () => console.log(JSON.stringify({ file: out, rows, seed, ms: Math.round(performance.now() - t0), bytes: fs.statSync(out).size })),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
