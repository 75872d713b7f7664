import { grid } from '../../../test/support/grids';
import { columnLetters, locateColumn } from './locateColumn';

describe('locateColumn', () => {
  const sheet = grid([['Report'], [], ['Invoice No', 'Invoice Date', 'Amount'], ['A-1', 'someday', 10], ['Section'], ['No', 'Date']]);

  it('finds the header above the row, case and spaces aside', () => {
    expect(locateColumn(sheet, 4, ' invoice date ')).toBe(2);
  });

  it('takes the nearest header above when a sheet holds several tables', () => {
    expect(locateColumn(sheet, 9, 'Date')).toBe(2);
    expect(locateColumn(sheet, 9, 'Amount')).toBe(3);
  });

  it('returns null for a whole-row problem or a header not found', () => {
    expect(locateColumn(sheet, 4, '')).toBeNull();
    expect(locateColumn(sheet, 4, 'Currency')).toBeNull();
  });

  it('counts from the grid’s first column', () => {
    expect(locateColumn(grid([['Amount']], { firstCol: 3, firstRow: 5 }), 6, 'Amount')).toBe(3);
  });
});

describe('columnLetters', () => {
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA'], [16384, 'XFD']])('column %i is %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
  });
});
