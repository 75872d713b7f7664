import { FIELDS, type Field, type HeaderLanguage, headerKey, matchHeader } from './fields';
import type { Grid } from './grid';
import { cellText } from './cellText';

export interface MappedColumn {
  /** 0-based index into the grid's row arrays. */
  index: number;
  /** The header text as the user wrote it. */
  header: string;
}

export interface ColumnMap {
  /** 0-based index of the header row in the grid. */
  headerIndex: number;
  columns: Partial<Record<Field, MappedColumn>>;
  /** The language most headers are written in: a hint for day/month order and decimal commas. */
  language: HeaderLanguage;
}

/** A table needs something to age (an amount), something to age it by (a date) and a name for it. */
function isInvoiceTable(columns: ColumnMap['columns']): boolean {
  return Boolean((columns.amount || columns.open) && (columns.dueDate || columns.invoiceDate) && (columns.invoice || columns.customer));
}

interface Claim {
  field: Field;
  index: number;
  header: string;
  rank: number;
  language: HeaderLanguage | null;
}

/**
 * Reads one row as a header. Each field goes to one column and each column to one field,
 * strongest synonym first, so "Invoice Date" beats a bare "Date" for the invoice date and
 * the user's own mapping (`overrides`, field -> header text) beats both.
 */
function mapHeaderRow(row: Grid['rows'][number], overrides: Partial<Record<Field, string>>): { columns: ColumnMap['columns']; language: HeaderLanguage } | null {
  const claims: Claim[] = [];
  const overrideByKey = new Map<string, Field>();
  for (const field of FIELDS) {
    const header = overrides[field];
    if (header !== undefined) overrideByKey.set(headerKey(header), field);
  }
  for (let index = 0; index < row.length; index++) {
    const value = row[index];
    if (typeof value !== 'string') continue;
    const header = value.trim();
    const key = headerKey(header);
    const forced = overrideByKey.get(key);
    if (forced) {
      claims.push({ field: forced, index, header, rank: -1, language: null });
      continue;
    }
    for (const match of matchHeader(header)) {
      claims.push({ field: match.field, index, header, rank: match.rank, language: match.language });
    }
  }
  const forcedFields = [...overrideByKey.values()];
  if (forcedFields.some((field) => !claims.some((c) => c.field === field && c.rank === -1))) return null;

  claims.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const columns: ColumnMap['columns'] = {};
  const taken = new Set<number>();
  const votes: Record<HeaderLanguage, number> = { en: 0, ru: 0, pl: 0, id: 0 };
  for (const claim of claims) {
    if (columns[claim.field] || taken.has(claim.index)) continue;
    columns[claim.field] = { index: claim.index, header: claim.header };
    taken.add(claim.index);
    if (claim.language) votes[claim.language]++;
  }
  const language = (Object.keys(votes) as HeaderLanguage[]).reduce((best, lang) => (votes[lang] > votes[best] ? lang : best), 'en');
  return { columns, language };
}

/** How many rows from the top a header may sit below title rows. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the header row of an invoice table: the row within the first rows whose cells name the
 * most invoice fields. Null when no row names enough fields to be an invoice table.
 * @example findColumns(grid, {}) // { headerIndex: 3, columns: { invoice: { index: 0, header: 'Num' }, ... }, language: 'en' }
 */
export function findColumns(grid: Grid, overrides: Partial<Record<Field, string>> = {}): ColumnMap | null {
  let best: ColumnMap | null = null;
  let bestCount = 0;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let headerIndex = 0; headerIndex < limit; headerIndex++) {
    const row = grid.rows[headerIndex];
    if (!row || !row.some((v) => typeof v === 'string' && cellText(v) !== '')) continue;
    const mapped = mapHeaderRow(row, overrides);
    if (!mapped || !isInvoiceTable(mapped.columns)) continue;
    const count = Object.keys(mapped.columns).length;
    if (count > bestCount) {
      best = { headerIndex, ...mapped };
      bestCount = count;
    }
  }
  return best;
}

/** The number of fields a header row names: how well a sheet matches, for picking the sheet. */
export function columnCount(map: ColumnMap): number {
  return Object.keys(map.columns).length;
}
