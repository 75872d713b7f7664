/**
 * Writes samples/receivables.xlsx (the workbook `npm start` refreshes) and samples/README.md.
 *
 * A receivables list as a small company's accountant keeps it by hand: title rows, a header,
 * ~300 invoices to ~25 customers in five currencies, and about ten messy rows. Deterministic:
 * a seeded PRNG, fixed document dates and a re-packed zip with fixed timestamps, so running it
 * twice gives the same bytes.
 *
 *   npx tsc -b && node dist/scripts/makeSample.js [outDir]   (default: <repo>/samples)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { seededRandom } from './seededRandom';

// ---------------------------------------------------------------------------------------------
// Shared helpers (also used by makeLayoutFixtures.ts)

/** The repository root: the nearest folder above this file that holds package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}


/** A calendar date as the JS Date exceljs turns into the Excel serial of that day. */
export function ymd(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Fixed document timestamps so the package does not change from run to run. */
export function stampWorkbook(wb: ExcelJS.Workbook, creator: string): void {
  const when = new Date(Date.UTC(2026, 10, 30, 8, 0, 0));
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = when;
  wb.modified = when;
}

/**
 * Re-packs an .xlsx with fixed entry timestamps and without the folder entries exceljs adds
 * (Excel writes none), keeping the entry order. The same input gives the same bytes in any
 * time zone (fflate takes the DOS time from the local fields of this Date).
 */
export function normalizeZip(xlsx: Uint8Array): Uint8Array {
  const entries = unzipSync(xlsx);
  const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  const out: Zippable = {};
  for (const n of names) out[n] = entries[n];
  return zipSync(out, { level: 6, mtime: new Date(2026, 10, 30, 9, 0, 0) });
}

export async function writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const buf = await wb.xlsx.writeBuffer();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, normalizeZip(new Uint8Array(buf as ArrayBuffer)));
}

// ---------------------------------------------------------------------------------------------
// The sample

type Currency = 'USD' | 'EUR' | 'PLN' | 'RUB' | 'IDR';
type Payer = 'prompt' | 'slow' | 'poor';

interface Customer {
  name: string;
  currency: Currency;
  language: 'en' | 'ru' | 'pl' | 'id';
  email: string;
  phone: string;
  terms: string;
  /** Relative share of the invoices. */
  weight: number;
  /** Invoice amounts are drawn log-uniformly from this range (in the customer's currency). */
  min: number;
  max: number;
  payer: Payer;
  /** Share of this customer's rows where the clerk typed the due date (else terms only). */
  dueTyped: number;
}

const CUSTOMERS: Customer[] = [
  // United States
  { name: 'Northwind Traders Inc.', currency: 'USD', language: 'en', email: 'ap@northwindtraders.com', phone: '+1 (206) 555-0142', terms: 'Net 30', weight: 7, min: 1_800, max: 24_000, payer: 'slow', dueTyped: 0.9 },
  { name: 'Redwood Analytics Corp.', currency: 'USD', language: 'en', email: 'invoices@redwoodanalytics.com', phone: '+1 (415) 555-0187', terms: 'Net 30', weight: 5, min: 2_500, max: 18_000, payer: 'prompt', dueTyped: 0.8 },
  { name: 'Blue Ridge Hardware Co.', currency: 'USD', language: 'en', email: 'billing@blueridgehardware.com', phone: '+1 (828) 555-0119', terms: 'Net 14', weight: 2, min: 240, max: 3_200, payer: 'poor', dueTyped: 0.3 },
  { name: 'Pinecrest Dental Group', currency: 'USD', language: 'en', email: 'office@pinecrestdental.com', phone: '+1 (303) 555-0176', terms: 'due on receipt', weight: 1, min: 180, max: 1_400, payer: 'prompt', dueTyped: 0.2 },
  { name: 'Lakeside Print & Sign LLC', currency: 'USD', language: 'en', email: 'accounts@lakesideprint.com', phone: '+1 (312) 555-0133', terms: 'Net 30', weight: 1, min: 150, max: 2_600, payer: 'slow', dueTyped: 0.5 },
  { name: 'Bayview Freight Forwarding LLC', currency: 'USD', language: 'en', email: 'ar@bayviewfreight.com', phone: '+1 (510) 555-0164', terms: '30 days', weight: 2, min: 900, max: 9_500, payer: 'slow', dueTyped: 0.6 },
  // Germany
  { name: 'Müller Maschinenbau GmbH', currency: 'EUR', language: 'en', email: 'buchhaltung@mueller-maschinenbau.de', phone: '+49 711 5550 2140', terms: '30 days', weight: 6, min: 2_000, max: 22_000, payer: 'prompt', dueTyped: 0.7 },
  { name: 'Schneider & Söhne KG', currency: 'EUR', language: 'en', email: 'rechnungen@schneider-soehne.de', phone: '+49 221 5550 8831', terms: 'Net 30', weight: 2, min: 400, max: 6_500, payer: 'slow', dueTyped: 0.5 },
  { name: 'Becker Logistik GmbH', currency: 'EUR', language: 'en', email: 'finanzen@becker-logistik.de', phone: '+49 40 5550 3317', terms: 'Net 14', weight: 2, min: 350, max: 4_800, payer: 'poor', dueTyped: 0.4 },
  { name: 'Hoffmann Elektrotechnik GmbH', currency: 'EUR', language: 'en', email: 'kreditoren@hoffmann-elektro.de', phone: '+49 89 5550 7702', terms: '30 days', weight: 1, min: 600, max: 7_500, payer: 'prompt', dueTyped: 0.8 },
  { name: 'Bäckerei Weber', currency: 'EUR', language: 'en', email: 'info@baeckerei-weber.de', phone: '+49 351 5550 118', terms: 'due on receipt', weight: 1, min: 90, max: 650, payer: 'slow', dueTyped: 0.1 },
  // Poland
  { name: 'Kowalczyk Budownictwo Sp. z o.o.', currency: 'PLN', language: 'pl', email: 'ksiegowosc@kowalczyk-bud.pl', phone: '+48 22 555 41 07', terms: '14 dni', weight: 5, min: 4_000, max: 85_000, payer: 'slow', dueTyped: 0.7 },
  { name: 'Zielińska Design', currency: 'PLN', language: 'pl', email: 'biuro@zielinskadesign.pl', phone: '+48 12 555 20 93', terms: 'Net 14', weight: 1, min: 500, max: 6_000, payer: 'prompt', dueTyped: 0.5 },
  { name: 'P.H. Mazur', currency: 'PLN', language: 'pl', email: 'faktury@phmazur.pl', phone: '+48 61 555 74 30', terms: '30 days', weight: 2, min: 900, max: 14_000, payer: 'poor', dueTyped: 0.3 },
  { name: 'Lewandowski Transport Sp.j.', currency: 'PLN', language: 'pl', email: 'rozliczenia@lewandowski-transport.pl', phone: '+48 58 555 63 12', terms: '14 dni', weight: 2, min: 1_500, max: 22_000, payer: 'slow', dueTyped: 0.6 },
  { name: 'Drukarnia Wójcik', currency: 'PLN', language: 'pl', email: 'wojcik@drukarnia-wojcik.pl', phone: '+48 71 555 38 46', terms: 'due on receipt', weight: 1, min: 300, max: 3_500, payer: 'prompt', dueTyped: 0.2 },
  // Russia
  { name: 'ООО «Альфа-Снаб»', currency: 'RUB', language: 'ru', email: 'buh@alfa-snab.ru', phone: '+7 495 555-31-74', terms: '30 дней', weight: 5, min: 60_000, max: 2_400_000, payer: 'slow', dueTyped: 0.8 },
  { name: 'АО «ТрансВектор»', currency: 'RUB', language: 'ru', email: 'oplata@transvector.ru', phone: '+7 812 555-62-08', terms: 'Net 30', weight: 2, min: 120_000, max: 1_600_000, payer: 'poor', dueTyped: 0.6 },
  { name: 'ИП Кузнецова Е. А.', currency: 'RUB', language: 'ru', email: 'kuznetsova.ea@mail.ru', phone: '+7 916 555-12-90', terms: 'Net 14', weight: 1, min: 8_000, max: 95_000, payer: 'prompt', dueTyped: 0.3 },
  { name: 'ООО «Волга Агро»', currency: 'RUB', language: 'ru', email: 'fin@volga-agro.ru', phone: '+7 846 555-47-35', terms: '30 дней', weight: 2, min: 40_000, max: 780_000, payer: 'slow', dueTyped: 0.5 },
  // Indonesia
  { name: 'PT Sumber Makmur Abadi', currency: 'IDR', language: 'id', email: 'finance@sumbermakmur.co.id', phone: '+62 21 5550 4412', terms: '30 hari', weight: 5, min: 15_000_000, max: 320_000_000, payer: 'slow', dueTyped: 0.7 },
  { name: 'CV Cahaya Teknik', currency: 'IDR', language: 'id', email: 'admin@cahayateknik.co.id', phone: '+62 31 5550 8726', terms: 'Net 14', weight: 1, min: 2_500_000, max: 28_000_000, payer: 'poor', dueTyped: 0.4 },
  { name: 'PT Borneo Palm Lestari', currency: 'IDR', language: 'id', email: 'ap@borneopalm.co.id', phone: '+62 542 555 0931', terms: '30 hari', weight: 2, min: 30_000_000, max: 450_000_000, payer: 'prompt', dueTyped: 0.6 },
  { name: 'Toko Sinar Baru', currency: 'IDR', language: 'id', email: 'sinarbaru.toko@gmail.com', phone: '+62 274 555 612', terms: 'due on receipt', weight: 1, min: 750_000, max: 9_000_000, payer: 'slow', dueTyped: 0.2 },
  { name: 'PT Kencana Digital Nusantara', currency: 'IDR', language: 'id', email: 'tagihan@kencanadigital.id', phone: '+62 21 5550 7380', terms: '30 days', weight: 1, min: 8_000_000, max: 95_000_000, payer: 'prompt', dueTyped: 0.5 },
];

const AMOUNT_FORMAT: Record<Currency, string> = {
  USD: '[$$-409]#,##0.00',
  EUR: '#,##0.00\\ [$€-407]',
  PLN: '#,##0.00\\ "zł"',
  RUB: '#,##0.00\\ [$₽-419]',
  IDR: '[$Rp-421]\\ #,##0.00',
};

const DATE_FORMAT = 'dd/mm/yyyy';
const AS_OF = ymd(2026, 11, 30);

function termsDays(terms: string): number {
  if (terms === 'due on receipt') return 0;
  const m = /(\d+)/.exec(terms);
  if (!m) throw new Error('terms ' + terms);
  return Number(m[1]);
}

/** Rounds to what an invoice in that currency looks like (cents; whole thousands of rupiah). */
function roundAmount(value: number, currency: Currency): number {
  if (currency === 'IDR') return Math.round(value / 1000) * 1000;
  if (currency === 'RUB') return Math.round(value);
  return Math.round(value * 100) / 100;
}

function toCents(v: number): number {
  return Math.round(v * 100);
}

interface Invoice {
  no: string;
  date: Date;
  customer: Customer;
  terms: string | null;
  due: Date;
  /** Whether the Due Date cell is filled (else only the terms say when it is due). */
  dueTyped: boolean;
  amount: number;
  paid: number | null;
  status: string;
  notes: string;
  /** A raw replacement for a cell (the messy rows). */
  raw?: { date?: string; amount?: string; due?: ExcelJS.CellErrorValue };
}

interface Messy {
  row: number;
  what: string;
}

interface SampleResult {
  rows: number;
  invoices: number;
  messy: Messy[];
  notable: Messy[];
}

function businessDays(from: Date, to: Date): Date[] {
  const days: Date[] = [];
  for (let d = from; d.getTime() <= to.getTime(); d = addDays(d, 1)) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) days.push(d);
  }
  return days;
}

function pickWeighted<T extends { weight: number }>(items: readonly T[], r: number): T {
  const total = items.reduce((s, c) => s + c.weight, 0);
  let x = r * total;
  for (const item of items) {
    x -= item.weight;
    if (x < 0) return item;
  }
  return items[items.length - 1];
}

function generateInvoices(rng: () => number): Invoice[] {
  const issued = businessDays(ymd(2026, 3, 2), AS_OF);
  const future = businessDays(ymd(2026, 12, 1), ymd(2026, 12, 10));
  const dates: Date[] = [];
  for (let i = 0; i < 294; i++) dates.push(issued[Math.floor(rng() * issued.length)]);
  for (let i = 0; i < 6; i++) dates.push(future[Math.floor(rng() * future.length)]);
  dates.sort((a, b) => a.getTime() - b.getTime());

  const invoices: Invoice[] = [];
  dates.forEach((date, i) => {
    const c = pickWeighted(CUSTOMERS, rng());
    const amount = roundAmount(c.min * Math.pow(c.max / c.min, rng()), c.currency);
    const due = addDays(date, termsDays(c.terms));
    const overdue = Math.round((AS_OF.getTime() - due.getTime()) / 86_400_000);
    const notYetIssued = date.getTime() > AS_OF.getTime();
    // Chance that it is fully paid / partly paid by now, by age and by how the customer pays.
    const lateness = { prompt: 0, slow: 1, poor: 2 }[c.payer];
    let pFull: number;
    let pPart: number;
    if (notYetIssued) [pFull, pPart] = [0, 0];
    else if (overdue > 60) [pFull, pPart] = [[0.93, 0.8, 0.55][lateness], [0.04, 0.12, 0.25][lateness]];
    else if (overdue > 0) [pFull, pPart] = [[0.8, 0.45, 0.2][lateness], [0.1, 0.3, 0.35][lateness]];
    else [pFull, pPart] = [[0.35, 0.12, 0.05][lateness], [0.15, 0.2, 0.2][lateness]];
    const r = rng();
    let paid: number | null;
    if (r < pFull) paid = amount;
    else if (r < pFull + pPart) {
      const share = [0.25, 0.3, 0.4, 0.5, 0.5, 0.6, 0.75][Math.floor(rng() * 7)];
      paid = roundAmount(amount * share, c.currency);
      if (paid >= amount) paid = roundAmount(amount / 2, c.currency);
    } else paid = rng() < 0.25 && !notYetIssued ? 0 : null;
    invoices.push({
      no: `INV-2026-${String(101 + i).padStart(4, '0')}`,
      date,
      customer: c,
      terms: c.terms,
      due,
      dueTyped: rng() < c.dueTyped,
      amount,
      paid,
      status: '',
      notes: '',
    });
  });
  return invoices;
}

/** First invoice dated on or after `date`, moved to exactly that date (the order stays sorted). */
function pinDate(invoices: Invoice[], date: Date, ok: (inv: Invoice) => boolean = () => true): Invoice {
  const inv = invoices.find((x) => x.date.getTime() >= date.getTime() && ok(x));
  if (!inv) throw new Error('no invoice on or after ' + isoOf(date));
  const i = invoices.indexOf(inv);
  if (i > 0 && invoices[i - 1].date.getTime() > date.getTime()) throw new Error('order');
  inv.date = date;
  inv.due = addDays(date, termsDays(inv.terms ?? 'Net 30'));
  return inv;
}

function findInvoice(invoices: Invoice[], from: Date, ok: (inv: Invoice) => boolean): Invoice {
  const inv = invoices.find((x) => x.date.getTime() >= from.getTime() && ok(x));
  if (!inv) throw new Error('no invoice after ' + isoOf(from));
  return inv;
}

export async function makeSample(outDir: string): Promise<SampleResult> {
  const rng = seededRandom(20261130);
  const invoices = generateInvoices(rng);
  const unpaid = (x: Invoice) => x.paid === null && x.status === '' && !x.raw;
  const byName = (name: string) => (x: Invoice) => x.customer.name === name;

  // Messy and notable rows, chosen deterministically among the generated invoices.
  const textDateDots = pinDate(invoices, ymd(2026, 10, 15), (x) => !x.raw);
  textDateDots.raw = { date: '15.10.2026' };
  const textDateSlash = pinDate(invoices, ymd(2026, 3, 10), (x) => !x.raw);
  textDateSlash.raw = { date: '10/03/2026' };

  const note = findInvoice(invoices, ymd(2026, 11, 9), (x) => unpaid(x) && x.customer.currency === 'USD');
  note.raw = { amount: 'see email' };
  note.notes = 'amount to be confirmed, see email from J. Parker';

  const plText = findInvoice(invoices, ymd(2026, 9, 1), (x) => unpaid(x) && x.customer.currency === 'PLN');
  plText.amount = 1234.56;
  plText.raw = { amount: '1 234,56' };

  const na = findInvoice(invoices, ymd(2026, 10, 20), (x) => unpaid(x) && x.customer.payer === 'poor');
  na.raw = { due: { error: '#N/A' as ExcelJS.CellErrorValue['error'] } };
  na.terms = null;
  na.dueTyped = true;

  // The clerk copied the row above and changed the customer and amount but not the number.
  const dupIndex = invoices.findIndex((x, i) => i > 0 && x.date.getTime() >= ymd(2026, 7, 14).getTime() && !x.raw && !invoices[i - 1].raw);
  invoices[dupIndex].no = invoices[dupIndex - 1].no;
  const dup = invoices[dupIndex];

  // Statuses on a few rows.
  const setStatus = (from: Date, ok: (x: Invoice) => boolean, status: string, notes: string, paid?: number | null) => {
    const inv = findInvoice(invoices, from, (x) => unpaid(x) && ok(x));
    inv.status = status;
    inv.notes = notes;
    if (paid !== undefined) inv.paid = paid;
    return inv;
  };
  const statusPaid = [
    setStatus(ymd(2026, 6, 1), () => true, 'Paid', 'paid by wire, not yet in Paid column'),
    setStatus(ymd(2026, 9, 14), () => true, 'Paid', ''),
    setStatus(ymd(2026, 10, 26), () => true, 'Paid', 'paid in cash'),
    setStatus(ymd(2026, 11, 16), () => true, 'Paid', ''),
  ];
  const disputed = [
    setStatus(ymd(2026, 8, 3), byName('Northwind Traders Inc.'), 'Disputed', 'short delivery, 2 pallets missing'),
    setStatus(ymd(2026, 10, 5), (x) => x.customer.currency === 'RUB', 'Disputed', 'акт не подписан'),
    setStatus(ymd(2026, 11, 2), (x) => x.customer.currency === 'EUR', 'Disputed', 'price differs from PO'),
  ];
  const onHold = [
    setStatus(ymd(2026, 7, 1), (x) => x.customer.currency === 'IDR', 'On hold', 'waiting for tax invoice (faktur pajak)'),
    setStatus(ymd(2026, 9, 21), (x) => x.customer.currency === 'PLN', 'On hold', 'customer in restructuring'),
  ];
  // A few everyday notes.
  findInvoice(invoices, ymd(2026, 11, 3), (x) => unpaid(x) && x.customer.weight >= 5).notes = 'promised to pay by 05.12';
  findInvoice(invoices, ymd(2026, 8, 18), (x) => x.paid !== null && x.paid > 0 && x.paid < x.amount && x.notes === '').notes = 'rest in next payment run';

  // The credit note, placed at its date.
  const creditFor = findInvoice(invoices, ymd(2026, 10, 1), (x) => x.customer.name === 'Schneider & Söhne KG' || x.customer.name === 'Müller Maschinenbau GmbH');
  const credit: Invoice = {
    no: 'CN-2026-004',
    date: ymd(2026, 11, 12),
    customer: creditFor.customer,
    terms: null,
    due: ymd(2026, 11, 12),
    dueTyped: true,
    amount: -Math.min(480, roundAmount(creditFor.amount * 0.2, 'EUR')),
    paid: null,
    status: '',
    notes: `credit note for ${creditFor.no} (damaged goods)`,
  };
  const at = invoices.findIndex((x) => x.date.getTime() > credit.date.getTime());
  invoices.splice(at, 0, credit);

  // Lay out the sheet.
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, 'Acme Supplies Ltd');
  const ws = wb.addWorksheet('Receivables', { views: [{ state: 'frozen', ySplit: 4 }] });
  const header = ['Invoice No', 'Invoice Date', 'Customer', 'Terms', 'Due Date', 'Currency', 'Amount', 'Paid', 'Status', 'Contact email', 'Phone', 'Language', 'Notes'];
  const widths = [15, 13, 34, 15, 13, 10, 16, 16, 10, 36, 19, 10, 40];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  ws.getCell('A1').value = 'Accounts receivable — Acme Supplies Ltd';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Exported 2026-11-30';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF666666' } };
  const headerRow = ws.getRow(4);
  header.forEach((h, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.autoFilter = 'A4:M4';

  const messy: Messy[] = [];
  const notable: Messy[] = [];
  const blankAfter = new Set([Math.floor(invoices.length * 0.27), Math.floor(invoices.length * 0.68)]);
  let row = 5;
  let amountCents = 0;
  let paidCents = 0;
  const rowOf = new Map<Invoice, number>();
  invoices.forEach((inv, i) => {
    const c = inv.customer;
    const r = ws.getRow(row);
    rowOf.set(inv, row);
    r.getCell(1).value = inv.no;
    const dateCell = r.getCell(2);
    if (inv.raw?.date) dateCell.value = inv.raw.date;
    else {
      dateCell.value = inv.date;
      dateCell.numFmt = DATE_FORMAT;
    }
    r.getCell(3).value = c.name;
    if (inv.terms) r.getCell(4).value = inv.terms;
    const dueCell = r.getCell(5);
    if (inv.raw?.due) dueCell.value = inv.raw.due;
    else if (inv.dueTyped) {
      dueCell.value = inv.due;
      dueCell.numFmt = DATE_FORMAT;
    }
    r.getCell(6).value = c.currency;
    const amountCell = r.getCell(7);
    if (inv.raw?.amount) {
      amountCell.value = inv.raw.amount;
      amountCell.alignment = { horizontal: 'right' };
    } else {
      amountCell.value = inv.amount;
      amountCell.numFmt = AMOUNT_FORMAT[c.currency];
      amountCents += toCents(inv.amount);
    }
    if (inv.paid !== null) {
      const paidCell = r.getCell(8);
      paidCell.value = inv.paid;
      paidCell.numFmt = AMOUNT_FORMAT[c.currency];
      paidCents += toCents(inv.paid);
    }
    if (inv.status) r.getCell(9).value = inv.status;
    r.getCell(10).value = c.email;
    r.getCell(11).value = c.phone;
    r.getCell(12).value = c.language;
    if (inv.notes) r.getCell(13).value = inv.notes;
    row++;
    if (blankAfter.has(i)) {
      messy.push({ row, what: 'blank row in the middle of the table' });
      row++;
    }
  });
  const total = ws.getRow(row);
  total.getCell(1).value = 'Total';
  total.getCell(7).value = { formula: `SUM(G5:G${row - 1})`, result: amountCents / 100 };
  total.getCell(8).value = { formula: `SUM(H5:H${row - 1})`, result: paidCents / 100 };
  total.font = { bold: true };
  total.getCell(7).numFmt = '#,##0.00';
  total.getCell(8).numFmt = '#,##0.00';
  total.getCell(7).border = { top: { style: 'thin' } };
  total.getCell(8).border = { top: { style: 'thin' } };
  messy.push({ row, what: '"Total" row: SUM of Amount and Paid over all currencies (not an invoice)' });

  const at_ = (inv: Invoice) => rowOf.get(inv) as number;
  messy.push(
    { row: at_(textDateSlash), what: `${textDateSlash.no}: Invoice Date typed as text "10/03/2026" (meant as 10 March 2026, the sheet's dd/mm/yyyy order; the "15.10.2026" text in the same column settles day-first)` },
    { row: at_(textDateDots), what: `${textDateDots.no}: Invoice Date typed as text "15.10.2026"` },
    { row: at_(dup), what: `${dup.no}: duplicate invoice number (same number as row ${at_(dup) - 1}, different customer/amount)` },
    { row: at_(na), what: `${na.no}: Due Date is a #N/A error (a broken lookup) and no Terms: unreadable due date` },
    { row: at_(plText), what: `${plText.no}: Amount typed as text "1 234,56" (PLN 1234.56)` },
    { row: at_(note), what: `${note.no}: a note "see email" in the Amount column: unreadable amount` },
    { row: at_(credit), what: `${credit.no}: credit note, negative amount ${credit.amount.toFixed(2)} EUR` },
  );
  messy.sort((a, b) => a.row - b.row);
  for (const inv of statusPaid) notable.push({ row: at_(inv), what: `${inv.no}: Status "Paid" while the Paid column is empty (open 0)` });
  for (const inv of disputed) notable.push({ row: at_(inv), what: `${inv.no}: Status "Disputed"` });
  for (const inv of onHold) notable.push({ row: at_(inv), what: `${inv.no}: Status "On hold"` });
  for (const inv of invoices.filter((x) => x.date.getTime() > AS_OF.getTime()))
    notable.push({ row: at_(inv), what: `${inv.no}: dated ${isoOf(inv.date)}, after 2026-11-30 (not issued yet as of that date)` });
  notable.sort((a, b) => a.row - b.row);

  await writeWorkbook(wb, path.join(outDir, 'receivables.xlsx'));
  const result: SampleResult = { rows: row, invoices: invoices.length, messy, notable };
  fs.writeFileSync(path.join(outDir, 'README.md'), readme(result, invoices));
  return result;
}

function readme(result: SampleResult, invoices: Invoice[]): string {
  const perCurrency = new Map<string, number>();
  for (const inv of invoices) perCurrency.set(inv.customer.currency, (perCurrency.get(inv.customer.currency) ?? 0) + 1);
  const customers = new Set(invoices.map((x) => x.customer.name)).size;
  const withTermsOnly = invoices.filter((x) => !x.dueTyped).length;
  return `# Sample workbook

\`receivables.xlsx\` is the receivables list \`npm start\` refreshes (as of 2026-11-30). It is made
up, but shaped like the list a small company's accountant keeps by hand in Excel: Acme Supplies
Ltd invoices ${customers} customers in the United States, Germany, Poland, Russia and Indonesia
(a few big ones, many small), in ${[...perCurrency].map(([c, n]) => `${c} (${n})`).join(', ')}.

Regenerate it (deterministic: seeded PRNG, fixed timestamps, identical bytes on every run):

    npx tsc -b && node dist/scripts/makeSample.js

## Layout

- Sheet "Receivables". Row 1 "Accounts receivable — Acme Supplies Ltd", row 2 "Exported
  2026-11-30", row 3 blank, row 4 the header (frozen, with an autofilter):
  Invoice No, Invoice Date, Customer, Terms, Due Date, Currency, Amount, Paid, Status,
  Contact email, Phone, Language, Notes.
- Rows 5-${result.rows - 1}: ${result.invoices} invoice rows (one of them a credit note) and two blank rows, in date
  order, invoice dates 2026-03-02 to 2026-12-10. Dates are real Excel dates shown as dd/mm/yyyy; amounts are
  numbers with the currency's number format.
- Terms: "Net 30", "Net 14", "30 days", "due on receipt", and the customer's own language on some
  ("30 дней", "14 dni", "30 hari"). ${withTermsOnly} rows have no Due Date, only Terms (due = invoice date +
  terms).
- Paid: empty (nothing paid), 0, part of the amount, or all of it. Status is mostly empty.
- Contact email, Phone and Language (en/ru/pl/id) are per customer.
- Row ${result.rows}: the "Total" row.

## Messy rows

${result.messy.map((m) => `- Row ${m.row}: ${m.what}`).join('\n')}

## Other rows worth knowing

${result.notable.map((m) => `- Row ${m.row}: ${m.what}`).join('\n')}
`;
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(repoRoot(), 'samples');
  makeSample(outDir).then(
    (r) => {
      console.log(`wrote ${path.join(outDir, 'receivables.xlsx')}: ${r.invoices} invoices, rows 5-${r.rows}`);
      for (const m of r.messy) console.log(`  messy row ${m.row}: ${m.what}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
