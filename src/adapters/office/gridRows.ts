import type { CellValue } from '../../workbook/ports';

/** Rows of one column whose number formats or value types are still to be read. */
export interface FollowUp {
  readonly property: 'numberFormat' | 'valueTypes';
  /** 0-based within the area, like `row`. */
  readonly column: number;
  readonly row: number;
  readonly rowCount: number;
}

/** What was read of some columns of a block: per column, one entry per row; undefined where not read. */
export type ColumnReads = ReadonlyArray<readonly unknown[] | undefined>;

/** The first and last row (0-based in the area) of the cells in one column that still need a read. */
type Span = [number, number];

function note(spans: (Span | undefined)[], column: number, row: number): void {
  const span = spans[column];
  if (span) span[1] = row;
  else spans[column] = [row, row];
}

/**
 * The cells of an area as the engine takes them, built from Excel's answers block by block.
 *
 * `values` alone tells a cell's kind but for one case: Excel gives an error and a text as the same
 * string, so text starting with "#" may be the error #N/A, which only `valueTypes` tells apart.
 * And only a number cell's format is ever used (a date or an amount, the currency of an amount,
 * an invoice number's leading zeros), so the grid keeps number formats of number cells only.
 * A block therefore comes with `valueTypes` and `numberFormat` for some columns only (those that
 * held such cells in earlier rows); a cell that needs one in another column leaves a follow-up:
 * its column's rows, to read in the next request.
 */
export class GridRows {
  readonly rows: CellValue[][] = [];
  /** Number formats other than General, by row and column, of number cells only. */
  readonly formats: (string | undefined)[][] = [];
  /** Columns that have held a number: later blocks read their formats along with their values. */
  readonly numberColumns = new Set<number>();
  /** Columns that have held text starting with "#": later blocks read their value types. */
  readonly hashColumns = new Set<number>();
  readonly followUps: FollowUp[] = [];

  /** `formatColumns`: the only columns whose number formats are kept and read (all when null). */
  constructor(
    readonly columnCount: number,
    private readonly formatColumns: ReadonlySet<number> | null = null,
  ) {}

  /** Whether number formats of the column are kept: then they are worth a read. */
  wantsFormats(column: number): boolean {
    return this.formatColumns === null || this.formatColumns.has(column);
  }

  /** Adds a block of rows below those read so far (`values` is the block's full width). */
  add(values: readonly (readonly unknown[])[], formats: ColumnReads, types: ColumnReads): void {
    const start = this.rows.length;
    const numberSpans: (Span | undefined)[] = [];
    const hashSpans: (Span | undefined)[] = [];
    for (let i = 0; i < values.length; i++) {
      const r = start + i;
      const line = values[i];
      const row: CellValue[] = [];
      let rowFormats: (string | undefined)[] | undefined;
      for (let j = 0; j < this.columnCount; j++) {
        const value = line[j];
        if (value === '' || value === null || value === undefined) continue;
        let cell: CellValue = typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
        if (typeof cell === 'number') {
          if (this.wantsFormats(j)) {
            this.numberColumns.add(j);
            const read = formats[j];
            if (read === undefined) note(numberSpans, j, r);
            else if (typeof read[i] === 'string' && read[i] !== 'General') (rowFormats ??= [])[j] = read[i] as string;
          }
        } else if (typeof cell === 'string' && cell.startsWith('#')) {
          this.hashColumns.add(j);
          const read = types[j];
          if (read === undefined) note(hashSpans, j, r);
          else if (read[i] === 'Error') cell = { error: cell };
        }
        while (row.length < j) row.push(null);
        row.push(cell);
      }
      this.rows.push(row);
      if (rowFormats) this.formats[r] = rowFormats;
    }
    const followUp = (property: FollowUp['property']) => (span: Span | undefined, column: number) => {
      if (span) this.followUps.push({ property, column, row: span[0], rowCount: span[1] - span[0] + 1 });
    };
    numberSpans.forEach(followUp('numberFormat'));
    hashSpans.forEach(followUp('valueTypes'));
  }

  /** Applies what a follow-up read returned (one entry per row, as a one-column range gives it). */
  settle(followUp: FollowUp, read: readonly (readonly unknown[])[]): void {
    const { column } = followUp;
    for (let k = 0; k < followUp.rowCount; k++) {
      const r = followUp.row + k;
      const cell = this.rows[r]?.[column];
      const answer = read[k]?.[0];
      if (followUp.property === 'numberFormat') {
        if (typeof cell === 'number' && typeof answer === 'string' && answer !== 'General') (this.formats[r] ??= [])[column] = answer;
      } else if (typeof cell === 'string' && cell.startsWith('#') && answer === 'Error') {
        this.rows[r][column] = { error: cell };
      }
    }
  }
}
