import type { Invoice } from './invoice';
import { formatIsoDate } from './localDate';
import { formatMinorUnits, minorDigits } from './money';

/** Excel runs a CSV cell starting with one of these as a formula: such text is prefixed with '. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A customer's statement as CSV: every invoice of theirs with something open, oldest due first.
 * UTF-8 with a byte-order mark and CRLF lines, so Excel opens Cyrillic and Polish text as
 * written; text that Excel would run as a formula is written inert.
 * @example statementCsv(invoices) // "\uFEFFInvoice,Invoice date,Due date,Days overdue,Open,Currency\r\n..."
 */
export function statementCsv(invoices: readonly Invoice[]): string {
  const rows = invoices
    .filter((i) => i.open > 0)
    .sort((a, b) => a.dueDate - b.dueDate || a.row - b.row)
    .map((i) => [
      field(i.invoice),
      i.invoiceDate === null ? '' : formatIsoDate(i.invoiceDate),
      formatIsoDate(i.dueDate),
      String(i.daysOverdue),
      formatMinorUnits(i.open, minorDigits(i.currency)),
      i.currency ?? '',
    ].join(','));
  return `\uFEFF${['Invoice,Invoice date,Due date,Days overdue,Open,Currency', ...rows].join('\r\n')}\r\n`;
}
