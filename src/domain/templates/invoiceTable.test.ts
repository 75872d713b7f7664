import type { Invoice } from '../invoice';
import { localDate, type LocalDate } from '../localDate';
import { invoiceTable } from './invoiceTable';

const d = (y: number, m: number, day: number): LocalDate => localDate(y, m, day)!;
const invoice = (extra: Partial<Invoice>): Invoice => ({
  row: 2, invoice: 'INV-1', customer: 'Acme', currency: 'USD', invoiceDate: d(2026, 10, 1), dueDate: d(2026, 10, 31), dueDateSource: 'sheet',
  amount: 120000, open: 120000, status: 'open', daysOverdue: 30, bucket: 1, email: '', phone: '', language: null, ...extra,
});

describe('invoiceTable', () => {
  it('aligns the text columns: numbers and amounts to the right, a total per currency', () => {
    const { text } = invoiceTable(
      [invoice({}), invoice({ invoice: 'INV-22', open: 5000, daysOverdue: -3, dueDate: d(2026, 12, 3), invoiceDate: null }), invoice({ invoice: 'E-7', currency: 'EUR', open: 99, daysOverdue: 100 })],
      [{ currency: 'USD', open: 125000 }, { currency: 'EUR', open: 99 }],
      'en',
    );
    expect(text.split('\n')).toEqual([
      'Invoice   Invoice date   Due date       Days overdue   Open amount',
      '-------   ------------   ------------   ------------   -----------',
      'INV-1     Oct 1, 2026    Oct 31, 2026             30     $1,200.00',
      'INV-22    –              Dec 3, 2026               –        $50.00',
      'E-7       Oct 1, 2026    Oct 31, 2026            100         €0.99',
      'Total                                                    $1,250.00',
      'Total                                                        €0.99',
    ]);
  });

  it('labels and formats the table in the draft\'s language', () => {
    const { text } = invoiceTable([invoice({ currency: 'PLN' })], [{ currency: 'PLN', open: 120000 }], 'pl');
    expect(text).toContain('Faktura');
    expect(text).toContain('01.10.2026');
    expect(text).toContain('1\u00a0200,00\u00a0zł');
    expect(text).toMatch(/^Razem +1\u00a0200,00\u00a0zł$/m);
  });

  it('keeps a text row on one line when a sheet value has line breaks, and shows them as <br> in HTML', () => {
    const table = invoiceTable([invoice({ invoice: 'INV\r\n<b>9</b>' })], [{ currency: 'USD', open: 120000 }], 'en');
    expect(table.text.split('\n')[2]).toMatch(/^INV <b>9<\/b> {3}Oct 1, 2026/);
    expect(table.html).toContain('>INV<br>&lt;b&gt;9&lt;/b&gt;</td>');
    expect(table.html).not.toContain('<b>');
  });

  it('builds an HTML table with a header, a row per invoice and a total row per currency', () => {
    const { html } = invoiceTable([invoice({}), invoice({ invoice: 'INV-2' })], [{ currency: 'USD', open: 240000 }], 'en');
    expect(html).toMatch(/^<table class="invoices"[^>]*>\n<thead><tr>(<th [^>]*>[^<]+<\/th>){5}<\/tr><\/thead>\n<tbody>\n(<tr>(<td [^>]*>[^<]*<\/td>){5}<\/tr>\n){2}<\/tbody>\n<tfoot>\n<tr><th colspan="4"[^>]*>Total<\/th><td [^>]*>\$2,400\.00<\/td><\/tr>\n<\/tfoot>\n<\/table>$/);
  });

  it('aligns by characters as a reader counts them, and keeps odd sheet values on one line in text and as typed in HTML', () => {
    // Expected output as the table was written before rows were built column by column.
    const table = invoiceTable(
      [
        invoice({ invoice: '\u{1F600}-7' }),
        invoice({ invoice: '  A  \t B ', currency: ' x&y  ', open: -5 }),
        invoice({ invoice: '\uD800-lone', currency: '\u{1F600}', daysOverdue: -1, invoiceDate: null }),
      ],
      [{ currency: 'USD', open: 240000 }, { currency: ' x&y  ', open: -5 }],
      'en',
    );
    expect(table.text.split('\n')).toEqual([
      'Invoice   Invoice date   Due date       Days overdue    Open amount',
      '-------   ------------   ------------   ------------   ------------',
      '\u{1F600}-7       Oct 1, 2026    Oct 31, 2026             30      $1,200.00',
      'A B       Oct 1, 2026    Oct 31, 2026             30     -0.05\u00a0 X&Y',
      '\uD800-lone    –              Oct 31, 2026              –     1,200.00\u00a0\u{1F600}',
      'Total                                                     $2,400.00',
      'Total                                                  -0.05\u00a0 X&Y  ',
    ]);
    expect(table.html).toContain('vertical-align:top">  A  \t B </td>');
    expect(table.html).toContain('white-space:nowrap">-0.05\u00a0 X&amp;Y  </td></tr>');
  });
});
