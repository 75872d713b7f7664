import { grid } from '../../test/support/grids';
import { findColumns } from './detectColumns';
import { headerKey } from './fields';
import { findInvoiceTable } from './findInvoiceTable';

describe('finding the invoice table', () => {
  it('finds a header below title rows and maps each column once', () => {
    const map = findColumns(grid([
      ['Acme Ltd — receivables'],
      [null],
      ['Invoice #', 'Customer', 'Date', 'Invoice Date', 'Due Date', 'Amount', 'Open Balance'],
    ]));
    expect(map).not.toBeNull();
    expect(map!.headerIndex).toBe(2);
    expect(map!.columns.invoice).toEqual({ index: 0, header: 'Invoice #' });
    // "Invoice Date" is a stronger claim than a bare "Date".
    expect(map!.columns.invoiceDate).toEqual({ index: 3, header: 'Invoice Date' });
    expect(map!.columns.open).toEqual({ index: 6, header: 'Open Balance' });
    expect(map!.language).toBe('en');
  });

  it.each([
    ['QuickBooks', ['Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Past Due', 'Amount', 'Open Balance'], { invoice: 'Num', open: 'Open Balance', invoiceDate: 'Date' }, 'en'],
    ['Xero', ['Contact', 'Invoice Date', 'Due Date', 'Invoice Number', 'Reference', 'Current', '< 1 Month', 'Older', 'Total'], { customer: 'Contact', invoice: 'Invoice Number', amount: 'Total' }, 'en'],
    ['1C', ['Контрагент', 'Счёт №', 'Дата', 'Срок оплаты', 'Сумма', 'Оплачено', 'Долг'], { customer: 'Контрагент', invoice: 'Счёт №', dueDate: 'Срок оплаты', open: 'Долг', paid: 'Оплачено' }, 'ru'],
    ['Polish', ['Kontrahent', 'Nr faktury', 'Data wystawienia', 'Termin płatności', 'Kwota', 'Zapłacono', 'Do zapłaty'], { dueDate: 'Termin płatności', open: 'Do zapłaty' }, 'pl'],
    ['Indonesian', ['Pelanggan', 'No. Faktur', 'Tanggal Faktur', 'Jatuh Tempo', 'Jumlah', 'Dibayar', 'Sisa'], { invoice: 'No. Faktur', amount: 'Jumlah', open: 'Sisa' }, 'id'],
    ['IBM sample', ['countryCode', 'customerID', 'invoiceNumber', 'InvoiceDate', 'DueDate', 'InvoiceAmount', 'Disputed', 'SettledDate'], { customer: 'customerID', invoice: 'invoiceNumber', paidDate: 'SettledDate', disputed: 'Disputed' }, 'en'],
  ])('reads a %s header', (_name, header, expected, language) => {
    const map = findColumns(grid([header]));
    expect(map).not.toBeNull();
    for (const [field, text] of Object.entries(expected)) {
      expect(map!.columns[field as keyof NonNullable<typeof map>['columns']]?.header).toBe(text);
    }
    expect(map!.language).toBe(language);
  });

  it('lets the user mapping beat detection', () => {
    const map = findColumns(grid([['Doc', 'Who', 'When', 'Left to pay']]), { invoice: 'Doc', customer: 'Who', dueDate: 'When', open: 'Left to pay' });
    expect(map?.columns).toEqual({
      invoice: { index: 0, header: 'Doc' }, customer: { index: 1, header: 'Who' },
      dueDate: { index: 2, header: 'When' }, open: { index: 3, header: 'Left to pay' },
    });
  });

  it('finds nothing in a sheet that is not an invoice list', () => {
    expect(findColumns(grid([['Name', 'Phone'], ['Ann', '555']]))).toBeNull();
  });

  it('picks the sheet that names the most fields', () => {
    const notes = grid([['Customer', 'Amount', 'Date']], { name: 'Notes' });
    const invoices = grid([['Invoice', 'Customer', 'Due Date', 'Amount', 'Paid', 'Currency']], { name: 'AR' });
    expect(findInvoiceTable([notes, invoices], {})?.sheet).toBe('AR');
  });

  it('compares headers without case, punctuation or camelCase', () => {
    expect(headerKey('Invoice #')).toBe('invoice');
    expect(headerKey('InvoiceNumber')).toBe('invoice number');
    expect(headerKey('  Счёт № ')).toBe('счет');
  });
});
