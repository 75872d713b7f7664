import { day } from '../../test/support/grids';
import type { Invoice } from './invoice';
import { statementCsv } from './statementCsv';

const invoice = (id: string, due: string, open: number, currency: string | null = 'PLN'): Invoice => ({
  row: 2, invoice: id, customer: 'Wawel', currency, invoiceDate: day('2026-10-01'), dueDate: day(due), dueDateSource: 'sheet',
  amount: open, open, status: 'open', daysOverdue: day('2026-11-30') - day(due), bucket: 1, email: '', phone: '', language: 'pl',
});

describe('the customer statement as CSV', () => {
  it('lists open invoices oldest due first, exact amounts, with a BOM and CRLF', () => {
    const csv = statementCsv([invoice('F/2', '2026-11-20', 123456), invoice('F/1', '2026-11-01', 5), invoice('F/0', '2026-10-01', 0)]);
    expect(csv).toBe('\uFEFFInvoice,Invoice date,Due date,Days overdue,Open,Currency\r\nF/1,2026-10-01,2026-11-01,29,0.05,PLN\r\nF/2,2026-10-01,2026-11-20,10,1234.56,PLN\r\n');
  });

  it('writes text that Excel would run as a formula inert, and quotes separators', () => {
    const csv = statementCsv([invoice('=HYPERLINK("http://x")', '2026-11-01', 100), invoice('A,B', '2026-11-02', 100), invoice('-5', '2026-11-03', 100)]);
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://x"")",');
    expect(csv).toContain('\r\n"A,B",');
    expect(csv).toContain("\r\n'-5,");
  });
});
