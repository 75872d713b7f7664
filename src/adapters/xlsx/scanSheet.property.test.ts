import fc from 'fast-check';
import type { CellValue } from '../../domain/grid';
import { SheetScanner, scanSheet, type SheetScanInput } from './scanSheet';

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

/** Cuts text at the given fractions of its length, in order, keeping every character. */
function cutAt(text: string, fractions: readonly number[]): string[] {
  const points = [...new Set(fractions.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  return [...points, text.length].map((end, i) => text.slice(i === 0 ? 0 : points[i - 1], end));
}

describe('SheetScanner', () => {
  const input = (maxRows: number): SheetScanInput => ({ name: 'S', sharedStrings: ['shared'], cellFormats: FORMATS, date1904: false, maxRows, complete: true });
  // Inline and shared strings, a namespace prefix, merged areas after the rows, rows without end tags.
  const variants = fc.record({ prefix: fc.constantFrom('', 'x:'), merges: fc.boolean(), extraCells: fc.boolean(), maxRows: fc.constantFrom(Infinity, 3) });

  function richSheet(rows: readonly RowSpec[], v: { prefix: string; merges: boolean; extraCells: boolean }): string {
    const p = v.prefix;
    const body = rows
      .map((row, r) => {
        const cells = row.cells.map((c) => `<${p}c${c.column === undefined ? '' : ` r="${columnName(c.column)}${row.number ?? 1}"`}><${p}v>${c.value ?? ''}</${p}v></${p}c>`);
        if (v.extraCells) cells.push(`<${p}c t="inlineStr"><${p}is><${p}t>row &amp; ${r}</${p}t></${p}is></${p}c><${p}c t="s"><${p}v>0</${p}v></${p}c>`);
        const attrs = row.number === undefined ? '' : ` r="${row.number}"`;
        return cells.length === 0 && r % 2 === 0 ? `<${p}row${attrs}/>` : `<${p}row${attrs}>${cells.join('')}</${p}row>`;
      })
      .join('');
    const ns = p === '' ? 'xmlns' : `xmlns:${p.slice(0, -1)}`;
    const merges = v.merges ? `<${p}mergeCells count="1"><${p}mergeCell ref="A1:B2"/></${p}mergeCells>` : '';
    return `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}dimension ref="A1"/><${p}sheetData>${body}</${p}sheetData>${merges}</${p}worksheet>`;
  }

  it('reads a part pushed in pieces cut anywhere exactly as the whole part', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), variants, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (rows, v, fractions) => {
        const xml = richSheet(rows, v);
        const scanner = new SheetScanner(input(v.maxRows));
        for (const piece of cutAt(xml, fractions)) scanner.push(piece);
        expect(scanner.finish()).toEqual(scanSheet(xml, input(v.maxRows)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads no rows and no merged areas from a part without sheetData, or with an empty one', () => {
    for (const xml of ['<worksheet><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>', '<worksheet><sheetData/><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>']) {
      const scanner = new SheetScanner(input(Infinity));
      for (const piece of cutAt(xml, [0.3, 0.6])) scanner.push(piece);
      expect(scanner.finish()).toEqual({ name: 'S', firstRow: 1, firstCol: 1, rows: [], formats: [], merges: [] });
    }
  });
});

describe('cell tags', () => {
  // Attributes as any writer may put them: any order, repeated, unknown ones, either quote.
  const attr = fc.oneof(
    fc.record({ name: fc.constant('r'), value: fc.constantFrom('A1', 'B1', 'c1', 'AB1', '', '7') }),
    fc.record({ name: fc.constant('s'), value: fc.constantFrom('0', '1', '2', '4', '') }),
    fc.record({ name: fc.constant('t'), value: fc.constantFrom('s', 'n', 'b', 'str', 'inlineStr', 'e') }),
    fc.record({ name: fc.constantFrom('x', 'cm', 'vm'), value: fc.constantFrom('1', 'a>b') }),
  );
  const cell = fc.record({ attrs: fc.array(attr, { maxLength: 4 }), quote: fc.constantFrom('"', "'"), value: fc.constantFrom('<v>0</v>', '<v>1</v>', '<v>12.5</v>', '<is><t>x</t></is>', ''), closed: fc.boolean() });
  type Cell = { attrs: { name: string; value: string }[]; quote: string; value: string; closed: boolean };
  const sheet = (cells: Cell[], space: string) =>
    `<worksheet><sheetData><row r="1">${cells
      .map((c) => `<c${c.attrs.map((a) => `${space}${a.name}=${c.quote}${a.value}${c.quote}`).join('')}${c.closed ? '/>' : `>${c.value}</c>`}`)
      .join('')}</row></sheetData></worksheet>`;
  const input: SheetScanInput = { name: 'S', sharedStrings: ['a', 'b'], cellFormats: FORMATS, date1904: false, maxRows: Infinity, complete: true };

  it('read the usual way give what the general attribute reader gives', () => {
    // A tab before each attribute leaves every tag to the general reader.
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), (cells) => {
        const outcome = (xml: string) => {
          try {
            return scanSheet(xml, input);
          } catch (error) {
            return (error as Error).message;
          }
        };
        expect(outcome(sheet(cells, ' '))).toEqual(outcome(sheet(cells, '\t')));
      }),
      { numRuns: 3000 },
    );
  });
});
