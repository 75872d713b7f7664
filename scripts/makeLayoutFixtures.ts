/**
 * Writes test/fixtures/layouts/<name>.xlsx and <name>.expected.json: small workbooks shaped like
 * the real exports of QuickBooks (A/R Aging Detail), Xero (Aged Receivables), 1C, a Polish and an
 * Indonesian receivables list, and a hostile hand-made sheet; plus onec.csv (the 1C data as a
 * Windows-1251, ';'-separated file, same rows, so onec.expected.json holds for it too).
 *
 * The expected reports are written out by hand below, row by row, from the cells each fixture
 * holds (aged as of 2026-11-30, bucket edges 30/60/90/120). Nothing here calls the engine; the
 * only checks the script makes are clerical: that each expected row number points at the row
 * with that invoice number and customer, and that every non-empty row is listed exactly once.
 *
 *   npx tsc -b && node dist/scripts/makeLayoutFixtures.js [outDir]
 *   (default: <repo>/test/fixtures/layouts)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { repoRoot, stampWorkbook, writeWorkbook, ymd } from './makeSample';

type Raw = string | number | Date | null | ExcelJS.CellErrorValue | ExcelJS.CellFormulaValue;
/** A cell; `{ v, fmt }` gives it its own number format. */
type Cell = Raw | { v: Raw; fmt: string };

interface SheetSpec {
  sheetName: string;
  /** Number format of date cells and of number cells unless a cell says otherwise. */
  dateFmt: string;
  numFmt: string;
  /** rows[0] is sheet row 1; [] is an empty row. */
  rows: Cell[][];
  headerRow: number;
  merges?: string[];
  widths?: number[];
  /** 1-based columns of the invoice number and the customer (for the clerical check). */
  invoiceCol: number;
  customerCol: number;
  /** Sheets placed before the invoice sheet. */
  before?: { name: string; rows: Cell[][] }[];
}

type Status = 'open' | 'paid' | 'credit' | 'disputed' | 'on-hold' | 'not-issued';
type Bucket = 'current' | '1-30' | '31-60' | '61-90' | '91-120' | 'over-120' | null;

interface ExpectedInvoice {
  row: number;
  invoice: string;
  customer: string;
  dueDate: string | null;
  open: string;
  status: Status;
  bucket: Bucket;
}

interface Expected {
  asOf: string;
  sheet: string;
  headerRow: number;
  invoices: ExpectedInvoice[];
  /** Non-empty rows that are not invoices: title rows, the header, section/total rows, unreadable rows. */
  skippedRows: number[];
  issueRows: number[];
  /** Empty rows of the sheet (not in skippedRows; an engine may report them as skipped "blank row"). */
  blankRows: number[];
  notes: string[];
}

const inv = (row: number, invoice: string, customer: string, dueDate: string | null, open: string, status: Status, bucket: Bucket): ExpectedInvoice => ({ row, invoice, customer, dueDate, open, status, bucket });

const NBSP = '\u00a0';
const d = ymd;
const f = (v: number, formula: string): ExcelJS.CellFormulaValue => ({ formula, result: v, date1904: false });
const NA: ExcelJS.CellErrorValue = { error: '#N/A' as ExcelJS.CellErrorValue['error'] };

// ---------------------------------------------------------------------------------------------
// QuickBooks Online: A/R Aging Detail, exported to Excel. Title rows merged across the table,
// section label in column A, "Total for ..." subtotal rows with SUM formulas, a final TOTAL, and
// the basis/timestamp footer. Date as MM/DD/YYYY text, Due Date as real dates.

const quickbooks: SheetSpec = {
  sheetName: 'AR Aging Detail',
  dateFmt: 'mm/dd/yyyy',
  numFmt: '#,##0.00',
  headerRow: 5,
  invoiceCol: 4,
  customerCol: 5,
  merges: ['A1:I1', 'A2:I2', 'A3:I3'],
  widths: [30, 12, 16, 8, 34, 12, 9, 12, 13],
  rows: [
    /* 1 */ ['Harborview Landscaping LLC'],
    /* 2 */ ['A/R Aging Detail Report'],
    /* 3 */ ['As of November 30, 2026'],
    /* 4 */ [],
    /* 5 */ [null, 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Past Due', 'Amount', 'Open Balance'],
    /* 6 */ ['Current'],
    /* 7 */ [null, '11/20/2026', 'Invoice', '1051', 'Cool Cars', d(2026, 12, 20), null, 694, 694],
    /* 8 */ [null, '11/04/2026', 'Invoice', '1049', 'Freeman Sporting Goods:55 Twin Lane', d(2026, 12, 4), null, 85, 85],
    /* 9 */ [null, '10/31/2026', 'Invoice', '1048', "Amy's Bird Sanctuary", d(2026, 11, 30), 0, 1250, 1250],
    /* 10 */ ['Total for Current', null, null, null, null, null, null, f(2029, 'SUM(H7:H9)'), f(2029, 'SUM(I7:I9)')],
    /* 11 */ ['1 - 30 days past due'],
    /* 12 */ [null, '10/15/2026', 'Invoice', '1044', 'Dukes Basketball Camp', d(2026, 11, 14), 16, 460.4, 460.4],
    /* 13 */ [null, '11/12/2026', 'Credit Memo', '1050', 'Cool Cars', d(2026, 11, 12), 18, -150, -150],
    /* 14 */ [null, '10/01/2026', 'Invoice', '1041', 'Geeta Kalapatapu', d(2026, 10, 31), 30, 629.1, 329.1],
    /* 15 */ ['Total for 1 - 30 days past due', null, null, null, null, null, null, f(939.5, 'SUM(H12:H14)'), f(639.5, 'SUM(I12:I14)')],
    /* 16 */ ['31 - 60 days past due'],
    /* 17 */ [null, '09/30/2026', 'Invoice', '1038', "Jeff's Jalopies", d(2026, 10, 30), 31, 81, 81],
    /* 18 */ [null, '09/01/2026', 'Invoice', '1035', 'Red Rock Diner', d(2026, 10, 1), 60, 1140, 70],
    /* 19 */ ['Total for 31 - 60 days past due', null, null, null, null, null, null, f(1221, 'SUM(H17:H18)'), f(151, 'SUM(I17:I18)')],
    /* 20 */ ['61 - 90 days past due'],
    /* 21 */ [null, '08/31/2026', 'Invoice', '1031', 'Sushi by Katsuyuki', d(2026, 9, 30), 61, 160, 160],
    /* 22 */ [null, '07/18/2026', 'Invoice', '1027', 'Travis Waldron', d(2026, 9, 1), 90, 414.72, 414.72],
    /* 23 */ ['Total for 61 - 90 days past due', null, null, null, null, null, null, f(574.72, 'SUM(H21:H22)'), f(574.72, 'SUM(I21:I22)')],
    /* 24 */ ['91 or more days past due'],
    /* 25 */ [null, '08/01/2026', 'Invoice', '1022', 'Kookies by Kathy', d(2026, 8, 31), 91, 75, 75],
    /* 26 */ [null, '07/03/2026', 'Invoice', '1019', 'Mark Cho', d(2026, 8, 2), 120, 314.28, 314.28],
    /* 27 */ [null, '06/15/2026', 'Invoice', '1012', 'Rondonuwu Fruit and Vegi', d(2026, 7, 15), 138, 2340, 1340],
    /* 28 */ ['Total for 91 or more days past due', null, null, null, null, null, null, f(2729.28, 'SUM(H25:H27)'), f(1729.28, 'SUM(I25:I27)')],
    /* 29 */ ['TOTAL', null, null, null, null, null, null, f(7493.5, 'H10+H15+H19+H23+H28'), f(5123.5, 'I10+I15+I19+I23+I28')],
    /* 30 */ [],
    /* 31 */ ['Accrual Basis Tuesday, December 1, 2026 09:14 AM GMT-08:00'],
  ],
};

const quickbooksExpected: Expected = {
  asOf: '2026-11-30',
  sheet: 'AR Aging Detail',
  headerRow: 5,
  invoices: [
    inv(7, '1051', 'Cool Cars', '2026-12-20', '694.00', 'open', 'current'),
    inv(8, '1049', 'Freeman Sporting Goods:55 Twin Lane', '2026-12-04', '85.00', 'open', 'current'),
    inv(9, '1048', "Amy's Bird Sanctuary", '2026-11-30', '1250.00', 'open', 'current'),
    inv(12, '1044', 'Dukes Basketball Camp', '2026-11-14', '460.40', 'open', '1-30'),
    inv(13, '1050', 'Cool Cars', '2026-11-12', '-150.00', 'credit', null),
    inv(14, '1041', 'Geeta Kalapatapu', '2026-10-31', '329.10', 'open', '1-30'),
    inv(17, '1038', "Jeff's Jalopies", '2026-10-30', '81.00', 'open', '31-60'),
    inv(18, '1035', 'Red Rock Diner', '2026-10-01', '70.00', 'open', '31-60'),
    inv(21, '1031', 'Sushi by Katsuyuki', '2026-09-30', '160.00', 'open', '61-90'),
    inv(22, '1027', 'Travis Waldron', '2026-09-01', '414.72', 'open', '61-90'),
    inv(25, '1022', 'Kookies by Kathy', '2026-08-31', '75.00', 'open', '91-120'),
    inv(26, '1019', 'Mark Cho', '2026-08-02', '314.28', 'open', '91-120'),
    inv(27, '1012', 'Rondonuwu Fruit and Vegi', '2026-07-15', '1340.00', 'open', 'over-120'),
  ],
  skippedRows: [1, 2, 3, 5, 6, 10, 11, 15, 16, 19, 20, 23, 24, 28, 29, 31],
  issueRows: [],
  blankRows: [4, 30],
  notes: [
    'Open = Open Balance (column I), not Amount: rows 14, 18 and 27 are partly paid.',
    'The Date column is MM/DD/YYYY text; "11/20/2026", "10/15/2026", "10/31/2026" settle month-first. Due Date is real dates.',
    'Row 9 is due on the as-of date (daysOverdue 0): current. Row 13 is a Credit Memo: credit, open -150.00.',
    '"Past Due" (column G) is days past due as QuickBooks computed it, not an amount.',
    'Section rows (6, 11, 16, 20, 24), "Total for ..." rows, TOTAL (29) and the footer (31) are not invoices; row 4 and 30 are empty.',
    'headerRow is listed in skippedRows (a non-empty row that is not an invoice).',
  ],
};

// ---------------------------------------------------------------------------------------------
// Xero: Aged Receivables (detail by contact) exported to Excel. Open = Total; the bucket columns
// are Xero's calendar-month buckets and are not ours.

const xero: SheetSpec = {
  sheetName: 'Aged Receivables',
  dateFmt: 'd mmm yyyy',
  numFmt: '#,##0.00',
  headerRow: 5,
  invoiceCol: 4,
  customerCol: 1,
  widths: [34, 13, 13, 15, 22, 11, 11, 11, 11, 11, 11, 12],
  rows: [
    /* 1 */ ['Aged Receivables'],
    /* 2 */ ['Demo Company (US)'],
    /* 3 */ ['As at 30 November 2026'],
    /* 4 */ [],
    /* 5 */ ['Contact', 'Invoice Date', 'Due Date', 'Invoice Number', 'Reference', 'Current', '< 1 Month', '1 Month', '2 Months', '3 Months', 'Older', 'Total'],
    /* 6 */ ['Bayside Club', d(2026, 11, 10), d(2026, 12, 10), 'INV-0121', 'P/O 9711', 234, null, null, null, null, null, 234],
    /* 7 */ ['Bayside Club', d(2026, 10, 2), d(2026, 11, 1), 'INV-0108', 'October dues', null, 1180.5, null, null, null, null, 1180.5],
    /* 8 */ ['Boom FM', d(2026, 9, 15), d(2026, 10, 15), 'INV-0097', 'Ad campaign Sept', null, null, 3560, null, null, null, 3560],
    /* 9 */ ['City Limousines', d(2026, 11, 30), d(2026, 11, 30), 'INV-0124', 'Airport transfers', 500, null, null, null, null, null, 500],
    /* 10 */ ['City Limousines', d(2026, 8, 20), d(2026, 9, 19), 'INV-0079', null, null, null, null, 812.25, null, null, 812.25],
    /* 11 */ ['Marine Systems', d(2026, 7, 10), d(2026, 8, 9), 'INV-0061', 'Hull survey', null, null, null, null, 2000, null, 2000],
    /* 12 */ ['Ridgeway University', d(2026, 3, 5), d(2026, 4, 4), 'INV-0023', 'Spring term', null, null, null, null, null, 4410, 4410],
    /* 13 */ ['Ridgeway University', d(2026, 11, 25), d(2026, 11, 25), 'CN-0004', 'Credit for INV-0023', null, -410, null, null, null, null, -410],
    /* 14 */ ['Hamilton Smith Ltd', d(2026, 10, 31), d(2026, 11, 14), 'INV-0112', 'Net 14', null, 96.6, null, null, null, null, 96.6],
    /* 15 */ ['Hamilton Smith Ltd', d(2026, 8, 1), d(2026, 8, 31), 'INV-0068', null, null, null, null, null, 1725, null, 1725],
    /* 16 */ ['Petrie McLoud Watson & Associates', d(2026, 6, 30), d(2026, 7, 30), 'INV-0049', 'Retainer Q2', null, null, null, null, null, 2625, 2625],
    /* 17 */ ['Basket Case', d(2026, 10, 1), d(2026, 10, 31), 'INV-0101', null, null, 48, null, null, null, null, 48],
    /* 18 */ ['Basket Case', d(2026, 9, 1), d(2026, 10, 1), 'INV-0088', null, null, null, 300, null, null, null, 300],
    /* 19 */ ['Total', null, null, null, null, 734, 915.1, 3860, 812.25, 3725, 7035, 17081.35],
    /* 20 */ ['Percentage of total', null, null, null, null,
      { v: 0.043, fmt: '0.00%' }, { v: 0.0536, fmt: '0.00%' }, { v: 0.226, fmt: '0.00%' }, { v: 0.0476, fmt: '0.00%' },
      { v: 0.2181, fmt: '0.00%' }, { v: 0.4119, fmt: '0.00%' }, { v: 1, fmt: '0.00%' }],
  ],
};

const xeroExpected: Expected = {
  asOf: '2026-11-30',
  sheet: 'Aged Receivables',
  headerRow: 5,
  invoices: [
    inv(6, 'INV-0121', 'Bayside Club', '2026-12-10', '234.00', 'open', 'current'),
    inv(7, 'INV-0108', 'Bayside Club', '2026-11-01', '1180.50', 'open', '1-30'),
    inv(8, 'INV-0097', 'Boom FM', '2026-10-15', '3560.00', 'open', '31-60'),
    inv(9, 'INV-0124', 'City Limousines', '2026-11-30', '500.00', 'open', 'current'),
    inv(10, 'INV-0079', 'City Limousines', '2026-09-19', '812.25', 'open', '61-90'),
    inv(11, 'INV-0061', 'Marine Systems', '2026-08-09', '2000.00', 'open', '91-120'),
    inv(12, 'INV-0023', 'Ridgeway University', '2026-04-04', '4410.00', 'open', 'over-120'),
    inv(13, 'CN-0004', 'Ridgeway University', '2026-11-25', '-410.00', 'credit', null),
    inv(14, 'INV-0112', 'Hamilton Smith Ltd', '2026-11-14', '96.60', 'open', '1-30'),
    inv(15, 'INV-0068', 'Hamilton Smith Ltd', '2026-08-31', '1725.00', 'open', '91-120'),
    inv(16, 'INV-0049', 'Petrie McLoud Watson & Associates', '2026-07-30', '2625.00', 'open', 'over-120'),
    inv(17, 'INV-0101', 'Basket Case', '2026-10-31', '48.00', 'open', '1-30'),
    inv(18, 'INV-0088', 'Basket Case', '2026-10-01', '300.00', 'open', '31-60'),
  ],
  skippedRows: [1, 2, 3, 5, 19, 20],
  issueRows: [],
  blankRows: [4],
  notes: [
    'No Amount or Paid column: open = Total (the outstanding balance). The month-bucket columns are Xero\'s and are not read as amounts.',
    'Row 9 is dated and due on the as-of date: issued (not after as-of), current.',
    'Row 13 is a credit note (negative Total): credit, open -410.00.',
    'Row 14 has Reference "Net 14": a reference, not terms (its Due Date is given anyway).',
    'Rows 19 (Total) and 20 (Percentage of total) are not invoices. No currency column: amounts take the policy default.',
  ],
};

// ---------------------------------------------------------------------------------------------
// 1C: "Задолженность покупателей" saved from a 1C spreadsheet document (sheet "TDSheet"). Every
// cell is text: dates dd.mm.yyyy, amounts "1 234,56" with no-break spaces.

const rub = (s: string): string => s.replace(/ /g, NBSP);

const onec: SheetSpec = {
  sheetName: 'TDSheet',
  dateFmt: 'dd.mm.yyyy',
  numFmt: '#,##0.00',
  headerRow: 5,
  invoiceCol: 2,
  customerCol: 1,
  widths: [34, 15, 12, 13, 16, 16, 16],
  rows: [
    /* 1 */ ['Задолженность покупателей по срокам долга'],
    /* 2 */ ['Организация: ООО «Вектор»'],
    /* 3 */ ['На дату: 30.11.2026'],
    /* 4 */ [],
    /* 5 */ ['Контрагент', 'Счёт №', 'Дата', 'Срок оплаты', 'Сумма', 'Оплачено', 'Долг'],
    /* 6 */ ['ООО «Ромашка»', 'ВК00-000412', '02.11.2026', '02.12.2026', rub('125 400,00'), null, rub('125 400,00')],
    /* 7 */ ['ООО «Ромашка»', 'ВК00-000398', '15.10.2026', '14.11.2026', rub('48 960,00'), rub('20 000,00'), rub('28 960,00')],
    /* 8 */ ['АО «СибТрансЛогистик»', 'ВК00-000377', '25.09.2026', '25.10.2026', rub('1 234 567,89'), '0,00', rub('1 234 567,89')],
    /* 9 */ ['ИП Соколов Андрей Викторович', 'ВК00-000355', '01.09.2026', '01.10.2026', rub('9 800,00'), rub('9 800,00'), '0,00'],
    /* 10 */ ['ООО «ТехноСтрой»', 'ВК00-000340', '20.08.2026', '19.09.2026', rub('312 000,00'), rub('100 000,00'), rub('212 000,00')],
    /* 11 */ ['ООО «ТехноСтрой»', 'ВК00-000329', '03.07.2026', '02.08.2026', rub('75 600,50'), null, rub('75 600,50')],
    /* 12 */ ['ПАО «Уралхиммаш»', 'ВК00-000301', '12.05.2026', '11.06.2026', rub('2 450 000,00'), rub('1 000 000,00'), rub('1 450 000,00')],
    /* 13 */ ['АО «СибТрансЛогистик»', 'ВК00-000390', '30.10.2026', '30.10.2026', rub('18 250,75'), null, rub('18 250,75')],
    /* 14 */ ['ООО «Ромашка»', 'КР00-000012', '20.11.2026', '20.11.2026', rub('-5 000,00'), null, rub('-5 000,00')],
    /* 15 */ ['ООО «Северный ветер»', 'ВК00-000418', '10.12.2026', '09.01.2027', rub('56 000,00'), null, rub('56 000,00')],
    /* 16 */ ['Итого', null, null, null, rub('4 325 579,14'), rub('1 129 800,00'), rub('3 195 779,14')],
  ],
};

const onecExpected: Expected = {
  asOf: '2026-11-30',
  sheet: 'TDSheet',
  headerRow: 5,
  invoices: [
    inv(6, 'ВК00-000412', 'ООО «Ромашка»', '2026-12-02', '125400.00', 'open', 'current'),
    inv(7, 'ВК00-000398', 'ООО «Ромашка»', '2026-11-14', '28960.00', 'open', '1-30'),
    inv(8, 'ВК00-000377', 'АО «СибТрансЛогистик»', '2026-10-25', '1234567.89', 'open', '31-60'),
    inv(9, 'ВК00-000355', 'ИП Соколов Андрей Викторович', '2026-10-01', '0.00', 'paid', null),
    inv(10, 'ВК00-000340', 'ООО «ТехноСтрой»', '2026-09-19', '212000.00', 'open', '61-90'),
    inv(11, 'ВК00-000329', 'ООО «ТехноСтрой»', '2026-08-02', '75600.50', 'open', '91-120'),
    inv(12, 'ВК00-000301', 'ПАО «Уралхиммаш»', '2026-06-11', '1450000.00', 'open', 'over-120'),
    inv(13, 'ВК00-000390', 'АО «СибТрансЛогистик»', '2026-10-30', '18250.75', 'open', '31-60'),
    inv(14, 'КР00-000012', 'ООО «Ромашка»', '2026-11-20', '-5000.00', 'credit', null),
    inv(15, 'ВК00-000418', 'ООО «Северный ветер»', '2027-01-09', '0.00', 'not-issued', null),
  ],
  skippedRows: [1, 2, 3, 5, 16],
  issueRows: [],
  blankRows: [4],
  notes: [
    'Every cell is text. Amounts use U+00A0 as the thousands separator and a decimal comma; no currency column or symbol (RUB only by context: the policy default applies).',
    'Open = Долг. Row 9 is paid (Долг 0,00); row 14 is a correction document with a negative amount: credit.',
    'Row 15 is dated 10.12.2026, after the as-of date: not-issued, open 0.00, no bucket.',
    'Row 11 is exactly 120 days overdue (91-120); row 13 exactly 31 (31-60).',
    'onec.csv holds the same rows (Windows-1251, ";"), so this file is its expected report too (sheet name aside).',
  ],
};

// ---------------------------------------------------------------------------------------------
// Polish receivables list ("Zestawienie należności"): Lp. column, real issue dates, payment
// deadlines as dd.mm.yyyy text, amounts as text with "zł", one EUR row, a "Razem" row.

const polish: SheetSpec = {
  sheetName: 'Należności',
  dateFmt: 'dd.mm.yyyy',
  numFmt: '0',
  headerRow: 4,
  invoiceCol: 3,
  customerCol: 2,
  merges: ['A15:E15'],
  widths: [5, 34, 17, 16, 17, 16, 16, 16, 8],
  rows: [
    /* 1 */ ['Zestawienie należności'],
    /* 2 */ ['Stan na dzień: 30.11.2026'],
    /* 3 */ [],
    /* 4 */ ['Lp.', 'Kontrahent', 'Nr faktury', 'Data wystawienia', 'Termin płatności', 'Kwota', 'Zapłacono', 'Do zapłaty', 'Waluta'],
    /* 5 */ [1, 'Kowalski i Wspólnicy Sp. z o.o.', 'FV/2026/11/014', d(2026, 11, 16), '30.11.2026', '3 690,00 zł', '0,00 zł', '3 690,00 zł', 'PLN'],
    /* 6 */ [2, 'Zakład Stolarski Nowak', 'FV/2026/10/031', d(2026, 10, 21), '04.11.2026', '1 230,00 zł', null, '1 230,00 zł', 'PLN'],
    /* 7 */ [3, 'P.H.U. Wiśniewski', 'FV/2026/09/007', d(2026, 9, 3), '17.09.2026', '12 915,00 zł', '5 000,00 zł', '7 915,00 zł', 'PLN'],
    /* 8 */ [4, 'Browar Łódzki S.A.', 'FV/2026/08/022', d(2026, 8, 14), '13.09.2026', '2 500,00', '0,00', '2 500,00', 'EUR'],
    /* 9 */ [5, 'Zakład Stolarski Nowak', 'FV/2026/10/018', d(2026, 10, 9), '23.10.2026', '984,00 zł', '984,00 zł', '0,00 zł', 'PLN'],
    /* 10 */ [6, 'Transpol Logistyka Sp. z o.o.', 'FV/2026/07/003', d(2026, 7, 1), '31.07.2026', `45${NBSP}018,00${NBSP}zł`, null, `45${NBSP}018,00${NBSP}zł`, 'PLN'],
    /* 11 */ [7, 'Kowalski i Wspólnicy Sp. z o.o.', 'KOR/2026/11/002', d(2026, 11, 20), '20.11.2026', '-615,00 zł', null, '-615,00 zł', 'PLN'],
    /* 12 */ [8, 'Apteka Pod Lwem', 'FV/2026/11/029', d(2026, 11, 27), '11.12.2026', '442,80 zł', null, '442,80 zł', 'PLN'],
    /* 13 */ [9, 'P.H.U. Wiśniewski', 'FV/2026/08/030', d(2026, 8, 31), '30.09.2026', '6 150,00 zł', '2 150,00 zł', '4 000,00 zł', 'PLN'],
    /* 14 */ [10, 'Browar Łódzki S.A.', 'FV/2026/10/040', d(2026, 10, 30), '29.11.2026', '8 610,00 zł', null, '8 610,00 zł', 'PLN'],
    /* 15 */ ['Razem', null, null, null, null, '78 424,80 zł', '8 134,00 zł', '70 290,80 zł', 'PLN'],
  ],
};

const polishExpected: Expected = {
  asOf: '2026-11-30',
  sheet: 'Należności',
  headerRow: 4,
  invoices: [
    inv(5, 'FV/2026/11/014', 'Kowalski i Wspólnicy Sp. z o.o.', '2026-11-30', '3690.00', 'open', 'current'),
    inv(6, 'FV/2026/10/031', 'Zakład Stolarski Nowak', '2026-11-04', '1230.00', 'open', '1-30'),
    inv(7, 'FV/2026/09/007', 'P.H.U. Wiśniewski', '2026-09-17', '7915.00', 'open', '61-90'),
    inv(8, 'FV/2026/08/022', 'Browar Łódzki S.A.', '2026-09-13', '2500.00', 'open', '61-90'),
    inv(9, 'FV/2026/10/018', 'Zakład Stolarski Nowak', '2026-10-23', '0.00', 'paid', null),
    inv(10, 'FV/2026/07/003', 'Transpol Logistyka Sp. z o.o.', '2026-07-31', '45018.00', 'open', 'over-120'),
    inv(11, 'KOR/2026/11/002', 'Kowalski i Wspólnicy Sp. z o.o.', '2026-11-20', '-615.00', 'credit', null),
    inv(12, 'FV/2026/11/029', 'Apteka Pod Lwem', '2026-12-11', '442.80', 'open', 'current'),
    inv(13, 'FV/2026/08/030', 'P.H.U. Wiśniewski', '2026-09-30', '4000.00', 'open', '61-90'),
    inv(14, 'FV/2026/10/040', 'Browar Łódzki S.A.', '2026-11-29', '8610.00', 'open', '1-30'),
  ],
  skippedRows: [1, 2, 4, 15],
  issueRows: [],
  blankRows: [3],
  notes: [
    'Open = Do zapłaty. Currency from Waluta: row 8 is EUR (its amounts carry no symbol), the rest PLN.',
    'Data wystawienia holds real dates; Termin płatności is dd.mm.yyyy text. Amounts are text with "zł"; row 10 uses U+00A0 (as Excel pl-PL formats), the others plain spaces.',
    'Row 5 is due on the as-of date (current); row 14 one day overdue (1-30); row 13 exactly 61 days (61-90).',
    'Row 15 "Razem" (merged A15:E15) is a totals row. The "Lp." column is a running number, not the invoice number.',
  ],
};

// ---------------------------------------------------------------------------------------------
// Indonesian receivables list ("Daftar Piutang Usaha"): real invoice dates, due dates as
// dd/mm/yyyy text (day-first settled by "16/12/2026", "25/10/2026", "30/11/2026"), amounts as
// "Rp 1.234.567,00" text, a final "Jumlah" row (the same word as the amount header).

const indonesian: SheetSpec = {
  sheetName: 'Piutang',
  dateFmt: 'dd/mm/yyyy',
  numFmt: '0',
  headerRow: 5,
  invoiceCol: 3,
  customerCol: 2,
  widths: [5, 32, 18, 15, 13, 20, 20, 20, 14],
  rows: [
    /* 1 */ ['Daftar Piutang Usaha'],
    /* 2 */ ['PT Sinar Jaya Abadi'],
    /* 3 */ ['Per 30 November 2026'],
    /* 4 */ [],
    /* 5 */ ['No', 'Pelanggan', 'No. Faktur', 'Tanggal Faktur', 'Jatuh Tempo', 'Jumlah', 'Dibayar', 'Sisa', 'Keterangan'],
    /* 6 */ [1, 'PT Maju Bersama Sejahtera', 'INV/2026/11/0087', d(2026, 11, 16), '16/12/2026', 'Rp 15.540.000,00', 'Rp 0,00', 'Rp 15.540.000,00', null],
    /* 7 */ [2, 'CV Karya Mandiri', 'INV/2026/10/0064', d(2026, 10, 12), '11/11/2026', 'Rp 8.250.000,00', 'Rp 3.000.000,00', 'Rp 5.250.000,00', 'Cicilan 1'],
    /* 8 */ [3, 'PT Nusantara Logistik', 'INV/2026/09/0041', d(2026, 9, 25), '25/10/2026', 'Rp 42.000.000,00', null, 'Rp 42.000.000,00', null],
    /* 9 */ [4, 'Toko Bangunan Sumber Rejeki', 'INV/2026/08/0030', d(2026, 8, 3), '02/09/2026', 'Rp 3.675.500,00', 'Rp 3.675.500,00', 'Rp 0,00', 'Lunas'],
    /* 10 */ [5, 'PT Maju Bersama Sejahtera', 'INV/2026/07/0022', d(2026, 7, 6), '05/08/2026', 'Rp 120.000.000,00', 'Rp 60.000.000,00', 'Rp 60.000.000,00', null],
    /* 11 */ [6, 'CV Karya Mandiri', 'INV/2026/06/0015', d(2026, 6, 1), '01/07/2026', 'Rp 2.400.000,00', null, 'Rp 2.400.000,00', null],
    /* 12 */ [7, 'PT Nusantara Logistik', 'INV/2026/10/0070', d(2026, 10, 31), '30/11/2026', 'Rp 9.990.000,00', null, 'Rp 9.990.000,00', null],
    /* 13 */ [8, 'Apotek Sehat Selalu', 'INV/2026/09/0052', d(2026, 9, 1), '01/10/2026', 'Rp 1.234.567,00', null, 'Rp 1.234.567,00', null],
    /* 14 */ [9, 'UD Sari Tani', 'INV/2026/11/0091', d(2026, 11, 20), '05/12/2026', 'Rp 750.000,00', null, 'Rp 750.000,00', null],
    /* 15 */ ['Jumlah', null, null, null, null, 'Rp 203.840.067,00', 'Rp 66.675.500,00', 'Rp 137.164.567,00', null],
  ],
};

const indonesianExpected: Expected = {
  asOf: '2026-11-30',
  sheet: 'Piutang',
  headerRow: 5,
  invoices: [
    inv(6, 'INV/2026/11/0087', 'PT Maju Bersama Sejahtera', '2026-12-16', '15540000.00', 'open', 'current'),
    inv(7, 'INV/2026/10/0064', 'CV Karya Mandiri', '2026-11-11', '5250000.00', 'open', '1-30'),
    inv(8, 'INV/2026/09/0041', 'PT Nusantara Logistik', '2026-10-25', '42000000.00', 'open', '31-60'),
    inv(9, 'INV/2026/08/0030', 'Toko Bangunan Sumber Rejeki', '2026-09-02', '0.00', 'paid', null),
    inv(10, 'INV/2026/07/0022', 'PT Maju Bersama Sejahtera', '2026-08-05', '60000000.00', 'open', '91-120'),
    inv(11, 'INV/2026/06/0015', 'CV Karya Mandiri', '2026-07-01', '2400000.00', 'open', 'over-120'),
    inv(12, 'INV/2026/10/0070', 'PT Nusantara Logistik', '2026-11-30', '9990000.00', 'open', 'current'),
    inv(13, 'INV/2026/09/0052', 'Apotek Sehat Selalu', '2026-10-01', '1234567.00', 'open', '31-60'),
    inv(14, 'INV/2026/11/0091', 'UD Sari Tani', '2026-12-05', '750000.00', 'open', 'current'),
  ],
  skippedRows: [1, 2, 3, 5, 15],
  issueRows: [],
  blankRows: [4],
  notes: [
    'Open = Sisa; amounts are "Rp 1.234.567,00" text (dot thousands, decimal comma); IDR written with 2 decimals here.',
    'Jatuh Tempo is dd/mm/yyyy text: "16/12/2026", "25/10/2026", "30/11/2026" settle day-first, so "02/09/2026" is 2 September and "05/08/2026" 5 August.',
    'Row 9 has Sisa 0 and "Lunas" (paid) in Keterangan: paid. Row 7 "Cicilan 1" (first instalment) is a note.',
    'Row 15 starts with "Jumlah", the same word as the amount header: a totals row, not a repeated header and not an invoice.',
  ],
};

// ---------------------------------------------------------------------------------------------
// Hostile: a hand-made sheet after a year of use, behind a "Read me" sheet.

const hostile: SheetSpec = {
  sheetName: 'invoices 2026',
  dateFmt: 'dd/mm/yyyy',
  numFmt: '#,##0.00',
  headerRow: 4,
  invoiceCol: 1,
  customerCol: 2,
  merges: ['A1:H1'],
  widths: [12, 34, 14, 12, 12, 10, 10, 34],
  before: [{ name: 'Read me', rows: [['How to use this file'], ['1. Add new invoices at the bottom of "invoices 2026".'], ['2. Put "Paid" in Status when the money is in.'], [], ['Owner', 'Anna K.'], ['Last check', 'Nov 30']] }],
  rows: [
    /* 1 */ ['Receivables — J. Smith Consulting (DO NOT SORT)'],
    /* 2 */ ['last updated 30/11/2026 by Anna'],
    /* 3 */ [],
    /* 4 */ ['Invoice No', 'Customer', 'Invoice date', 'Due date', 'Amount', 'Paid', 'Status', 'Comment'],
    /* 5 */ ['000123', 'Acme Corp', d(2026, 10, 5), d(2026, 11, 4), 1500, 500, null, null],
    /* 6 */ ['000124', 'Globex GmbH', '25/03/2026', d(2026, 4, 24), 2200, null, null, 'chased 3x, no answer'],
    /* 7 */ [{ v: 1043, fmt: '0' }, 'Initech', '04/11/2026', d(2026, 12, 4), 780.4, null, null, null],
    /* 8 */ [],
    /* 9 */ ['000125', '=HYPERLINK("http://x","click")', '2026-10-07', d(2026, 11, 6), 320, 0, null, null],
    // Excel stores a carriage return in a string as _x000D_ (ECMA-376 ST_Xstring); the cell text is "Acme\r\nBcc: x@y.z".
    /* 10 */ ['000126', 'Acme_x000D_\nBcc: x@y.z', '15.10.2026', d(2026, 10, 30), 1250, 0, 'Disputed', 'says goods arrived damaged'],
    /* 11 */ ['Invoice No', 'Customer', 'Invoice date', 'Due date', 'Amount', 'Paid', 'Status', 'Comment'],
    /* 12 */ ['000127', 'Umbrella Ltd', '12 Aug 2026', d(2026, 9, 11), 640, null, 'Paid', null],
    /* 13 */ ['000128', 'Umbrella Ltd', d(2026, 10, 20), d(2026, 11, 19), 'see email', null, null, "amount in Mike's email"],
    /* 14 */ ['000129', 'Globex GmbH', d(2026, 11, 2), d(2026, 11, 2), -200, null, null, 'credit note for 000124'],
    /* 15 */ ['000130', 'Initech', d(2026, 9, 1), NA, 410, null, null, null],
    /* 16 */ ['000131', 'Stark Industries', d(2026, 8, 15), d(2026, 9, 14), 1e308, 0, null, null],
    /* 17 */ ['000132', 'Wayne Enterprises', '03/12/2026', d(2027, 1, 2), 5000, null, null, 'December retainer, sent early'],
    /* 18 */ ['000133', 'Wayne Enterprises', d(2026, 7, 1), d(2026, 7, 31), 900, 300, 'On hold', 'waiting for PO'],
    /* 19 */ ['000134', 'Stark Industries', d(2026, 10, 31), d(2026, 11, 30), '$1,234.56', null, null, null],
    /* 20 */ [],
    /* 21 */ ['TOTAL', null, null, null, f(1e308, 'SUM(E5:E19)'), f(800, 'SUM(F5:F19)'), null, null],
  ],
};

const hostileExpected: Expected = {
  asOf: '2026-11-30',
  sheet: 'invoices 2026',
  headerRow: 4,
  invoices: [
    inv(5, '000123', 'Acme Corp', '2026-11-04', '1000.00', 'open', '1-30'),
    inv(6, '000124', 'Globex GmbH', '2026-04-24', '2200.00', 'open', 'over-120'),
    inv(7, '1043', 'Initech', '2026-12-04', '780.40', 'open', 'current'),
    inv(9, '000125', '=HYPERLINK("http://x","click")', '2026-11-06', '320.00', 'open', '1-30'),
    inv(10, '000126', 'Acme\r\nBcc: x@y.z', '2026-10-30', '1250.00', 'disputed', '31-60'),
    inv(12, '000127', 'Umbrella Ltd', '2026-09-11', '0.00', 'paid', null),
    inv(14, '000129', 'Globex GmbH', '2026-11-02', '-200.00', 'credit', null),
    inv(17, '000132', 'Wayne Enterprises', '2027-01-02', '0.00', 'not-issued', null),
    inv(18, '000133', 'Wayne Enterprises', '2026-07-31', '600.00', 'on-hold', 'over-120'),
    inv(19, '000134', 'Stark Industries', '2026-11-30', '1234.56', 'open', 'current'),
  ],
  skippedRows: [1, 2, 4, 11, 13, 15, 16, 21],
  issueRows: [13, 15, 16],
  blankRows: [3, 8, 20],
  notes: [
    'The invoice sheet is the second one; the first, "Read me", has no invoice table.',
    'Invoice date mixes real dates and text: "25/03/2026" settles day-first for the column, so "04/11/2026" is 4 November and "03/12/2026" (row 17) is 3 December: after the as-of date, not-issued.',
    'Row 7 stores invoice number 1043 as a number: "1043". Leading zeros of "000123" etc. are kept.',
    'Row 9 customer is the text =HYPERLINK("http://x","click") (a string cell, not a formula): reported as is, never written back as a formula.',
    'Row 10 customer holds a CR LF (stored as _x000D_ plus a line feed, as Excel writes it): reported as is.',
    'Row 12: Status "Paid" with an empty Paid column: open 0.00, paid. Row 18: On hold, still aged.',
    'Row 13: "see email" in Amount; row 15: #N/A in Due date; row 16: Amount 1e308 (beyond any exact money range): unreadable, so skipped and reported as issues.',
    'Row 19: Amount is the text "$1,234.56" (USD by its symbol); due on the as-of date: current.',
    'Row 11 repeats the header; row 21 TOTAL has SUM formulas (cached result 1e308 for Amount); rows 3, 8 and 20 are empty.',
  ],
};

// ---------------------------------------------------------------------------------------------

interface Fixture {
  name: string;
  spec: SheetSpec;
  expected: Expected;
}

const FIXTURES: Fixture[] = [
  { name: 'quickbooks', spec: quickbooks, expected: quickbooksExpected },
  { name: 'xero', spec: xero, expected: xeroExpected },
  { name: 'onec', spec: onec, expected: onecExpected },
  { name: 'polish', spec: polish, expected: polishExpected },
  { name: 'indonesian', spec: indonesian, expected: indonesianExpected },
  { name: 'hostile', spec: hostile, expected: hostileExpected },
];

function isFormatted(c: Cell): c is { v: Raw; fmt: string } {
  return c !== null && typeof c === 'object' && !(c instanceof Date) && 'fmt' in c;
}

function fillSheet(ws: ExcelJS.Worksheet, rows: Cell[][], dateFmt: string, numFmt: string): void {
  rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((c, col) => {
      if (c === null || c === undefined) return;
      const cell = row.getCell(col + 1);
      const value = isFormatted(c) ? c.v : c;
      cell.value = value as ExcelJS.CellValue;
      if (isFormatted(c)) cell.numFmt = c.fmt;
      else if (value instanceof Date) cell.numFmt = dateFmt;
      else if (typeof value === 'number' || (value !== null && typeof value === 'object' && 'formula' in value)) cell.numFmt = numFmt;
    });
  });
}

async function writeFixture(fx: Fixture, outDir: string): Promise<void> {
  const { spec } = fx;
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, 'Dunning Desk fixtures');
  for (const extra of spec.before ?? []) fillSheet(wb.addWorksheet(extra.name), extra.rows, spec.dateFmt, spec.numFmt);
  const ws = wb.addWorksheet(spec.sheetName);
  fillSheet(ws, spec.rows, spec.dateFmt, spec.numFmt);
  ws.getRow(spec.headerRow).font = { bold: true };
  ws.getRow(1).font = { bold: true, size: 13 };
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  (spec.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await writeWorkbook(wb, path.join(outDir, `${fx.name}.xlsx`));
  fs.writeFileSync(path.join(outDir, `${fx.name}.expected.json`), JSON.stringify(fx.expected, null, 2) + '\n');
}

/** Clerical checks on the hand-written expectations (row numbers and coverage), not the truth. */
function check(fx: Fixture): void {
  const { spec, expected } = fx;
  const text = (c: Cell | undefined): string => {
    const v = c !== undefined && isFormatted(c) ? c.v : c;
    if (typeof v === 'string') return v.replace(/_x000D_/g, '\r');
    if (typeof v === 'number') return String(v);
    return '';
  };
  const fail = (msg: string) => {
    throw new Error(`${fx.name}: ${msg}`);
  };
  if (expected.headerRow !== spec.headerRow) fail('header row');
  for (const e of expected.invoices) {
    const cells = spec.rows[e.row - 1] ?? [];
    if (text(cells[spec.invoiceCol - 1]) !== e.invoice) fail(`row ${e.row} invoice ${text(cells[spec.invoiceCol - 1])} != ${e.invoice}`);
    if (text(cells[spec.customerCol - 1]) !== e.customer) fail(`row ${e.row} customer`);
    if ((e.bucket === null) !== (e.status === 'paid' || e.status === 'credit' || e.status === 'not-issued')) fail(`row ${e.row} bucket/status`);
    if (!/^-?\d+\.\d{2}$/.test(e.open)) fail(`row ${e.row} open ${e.open}`);
  }
  const listed = [...expected.invoices.map((e) => e.row), ...expected.skippedRows];
  const nonEmpty = spec.rows.map((cells, i) => (cells.some((c) => c !== null && c !== undefined) ? i + 1 : 0)).filter((r) => r > 0);
  if (new Set(listed).size !== listed.length) fail('a row is listed twice');
  const empty = spec.rows.map((_, i) => i + 1).filter((r) => !nonEmpty.includes(r));
  if (expected.blankRows.join() !== empty.join()) fail(`blank rows ${expected.blankRows.join()} != ${empty.join()}`);
  if ([...listed].sort((a, b) => a - b).join() !== nonEmpty.join()) fail(`rows listed ${[...listed].sort((a, b) => a - b).join()} != non-empty ${nonEmpty.join()}`);
  for (const r of expected.issueRows) if (!expected.skippedRows.includes(r) && !expected.invoices.some((e) => e.row === r)) fail(`issue row ${r}`);
}

// ---------------------------------------------------------------------------------------------
// onec.csv in Windows-1251

function cp1251Encoder(): (s: string) => Buffer {
  const decoder = new TextDecoder('windows-1251');
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
  }
  return (s: string) =>
    Buffer.from(
      Array.from(s, (ch) => {
        const b = map.get(ch);
        if (b === undefined) throw new Error(`not in Windows-1251: ${JSON.stringify(ch)}`);
        return b;
      }),
    );
}

function csvField(c: Cell): string {
  const v = isFormatted(c) ? c.v : c;
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') throw new Error('onec.csv: only text cells expected');
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function writeOnecCsv(outDir: string): void {
  const width = Math.max(...onec.rows.map((r) => r.length));
  const lines = onec.rows.map((cells) => (cells.length === 0 ? '' : Array.from({ length: width }, (_, i) => csvField(cells[i] ?? null)).join(';')));
  fs.writeFileSync(path.join(outDir, 'onec.csv'), cp1251Encoder()(lines.join('\r\n') + '\r\n'));
}

export async function makeLayoutFixtures(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  for (const fx of FIXTURES) check(fx);
  for (const fx of FIXTURES) await writeFixture(fx, outDir);
  writeOnecCsv(outDir);
  return [...FIXTURES.map((fx) => fx.name), 'onec.csv'];
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(repoRoot(), 'test', 'fixtures', 'layouts');
  makeLayoutFixtures(outDir).then(
    (names) => console.log(`wrote ${names.join(', ')} to ${outDir}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
