import { formatDate } from '../formatDate';
import { formatMoney } from '../formatMoney';
import type { Invoice } from '../invoice';
import { escapeHtmlLines } from './escapeHtml';
import { languagePack } from './builtinTemplate';
import type { Language } from './languages';
import { oneLine } from './oneLine';
import type { BlockValue } from './renderTemplate';

type Align = 'left' | 'right';

const ALIGN: readonly Align[] = ['left', 'left', 'left', 'right', 'right'];
const GAP = '   ';
const NOT_YET_DUE = '–';

const width = (text: string) => [...text].length;
const pad = (text: string, size: number, align: Align) => {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
};

const CELL = 'padding:4px 16px 4px 0;border-bottom:1px solid #dddddd;vertical-align:top';
const HEAD = 'padding:4px 16px 4px 0;border-bottom:1px solid #999999;vertical-align:bottom';
const FOOT = 'padding:6px 16px 4px 0;font-weight:bold';

/**
 * The table of every invoice in a message, then one total row per currency: aligned columns
 * in text (values on one line each), a `<table>` in HTML with inline styles (mail programs
 * drop style sheets) and every sheet value escaped. Days overdue shows "–" for an invoice not
 * yet due.
 */
export function invoiceTable(
  invoices: readonly Invoice[],
  totals: ReadonlyArray<{ currency: string; open: number }>,
  language: Language,
): BlockValue {
  const t = languagePack(language).table;
  const header = [t.invoice, t.invoiceDate, t.dueDate, t.daysOverdue, t.open];
  const rows = invoices.map((invoice) => [
    invoice.invoice,
    invoice.invoiceDate === null ? NOT_YET_DUE : formatDate(invoice.invoiceDate, language, 'short'),
    formatDate(invoice.dueDate, language, 'short'),
    invoice.daysOverdue < 0 ? NOT_YET_DUE : String(invoice.daysOverdue),
    formatMoney(invoice.open, invoice.currency, language),
  ]);
  const totalRows = totals.map((total) => formatMoney(total.open, total.currency, language));

  const textRows = rows.map((row) => row.map(oneLine));
  const widths = header.map((label, column) => Math.max(width(label), ...textRows.map((row) => width(row[column]))));
  const amountWidth = Math.max(widths[4], ...totalRows.map(width));
  widths[4] = amountWidth;
  const line = (cells: readonly string[]) => cells.map((cell, i) => pad(cell, widths[i], ALIGN[i])).join(GAP).trimEnd();
  const fullWidth = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  const text = [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...textRows.map(line),
    ...totalRows.map((amount) => {
      const label = t.total;
      return label + ' '.repeat(Math.max(1, fullWidth - width(label) - width(amount))) + amount;
    }),
  ].join('\n');

  const th = (label: string, i: number) => `<th style="text-align:${ALIGN[i]};${HEAD}">${escapeHtmlLines(label)}</th>`;
  const td = (value: string, i: number) => `<td style="text-align:${ALIGN[i]};${CELL}${ALIGN[i] === 'right' ? ';white-space:nowrap' : ''}">${escapeHtmlLines(value)}</td>`;
  const html = [
    '<table class="invoices" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 1em 0">',
    `<thead><tr>${header.map(th).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map(td).join('')}</tr>`),
    '</tbody>',
    '<tfoot>',
    ...totalRows.map(
      (amount) => `<tr><th colspan="4" style="text-align:left;${FOOT}">${escapeHtmlLines(t.total)}</th><td style="text-align:right;white-space:nowrap;${FOOT}">${escapeHtmlLines(amount)}</td></tr>`,
    ),
    '</tfoot>',
    '</table>',
  ].join('\n');
  return { text, html };
}
