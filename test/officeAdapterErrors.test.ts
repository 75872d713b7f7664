/**
 * When Excel says no: cell edit mode, protection, a refused request, an interrupted write. The
 * user gets a typed error with what to do, and the workbook is never left half-written.
 */
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { OfficeError } from '../src/adapters/office/officeError';
import { REQUEST_LIMIT_BYTES } from '../src/adapters/office/requestBudget';
import { writeOwnedSheets } from '../src/adapters/office/writeOwnedSheets';
import { refresh } from '../src/app/refresh';
import { parseIsoDate } from '../src/domain/localDate';
import { AGING_SUMMARY_SHEET, COLLECTIONS_LOG_SHEET, DUNNING_SETTINGS_SHEET, TODAYS_ACTIONS_SHEET } from '../src/workbook/ownedSheets';
import { type OutSheet, text } from '../src/workbook/ports';
import { PAYLOAD_LIMIT_BYTES, type SeedSheet, StrictExcel } from './support/strictExcel';

const AS_OF = parseIsoDate('2026-11-30')!;

const INVOICES: SeedSheet = {
  name: 'Invoices',
  rows: [
    ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency'],
    ['A-1', 'Acme', '2026-10-15', 1200, 'EUR'],
    ['B-1', 'Bolt', '2026-11-20', 80, 'EUR'],
  ],
};

/** Retries without waiting, remembering the waits asked for. */
function instantRetries() {
  const waits: number[] = [];
  return { waits, options: { sleep: async (ms: number) => void waits.push(ms) } };
}

async function refreshed(): Promise<StrictExcel> {
  const excel = new StrictExcel([INVOICES]);
  const book = await OfficeWorkbook.open(excel);
  await book.writeOwnedSheets((await refresh(book, { asOf: AS_OF })).sheets);
  return excel;
}

/** Every sheet's cells, to prove nothing changed. */
const contents = (excel: StrictExcel) => excel.sheetNames().map((name) => [name, [...excel.cells(name)]]);

async function failure(promise: Promise<unknown>): Promise<OfficeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof OfficeError)) throw new Error(`expected an OfficeError, got ${String(error)}`);
  return error;
}

const bigSheet = (rows: number, textLength: number): OutSheet => ({
  name: AGING_SUMMARY_SHEET,
  title: ['Big'],
  sections: [{ header: ['A', 'B', 'C'], rows: Array.from({ length: rows }, (_, i) => [text(`${i}`.padEnd(textLength, 'x')), text('=1+1'), text('001')]) }],
});

describe('Excel refusing', () => {
  it('waits out a cell being edited, trying again with growing waits', async () => {
    const excel = new StrictExcel([INVOICES]);
    excel.enterCellEditMode(2);
    const { waits, options } = instantRetries();
    const book = await OfficeWorkbook.open(excel, options);
    expect(book.sheetNames()).toEqual(['Invoices']);
    expect(waits).toEqual([400, 800]);
  });

  it('asks the user to press Enter or Esc when the cell stays in edit mode', async () => {
    const excel = new StrictExcel([INVOICES]);
    excel.enterCellEditMode(100);
    const { waits, options } = instantRetries();
    const error = await failure(OfficeWorkbook.open(excel, options));
    expect(error.code).toBe('cell-edit-mode');
    expect(error.excelCode).toBe('InvalidOperationInCellEditMode');
    expect(error.message).toContain('Press Enter or Esc');
    expect(waits).toEqual([400, 800, 1600]);
    expect(excel.stats.runs).toBe(4);
  });

  it('finishes a write interrupted by cell edit mode, sweeping what the first try left', async () => {
    const excel = await refreshed();
    const book = await OfficeWorkbook.open(excel);
    const sheets = (await refresh(book, { asOf: parseIsoDate('2026-12-01')! })).sheets;
    // Small requests, so the write takes several: the check passes, the first cells are written,
    // then the user starts typing.
    excel.failSync(excel.stats.syncs + 3, 'InvalidOperationInCellEditMode');
    const { waits, options } = instantRetries();
    await writeOwnedSheets(excel, sheets, { ...options, requestLimitBytes: 3_000 });
    expect(waits).toEqual([400]);
    expect(excel.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
    expect(excel.cell(TODAYS_ACTIONS_SHEET, 'A1').value).toBe("Today's actions, 2026-12-01");
  });

  it('stops at a protected product sheet, naming it, with nothing changed', async () => {
    const excel = await refreshed();
    excel.protectSheet(TODAYS_ACTIONS_SHEET);
    const before = contents(excel);
    const book = await OfficeWorkbook.open(excel);
    const result = await refresh(book, { asOf: AS_OF });
    const error = await failure(book.writeOwnedSheets(result.sheets));
    expect(error.code).toBe('protected');
    expect(error.message).toBe(`The sheet "${TODAYS_ACTIONS_SHEET}" is protected, so Dunning Desk cannot update it. Unprotect it (Review > Unprotect Sheet), then try again.`);
    expect(contents(excel)).toEqual(before);
  });

  it('stops at a protected workbook structure with nothing changed', async () => {
    const excel = new StrictExcel([INVOICES]);
    excel.protectStructure();
    const book = await OfficeWorkbook.open(excel);
    const error = await failure(book.writeOwnedSheets((await refresh(book, { asOf: AS_OF })).sheets));
    expect(error.code).toBe('protected');
    expect(excel.sheetNames()).toEqual(['Invoices']);
  });

  it('leaves no temporary sheet behind when Excel refuses part of the write', async () => {
    const excel = await refreshed();
    const before = contents(excel);
    const book = await OfficeWorkbook.open(excel, { requestLimitBytes: 3_000 });
    const sheets = (await refresh(book, { asOf: parseIsoDate('2026-12-01')! })).sheets;
    // The check, a first request of cells, then a refusal.
    excel.failSync(excel.stats.syncs + 3, 'AccessDenied', 'The cell or chart you are trying to change is protected.');
    const error = await failure(book.writeOwnedSheets(sheets));
    expect(excel.writeLog.some((w) => w.sheet.startsWith('~') && w.what === 'values')).toBe(true);
    expect(error.code).toBe('protected');
    expect(contents(excel)).toEqual(before);
    expect(excel.tables().map((t) => t.name)).toEqual(['TodaysActions', 'CollectionsLog']);
  });

  it('keeps the old sheets when the final swap is refused', async () => {
    const excel = await refreshed();
    const before = contents(excel);
    const book = await OfficeWorkbook.open(excel);
    const sheets = (await refresh(book, { asOf: parseIsoDate('2026-12-01')! })).sheets;
    // The check, then the cells and the swap in one request.
    excel.failSync(excel.stats.syncs + 2, 'GeneralException');
    const error = await failure(book.writeOwnedSheets(sheets));
    expect(error.code).toBe('excel');
    expect(error.message).toContain('GeneralException');
    expect(contents(excel)).toEqual(before);
  });

  it('never puts a half-built new sheet in place when the request that completes it fails', async () => {
    const excel = new StrictExcel([INVOICES]);
    const book = await OfficeWorkbook.open(excel);
    const sheets = (await refresh(book, { asOf: AS_OF })).sheets;
    // Between the checks and the last request the user defines the names new tables are given
    // while they are built: that request stops at the first table, with sheets built before it.
    excel.beforeSync(excel.stats.syncs + 2, () => ['', '2', '3', '4', '5', '6'].forEach((n) => excel.addName(`DunningDeskNew${n}`)));
    const error = await failure(writeOwnedSheets(excel, sheets));
    expect(error.excelCode).toBe('ItemAlreadyExists');
    expect(excel.writeLog.some((w) => w.what === 'values')).toBe(true);
    expect(excel.sheetNames()).toEqual(['Invoices']);
  });

  it('finishes the swap for the other sheets when it fails part way', async () => {
    const excel = new StrictExcel([INVOICES]);
    const book = await OfficeWorkbook.open(excel);
    const sheets = (await refresh(book, { asOf: AS_OF })).sheets;
    // The user adds a sheet of their own named like the third new product sheet: the first two
    // are in place by the time its rename fails.
    const taken = sheets[2].name;
    expect(taken).toBe(COLLECTIONS_LOG_SHEET);
    excel.beforeSync(excel.stats.syncs + 2, () => excel.addSheet({ name: taken, rows: [['mine']] }));
    const error = await failure(writeOwnedSheets(excel, sheets));
    expect(error.excelCode).toBe('ItemAlreadyExists');
    expect(excel.cell(taken, 'A1').value).toBe('mine');
    expect(excel.sheetNames()).toEqual(['Invoices', taken, ...sheets.filter((s) => s.name !== taken).map((s) => s.name)]);
    expect(excel.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
    expect(excel.cell(TODAYS_ACTIONS_SHEET, 'A1').value).toBe("Today's actions, 2026-11-30");
    expect(excel.cell(DUNNING_SETTINGS_SHEET, 'A1').value).toBe('Dunning settings');
    for (const name of excel.sheetNames()) expect([name, excel.requireSheet(name).visibility]).toEqual([name, 'Visible']);
    expect(excel.tables().map((t) => [t.sheet, t.name])).toEqual([[TODAYS_ACTIONS_SHEET, 'TodaysActions']]);
  });

  it('ignores and then sweeps a temporary sheet an interrupted write left behind', async () => {
    const excel = new StrictExcel([INVOICES, { name: '~dunning-desk-1', rows: [['half written']], visibility: 'Hidden' }]);
    const book = await OfficeWorkbook.open(excel);
    expect(book.sheetNames()).toEqual(['Invoices']);
    await book.writeOwnedSheets((await refresh(book, { asOf: AS_OF })).sheets);
    expect(excel.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
  });

  it('writes very long text in blocks that stay under the request limit', async () => {
    const excel = new StrictExcel([INVOICES]);
    await writeOwnedSheets(excel, [bigSheet(600, 20_000)]);
    expect(excel.stats.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.stats.syncs).toBeGreaterThanOrEqual(4);
    expect(excel.cell(AGING_SUMMARY_SHEET, 'A600').value).toBe('596'.padEnd(20_000, 'x'));
    expect(excel.formulas(AGING_SUMMARY_SHEET)).toEqual([]);
  });

  it('reads a sheet of very long text in blocks sized from its first rows', async () => {
    const rows = [['Invoice', 'Note'], ...Array.from({ length: 800 }, (_, i) => [`INV-${i}`, 'n'.repeat(20_000)])];
    const excel = new StrictExcel([{ name: 'Notes', rows }]);
    const book = await OfficeWorkbook.open(excel);
    const grid = await book.readSheet('Notes');
    expect(grid.rows).toHaveLength(801);
    expect(grid.rows[800]).toEqual(['INV-799', 'n'.repeat(20_000)]);
    expect(excel.stats.refusedForSize).toBe(0);
    expect(excel.stats.largestResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    // 16 MB of text: open (2), then a request per 4 MB or so.
    expect(excel.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil((16_000_000 * 1.2) / REQUEST_LIMIT_BYTES));
  });

  it('reads long text that starts below the first rows by splitting blocks Excel refuses as too large', async () => {
    const rows = [['Invoice', 'Note'], ...Array.from({ length: 900 }, (_, i) => [`INV-${i}`, i < 100 ? 'short' : 'n'.repeat(20_000)])];
    const excel = new StrictExcel([{ name: 'Notes', rows }]);
    const book = await OfficeWorkbook.open(excel);
    const grid = await book.readSheet('Notes');
    expect(grid.rows).toHaveLength(901);
    expect(grid.rows[900]).toEqual(['INV-899', 'n'.repeat(20_000)]);
    expect(grid.rows[50]).toEqual(['INV-49', 'short']);
    expect(excel.stats.refusedForSize).toBeGreaterThan(0);
    expect(excel.stats.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.stats.syncs).toBeLessThan(20);
  });

  it('gives up the first rows of every sheet at open when Excel refuses them as too large', async () => {
    const long = (name: string) => ({ name, rows: [['Invoice', 'Note', 'More'], ...Array.from({ length: 70 }, (_, i) => [`INV-${i}`, 'n'.repeat(20_000), 'm'.repeat(20_000)])] });
    const excel = new StrictExcel([long('A'), long('B'), long('C')]);
    const book = await OfficeWorkbook.open(excel);
    expect(excel.stats.refusedForSize).toBe(1);
    expect(excel.stats.syncs).toBe(3);
    const grid = await book.readSheet('C', { maxRows: 2 });
    expect(grid.rows).toEqual([['Invoice', 'Note', 'More'], ['INV-0', 'n'.repeat(20_000), 'm'.repeat(20_000)]]);
    expect(excel.stats.syncs).toBe(4);
  });

  it('passes errors that are not Excel’s through untouched', async () => {
    const excel = new StrictExcel([INVOICES]);
    await expect(writeOwnedSheets(excel, [{ name: TODAYS_ACTIONS_SHEET, title: [], sections: [{ header: ['Status'], rows: [] }], choices: [{ column: 0, values: ['a,b'] }] }])).rejects.toThrow(RangeError);
    expect(excel.sheetNames()).toEqual(['Invoices']);
  });
});
