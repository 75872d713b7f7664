import { parseIsoDate, toExcelSerial } from '../../domain/localDate';
import { type OutSheet, date, int, money, text } from '../../workbook/ports';
import { dataRowsStart } from '../../workbook/sheetLayout';
import { moneyFormat, tableColumnNames } from '../../workbook/sheetCells';
import { layOutSheet } from './layOutSheet';

const day = (iso: string) => parseIsoDate(iso)!;

const sheet: OutSheet = {
  name: "Today's actions",
  title: ['Title', 'Subtitle'],
  sections: [
    { header: ['Customer', 'Open', 'Due', '', 'Customer'], rows: [[text('Acme'), money(120050, 'EUR'), date(day('2026-11-30')), int(2)], [text('=1+1')]] },
    { heading: 'More', header: ['X'], rows: [] },
  ],
  table: { name: 'TodaysActions' },
  choices: [{ column: 0, values: ['Done', 'Say "no"'] }],
  rowColors: { column: 3, colors: { current: 'C6EFCE', 'a"b': 'FFC7CE' } },
  wrapColumns: [0, 0],
};

describe('layOutSheet', () => {
  it('puts every section where the shared layout says, text marked as text', () => {
    const layout = layOutSheet(sheet, false);
    sheet.sections.forEach((_section, s) => expect(layout.rows[dataRowsStart(sheet, s) - 2][0].value).toBe(s === 0 ? 'Customer' : 'X'));
    expect(layout.rows[0]).toEqual([{ value: 'Title', format: '@' }]);
    expect(layout.rows[2]).toEqual([]);
    expect(layout.rows[4]).toEqual([
      { value: 'Acme', format: '@' },
      { value: 1200.5, format: '#,##0.00 "EUR"' },
      { value: toExcelSerial(day('2026-11-30')), format: 'yyyy-mm-dd' },
      { value: 2, format: null },
    ]);
    expect(layout.rows[5]).toEqual([{ value: '=1+1', format: '@' }]);
    expect(layout.headingRows).toEqual([7]);
    expect(layout.headerRows).toEqual([{ row: 3, columnCount: 5 }, { row: 8, columnCount: 1 }]);
    expect(layout.first).toEqual({ headerRow: 3, firstDataRow: 4, lastDataRow: 5, columnCount: 5 });
  });

  it('names table columns uniquely, as Excel and the .xlsx writer do', () => {
    expect(layOutSheet(sheet, false).rows[3].map((c) => c.value)).toEqual(['Customer', 'Open', 'Due', 'Column4', 'Customer2']);
    expect(tableColumnNames(['a', 'A', ' '])).toEqual(['a', 'A2', 'Column3']);
  });

  it('describes the drop-down, the colour rules and the wrapped columns of the first section', () => {
    const layout = layOutSheet(sheet, false);
    expect(layout.choices).toEqual([{ column: 0, source: 'Done,Say "no"' }]);
    expect(layout.rowColors).toEqual({ columnCount: 5, rules: [{ formula: '=$D5="current"', color: '#C6EFCE' }, { formula: '=$D5="a""b"', color: '#FFC7CE' }] });
    expect(layout.wrapColumns).toEqual([0]);
    expect(layout.table).toEqual({ name: 'TodaysActions' });
  });

  it('writes dates as serials of the workbook’s date system, and days before its epoch as text', () => {
    const one = (d: string, date1904: boolean) => layOutSheet({ name: 'Aging summary', title: [], sections: [{ header: ['D'], rows: [[date(day(d))]] }] }, date1904).rows[1][0];
    expect(one('2026-11-30', true)).toEqual({ value: toExcelSerial(day('2026-11-30')) - 1462, format: 'yyyy-mm-dd' });
    expect(one('1904-01-01', true)).toEqual({ value: 0, format: 'yyyy-mm-dd' });
    expect(one('1903-12-31', true)).toEqual({ value: '1903-12-31', format: '@' });
    expect(one('1900-01-01', false)).toEqual({ value: 1, format: 'yyyy-mm-dd' });
    expect(one('1899-12-31', false)).toEqual({ value: '1899-12-31', format: '@' });
  });

  it('sizes columns as the .xlsx writer does: given widths, else from the content within 8..60', () => {
    const layout = layOutSheet({ name: 'Issues', title: ['A title longer than any column'], sections: [{ header: ['H', 'Header'], rows: [[text('x'.repeat(100)), int(5)]] }], columnWidths: [12] }, false);
    expect(layout.columnWidths).toEqual([12, 9]);
  });

  it('refuses what Excel cannot hold, as the .xlsx writer does', () => {
    const base: OutSheet = { name: 'Issues', title: [], sections: [{ header: ['S'], rows: [] }] };
    expect(() => layOutSheet({ ...base, choices: [{ column: 0, values: ['a,b'] }] }, false)).toThrow(/comma/);
    expect(() => layOutSheet({ ...base, choices: [{ column: 0, values: ['x'.repeat(256)] }] }, false)).toThrow(/255/);
    expect(() => layOutSheet({ ...base, sections: [{ header: [], rows: [] }], table: { name: 'T' } }, false)).toThrow(/no header/);
    expect(() => layOutSheet({ ...base, sections: [{ header: ['M'], rows: [[money(0.5, 'EUR')]] }] }, false)).toThrow(/whole minor units/);
    expect(() => layOutSheet({ ...base, sections: [{ header: ['N'], rows: [[int(Infinity)]] }] }, false)).toThrow(/cannot write/);
  });

  it('formats money with its currency’s digits', () => {
    expect([moneyFormat('USD'), moneyFormat('JPY'), moneyFormat('KWD'), moneyFormat('X"Y')]).toEqual(['#,##0.00 "USD"', '#,##0 "JPY"', '#,##0.000 "KWD"', '#,##0.00 "XY"']);
  });
});
