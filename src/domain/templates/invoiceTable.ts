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

/** Two UTF-16 units that are one character (an emoji, a rare CJK sign). */
const SURROGATE_PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Characters as a reader counts them: a surrogate pair is one. Most cells have none, found in one search. */
function width(text: string): number {
  return text.length - (text.match(SURROGATE_PAIRS)?.length ?? 0);
}

/** Runs of spaces as padding needs them, made once rather than for every cell. */
const SPACES = Array.from({ length: 64 }, (_, n) => ' '.repeat(n));
const spaces = (n: number): string => (n < SPACES.length ? SPACES[n] : ' '.repeat(n));

/**
 * One line of the text table: each cell padded to its column's width, `sizes` being the cells'
 * own widths, the padding and the gap between two cells written as one run of spaces. No
 * trimEnd is needed: the last column is right-aligned, and every line ends with a label,
 * dashes or an amount trimmed by oneLine.
 */
function textLine(cells: readonly string[], sizes: readonly number[], widths: readonly number[]): string {
  let line = '';
  /** Spaces owed before the next cell: the last one's padding, if left-aligned, and the gap. */
  let owed = 0;
  for (let i = 0; i < cells.length; i++) {
    const fill = widths[i] - sizes[i];
    if (ALIGN[i] === 'left') {
      line += spaces(owed) + cells[i];
      owed = fill + GAP.length;
    } else {
      line += spaces(owed + fill) + cells[i];
      owed = GAP.length;
    }
  }
  return line;
}

const CELL = 'padding:4px 16px 4px 0;border-bottom:1px solid #dddddd;vertical-align:top';
const HEAD = 'padding:4px 16px 4px 0;border-bottom:1px solid #999999;vertical-align:bottom';
const FOOT = 'padding:6px 16px 4px 0;font-weight:bold';
const TD = ALIGN.map((align) => `<td style="text-align:${align};${CELL}${align === 'right' ? ';white-space:nowrap' : ''}">`);
/** The markup around and between a row's five values, joined ahead so a row is eleven pieces. */
const ROW_START = `\n<tr>${TD[0]}`;
const BETWEEN = TD.map((td) => `</td>${td}`);
const ROW_END = '</td></tr>';

/** What every table in a language shares: the head, in text and HTML, and the start of a total row. */
interface Layout {
  labels: readonly string[];
  labelSizes: readonly number[];
  total: string;
  totalSize: number;
  headHtml: string;
  totalStartHtml: string;
}

function layout(language: Language): Layout {
  const t = languagePack(language).table;
  const labels = [t.invoice, t.invoiceDate, t.dueDate, t.daysOverdue, t.open];
  const th = (label: string, i: number) => `<th style="text-align:${ALIGN[i]};${HEAD}">${escapeHtmlLines(label)}</th>`;
  return {
    labels,
    labelSizes: labels.map(width),
    total: t.total,
    totalSize: width(t.total),
    headHtml: `<table class="invoices" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 1em 0">\n<thead><tr>${labels.map(th).join('')}</tr></thead>\n<tbody>`,
    totalStartHtml: `\n<tr><th colspan="4" style="text-align:left;${FOOT}">${escapeHtmlLines(t.total)}</th><td style="text-align:right;white-space:nowrap;${FOOT}">`,
  };
}

/** Built once: a morning's drafts hold two thousand tables. */
const LAYOUTS: Readonly<Record<Language, Layout>> = { en: layout('en'), ru: layout('ru'), pl: layout('pl'), id: layout('id') };

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
  const { labels, labelSizes, total, totalSize, headHtml, totalStartHtml } = LAYOUTS[language];
  // A morning's drafts have tens of thousands of rows between them, so a row is built with as
  // little work as it needs. Dates and days are the product's own text: one line, nothing to
  // escape, and one character per UTF-16 unit. Invoice numbers and amounts (whose currency
  // code comes from the sheet) go through oneLine, escapeHtmlLines and width.
  const cells: string[][] = [];
  const sizes: number[][] = [];
  let rowsHtml = '';
  for (const invoice of invoices) {
    const issued = invoice.invoiceDate === null ? NOT_YET_DUE : formatDate(invoice.invoiceDate, language, 'short');
    const due = formatDate(invoice.dueDate, language, 'short');
    const days = invoice.daysOverdue < 0 ? NOT_YET_DUE : String(invoice.daysOverdue);
    const amount = formatMoney(invoice.open, invoice.currency, language);
    const row = [oneLine(invoice.invoice), issued, due, days, oneLine(amount)];
    cells.push(row);
    sizes.push([width(row[0]), issued.length, due.length, days.length, width(row[4])]);
    rowsHtml += ROW_START + escapeHtmlLines(invoice.invoice) + BETWEEN[1] + issued + BETWEEN[2] + due + BETWEEN[3] + days + BETWEEN[4] + escapeHtmlLines(amount) + ROW_END;
  }
  const totalRows = totals.map((t) => formatMoney(t.open, t.currency, language));
  const totalSizes = totalRows.map(width);

  // Loops, not Math.max(...column): a customer with tens of thousands of invoices would overflow the call stack.
  const widths = [...labelSizes];
  for (const row of sizes) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], row[i]);
  for (const size of totalSizes) widths[4] = Math.max(widths[4], size);
  const fullWidth = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  const lines = [textLine(labels, labelSizes, widths), textLine(widths.map((w) => '-'.repeat(w)), widths, widths)];
  for (let r = 0; r < cells.length; r++) lines.push(textLine(cells[r], sizes[r], widths));
  totalRows.forEach((amount, i) => lines.push(total + spaces(Math.max(1, fullWidth - totalSize - totalSizes[i])) + amount));

  let html = `${headHtml}${rowsHtml}\n</tbody>\n<tfoot>`;
  for (const amount of totalRows) html += totalStartHtml + escapeHtmlLines(amount) + ROW_END;
  html += '\n</tfoot>\n</table>';
  return { text: lines.join('\n'), html };
}
