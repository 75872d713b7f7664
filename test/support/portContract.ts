/**
 * The workbook port's contract (src/workbook/ports.ts), written once and run against every host
 * adapter: the Office adapter over the strict in-memory Excel and the .xlsx adapter over real
 * files. Both must read a user's cells the same way and write the product's sheets the same way,
 * so a refresh in Excel and a refresh of the file give the same workbook.
 */
import { refresh } from '../../src/app/refresh';
import { type LocalDate, fromExcelSerial, parseIsoDate, toExcelSerial } from '../../src/domain/localDate';
import { TODAYS_ACTIONS_SHEET } from '../../src/workbook/ownedSheets';
import { type OutSheet, type SheetGrid, type WorkbookReader, date, int, money, num, text } from '../../src/workbook/ports';
import type { SeedCell } from './strictExcel';

/** A sheet as the user has it: rows from A1 (null for an empty cell). */
export interface UserSheet {
  readonly name: string;
  readonly rows: readonly (readonly SeedCell[])[];
  readonly hidden?: boolean;
}

export interface HostUnderTest {
  readonly reader: WorkbookReader;
  /** Writes the product's sheets; the workbook as it then is. */
  write(sheets: readonly OutSheet[]): Promise<HostUnderTest>;
}

export interface PortHarness {
  readonly name: string;
  open(sheets: readonly UserSheet[], options?: { readonly date1904?: boolean }): Promise<HostUnderTest>;
}

/** A cell for comparison: the value, with its number format when it has one that matters. */
export type CellSummary = SheetGrid['rows'][number][number] | readonly [SheetGrid['rows'][number][number], string];

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Every non-empty cell by its sheet address, whatever area the host chose to return. "@" on a
 * text cell is left out: Office must mark text as text (or Excel would parse it), while in a file
 * the cell's type already says so; both read back the same text.
 */
export function cellMap(grid: SheetGrid): Record<string, CellSummary> {
  const out: Record<string, CellSummary> = {};
  grid.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      const format = grid.formats?.[r]?.[c];
      const address = `${columnName(grid.firstCol - 1 + c)}${grid.firstRow + r}`;
      const meaningful = format && format !== 'General' && !(format === '@' && typeof value === 'string');
      out[address] = meaningful ? [value, format] : value;
    }),
  );
  return out;
}

/** Every sheet's cells. */
export async function workbookCells(reader: WorkbookReader): Promise<Record<string, Record<string, CellSummary>>> {
  const out: Record<string, Record<string, CellSummary>> = {};
  for (const name of reader.sheetNames()) out[name] = cellMap(await reader.readSheet(name));
  return out;
}

const day = (iso: string): LocalDate => {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
};

/** Cells of every kind a user's sheet holds, from C3 (so hosts must place the area right). */
const MIXED: UserSheet = {
  name: 'Mixed',
  rows: [
    [],
    [],
    [null, null, 'Invoice', 'Amount', 'Due', 'Flag', 'Note'],
    [null, null, '001043', { value: 1234.5, format: '#,##0.00 "zł"' }, { value: 46310, format: 'yyyy-mm-dd' }, true, '=1+1'],
    [null, null, 1043, { error: '#N/A' }, { error: '#DIV/0!' }, false, '#N/A'],
    [null, null, 'x', null, null, null, 'trailing'],
  ],
};

const MIXED_CELLS: Record<string, CellSummary> = {
  C3: 'Invoice', D3: 'Amount', E3: 'Due', F3: 'Flag', G3: 'Note',
  C4: '001043', D4: [1234.5, '#,##0.00 "zł"'], E4: [46310, 'yyyy-mm-dd'], F4: true, G4: '=1+1',
  C5: 1043, D5: { error: '#N/A' }, E5: { error: '#DIV/0!' }, F5: false, G5: '#N/A',
  C6: 'x', G6: 'trailing',
};

/** A product sheet with every kind of value and every feature a writer must honour. */
function showcase(): OutSheet {
  return {
    name: TODAYS_ACTIONS_SHEET,
    title: ['Title line', 'Second line'],
    sections: [
      {
        header: ['Name', 'Amount', 'Due', 'Count', 'Rate', 'Note'],
        rows: [
          [text('=HYPERLINK("http://x.test","x")'), money(123450, 'USD'), date(day('2026-11-30')), int(3), num(1.5), text('001043')],
          [text('=1+1'), money(-5, 'JPY'), null, int(-7), null, text('TRUE')],
          [text('#N/A'), money(1, 'KWD'), date(day('1899-12-31')), null, null, text('-5')],
          [text("'quoted"), null, null, null, null, text('2026-11-30')],
        ],
      },
      { heading: 'Second', header: ['A', 'B'], rows: [[text('+44 20 7946 0000'), text('@home')]] },
    ],
    table: { name: 'TodaysActions' },
    choices: [{ column: 5, values: ['Done', 'Skip'] }],
    rowColors: { column: 0, colors: { x: 'FFC7CE' } },
    wrapColumns: [0],
    columnWidths: [30],
  };
}

const SHOWCASE_CELLS: Record<string, CellSummary> = {
  A1: 'Title line', A2: 'Second line',
  A4: 'Name', B4: 'Amount', C4: 'Due', D4: 'Count', E4: 'Rate', F4: 'Note',
  A5: '=HYPERLINK("http://x.test","x")', B5: [1234.5, '#,##0.00 "USD"'], C5: [toExcelSerial(day('2026-11-30')), 'yyyy-mm-dd'], D5: 3, E5: 1.5, F5: '001043',
  A6: '=1+1', B6: [-5, '#,##0 "JPY"'], D6: -7, F6: 'TRUE',
  A7: '#N/A', B7: [0.001, '#,##0.000 "KWD"'], C7: '1899-12-31', F7: '-5',
  A8: "'quoted", F8: '2026-11-30',
  A10: 'Second', A11: 'A', B11: 'B', A12: '+44 20 7946 0000', B12: '@home',
};

const INVOICES: UserSheet = {
  name: 'Invoices',
  rows: [
    ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency', 'Email'],
    ['A-1', 'Acme', { value: toExcelSerial(day('2026-10-15')), format: 'yyyy-mm-dd' }, 1200, 'EUR', 'ap@acme.test'],
    ['A-2', 'Acme', '2026-11-02', 300, 'EUR', 'ap@acme.test'],
    ['B-1', '=HYPERLINK("http://bolt.test","Bolt")', '2026-11-20', 80, 'EUR', ''],
    ['C-1', '=1+1', '2026-09-01', { value: 99.5, format: '#,##0.00' }, 'USD', ''],
    ['D-1', 'Dyna', 'soon', 10, 'EUR', ''],
  ],
};

export const AS_OF = day('2026-11-30');

/** The contract, as one describe block per host. */
export function describePortContract(harness: PortHarness): void {
  describe(`the workbook port through ${harness.name}`, () => {
    it('lists worksheets in workbook order, hidden ones included', async () => {
      const { reader } = await harness.open([
        { name: 'Invoices', rows: [['x']] },
        { name: 'Lists', rows: [['y']], hidden: true },
        { name: 'Notes', rows: [] },
      ]);
      expect(reader.sheetNames()).toEqual(['Invoices', 'Lists', 'Notes']);
    });

    it('tells the 1900 date system from the 1904 one', async () => {
      expect((await harness.open([{ name: 'S', rows: [[1]] }])).reader.date1904).toBe(false);
      expect((await harness.open([{ name: 'S', rows: [[1]] }], { date1904: true })).reader.date1904).toBe(true);
    });

    it('reads every kind of cell where it is, with its number format; errors apart from text that looks like one', async () => {
      const { reader } = await harness.open([MIXED]);
      expect(cellMap(await reader.readSheet('Mixed'))).toEqual(MIXED_CELLS);
    });

    it('reads only the first rows when asked, the same cells as a whole read', async () => {
      const rows: SeedCell[][] = [['Invoice', 'Amount']];
      for (let i = 1; i < 40; i++) rows.push([`INV-${i}`, i * 10]);
      const { reader } = await harness.open([{ name: 'Long', rows }]);
      const whole = cellMap(await reader.readSheet('Long'));
      const head = await reader.readSheet('Long', { maxRows: 10 });
      expect(head.rows.length).toBeLessThanOrEqual(10);
      expect(cellMap(head)).toEqual(Object.fromEntries(Object.entries(whole).filter(([address]) => Number(address.replace(/^[A-Z]+/, '')) <= 10)));
    });

    it('writes the product sheets cell for cell: text stays text, dates and money are numbers with their formats', async () => {
      const host = await harness.open([INVOICES]);
      const written = await host.write([showcase()]);
      expect(cellMap(await written.reader.readSheet(TODAYS_ACTIONS_SHEET))).toEqual(SHOWCASE_CELLS);
    });

    it('replaces a product sheet in its place and leaves every other sheet as it was', async () => {
      const host = await harness.open([INVOICES, { name: TODAYS_ACTIONS_SHEET, rows: [['old content']] }, { name: 'Notes', rows: [['keep me', 42]] }]);
      const before = await workbookCells(host.reader);
      const written = await host.write([showcase(), { name: 'Aging summary', title: ['Summary'], sections: [{ header: ['Bucket'], rows: [] }] }]);
      expect(written.reader.sheetNames()).toEqual(['Invoices', TODAYS_ACTIONS_SHEET, 'Notes', 'Aging summary']);
      const after = await workbookCells(written.reader);
      expect(after.Invoices).toEqual(before.Invoices);
      expect(after.Notes).toEqual(before.Notes);
      expect(after[TODAYS_ACTIONS_SHEET]).toEqual(SHOWCASE_CELLS);
    });

    it('writes dates that a 1904 workbook reads back as the same days', async () => {
      const host = await harness.open([INVOICES], { date1904: true });
      const written = await host.write([showcase()]);
      const grid = await written.reader.readSheet(TODAYS_ACTIONS_SHEET);
      const serial = cellMap(grid).C5 as readonly [number, string];
      expect(fromExcelSerial(serial[0], written.reader.date1904)).toBe(day('2026-11-30'));
    });

    it('refreshes to the same workbook a second time', async () => {
      const host = await harness.open([INVOICES]);
      const once = await host.write((await refresh(host.reader, { asOf: AS_OF })).sheets);
      const twice = await once.write((await refresh(once.reader, { asOf: AS_OF })).sheets);
      expect(await workbookCells(twice.reader)).toEqual(await workbookCells(once.reader));
      expect(twice.reader.sheetNames()).toEqual(once.reader.sheetNames());
    });
  });
}
