import { newXlsxWorkbook, openXlsx } from '../adapters/xlsx/xlsxWorkbook';
import { type OutSheet, text } from './ports';
import { dataRowsStart } from './sheetLayout';

describe('the layout of a written sheet', () => {
  it.each([
    [['Title', 'Subtitle'], [undefined, 'Second']],
    [[], ['First', undefined]],
    [['Only'], ['A', 'B']],
  ])('puts each section\'s first data row where dataRowsStart says (title %j, headings %j)', async (title, headings) => {
    const sheet: OutSheet = {
      name: 'Layout',
      title,
      sections: headings.map((heading, s) => ({ ...(heading ? { heading } : {}), header: [`H${s}`], rows: [[text(`s${s}r0`)], [text(`s${s}r1`)]] })),
    };
    const grid = await openXlsx(await newXlsxWorkbook([sheet])).readSheet('Layout');
    sheet.sections.forEach((_, s) => expect(grid.rows[dataRowsStart(sheet, s) - 1][0]).toBe(`s${s}r0`));
  });
});
