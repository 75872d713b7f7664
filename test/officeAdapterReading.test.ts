/**
 * Reading the user's sheets through the Office adapter in few round trips: open reads the first
 * rows of every sheet, and a whole read fetches `valueTypes` and `numberFormat` only where they
 * can matter (text starting with "#", number cells). Whatever the requests look like, the grid
 * must be the sheet exactly as it is.
 */
import fc from 'fast-check';
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import type { CellValue, SheetGrid } from '../src/workbook/ports';
import { type SeedCell, StrictExcel } from './support/strictExcel';

/** The grid a whole read must give for seeded rows from A1: values, and formats of number cells. */
function expectedGrid(rows: readonly (readonly SeedCell[])[]): Pick<SheetGrid, 'rows' | 'formats'> {
  const formats: (string | undefined)[][] = [];
  const cells = rows.map((row, r) => {
    const out: CellValue[] = row.map((cell, c) => {
      if (cell === null || typeof cell !== 'object') return cell;
      if ('error' in cell) return { error: cell.error };
      if (typeof cell.value === 'number' && cell.format !== 'General') (formats[r] ??= [])[c] = cell.format;
      return cell.value;
    });
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  return { rows: cells, formats };
}

const sameGrid = (grid: SheetGrid) => ({ rows: grid.rows, formats: grid.formats });

const anyCell = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && !/^[=+\-']/.test(s)) },
  { weight: 2, arbitrary: fc.constantFrom('#N/A', '#REF!', '#tag', '#') },
  { weight: 2, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }) },
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.record({ value: fc.integer({ min: 0, max: 60000 }), format: fc.constantFrom('yyyy-mm-dd', '#,##0.00 "EUR"', '000000', 'General') }) },
  { weight: 1, arbitrary: fc.record({ value: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '' && !/^[=+\-']/.test(s)), format: fc.constantFrom('@', '0.00') }) },
  { weight: 1, arbitrary: fc.boolean() },
);
const anySheet = fc.integer({ min: 1, max: 6 }).chain((columns) => fc.array(fc.array(anyCell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 160 }));

/**
 * A sheet's rows around a body: a full header row and a last row, so the used range is exactly
 * the seeded rows; with `below`, the data starts under the first rows open reads, so nothing is
 * known of its columns beforehand.
 */
function seeded(body: readonly (readonly SeedCell[])[], below: boolean): SeedCell[][] {
  const above: SeedCell[][] = below ? [['note'], ...Array.from({ length: 68 }, () => [])] : [];
  return [...above, body[0].map((_, c) => `H${c}`), ...body.map((row) => [...row]), body[0].map(() => 'end')];
}

describe('reading through the Office adapter', () => {
  it('answers a header search and a small sheet from the first rows read at open, with no round trip', async () => {
    const small = [['Setting', 'Value'], ['Customer gap (days)', 3], ['Country', 'PL']];
    const big = [['Invoice', 'Amount'], ...Array.from({ length: 500 }, (_, i) => [`INV-${i}`, { value: i, format: '#,##0.00' }])];
    const excel = new StrictExcel([
      { name: 'Invoices', rows: big },
      { name: 'Small', rows: small, merges: ['A3:A4'] },
    ]);
    const book = await OfficeWorkbook.open(excel);
    expect(excel.stats.syncs).toBe(2);

    const head = await book.readSheet('Invoices', { maxRows: 30 });
    expect(head.rows).toHaveLength(30);
    expect(head.rows[29]).toEqual(['INV-28', 28]);
    expect(head.formats?.[29]).toEqual([undefined, '#,##0.00']);
    const whole = await book.readSheet('Small');
    expect(whole.rows).toEqual(small);
    expect(whole.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(excel.stats.syncs).toBe(2);

    expect(sameGrid(await book.readSheet('Invoices'))).toEqual(expectedGrid(big));
    expect(excel.stats.syncs).toBe(3);
  });

  it('keeps the number formats of number cells only: a text or boolean cell has no format to use', async () => {
    const excel = new StrictExcel([
      {
        name: 'Data',
        rows: [
          [{ value: 'text', format: '@' }, { value: 46310, format: 'yyyy-mm-dd' }, { value: true, format: '0.00' }, { value: '12', format: '0.00' }, { value: 7, format: 'General' }],
        ],
      },
    ]);
    const grid = await (await OfficeWorkbook.open(excel)).readSheet('Data');
    expect(grid.rows).toEqual([['text', 46310, true, '12', 7]]);
    expect(grid.formats).toEqual([[undefined, 'yyyy-mm-dd']]);
  });

  it('reads the format of numbers and the type of "#" text that first appear far down, one round trip late at most', async () => {
    const rows: SeedCell[][] = [['Invoice', 'Code', 'Lookup', 'Amount']];
    for (let i = 0; i < 3000; i++) {
      const late = i >= 2950;
      rows.push([
        `INV-${i}`,
        late ? { value: i, format: '000000' } : `C-${i}`,
        late && i % 2 === 0 ? { error: '#N/A' } : late ? '#N/A' : 'found',
        { value: i / 4, format: '#,##0.00' },
      ]);
    }
    const excel = new StrictExcel([{ name: 'Invoices', rows }]);
    const book = await OfficeWorkbook.open(excel, { responseLimitBytes: 20_000 });
    const opened = excel.stats.syncs;
    const grid = await book.readSheet('Invoices');
    expect(sameGrid(grid)).toEqual(expectedGrid(rows));
    expect(grid.rows[2952]).toEqual(['INV-2951', 2951, '#N/A', 737.75]);
    expect(grid.rows[2951]).toEqual(['INV-2950', 2950, { error: '#N/A' }, 737.5]);
    expect(grid.formats?.[2951]?.[1]).toBe('000000');

    const syncs = excel.stats.syncs - opened;
    const moved = excel.stats.perSync.slice(opened).reduce((n, s) => n + s.responseBytes, 0);
    expect(excel.stats.largestResponseBytes).toBeLessThanOrEqual(20_000);
    // Blocks filled to about 20 KB less the margin, then one request for the late cells' formats and types.
    expect(syncs).toBeLessThanOrEqual(Math.ceil(moved / (20_000 / 1.2)) + 1);

    // Every property of every cell, as a reader that does not choose would fetch them.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Invoices').getRange('A1:D3001').load('values,numberFormat,valueTypes');
      await context.sync();
    });
    expect(moved).toBeLessThan(excel.stats.perSync[excel.stats.syncs - 1].responseBytes * 0.5);
  });

  it('reads number formats only of the columns asked for, and moves that much less', async () => {
    const rows: SeedCell[][] = [['Invoice', 'Due', 'Amount', 'Days']];
    for (let i = 0; i < 2000; i++) {
      rows.push([{ value: 10_000 + i, format: '000000' }, { value: 46_000 + (i % 300), format: 'yyyy-mm-dd' }, { value: i / 4, format: '#,##0.00 [$€-x-euro2]' }, i >= 1990 ? { value: i, format: '0' } : '']);
    }
    const read = async (formatColumns?: readonly number[]) => {
      // A table below the rows read at open: its first block is read knowing nothing of it.
      const excel = new StrictExcel([{ name: 'Invoices', rows: [['Notes'], ...Array.from({ length: 99 }, () => []), ...rows], tables: [{ name: 'Open', address: 'A101:D2101' }] }]);
      const book = await OfficeWorkbook.open(excel, { responseLimitBytes: 40_000 });
      const opened = excel.stats.syncs;
      const grid = await book.readSheet('Invoices', { formatColumns });
      return { grid, syncs: excel.stats.syncs - opened, moved: excel.stats.perSync.slice(opened).reduce((n, s) => n + s.responseBytes, 0) };
    };
    const all = await read();
    const some = await read([0, 2]);
    expect(some.grid.rows).toEqual(all.grid.rows);
    const kept = (grid: SheetGrid) => new Set(grid.formats?.flatMap((row) => Object.keys(row ?? {}).map(Number)));
    expect(kept(all.grid)).toEqual(new Set([0, 1, 2, 3]));
    expect(kept(some.grid)).toEqual(new Set([0, 2]));
    expect(some.grid.formats?.[2000]).toEqual(all.grid.formats?.[2000]?.map((f, c) => (c === 0 || c === 2 ? f : undefined)));
    // The dates' formats are most of what was left out; the late numbers of "Days" need no follow-up.
    expect(some.moved).toBeLessThan(all.moved * 0.85);
    expect(some.syncs).toBeLessThan(all.syncs);
  });

  it('reads a table that starts below the first rows, and a sheet wider than them', async () => {
    const table = [['Invoice', 'Amount'], ['A-1', { value: 10, format: '0.00' }], ['A-2', '#DIV/0!'], ['A-3', { error: '#DIV/0!' }]];
    const wide = [Array.from({ length: 70 }, (_, c) => `H${c}`), Array.from({ length: 70 }, (_, c) => (c % 3 === 0 ? { value: c, format: '0%' } : `v${c}`))];
    const excel = new StrictExcel([
      { name: 'Report', rows: [['Notes above'], ...Array.from({ length: 99 }, () => []), ...table], tables: [{ name: 'Receivables', address: 'A101:B104' }] },
      { name: 'Wide', rows: wide },
    ]);
    const book = await OfficeWorkbook.open(excel);
    const head = await book.readSheet('Report', { maxRows: 2 });
    expect([head.firstRow, head.rows]).toEqual([101, table.slice(0, 2).map((r) => r.map((c) => (c !== null && typeof c === 'object' && 'value' in c ? c.value : c)))]);
    expect(sameGrid(await book.readSheet('Report'))).toEqual(expectedGrid(table));
    expect(sameGrid(await book.readSheet('Wide'))).toEqual(expectedGrid(wide));
    expect(excel.stats.syncs).toBe(5);
  });

  it('gives any sheet exactly as it is, whatever the size of the requests', async () => {
    const sheet = anySheet;
    await fc.assert(
      fc.asyncProperty(sheet, fc.integer({ min: 200, max: 6000 }), fc.boolean(), async (body, limit, below) => {
        const rows = seeded(body, below);
        const excel = new StrictExcel([{ name: 'Data', rows }]);
        const book = await OfficeWorkbook.open(excel, { responseLimitBytes: limit });
        expect(sameGrid(await book.readSheet('Data'))).toEqual(expectedGrid(rows));
        const head = await book.readSheet('Data', { maxRows: 40 });
        expect(sameGrid(head)).toEqual(expectedGrid(rows.slice(0, 40)));
      }),
      { numRuns: 60 },
    );
  });

  it('measures the sheets again after a write, once for reads asked for together, and again after a failed try', async () => {
    const excel = new StrictExcel([{ name: 'Data', rows: [['Invoice', 'Amount'], ['A-1', 5]] }]);
    const book = await OfficeWorkbook.open(excel);
    await book.writeOwnedSheets([{ name: 'Issues', title: ['Issues'], sections: [{ header: ['Row'], rows: [] }] }]);
    excel.resetStats();
    excel.failSync(excel.stats.syncs + 1, 'GeneralException');
    await expect(book.readSheet('Data')).rejects.toThrow();
    const failed = excel.stats.syncs;
    const [data, issues] = await Promise.all([book.readSheet('Data'), book.readSheet('Issues')]);
    expect(data.rows).toEqual([['Invoice', 'Amount'], ['A-1', 5]]);
    expect(issues.rows[0]).toEqual(['Issues']);
    // The table list, then the shapes and first rows, which hold both sheets: two round trips.
    expect(excel.stats.syncs - failed).toBe(2);
  });

  it('reads sheets asked for together in shared requests, each exactly as it is, in no more round trips than one by one', async () => {
    const sheets = fc.array(fc.tuple(anySheet, fc.boolean()), { minLength: 2, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(sheets, fc.integer({ min: 300, max: 6000 }), async (bodies, limit) => {
        const seeds = bodies.map(([body, below], i) => ({ name: `S${i}`, rows: seeded(body, below) }));
        const names = seeds.map((seed) => seed.name);
        const alone = new StrictExcel(seeds);
        const bookAlone = await OfficeWorkbook.open(alone, { responseLimitBytes: limit });
        const opened = alone.stats.syncs;
        for (const name of names) await bookAlone.readSheet(name);
        const together = new StrictExcel(seeds);
        const book = await OfficeWorkbook.open(together, { responseLimitBytes: limit });
        const grids = await Promise.all(names.map((name) => book.readSheet(name)));
        grids.forEach((grid, i) => expect(sameGrid(grid)).toEqual(expectedGrid(seeds[i].rows)));
        expect(together.stats.syncs).toBeLessThanOrEqual(alone.stats.syncs);
        expect(together.stats.largestResponseBytes).toBeLessThanOrEqual(Math.max(limit, alone.stats.largestResponseBytes));
        expect(opened).toBe(2);
      }),
      { numRuns: 40 },
    );
    // A sheet of most of a request and a small one that fits in what it leaves: one request together.
    const long = (name: string, rows: number) => ({ name, rows: [['Invoice', 'Amount'], ...Array.from({ length: rows }, (_, i) => [`INV-${name}-${i}`, i])] as SeedCell[][] });
    const count = async (read: (book: OfficeWorkbook) => Promise<unknown>) => {
      const excel = new StrictExcel([long('A', 500), long('B', 150)]);
      const book = await OfficeWorkbook.open(excel, { responseLimitBytes: 20_000 });
      const opened = excel.stats.syncs;
      await read(book);
      return excel.stats.syncs - opened;
    };
    const oneByOne = await count(async (book) => {
      await book.readSheet('A');
      await book.readSheet('B');
    });
    const shared = await count((book) => Promise.all([book.readSheet('A'), book.readSheet('B')]));
    expect([shared, oneByOne]).toEqual([1, 2]);
  });
});
