import { cellText, isBlank } from '../domain/cellText';
import type { Grid } from '../domain/grid';
import type { TemplateOverrideRow } from '../domain/templates/templateOverrides';
import { cellAddress } from './cellAddress';
import { findHeaderRow } from './findHeaderRow';
import { TEMPLATES_SHEET } from './ownedSheets';
import type { OutSheet } from './ports';

const HEADER = ['Step', 'Language', 'Subject', 'Body'] as const;

/**
 * "Templates" as first written: an empty table with an example of the placeholders, for the
 * user to fill. Like Dunning settings it is the user's from then on and never rewritten.
 */
export function templatesSheet(): OutSheet {
  return {
    name: TEMPLATES_SHEET,
    title: [
      'Templates',
      'A row here replaces the built-in reminder for that step (e.g. notice-1) and language (en, ru, pl, id). Placeholders: {{customer}}, {{invoices}}, {{total}}, {{oldest_due_date}}, {{days_overdue}}, {{deadline}}, {{company}}, {{sender}}, {{payment_details}}, {{late_fee}}, {{phone}}, {{email}}, {{date}}, {{step}}.',
    ],
    sections: [{ header: [...HEADER], rows: [] }],
    columnWidths: [12, 10, 50, 100],
  };
}

/** The user's template rows, each with its cell address so a problem can point at it. */
export function readTemplatesSheet(grid: Grid): TemplateOverrideRow[] {
  const found = findHeaderRow(grid, HEADER, HEADER);
  if (!found) return [];
  const rows: TemplateOverrideRow[] = [];
  for (let r = found.index + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const cells = found.columns.map((c) => (c < 0 ? null : (row[c] ?? null)));
    if (cells.every((v) => isBlank(v))) continue;
    const [step, language, subject, body] = cells.map((v) => (typeof v === 'string' ? v : cellText(v)));
    rows.push({ step: step.trim(), language: language.trim(), subject, body, cell: cellAddress(grid.firstRow + r, grid.firstCol + found.columns[0], grid.name) });
  }
  return rows;
}
