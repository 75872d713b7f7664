import { outputName } from './outputName';

describe('outputName', () => {
  it.each([
    ['receivables.xlsx', 'receivables.refreshed.xlsx'],
    ['Receivables.XLSX', 'Receivables.refreshed.xlsx'],
    ['book.xlsm', 'book.refreshed.xlsm'],
    ['receivables.refreshed.xlsx', 'receivables.refreshed.xlsx'],
    ['2026.11 list.xlsx', '2026.11 list.refreshed.xlsx'],
    ['noext', 'noext.refreshed.xlsx'],
    ['.xlsx', 'workbook.refreshed.xlsx'],
  ])('%s -> %s', (input, output) => {
    expect(outputName(input)).toBe(output);
  });
});
