/**
 * The aging summary's chart through the Office adapter: one clustered column chart per write,
 * built from the "By currency" header and rows (series by rows), titled and placed beside the
 * tables as the .xlsx writer places it.
 */
import { writeOwnedSheets } from '../src/adapters/office/writeOwnedSheets';
import { money, text, type OutSheet } from '../src/workbook/ports';
import { StrictExcel } from './support/strictExcel';

const aging: OutSheet = {
  name: 'Aging summary',
  title: ['Aging summary', 'As of 2026-11-30'],
  sections: [
    {
      heading: 'By currency',
      header: ['Currency', 'Current', '1-30', 'Total', 'Invoices'],
      rows: [
        [text('USD'), money(123450, 'USD'), money(-5, 'USD'), money(123445, 'USD'), null],
        [text('EUR'), money(1000, 'EUR'), null, money(1000, 'EUR'), null],
      ],
    },
    { heading: 'By customer', header: ['Customer', 'Currency', 'Current', '1-30', 'Total', 'Invoices', 'Extra'], rows: [] },
  ],
  chart: { title: 'Open amounts by bucket', section: 0, categories: 'header', seriesNameColumn: 0, firstSeriesColumn: 1, lastSeriesColumn: 2 },
};

const EXPECTED = {
  type: 'ColumnClustered',
  seriesBy: 'Rows',
  source: 'A5:C7',
  title: 'Open amounts by bucket',
  name: 'Dunning Desk chart',
  position: 'I4:P19',
};

describe('the Office adapter writes the aging summary chart', () => {
  it('adds one chart over the currency rows and bucket columns, titled and beside the tables', async () => {
    const excel = new StrictExcel([{ name: 'Invoices', rows: [['Invoice']] }]);
    await writeOwnedSheets(excel, [aging]);
    expect(excel.charts('Aging summary')).toEqual([EXPECTED]);
    expect(excel.cell('Aging summary', 'A5').value).toBe('Currency');
    expect(excel.cell('Aging summary', 'C5').value).toBe('1-30');
    expect(excel.cell('Aging summary', 'A7').value).toBe('EUR');
  });

  it('replaces the chart with its sheet on a refresh: still one chart', async () => {
    const excel = new StrictExcel([{ name: 'Invoices', rows: [['Invoice']] }]);
    await writeOwnedSheets(excel, [aging]);
    await writeOwnedSheets(excel, [aging]);
    expect(excel.charts('Aging summary')).toEqual([EXPECTED]);
    expect(excel.charts('Invoices')).toEqual([]);
  });

  it('adds no chart when the section has no rows', async () => {
    const excel = new StrictExcel([{ name: 'Invoices', rows: [['Invoice']] }]);
    await writeOwnedSheets(excel, [{ ...aging, sections: [{ ...aging.sections[0], rows: [] }, aging.sections[1]] }]);
    expect(excel.charts('Aging summary')).toEqual([]);
  });

  it('the strict Excel refuses a chart whose source is on another sheet', async () => {
    const excel = new StrictExcel([{ name: 'A', rows: [['x', 1]] }, { name: 'B' }]);
    await expect(
      excel.run(async (context) => {
        const a = context.workbook.worksheets.getItem('A');
        context.workbook.worksheets.getItem('B').charts.add('ColumnClustered', a.getRange('A1:B1'), 'Rows');
        await context.sync();
      }),
    ).rejects.toThrow(/not on this worksheet/);
  });
});
