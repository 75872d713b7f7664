import { columnLetters, parseAreasAddress, parseRangeAddress } from './parseRangeAddress';

describe('parseRangeAddress', () => {
  it('reads the area of an address as Excel reports it, sheet name quoted or not', () => {
    expect(parseRangeAddress('Sheet1!A1')).toEqual({ row: 0, column: 0, rowCount: 1, columnCount: 1 });
    expect(parseRangeAddress("'Today''s actions'!B3:D9")).toEqual({ row: 2, column: 1, rowCount: 7, columnCount: 3 });
    expect(parseRangeAddress('Data!$AA$10:$AB$1048576')).toEqual({ row: 9, column: 26, rowCount: 1048567, columnCount: 2 });
    expect(parseRangeAddress("'a!b'!C2")).toEqual({ row: 1, column: 2, rowCount: 1, columnCount: 1 });
  });

  it('refuses anything that is not a cell or a cell range (a programmer error)', () => {
    expect(() => parseRangeAddress('Sheet1!1:3')).toThrow(RangeError);
  });

  it('splits the areas of a multi-area address', () => {
    expect(parseAreasAddress("S!A2:A3, 'x, y'!C5")).toEqual([
      { row: 1, column: 0, rowCount: 2, columnCount: 1 },
      { row: 4, column: 2, rowCount: 1, columnCount: 1 },
    ]);
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA', 'XFD']);
  });
});
