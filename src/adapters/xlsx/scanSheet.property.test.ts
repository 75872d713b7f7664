import fc from 'fast-check';
import type { CellValue } from '../../domain/grid';
import { scanSheet } from './scanSheet';

const FORMATS = [undefined, 'm/d/yyyy', '#,##0.00', undefined, '0%'];

interface CellSpec {
  column?: number;
  style?: number;
  value?: number;
}

interface RowSpec {
  number?: number;
  cells: CellSpec[];
}

const cellArb: fc.Arbitrary<CellSpec> = fc.record(
  { column: fc.integer({ min: 1, max: 8 }), style: fc.integer({ min: 0, max: FORMATS.length - 1 }), value: fc.integer({ min: -99, max: 999 }) },
  { requiredKeys: [] },
);
// Row numbers repeat, go back and skip, as some writers' sheets do.
const rowArb: fc.Arbitrary<RowSpec> = fc.record({ number: fc.integer({ min: 1, max: 9 }), cells: fc.array(cellArb, { maxLength: 6 }) }, { requiredKeys: ['cells'] });

const columnName = (n: number): string => String.fromCharCode(64 + n);

function sheetXml(rows: readonly RowSpec[]): string {
  const body = rows
    .map((row) => {
      const cells = row.cells.map((c) => {
        const attrs = `${c.column === undefined ? '' : ` r="${columnName(c.column)}${row.number ?? 1}"`}${c.style === undefined ? '' : ` s="${c.style}"`}`;
        return c.value === undefined ? `<c${attrs}/>` : `<c${attrs}><v>${c.value}</v></c>`;
      });
      return `<row${row.number === undefined ? '' : ` r="${row.number}"`}>${cells.join('')}</row>`;
    })
    .join('');
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** The grid as the scanner always built it: each cell written in document order, straight into its row. */
function placed(rows: readonly RowSpec[]): { rows: CellValue[][]; formats: (string | undefined)[][] } {
  const grid: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  let rowNumber = 0;
  for (const row of rows) {
    rowNumber = row.number ?? rowNumber + 1;
    let column = 0;
    for (const cell of row.cells) {
      column = cell.column ?? column + 1;
      if (cell.value === undefined) continue;
      while (grid.length < rowNumber) grid.push([]);
      const target = grid[rowNumber - 1];
      while (target.length < column - 1) target.push(null);
      target[column - 1] = cell.value;
      const format = FORMATS[cell.style ?? 0];
      if (format !== undefined) (formats[rowNumber - 1] ??= [])[column - 1] = format;
    }
  }
  return { rows: grid, formats };
}

describe('scanSheet places cells', () => {
  it('as writing each cell in document order would, rows repeated or out of order included', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
        const grid = scanSheet(sheetXml(rows), { name: 'S', sharedStrings: [], cellFormats: FORMATS, date1904: false, maxRows: Infinity, complete: true });
        const expected = placed(rows);
        expect(grid.rows).toEqual(expected.rows);
        expect(grid.formats).toEqual(expected.formats);
        expect(grid.formats?.length).toBe(expected.formats.length);
        for (let r = 0; r < expected.formats.length; r++) expect(grid.formats?.[r]?.length).toBe(expected.formats[r]?.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('shares a format row between rows only while neither changes', () => {
    const xml = sheetXml([
      { number: 1, cells: [{ style: 1, value: 1 }, { style: 2, value: 2 }] },
      { number: 2, cells: [{ style: 1, value: 3 }, { style: 2, value: 4 }] },
      { number: 1, cells: [{ column: 3, style: 4, value: 5 }] },
    ]);
    const grid = scanSheet(xml, { name: 'S', sharedStrings: [], cellFormats: FORMATS, date1904: false, maxRows: Infinity, complete: true });
    expect(grid.formats).toEqual([['m/d/yyyy', '#,##0.00', '0%'], ['m/d/yyyy', '#,##0.00']]);
  });
});
