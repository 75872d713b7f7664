/**
 * The Collections log grows in place in Excel: a refresh adds the day's entries below the log's
 * table and never writes the rows already there (the user's), so an old log costs a refresh
 * nothing and a row typed during a refresh is not lost. When it cannot be sure where new rows go,
 * the sheet is rebuilt whole, as before.
 */
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { refresh } from '../src/app/refresh';
import type { LogEntry } from '../src/domain/collectionsLog';
import { cellText } from '../src/domain/cellText';
import { addDays, parseIsoDate } from '../src/domain/localDate';
import { EMPTY_LOG, collectionsLogSheet } from '../src/workbook/collectionsLogSheet';
import { COLLECTIONS_LOG_SHEET, TODAYS_ACTIONS_SHEET } from '../src/workbook/ownedSheets';
import { ACTIONS_HEADER } from '../src/workbook/todaysActionsSheet';
import { productSheetSeed } from './support/productSheetSeed';
import { type SeedSheet, StrictExcel, type StrictExcelOptions } from './support/strictExcel';

const AS_OF = parseIsoDate('2026-11-30')!;
const STATUS = ACTIONS_HEADER.indexOf('Status');

/** Invoice numbers that Excel would take for numbers unless their cells are text first. */
const INVOICES: SeedSheet = {
  name: 'Invoices',
  rows: [
    ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency'],
    ['001043', 'Acme', '2026-10-15', 1200, 'EUR'],
    ['001044', 'Bolt', '2026-10-20', 300, 'EUR'],
    ['001045', 'Cobalt', '2026-10-25', 80, 'EUR'],
    ['001046', 'Delta', '2026-10-28', 45, 'EUR'],
  ],
};

async function refreshIn(excel: StrictExcel) {
  const book = await OfficeWorkbook.open(excel);
  const result = await refresh(book, { asOf: AS_OF });
  await book.writeOwnedSheets(result.sheets);
  return result;
}

/** Marks the first of today's actions done, as the user would. */
function markFirstDone(excel: StrictExcel): void {
  const cells = excel.cells(TODAYS_ACTIONS_SHEET);
  const header = [...cells].find(([, c]) => c.value === 'Priority')![0];
  excel.type(TODAYS_ACTIONS_SHEET, Number(header.slice(1)) + 1, STATUS, 'Done');
}

const logTable = (excel: StrictExcel) => excel.tables().find((t) => t.name === 'CollectionsLog')!;
const logId = (excel: StrictExcel) => excel.requireSheet(COLLECTIONS_LOG_SHEET).id;

/** Everything a user sees of the log: cells with their formats, the table and each cell's drop-down. */
function logView(excel: StrictExcel) {
  const dropDowns = new Map<string, string>();
  for (const { area, ...rule } of excel.requireSheet(COLLECTIONS_LOG_SHEET).validations) {
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.column; c < area.column + area.columnCount; c++) dropDowns.set(`${String.fromCharCode(65 + c)}${r + 1}`, JSON.stringify(rule));
    }
  }
  return { cells: [...excel.cells(COLLECTIONS_LOG_SHEET)], table: logTable(excel).address, dropDowns: [...dropDowns].sort() };
}

/** Two marked days, so the log holds entries in its table (the first write of a log builds it). */
async function workbookWithLog(options?: StrictExcelOptions): Promise<StrictExcel> {
  const excel = new StrictExcel([INVOICES], options);
  await refreshIn(excel);
  markFirstDone(excel);
  await refreshIn(excel);
  return excel;
}

const entry = (n: number): LogEntry => ({
  date: addDays(AS_OF, -10 - (n % 20)), invoice: `OLD-${n}`, customer: `Old customer ${n % 7}`, step: 'reminder', channel: 'email', outcome: 'done', until: null, note: '', actionId: `old-${n}`,
});

describe('the Collections log in Excel', () => {
  it("adds the day's entries below its table and writes nothing of the rows there", async () => {
    const excel = await workbookWithLog();
    const id = logId(excel);
    const before = logView(excel);
    const table = logTable(excel).address;
    markFirstDone(excel);
    const writesBefore = excel.writeLog.length;

    const result = await refreshIn(excel);
    expect(result.logged).toHaveLength(1);
    expect(logId(excel)).toBe(id);
    const after = logView(excel);
    // The table grew by the new row; every cell above it is as it was.
    const lastRow = (address: string) => Number(/(\d+)$/.exec(address)![1]);
    expect(lastRow(after.table)).toBe(lastRow(table) + 1);
    const above = new Set(before.cells.map(([a]) => a));
    expect(after.cells.filter(([a]) => above.has(a))).toEqual(before.cells);
    const added = after.cells.filter(([a]) => !above.has(a));
    expect(added.map(([, c]) => c.value)).toContain(result.logged[0].actionId);
    expect(added.find(([a]) => a.startsWith('A'))![1].format).toBe('yyyy-mm-dd');
    // Its outcome has the drop-down the rows above have.
    const outcome = added.find(([a]) => a.startsWith('F'))![0];
    expect(new Map(after.dropDowns).get(outcome)).toBe(new Map(before.dropDowns).get(`F${lastRow(table)}`));
    const logWrites = excel.writeLog.slice(writesBefore).filter((w) => w.sheetId === id).map((w) => w.what);
    expect(new Set(logWrites)).toEqual(new Set(['numberFormat', 'values', 'dataValidation.rule', 'dataValidation.errorAlert', 'dataValidation.ignoreBlanks', 'table.resize']));

    // Read back, the log has every entry once, and a refresh with nothing new writes nothing to it.
    const writesThen = excel.writeLog.length;
    expect((await refreshIn(excel)).logged).toEqual([]);
    expect(excel.writeLog.slice(writesThen).filter((w) => w.sheetId === id)).toEqual([]);
  });

  it('leaves the log as a rebuild would, cell for cell', async () => {
    const appended = await workbookWithLog();
    const rebuilt = await workbookWithLog({ apiVersion: '1.12' });
    for (const excel of [appended, rebuilt]) {
      markFirstDone(excel);
      await refreshIn(excel);
    }
    expect(logView(appended)).toEqual(logView(rebuilt));
  });

  it('keeps a row the user adds to the table while the refresh runs, above the new entries', async () => {
    const excel = await workbookWithLog();
    markFirstDone(excel);
    const table = excel.model.tables.find((t) => t.name === 'CollectionsLog')!;
    const typedRow = table.area.row + table.area.rowCount + 1;
    // Before the write's last request: the user types a row under the table, which takes it in.
    excel.beforeSync(excel.stats.syncs + 4, () => {
      excel.type(COLLECTIONS_LOG_SHEET, typedRow, 0, '2026-11-30');
      excel.type(COLLECTIONS_LOG_SHEET, typedRow, 5, 'Note');
      excel.type(COLLECTIONS_LOG_SHEET, typedRow, 7, 'typed during the refresh');
      table.area = { ...table.area, rowCount: table.area.rowCount + 1 };
    });
    const result = await refreshIn(excel);
    // Typed after the log was read, so the refresh did not know of it, and it is still there.
    const written = result.sheets.find((sheet) => sheet.name === COLLECTIONS_LOG_SHEET)!;
    expect(JSON.stringify(written)).not.toContain('typed during the refresh');
    expect(excel.cell(COLLECTIONS_LOG_SHEET, `H${typedRow}`).value).toBe('typed during the refresh');
    expect(excel.cell(COLLECTIONS_LOG_SHEET, `I${typedRow + 1}`).value).toBe(result.logged[0].actionId);
  });

  it('undoes the whole write when the table is gone by the last request, and the next refresh rebuilds the log', async () => {
    const excel = await workbookWithLog();
    markFirstDone(excel);
    const actionsId = excel.requireSheet(TODAYS_ACTIONS_SHEET).id;
    const before = logView(excel);
    excel.beforeSync(excel.stats.syncs + 4, () => {
      excel.model.tables.splice(excel.model.tables.findIndex((t) => t.name === 'CollectionsLog'), 1);
    });
    await expect(refreshIn(excel)).rejects.toThrow();
    expect(excel.sheetNames().filter((name) => name.startsWith('~'))).toEqual([]);
    expect(excel.requireSheet(TODAYS_ACTIONS_SHEET).id).toBe(actionsId);
    expect([...excel.cells(COLLECTIONS_LOG_SHEET)]).toEqual(before.cells);

    const result = await refreshIn(excel);
    expect(result.logged).toHaveLength(1);
    expect(logTable(excel)).toBeDefined();
    expect(excel.requireSheet(TODAYS_ACTIONS_SHEET).id).not.toBe(actionsId);
  });

  it('rebuilds the log when new rows could not go below its table: a totals row, something or merged cells below it, another header', async () => {
    const log = collectionsLogSheet(EMPTY_LOG, Array.from({ length: 30 }, (_, n) => entry(n)), false);
    const seeded = (seed: SeedSheet) => new StrictExcel([INVOICES, seed]);
    const plain = productSheetSeed(log);
    const cases: Array<[string, StrictExcel, boolean]> = [
      ['as written', seeded(plain), false],
      ['a totals row', seeded(productSheetSeed(log, { showTotals: true })), true],
      ['a note below the table', seeded({ ...plain, rows: [...plain.rows!, [], ['checked by Ann']] }), true],
      // Empty, so not in the used range, but a table cannot grow over it: left alone while there
      // is nothing to add, rebuilt (not failed) once there is.
      ['merged cells below the table', seeded({ ...plain, merges: [`A${plain.rows!.length + 1}:C${plain.rows!.length + 1}`] }), false],
      ['a renamed column', seeded({ ...plain, rows: plain.rows!.map((row) => row.map((cell) => (typeof cell === 'object' && cell !== null && 'value' in cell && cell.value === 'Note' ? { ...cell, value: 'Notes' } : cell))) }), true],
    ];
    for (const [what, excel, rebuilt] of cases) {
      const id = logId(excel);
      await refreshIn(excel);
      expect([what, logId(excel) !== id]).toEqual([what, rebuilt]);
      // Rebuilt or not, every row is there, and the next day's entries are added.
      markFirstDone(excel);
      const result = await refreshIn(excel);
      expect(result.logged).toHaveLength(1);
      const texts = [...excel.cells(COLLECTIONS_LOG_SHEET).values()].map((c) => cellText(c.value));
      expect(texts).toContain('OLD-29');
      expect(texts).toContain(result.logged[0].actionId);
    }
  });
});
