import type { CellValue, Grid } from '../domain/grid';
import { LOG_HEADER, collectionsLogSheet, readCollectionsLog } from './collectionsLogSheet';

const grid = (rows: CellValue[][], firstCol = 1): Grid => ({ name: 'Collections log', firstRow: 1, firstCol, rows });
const ENTRY: CellValue[] = [46355, 'A-1', 'Acme', 'reminder', 'email', 'Done', null, 'spoke to Ann', '2026-11-30-1a2b3c4d'];

describe('readCollectionsLog: rows left where they stand', () => {
  it('leaves the rows in place (only new ones added) when the columns are the product\'s, from column A', () => {
    for (const rows of [
      [['Collections log'], ['Every contact'], [], [...LOG_HEADER], ENTRY, ENTRY],
      [['Collections log'], [], [], [...LOG_HEADER, 'Checked by'], [...ENTRY, 'Marta']],
    ]) {
      const log = readCollectionsLog(grid(rows), false);
      expect(log.inPlace).toBe(true);
      expect(collectionsLogSheet(log, [], false).newRowsFrom).toBe(log.rows.length);
    }
  });

  it('writes the log whole, in the product\'s order, when its columns or header moved, a column is missing or it does not start in column A', () => {
    const swapped = [1, 0, ...LOG_HEADER.slice(2).map((_, i) => i + 2)];
    const title: CellValue[][] = [['Collections log'], [], []];
    const cases: Grid[] = [
      grid([...title, swapped.map((c) => LOG_HEADER[c]), swapped.map((c) => ENTRY[c])]),
      grid([...title, LOG_HEADER.filter((h) => h !== 'Note'), ENTRY.filter((_, c) => c !== 7)]),
      grid([...title, [...LOG_HEADER], ENTRY], 2),
      grid([['Collections log'], [...LOG_HEADER], ENTRY]),
      grid([...title, [], [...LOG_HEADER], ENTRY]),
    ];
    for (const g of cases) {
      const log = readCollectionsLog(g, false);
      expect(log.inPlace).toBe(false);
      expect(collectionsLogSheet(log, [], false).newRowsFrom).toBeUndefined();
    }
    expect(readCollectionsLog(cases[0], false).rows[0].slice(0, 3)).toEqual([46355, 'A-1', 'Acme']);
    expect(readCollectionsLog(cases[3], false).rows).toHaveLength(1);
  });

  it('keeps a note typed beside the log without a header when the log is written out again', () => {
    const title: CellValue[][] = [['Collections log'], [], []];
    const log = readCollectionsLog(grid([...title, [...LOG_HEADER], [...ENTRY, null, 'call back'], ENTRY]), false);
    expect(log.extraHeader).toEqual(['']);
    expect(log.rows.map((row) => row[9] ?? null)).toEqual(['call back', null]);
    expect(log.inPlace).toBe(false);
    const sheet = collectionsLogSheet(log, [], false);
    expect(sheet.sections[0].header).toHaveLength(10);
    expect(sheet.sections[0].rows[0][9]).toEqual({ t: 'text', v: 'call back' });
  });
});
