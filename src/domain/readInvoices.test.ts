import { day, grid } from '../../test/support/grids';
import { findColumns } from './detectColumns';
import type { CellValue, Grid } from './grid';
import { formatIsoDate, toExcelSerial } from './localDate';
import { DEFAULT_POLICY, type Policy } from './policy';
import { readInvoices } from './readInvoices';

const AS_OF = day('2026-11-30');

function read(g: Grid, policy: Policy = DEFAULT_POLICY, date1904 = false) {
  const map = findColumns(g, policy.columns);
  if (!map) throw new Error('no header found');
  return readInvoices(g, map, { asOf: AS_OF, policy, date1904 });
}

const HEADER: CellValue[] = ['Invoice', 'Customer', 'Invoice Date', 'Due Date', 'Amount', 'Paid', 'Currency', 'Status'];

describe('reading invoice rows', () => {
  it('ages open, partly paid, paid, credit and future invoices as of the as-of date', () => {
    const { invoices, issues } = read(grid([
      HEADER,
      ['A1', 'Acme', '2026-10-01', '2026-10-31', 1000, 0, 'USD', null],
      ['A2', 'Acme', '2026-11-01', '2026-12-01', 500.5, 100.25, 'USD', null],
      ['A3', 'Bolt', '2026-09-01', '2026-10-01', 300, 300, 'EUR', null],
      ['A4', 'Bolt', '2026-09-01', '2026-10-01', -50, 0, 'EUR', null],
      ['A5', 'Bolt', '2026-12-05', '2027-01-04', 70, 0, 'EUR', null],
      ['A6', 'Bolt', '2026-07-01', '2026-07-31', 80, 0, 'EUR', 'Paid'],
    ]));
    expect(issues).toEqual([]);
    const view = invoices.map((i) => [i.invoice, i.open, i.status, i.daysOverdue, i.bucket]);
    expect(view).toEqual([
      ['A1', 100000, 'open', 30, 1],
      ['A2', 40025, 'open', -1, 0],
      ['A3', 0, 'paid', 60, -1],
      ['A4', -5000, 'credit', 60, -1],
      ['A5', 0, 'not-issued', -35, -1],
      ['A6', 0, 'paid', 122, -1],
    ]);
  });

  it('takes the due date from the sheet, else the terms, else the default terms', () => {
    const { invoices } = read(grid([
      ['Invoice', 'Customer', 'Invoice Date', 'Due Date', 'Terms', 'Amount'],
      ['1', 'A', '2026-11-01', '2026-11-20', 'Net 60', 10],
      ['2', 'A', '2026-11-01', null, 'Net 14', 10],
      ['3', 'A', '2026-11-01', null, null, 10],
    ]), { ...DEFAULT_POLICY, defaultTermsDays: 45 });
    expect(invoices.map((i) => [formatIsoDate(i.dueDate), i.dueDateSource])).toEqual([
      ['2026-11-20', 'sheet'], ['2026-11-15', 'terms'], ['2026-12-16', 'default-terms'],
    ]);
  });

  it('never turns an unreadable date or amount into a value: the row is skipped with an issue naming the cell', () => {
    const { invoices, skipped, issues } = read(grid([
      HEADER,
      ['B1', 'Acme', '2026-10-01', 'soon', 10, 0, 'USD', null],
      ['B2', 'Acme', '2026-10-01', '2026-10-31', 'see email', 0, 'USD', null],
      ['B3', 'Acme', '2026-10-01', { error: '#N/A' }, 10, 0, 'USD', null],
      ['B4', 'Acme', '2026-10-01', '2026-10-31', 10, 0, 'dollars?', null],
    ]));
    expect(invoices).toEqual([]);
    expect(skipped.map((s) => s.row)).toEqual([1, 2, 3, 4, 5]);
    expect(issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, 'Due Date', 'soon'], [3, 'Amount', 'see email'], [4, 'Due Date', '#N/A'], [5, 'Currency', 'dollars?'],
    ]);
  });

  it('accounts for title, blank, section, total and repeated header rows', () => {
    const { invoices, skipped } = read(grid([
      ['A/R Aging Detail'],
      ['As of November 30, 2026'],
      HEADER,
      ['Current'],
      ['C1', 'Acme', '2026-11-01', '2026-12-01', 10, 0, 'USD', null],
      [null, null, '', null],
      HEADER,
      ['C2', 'Acme', '2026-11-01', '2026-12-01', 20, 0, 'USD', null],
      ['Total for Current', null, null, null, 30],
      ['TOTAL', null, null, null, 30],
      ['Итого', null, null, null, 30],
    ]));
    expect(invoices.map((i) => i.row)).toEqual([5, 8]);
    expect(skipped).toEqual([
      { row: 1, reason: 'above the header row' },
      { row: 2, reason: 'above the header row' },
      { row: 3, reason: 'header row' },
      { row: 4, reason: 'section or title row ("Current")' },
      { row: 6, reason: 'blank row' },
      { row: 7, reason: 'repeated header row' },
      { row: 9, reason: 'total row ("Total for Current")' },
      { row: 10, reason: 'total row ("TOTAL")' },
      { row: 11, reason: 'total row ("Итого")' },
    ]);
  });

  it('settles day/month order for the whole column from one unambiguous value', () => {
    const { invoices, issues } = read(grid([
      ['Invoice', 'Customer', 'Due Date', 'Amount'],
      ['1', 'A', '03/04/2026', 10],
      ['2', 'A', '25/03/2026', 10],
    ]));
    expect(issues).toEqual([]);
    expect(invoices.map((i) => formatIsoDate(i.dueDate))).toEqual(['2026-04-03', '2026-03-25']);
  });

  it('reads month-first dates under English headers, day-first under Russian ones', () => {
    const en = read(grid([['Invoice', 'Customer', 'Due Date', 'Amount'], ['1', 'A', '03/04/2026', 10]]));
    const ru = read(grid([['Счет', 'Контрагент', 'Срок оплаты', 'Сумма'], ['1', 'A', '03/04/2026', 10]]));
    expect(formatIsoDate(en.invoices[0].dueDate)).toBe('2026-03-04');
    expect(formatIsoDate(ru.invoices[0].dueDate)).toBe('2026-04-03');
  });

  it('reports an ambiguous date in a column that holds both orders instead of guessing', () => {
    const { invoices, issues, skipped } = read(grid([
      ['Invoice', 'Customer', 'Due Date', 'Amount'],
      ['1', 'A', '25/03/2026', 10],
      ['2', 'A', '03/25/2026', 10],
      ['3', 'A', '03/04/2026', 10],
    ]));
    expect(invoices.map((i) => formatIsoDate(i.dueDate))).toEqual(['2026-03-25', '2026-03-25']);
    expect(issues.map((i) => [i.row, i.value])).toEqual([[4, '03/04/2026']]);
    expect(issues[0].message).toMatch(/ambiguous date: this column has both day-first and month-first dates/);
    expect(skipped.map((s) => s.row)).toEqual([1, 4]);
  });

  it('reads Excel serial dates in both date systems', () => {
    const serial = toExcelSerial(day('2026-10-31'));
    const formats = [[], ['m/d/yyyy'], ['m/d/yyyy']].map((r) => [null, null, ...r]);
    const g = grid([['Invoice', 'Customer', 'Due Date', 'Amount'], ['1', 'A', serial, 10], ['2', 'A', serial - 1462, 10]], { formats });
    expect(formatIsoDate(read(g).invoices[0].dueDate)).toBe('2026-10-31');
    expect(formatIsoDate(read(g, DEFAULT_POLICY, true).invoices[1].dueDate)).toBe('2026-10-31');
  });

  it('keeps invoice numbers as text: leading zeros stay, a number cell reads as its digits', () => {
    const { invoices } = read(grid([
      ['Invoice', 'Customer', 'Due Date', 'Amount'],
      ['000123', 'A', '2026-11-01', 1],
      [1043, 'A', '2026-11-01', 1],
      [42, 'A', '2026-11-01', 1],
    ], { formats: [[], [], [], ['000000']] }));
    expect(invoices.map((i) => i.invoice)).toEqual(['000123', '1043', '000042']);
  });

  it('reads amounts typed as text in the sheet\'s convention and takes currency from symbols or formats', () => {
    const { invoices, issues } = read(grid([
      ['Nr faktury', 'Kontrahent', 'Termin płatności', 'Kwota'],
      ['F/1', 'A', '01.11.2026', '1 234,56 zł'],
      ['F/2', 'A', '01.11.2026', 99.9],
      ['F/3', 'A', '01.11.2026', '1.234.567,00'],
    ], { formats: [[], [], [null, null, null, '#,##0.00 "zł"'], []] }));
    expect(issues).toEqual([]);
    expect(invoices.map((i) => [i.amount, i.currency])).toEqual([[123456, 'PLN'], [9990, 'PLN'], [123456700, null]]);
  });

  it('reports an amount whose symbol contradicts the currency column', () => {
    const { issues } = read(grid([
      ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency'],
      ['1', 'A', '2026-11-01', '$100.00', 'EUR'],
    ]));
    expect(issues).toEqual([{ row: 2, column: 'Amount', value: '$100.00', message: 'the amount is in USD but the row says EUR' }]);
  });

  it('reports more decimals than the currency has instead of rounding', () => {
    const { issues } = read(grid([['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency'], ['1', 'A', '2026-11-01', 10.005, 'USD'], ['2', 'A', '2026-11-01', 10.5, 'JPY']]));
    expect(issues.map((i) => [i.row, i.message])).toEqual([
      [2, 'the amount has more than 2 decimal places for USD'],
      [3, 'the amount has more than 0 decimal places for JPY'],
    ]);
  });

  it('treats a payment dated after the as-of date as not yet made', () => {
    const { invoices } = read(grid([
      ['invoiceNumber', 'customerID', 'InvoiceDate', 'DueDate', 'InvoiceAmount', 'Disputed', 'SettledDate'],
      ['1', 'A', '2026-10-01', '2026-10-31', 10, 'No', '2026-12-15'],
      ['2', 'A', '2026-10-01', '2026-10-31', 10, 'No', '2026-11-15'],
      ['3', 'A', '2026-10-01', '2026-10-31', 10, 'Yes', '2026-12-15'],
    ]));
    expect(invoices.map((i) => [i.open, i.status])).toEqual([[1000, 'open'], [0, 'paid'], [1000, 'disputed']]);
  });

  it('keeps disputed and on-hold invoices aged but marked', () => {
    const { invoices } = read(grid([HEADER,
      ['1', 'A', '2026-10-01', '2026-10-31', 10, 0, 'USD', 'Disputed'],
      ['2', 'A', '2026-10-01', '2026-10-31', 10, 0, 'USD', 'On hold'],
      ['3', 'A', '2026-10-01', '2026-10-31', 10, 0, 'USD', 'Оплачен'],
    ]));
    expect(invoices.map((i) => [i.status, i.bucket])).toEqual([['disputed', 1], ['on-hold', 1], ['paid', -1]]);
  });

  it('reports duplicate invoice numbers on the later row', () => {
    const { invoices, issues } = read(grid([['Invoice', 'Customer', 'Due Date', 'Amount'], ['7', 'A', '2026-11-01', 1], ['7', 'B', '2026-11-01', 2]]));
    expect(invoices).toHaveLength(2);
    expect(issues).toEqual([{ row: 3, column: 'Invoice', value: '7', message: 'duplicate invoice number (also on row 2)' }]);
  });

  it('reads a customer from a merged cell', () => {
    const { invoices } = read(grid([
      ['Customer', 'Invoice', 'Due Date', 'Amount'],
      ['Acme', '1', '2026-11-01', 1],
      [null, '2', '2026-11-01', 2],
    ], { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] }));
    expect(invoices.map((i) => i.customer)).toEqual(['Acme', 'Acme']);
  });

  it('trims text cells, and reads a shorter row without the cells of the row above', () => {
    const { invoices } = read(grid([
      ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency', 'Email'],
      [' A1 ', '  Acme ', '2026-11-01', 10, ' eur ', ' pay@acme.example '],
      ['A2', 'Bolt', '2026-11-01', 20],
    ]));
    expect(invoices.map((i) => [i.invoice, i.customer, i.currency, i.email])).toEqual([['A1', 'Acme', 'EUR', 'pay@acme.example'], ['A2', 'Bolt', null, '']]);
  });

  it('ages by invoice date when the policy says so', () => {
    const policy: Policy = { ...DEFAULT_POLICY, aging: { basis: 'invoice-date', buckets: [30, 60, 90, 120] } };
    const { invoices } = read(grid([HEADER, ['1', 'A', '2026-09-15', '2026-12-15', 10, 0, 'USD', null]]), policy);
    expect([invoices[0].daysOverdue, invoices[0].bucket]).toEqual([-15, 3]);
  });
});
