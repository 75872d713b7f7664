import { escapeHtml, escapeHtmlLines } from './escapeHtml';

export interface LetterParts {
  /** ISO 639-1, for the page's `lang`. */
  language: string;
  /** The letter's date, already written for the language. */
  date: string;
  company: string;
  sender: string;
  /** The sender's reply address, shown under the company. */
  replyTo: string | null;
  customer: string;
  /** The customer's contact address(es), shown under the name; the postal address is the clerk's to add. */
  customerContact: string | null;
  /** One line. */
  subject: string;
  /** The rendered body: markup built by `renderTemplate`, every value in it escaped. */
  bodyHtml: string;
}

const STYLE = `
@page { size: A4; margin: 20mm 20mm 22mm 25mm; }
* { box-sizing: border-box; }
html { background: #eeeeee; }
body { margin: 0; color: #111111; font-family: "Segoe UI", Calibri, Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.45; }
.sheet { width: 210mm; min-height: 297mm; margin: 10mm auto; padding: 20mm 20mm 22mm 25mm; background: #ffffff; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.2); }
.from { text-align: right; margin-bottom: 12mm; }
.from .company { font-size: 13pt; font-weight: bold; }
.to { min-height: 25mm; margin-bottom: 8mm; }
.date { text-align: right; margin: 0 0 8mm 0; }
h1 { font-size: 12pt; margin: 0 0 6mm 0; }
p { margin: 0 0 4mm 0; }
table.invoices { width: 100%; margin: 2mm 0 5mm 0; page-break-inside: auto; }
table.invoices tr { page-break-inside: avoid; }
@media print {
  html { background: none; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`.trim();

/**
 * A complete printable letter: one HTML page with inline CSS (A4, print margins, no browser
 * chrome needed), the sender's block, the customer's block, the date, the subject and the
 * body (which carries the invoice table, the deadline and the signature). Every text part is
 * escaped here; only `bodyHtml` is inserted as built.
 */
export function letterPage(parts: LetterParts): string {
  const from = [`<div class="company">${escapeHtmlLines(parts.company)}</div>`, `<div>${escapeHtmlLines(parts.sender)}</div>`];
  if (parts.replyTo !== null) from.push(`<div>${escapeHtml(parts.replyTo)}</div>`);
  const to = [`<div><strong>${escapeHtmlLines(parts.customer)}</strong></div>`];
  if (parts.customerContact !== null) to.push(`<div>${escapeHtml(parts.customerContact)}</div>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(parts.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.subject)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<div class="sheet">',
    `<div class="from">\n${from.join('\n')}\n</div>`,
    `<div class="to">\n${to.join('\n')}\n</div>`,
    `<p class="date">${escapeHtml(parts.date)}</p>`,
    `<h1>${escapeHtml(parts.subject)}</h1>`,
    parts.bodyHtml,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
