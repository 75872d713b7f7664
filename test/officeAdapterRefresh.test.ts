/**
 * Refresh aging in Excel, end to end on the strict in-memory Excel: src/app/refresh.ts reads the
 * workbook through OfficeWorkbook and the product's sheets are written back through it.
 */
import { syntheticGrid } from '../bench/syntheticGrid';
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { OfficeError } from '../src/adapters/office/officeError';
import { writeOwnedSheets } from '../src/adapters/office/writeOwnedSheets';
import { REQUEST_LIMIT_BYTES } from '../src/adapters/office/requestBudget';
import { refresh } from '../src/app/refresh';
import type { Grid } from '../src/domain/grid';
import { parseIsoDate } from '../src/domain/localDate';
import { ACTIONS_HEADER } from '../src/workbook/todaysActionsSheet';
import { AGING_SUMMARY_SHEET, COLLECTIONS_LOG_SHEET, OWNED_SHEETS, TODAYS_ACTIONS_SHEET, isOwnedSheet } from '../src/workbook/ownedSheets';
import { text } from '../src/workbook/ports';
import { type SeedCell, type SeedSheet, StrictExcel } from './support/strictExcel';

const AS_OF = parseIsoDate('2026-11-30')!;
const column = (name: (typeof ACTIONS_HEADER)[number]) => ACTIONS_HEADER.indexOf(name);

/** A grid's cells as the user's sheet holds them (number formats kept). */
function seedRows(grid: Grid): SeedCell[][] {
  return grid.rows.map((row, r) =>
    row.map((value, c) => {
      const format = grid.formats?.[r]?.[c];
      if (value === null || typeof value === 'object') return value as SeedCell;
      return format ? { value, format } : value;
    }),
  );
}

async function refreshIn(excel: StrictExcel, asOf = AS_OF) {
  const book = await OfficeWorkbook.open(excel);
  const result = await refresh(book, { asOf });
  await book.writeOwnedSheets(result.sheets);
  return result;
}

/** Everything a refresh can change in the product's sheets, to compare two workbooks. */
function snapshot(excel: StrictExcel) {
  return {
    names: excel.sheetNames(),
    tables: excel.tables(),
    sheets: excel.sheetNames().map((name) => {
      const sheet = excel.requireSheet(name);
      return {
        name,
        visibility: sheet.visibility,
        cells: [...excel.cells(name)],
        widths: [...sheet.columnWidths],
        freezeRows: sheet.freezeRows,
        validations: sheet.validations,
        conditionalFormats: sheet.conditionalFormats,
        looks: sheet.looks,
      };
    }),
  };
}

const INVOICES: SeedSheet = {
  name: 'Invoices',
  rows: [
    ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency', 'Email'],
    ['001043', 'Acme', '2026-10-15', 1200, 'EUR', 'ap@acme.test'],
    ['A-2', 'Acme', '2026-11-02', 300, 'EUR', 'ap@acme.test'],
    ['B-1', 'Bolt', '2026-11-20', 80, 'EUR', ''],
    ['C-1', '=HYPERLINK("http://evil.test","Cobalt")', '2026-09-01', 500, 'USD', '=1+1'],
    ['D-1', '+1 555 0100', '2026-10-01', 70, 'USD', '-5 days'],
    ['E-1', '@dyna', '2026-10-20', 40, 'EUR', 'TRUE'],
    ['F-1', 'Fenix', '2026-10-20', { error: '#N/A' }, 'EUR', ''],
  ],
};

function actionRow(excel: StrictExcel, customer: string): number {
  const cells = excel.cells(TODAYS_ACTIONS_SHEET);
  for (const [address, cell] of cells) if (address.startsWith('B') && cell.value === customer) return Number(address.slice(1));
  throw new Error(`no action row for ${customer}`);
}

describe('Refresh aging through the Office adapter', () => {
  it('refreshes 100,000 invoices in at most 10 round trips, none over 4 MB, the first time and every day after', async () => {
    const excel = new StrictExcel([{ name: 'Invoices', rows: seedRows(syntheticGrid(100_000)) }]);
    for (const asOf of [AS_OF, parseIsoDate('2026-12-01')!]) {
      excel.resetStats();
      const book = await OfficeWorkbook.open(excel);
      const result = await refresh(book, { asOf });
      const reading = excel.stats.syncs;
      await book.writeOwnedSheets(result.sheets);
      expect(result.reading.invoices.length).toBeGreaterThan(90_000);

      const { syncs, perSync, largestRequestBytes, largestResponseBytes, runs, refusedForSize } = excel.stats;
      const moved = (from: number, to: number) => perSync.slice(from, to).reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
      // Open (2: the sheets, then their shapes and first rows, which answer the header search
      // and hold the small product sheets), then a request per ~3.3 MB of values and number
      // formats (4 MB less the margin), Today's actions included once it exists.
      expect(reading).toBeLessThanOrEqual(2 + Math.ceil(moved(2, reading) / (REQUEST_LIMIT_BYTES / 1.2)));
      // The write's check, then a request per 4 MB of cells, the last one also swapping the sheets in.
      expect(syncs - reading).toBeLessThanOrEqual(1 + Math.ceil(moved(reading, syncs) / REQUEST_LIMIT_BYTES));
      expect(syncs).toBeLessThanOrEqual(10);
      expect(runs).toBeLessThanOrEqual(4);
      expect(refusedForSize).toBe(0);
      expect(largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
      expect(largestResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    }
    expect(excel.requireSheet('Invoices').writes).toBe(0);
    expect(excel.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
  });

  it("reads the number formats that carry meaning: an amount's currency and an invoice number's leading zeros", async () => {
    const due = { value: 46_300, format: 'yyyy-mm-dd' };
    const rows: SeedCell[][] = [['Invoice', 'Customer', 'Due Date', 'Amount', 'Paid']];
    // Past the first rows read at open, so the formats come from the whole read; the last row's
    // payment is in another currency than its amount.
    for (let i = 0; i < 200; i++) {
      const paid = i === 199 ? { value: 100, format: '#,##0.00\\ "zł"' } : { value: 100, format: '#,##0.00' };
      rows.push([{ value: 1043 + i, format: '000000' }, 'Acme', due, { value: 1200, format: '[$€-407] #,##0.00' }, paid]);
    }
    const excel = new StrictExcel([{ name: 'Invoices', rows }]);
    const { reading } = await refreshIn(excel);
    expect(reading.invoices.map((invoice) => `${invoice.invoice} ${invoice.currency}`).slice(-2)).toEqual(['001240 EUR', '001241 EUR']);
    expect(reading.issues.map((issue) => [issue.row, issue.column])).toEqual([[201, 'Paid']]);
  });

  it('suspends calculation while it builds the sheets, never in the request that swaps them in', async () => {
    const excel = new StrictExcel([INVOICES]);
    const rows = Array.from({ length: 300 }, (_, i) => [text(`${i}`.padEnd(20_000, 'x'))]);
    await writeOwnedSheets(excel, [{ name: AGING_SUMMARY_SHEET, title: [], sections: [{ header: ['Note'], rows }] }]);
    // The checks, then 6 MB of cells in two requests, the second also swapping the sheet in.
    expect(excel.stats.syncs).toBe(3);
    expect(excel.stats.calculationSuspendedAt).toEqual([2]);
    expect(excel.cell(AGING_SUMMARY_SHEET, 'A301').value).toBe('299'.padEnd(20_000, 'x'));

    const small = new StrictExcel([INVOICES]);
    await refreshIn(small);
    expect(small.stats.calculationSuspendedAt).toEqual([]);
  });

  it('keeps text that looks like a formula, a number, a boolean or an error as text', async () => {
    const excel = new StrictExcel([INVOICES]);
    await refreshIn(excel);
    for (const name of excel.sheetNames()) expect({ name, formulas: excel.formulas(name) }).toEqual({ name, formulas: [] });
    const customers = [...excel.cells(TODAYS_ACTIONS_SHEET)].filter(([a]) => /^B\d+$/.test(a)).map(([, c]) => c.value);
    expect(customers).toEqual(expect.arrayContaining(['=HYPERLINK("http://evil.test","Cobalt")', '+1 555 0100', '@dyna']));
    const row = actionRow(excel, '=HYPERLINK("http://evil.test","Cobalt")');
    expect(excel.cell(TODAYS_ACTIONS_SHEET, `B${row}`)).toEqual({ value: '=HYPERLINK("http://evil.test","Cobalt")', format: '@', formula: null });
    expect(excel.cell(TODAYS_ACTIONS_SHEET, `C${row}`).value).toBe('=1+1');
    const issues = [...excel.cells('Issues').values()].map((c) => c.value);
    expect(issues).toContain('#N/A');
    expect([...excel.cells('Issues').values()].some((c) => typeof c.value === 'object' && c.value !== null)).toBe(false);
  });

  it('changes nothing when refreshed again for the same day', async () => {
    const excel = new StrictExcel([INVOICES, { name: 'Notes', rows: [['mine']] }]);
    await refreshIn(excel);
    const first = snapshot(excel);
    await refreshIn(excel);
    expect(snapshot(excel)).toEqual(first);
  });

  it("records the user's marks in the Collections log once and carries typed notes to the new rows", async () => {
    const excel = new StrictExcel([INVOICES]);
    await refreshIn(excel);
    const acme = actionRow(excel, 'Acme');
    excel.type(TODAYS_ACTIONS_SHEET, acme, column('Status'), 'Done');
    excel.type(TODAYS_ACTIONS_SHEET, acme, column('Note'), 'spoke to Ann, pays Friday');
    excel.type(TODAYS_ACTIONS_SHEET, actionRow(excel, 'Bolt'), column('Note'), 'call after 3pm');

    const second = await refreshIn(excel);
    expect(second.logged.map((e) => [e.invoice, e.outcome, e.note])).toEqual([
      ['001043', 'done', 'spoke to Ann, pays Friday'],
      ['A-2', 'done', 'spoke to Ann, pays Friday'],
    ]);
    const log = [...excel.cells(COLLECTIONS_LOG_SHEET).values()].map((c) => c.value);
    expect(log.filter((v) => v === 'spoke to Ann, pays Friday')).toHaveLength(2);
    expect(log).toContain('001043');
    expect(excel.cell(TODAYS_ACTIONS_SHEET, `O${actionRow(excel, 'Bolt')}`).value).toBe('call after 3pm');

    const third = await refreshIn(excel);
    expect(third.logged).toEqual([]);
    expect([...excel.cells(COLLECTIONS_LOG_SHEET).values()].filter((c) => c.value === 'spoke to Ann, pays Friday')).toHaveLength(2);
  });

  it("writes nothing when someone types a status or note in Today's actions while the refresh runs, and takes it in the next time", async () => {
    const excel = new StrictExcel([INVOICES]);
    await refreshIn(excel);
    const acme = actionRow(excel, 'Acme');
    const actionsId = excel.requireSheet(TODAYS_ACTIONS_SHEET).id;
    const before = snapshot(excel);

    // Read, then a colleague marks Acme done before the write starts.
    const book = await OfficeWorkbook.open(excel);
    const result = await refresh(book, { asOf: AS_OF });
    expect(result.logged).toEqual([]);
    excel.type(TODAYS_ACTIONS_SHEET, acme, column('Status'), 'Done');
    excel.type(TODAYS_ACTIONS_SHEET, acme, column('Note'), 'paid by card');
    const typed = snapshot(excel);
    const error = await book.writeOwnedSheets(result.sheets).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect((error as OfficeError).code).toBe('changed');
    expect(snapshot(excel)).toEqual(typed);
    expect(typed).not.toEqual(before);

    const again = await refreshIn(excel);
    expect(again.logged.map((e) => [e.customer, e.outcome, e.note])).toEqual([
      ['Acme', 'done', 'paid by card'],
      ['Acme', 'done', 'paid by card'],
    ]);
    expect(excel.requireSheet(TODAYS_ACTIONS_SHEET).id).not.toBe(actionsId);
  });

  it('lets one of two refreshes run at the same time write: the other stops, and each mark is logged once', async () => {
    const excel = new StrictExcel([INVOICES]);
    await refreshIn(excel);
    excel.type(TODAYS_ACTIONS_SHEET, actionRow(excel, 'Acme'), column('Status'), 'Done');
    const [first, second] = [await OfficeWorkbook.open(excel), await OfficeWorkbook.open(excel)];
    const [a, b] = [await refresh(first, { asOf: AS_OF }), await refresh(second, { asOf: AS_OF })];
    expect(b.logged).toEqual(a.logged);
    await first.writeOwnedSheets(a.sheets);
    const error = await second.writeOwnedSheets(b.sheets).catch((e: unknown) => e);
    expect((error as OfficeError).code).toBe('changed');
    const logged = [...excel.cells(COLLECTIONS_LOG_SHEET).values()].filter((c) => c.value === a.logged[0].actionId);
    expect(logged).toHaveLength(a.logged.length);
    expect((await refreshIn(excel)).logged).toEqual([]);
  });

  it("writes as usual when what changed meanwhile is not typed by the user: another sheet, or Today's actions' own columns", async () => {
    const excel = new StrictExcel([INVOICES, { name: 'Notes', rows: [['mine']] }]);
    await refreshIn(excel);
    const book = await OfficeWorkbook.open(excel);
    const result = await refresh(book, { asOf: AS_OF });
    excel.type('Notes', 2, 0, 'typed meanwhile');
    excel.type(TODAYS_ACTIONS_SHEET, actionRow(excel, 'Acme'), column('Why'), 'edited meanwhile');
    await book.writeOwnedSheets(result.sheets);
    expect(excel.cell(TODAYS_ACTIONS_SHEET, `L${actionRow(excel, 'Acme')}`).value).not.toBe('edited meanwhile');
  });

  it('keeps a column the user added beside the Collections log', async () => {
    const excel = new StrictExcel([INVOICES]);
    await refreshIn(excel);
    excel.type(TODAYS_ACTIONS_SHEET, actionRow(excel, 'Acme'), column('Status'), 'Done');
    await refreshIn(excel);
    const log = excel.cells(COLLECTIONS_LOG_SHEET);
    const header = [...log].find(([, c]) => c.value === 'Action id')![0];
    const headerRow = Number(header.slice(1));
    excel.type(COLLECTIONS_LOG_SHEET, headerRow, 9, 'Checked by');
    excel.type(COLLECTIONS_LOG_SHEET, headerRow + 1, 9, 'Marta');
    await refreshIn(excel);
    expect(excel.cell(COLLECTIONS_LOG_SHEET, `J${headerRow}`).value).toBe('Checked by');
    expect(excel.cell(COLLECTIONS_LOG_SHEET, `J${headerRow + 1}`).value).toBe('Marta');
  });

  it("never writes the invoice sheet or any other sheet of the user's", async () => {
    const excel = new StrictExcel([INVOICES, { name: 'Notes', rows: [['mine']] }]);
    await refreshIn(excel);
    excel.type(TODAYS_ACTIONS_SHEET, actionRow(excel, 'Acme'), column('Status'), 'Done');
    await refreshIn(excel);
    expect(excel.requireSheet('Invoices').writes).toBe(0);
    expect(excel.requireSheet('Notes').writes).toBe(0);
    const written = new Set(excel.writeLog.map((w) => w.sheet));
    for (const name of written) expect(isOwnedSheet(name) || name.startsWith('~dunning-desk-')).toBe(true);
  });

  it('keeps the user where they were: the active sheet active, a hidden product sheet hidden, tables named apart', async () => {
    const excel = new StrictExcel([INVOICES, { name: 'Mine', rows: [['a'], ['b']], tables: [{ name: 'TodaysActions', address: 'A1:A2' }] }]);
    await refreshIn(excel);
    expect(excel.tables().map((t) => [t.sheet, t.name])).toEqual([
      ['Mine', 'TodaysActions'],
      [TODAYS_ACTIONS_SHEET, 'TodaysActions_2'],
      [COLLECTIONS_LOG_SHEET, 'CollectionsLog'],
    ]);
    excel.activate(TODAYS_ACTIONS_SHEET);
    excel.requireSheet(COLLECTIONS_LOG_SHEET).visibility = 'Hidden';
    await refreshIn(excel);
    expect(excel.activeSheet()).toBe(TODAYS_ACTIONS_SHEET);
    expect(excel.requireSheet(COLLECTIONS_LOG_SHEET).visibility).toBe('Hidden');
    expect(excel.requireSheet(TODAYS_ACTIONS_SHEET).visibility).toBe('Visible');
    expect(excel.tables().map((t) => t.name)).toEqual(['TodaysActions', 'TodaysActions_2', 'CollectionsLog']);
  });

  it('refuses, before touching Excel, to write a sheet the product does not own', async () => {
    const excel = new StrictExcel([INVOICES]);
    const book = await OfficeWorkbook.open(excel);
    const syncs = excel.stats.syncs;
    await expect(book.writeOwnedSheets([{ name: 'Invoices', title: [], sections: [{ header: ['x'], rows: [[text('y')]] }] }])).rejects.toThrow(
      `"Invoices" is not a product sheet; the Office adapter writes only ${OWNED_SHEETS.join(', ')}`,
    );
    expect(excel.stats.syncs).toBe(syncs);
  });

  it("reads the user's Excel table rather than everything on the sheet", async () => {
    const excel = new StrictExcel([
      {
        name: 'Invoices',
        rows: [['Report as of November'], [], ['Invoice', 'Customer', 'Due Date', 'Amount', null, 'Currency rates'], ['A-1', 'Acme', '2026-10-15', 100, null, 'Amount'], ['A-2', 'Bolt', '2026-11-15', 50, null, 'Customer']],
        tables: [{ name: 'Receivables', address: 'A3:D5' }],
      },
    ]);
    const book = await OfficeWorkbook.open(excel);
    const grid = await book.readSheet('Invoices');
    expect([grid.firstRow, grid.firstCol, grid.rows.length, Math.max(...grid.rows.map((r) => r.length))]).toEqual([3, 1, 3, 4]);
    const result = await refresh(book, { asOf: AS_OF });
    expect(result.source.headerRow).toBe(3);
    expect(result.reading.invoices.map((i) => i.invoice)).toEqual(['A-1', 'A-2']);
  });

  it('reads merged cells so a value shown across them is found', async () => {
    const excel = new StrictExcel([{ name: 'Invoices', rows: [['Customer', 'Invoice', 'Amount', 'Due Date'], ['Acme', 'A-1', 10, '2026-10-01'], [null, 'A-2', 20, '2026-10-02']], merges: ['A2:A3'] }]);
    const book = await OfficeWorkbook.open(excel);
    expect((await book.readSheet('Invoices')).merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect((await book.readSheet('Invoices', { maxRows: 2 })).merges).toBeUndefined();
    const result = await refresh(book, { asOf: AS_OF });
    expect(result.reading.invoices.map((i) => i.customer)).toEqual(['Acme', 'Acme']);
  });

  it('does without drop-downs (ExcelApi 1.8) and screen-updating control (1.9) on ExcelApi 1.7, and refuses older Excel', async () => {
    const excel = new StrictExcel([INVOICES], { apiVersion: '1.7' });
    await refreshIn(excel);
    const actions = excel.requireSheet(TODAYS_ACTIONS_SHEET);
    expect(actions.validations).toEqual([]);
    expect(actions.conditionalFormats.length).toBeGreaterThan(0);
    expect(actions.freezeRows).toBe(4);
    expect(excel.tables().map((t) => t.name)).toEqual(['TodaysActions', 'CollectionsLog']);

    const old = new StrictExcel([INVOICES], { apiVersion: '1.6' });
    const error = await OfficeWorkbook.open(old).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect((error as OfficeError).code).toBe('unsupported');
  });

  it('reads and writes dates in a 1904 workbook in its own date system', async () => {
    const excel = new StrictExcel([INVOICES], { date1904: true });
    const book = await OfficeWorkbook.open(excel);
    expect(book.date1904).toBe(true);
    await refreshIn(excel);
    const oldestDue = excel.cell(TODAYS_ACTIONS_SHEET, `I${actionRow(excel, 'Acme')}`);
    // 2026-10-15 is serial 46310 in the 1900 system.
    expect(oldestDue).toEqual({ value: 46310 - 1462, format: 'yyyy-mm-dd', formula: null });
    const again = await refreshIn(excel);
    expect(again.logged).toEqual([]);
  });
});
