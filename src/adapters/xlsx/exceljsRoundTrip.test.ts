import ExcelJS from 'exceljs';
import { fromExcelSerial, localDate } from '../../domain/localDate';
import { openXlsx } from './xlsxWorkbook';

/** Workbooks written by exceljs (a different writer than ours), read back by our reader. */
async function written(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('reading workbooks written by exceljs', () => {
  it('reads numbers, text, booleans, formulas, errors, dates and formats exactly', async () => {
    const bytes = await written((wb) => {
      const ws = wb.addWorksheet('Invoices');
      ws.addRow(['Invoice', 'Customer', 'Amount', 'Due', 'Paid', 'Note']);
      ws.addRow(['INV-1', 'Acme & Sons <Ltd>', 1234.5, utc(2024, 1, 15), false, { richText: [{ text: 'Rich ', font: { bold: true } }, { text: 'text' }] }]);
      ws.addRow(['INV-2', 'Ünïcødé 東京 😀', 0.1, utc(1900, 3, 1), true, { formula: 'C3*2', result: 0.2 }]);
      ws.addRow(['INV-3', '  spaced  ', -0.000001, utc(2100, 12, 31), { formula: 'NA()', result: { error: '#N/A' } }, { formula: '"x"&"y"', result: 'xy' }]);
      ws.addRow(['=1+1', 'multi\nline', 123456789012.34, null, { error: '#REF!' }, 7]);
      ws.getCell('C2').numFmt = '#,##0.00 "USD"';
      ws.getCell('F5').numFmt = '0.000%';
      ws.mergeCells('H1:J2');
      ws.getCell('H1').value = 'merged';
      wb.addWorksheet('Second').getCell('B3').value = 3;
    });
    const book = openXlsx(bytes);
    expect(book.sheetNames()).toEqual(['Invoices', 'Second']);
    expect(book.date1904).toBe(false);
    const grid = await book.readSheet('Invoices');
    const [header, r2, r3, r4, r5] = grid.rows;
    expect(header).toEqual(['Invoice', 'Customer', 'Amount', 'Due', 'Paid', 'Note', null, 'merged']);
    expect(r2.slice(0, 3)).toEqual(['INV-1', 'Acme & Sons <Ltd>', 1234.5]);
    expect(fromExcelSerial(r2[3] as number, false)).toBe(localDate(2024, 1, 15));
    expect(r2.slice(4)).toEqual([false, 'Rich text']);
    expect(r3[0]).toBe('INV-2');
    expect(r3[1]).toBe('Ünïcødé 東京 😀');
    expect(r3[2]).toBe(0.1);
    // The first day after Excel's phantom 1900-02-29 (exceljs mis-writes earlier dates).
    expect(r3[3]).toBe(61);
    expect(fromExcelSerial(r3[3] as number, false)).toBe(localDate(1900, 3, 1));
    expect(r3.slice(4)).toEqual([true, 0.2]);
    expect(r4[1]).toBe('  spaced  ');
    expect(r4[2]).toBe(-0.000001);
    expect(fromExcelSerial(r4[3] as number, false)).toBe(localDate(2100, 12, 31));
    expect(r4.slice(4)).toEqual([{ error: '#N/A' }, 'xy']);
    expect(r5).toEqual(['=1+1', 'multi\nline', 123456789012.34, null, { error: '#REF!' }, 7]);

    expect(grid.formats?.[1]?.[2]).toBe('#,##0.00 "USD"');
    expect(grid.formats?.[1]?.[3]).toMatch(/[dmy]/);
    expect(grid.formats?.[4]?.[5]).toBe('0.000%');
    expect(grid.formats?.[1]?.[0]).toBeUndefined();
    expect(grid.merges).toEqual([{ top: 1, left: 8, bottom: 2, right: 10 }]);

    expect((await book.readSheet('Second')).rows).toEqual([[], [], [null, 3]]);
  });

  it('reads dates of a 1904 workbook in the 1904 system', async () => {
    const bytes = await written((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Old Mac');
      ws.addRow(['Due', utc(2024, 1, 15)]);
      ws.addRow(['Start', utc(1904, 1, 2)]);
    });
    const book = openXlsx(bytes);
    expect(book.date1904).toBe(true);
    const grid = await book.readSheet('Old Mac');
    expect(grid.rows[0][1]).toBe(45306 - 1462);
    expect(fromExcelSerial(grid.rows[0][1] as number, true)).toBe(localDate(2024, 1, 15));
    expect(fromExcelSerial(grid.rows[1][1] as number, true)).toBe(localDate(1904, 1, 2));
  });

  it('reads only the first rows when asked', async () => {
    const bytes = await written((wb) => {
      const ws = wb.addWorksheet('Long');
      for (let i = 1; i <= 3000; i++) ws.addRow([i, `row ${i}`]);
      ws.mergeCells('C1:D1');
    });
    const grid = await openXlsx(bytes).readSheet('Long', { maxRows: 2 });
    expect(grid.rows).toEqual([
      [1, 'row 1'],
      [2, 'row 2'],
    ]);
  });
});
