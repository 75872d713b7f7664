/**
 * One contract, two hosts: the Office adapter over the strict in-memory Excel and the .xlsx
 * adapter over files written by exceljs (an independent writer). Then the two writers side by
 * side: the same refresh must give the same cells, and the same table, frozen header,
 * drop-down and colour rules.
 */
import ExcelJS from 'exceljs';
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { openXlsx } from '../src/adapters/xlsx/xlsxWorkbook';
import { fflateCodec, ZipArchive } from '../src/adapters/xlsx/zipArchive';
import { refresh } from '../src/app/refresh';
import { TODAYS_ACTIONS_SHEET } from '../src/workbook/ownedSheets';
import type { OutSheet } from '../src/workbook/ports';
import { AS_OF, type HostUnderTest, type PortHarness, type UserSheet, describePortContract, workbookCells } from './support/portContract';
import { StrictExcel, type SeedCell } from './support/strictExcel';

function officeHost(excel: StrictExcel, book: OfficeWorkbook): HostUnderTest {
  return {
    reader: book,
    write: async (sheets: readonly OutSheet[]) => {
      await book.writeOwnedSheets(sheets);
      return officeHost(excel, await OfficeWorkbook.open(excel));
    },
  };
}

const office: PortHarness = {
  name: 'the Office adapter (strict in-memory Excel)',
  async open(sheets, options) {
    const excel = new StrictExcel(
      sheets.map((s) => ({ name: s.name, rows: s.rows, visibility: s.hidden ? 'Hidden' : 'Visible' })),
      { date1904: options?.date1904 },
    );
    return officeHost(excel, await OfficeWorkbook.open(excel));
  },
};

/** A real .xlsx written by exceljs, as a user's file would be. */
async function xlsxFile(sheets: readonly UserSheet[], date1904: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (date1904) workbook.properties.date1904 = true;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    sheet.rows.forEach((row, r) =>
      row.forEach((cell: SeedCell, c) => {
        if (cell === null) return;
        const target = worksheet.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && 'error' in cell) target.value = { error: cell.error as ExcelJS.CellErrorValue['error'] };
        else if (typeof cell === 'object') {
          target.value = cell.value;
          target.numFmt = cell.format;
        } else target.value = cell;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function xlsxHost(bytes: Uint8Array): HostUnderTest {
  const book = openXlsx(bytes);
  return { reader: book, write: async (sheets) => xlsxHost(await book.withOwnedSheets(sheets)) };
}

const xlsx: PortHarness = {
  name: 'the .xlsx adapter',
  open: async (sheets, options) => xlsxHost(await xlsxFile(sheets, options?.date1904 ?? false)),
};

describePortContract(office);
describePortContract(xlsx);

describe('the Office and .xlsx writers side by side', () => {
  const invoices: UserSheet = {
    name: 'Invoices',
    rows: [
      ['Invoice', 'Customer', 'Invoice Date', 'Due Date', 'Amount', 'Paid', 'Currency', 'Status', 'Email'],
      ['0001', 'Acme', '2026-08-01', '2026-08-31', 1200, 0, 'EUR', '', 'ap@acme.test'],
      ['0002', 'Acme', '2026-10-01', '2026-10-31', 300.25, 100, 'EUR', '', 'ap@acme.test'],
      ['0003', '=HYPERLINK("http://bolt.test","Bolt")', '2026-09-15', '2026-10-15', 80, 0, 'USD', 'Disputed', ''],
      ['0004', 'Cobalt', '2026-11-20', '2026-12-20', 5000, 0, 'JPY', '', ''],
      ['0005', 'Dyna', 'not a date', '2026-11-01', 10, 0, 'PLN', '', ''],
      ['0006', '#N/A', '2026-07-01', '2026-07-31', 700, 0, 'EUR', '', ''],
      ['0007', 'Eon', '2026-06-01', '2026-06-30', 45, 0, '', 'On hold', ''],
    ],
  };

  it('give the same cells for every product sheet of a refresh', async () => {
    const officeWritten = await (async () => {
      const host = await office.open([invoices]);
      return host.write((await refresh(host.reader, { asOf: AS_OF })).sheets);
    })();
    const xlsxWritten = await (async () => {
      const host = await xlsx.open([invoices]);
      return host.write((await refresh(host.reader, { asOf: AS_OF })).sheets);
    })();
    expect(officeWritten.reader.sheetNames()).toEqual(xlsxWritten.reader.sheetNames());
    expect(await workbookCells(officeWritten.reader)).toEqual(await workbookCells(xlsxWritten.reader));
  });

  it('give the same table, frozen header, drop-down and colour rules', async () => {
    const excel = new StrictExcel([{ name: 'Invoices', rows: invoices.rows }]);
    const book = await OfficeWorkbook.open(excel);
    const result = await refresh(book, { asOf: AS_OF });
    await book.writeOwnedSheets(result.sheets);

    const bytes = await openXlsx(await xlsxFile([invoices], false)).withOwnedSheets(result.sheets);
    const archive = ZipArchive.read(bytes, fflateCodec);
    const names = archive.entries.map((e) => e.name);
    const sheetXml = names.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)).map((n) => archive.text(n) ?? '').find((x) => x.includes('tableParts') && x.includes('dataValidation') && x.includes('conditionalFormatting'));
    const tableXml = names.filter((n) => /tables\/table\d+\.xml$/.test(n)).map((n) => archive.text(n) ?? '').find((x) => x.includes('name="TodaysActions"'));
    if (!sheetXml || !tableXml) throw new Error('the .xlsx writer wrote no Today\'s actions table');

    const sheet = excel.requireSheet(TODAYS_ACTIONS_SHEET);
    const table = excel.tables().find((t) => t.name === 'TodaysActions');
    expect(table?.sheet).toBe(TODAYS_ACTIONS_SHEET);
    expect(/ref="([A-Z0-9:]+)"/.exec(tableXml)?.[1]).toBe(table?.address);
    expect(Number(/ySplit="(\d+)"/.exec(sheetXml)?.[1])).toBe(sheet.freezeRows);

    const a1 = (area: { row: number; column: number; rowCount: number; columnCount: number }) => {
      const col = (i: number) => String.fromCharCode(65 + i);
      return `${col(area.column)}${area.row + 1}:${col(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
    };
    expect(sheet.validations.map((v) => a1(v.area))).toEqual([/<dataValidation [^>]*sqref="([A-Z0-9:]+)"/.exec(sheetXml)?.[1]]);
    expect(sheet.conditionalFormats.map((f) => a1(f.area))).toEqual(sheet.conditionalFormats.map(() => /<conditionalFormatting sqref="([A-Z0-9:]+)"/.exec(sheetXml)?.[1]));
    const fileRules = [...sheetXml.matchAll(/<cfRule [^>]*priority="(\d+)"><formula>([^<]*)<\/formula>/g)]
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map((m) => `=${m[2].replace(/&quot;/g, '"')}`);
    expect([...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).map((f) => f.formula)).toEqual(fileRules);
  });
});
