/**
 * The one IO contract between the engine and a host (Excel through Office.js, an .xlsx or .csv
 * file, a browser page). Hosts hand over cells exactly as the spreadsheet stores them and write
 * back the product's own sheets; all interpretation happens in the engine.
 */
import type { Grid } from '../domain/grid';
import type { LocalDate } from '../domain/localDate';

export type { CellArea, CellError, CellValue } from '../domain/grid';
export { isCellError } from '../domain/grid';

/** One sheet as read by a host. */
export type SheetGrid = Grid;

export interface WorkbookReader {
  /** True when the workbook counts serial dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  /** Worksheet names in workbook order, hidden ones included (chart sheets excluded). */
  sheetNames(): readonly string[];
  /** Reads one sheet (see ReadSheetOptions). */
  readSheet(name: string, options?: ReadSheetOptions): Promise<SheetGrid>;
}

export interface ReadSheetOptions {
  /** Only the sheet's first rows (used to find the header). */
  readonly maxRows?: number;
  /**
   * The columns (0-based from the grid's first column) whose number formats the caller uses; a
   * host that pays for formats (Excel sends one string per cell) may leave out the others'.
   * Every column's when absent.
   */
  readonly formatColumns?: readonly number[];
}

/** A value the product writes into its own sheets. Text is always written as text, never a formula. */
export type OutValue =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'int'; readonly v: number }
  /** A number kept as the user typed it (e.g. in the Collections log). */
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'date'; readonly v: LocalDate }
  | { readonly t: 'money'; readonly minor: number; readonly currency: string }
  | null;

export interface OutSection {
  /** A bold line above the table, e.g. "By currency". */
  readonly heading?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly OutValue[])[];
}

/** A sheet the product owns and rewrites on every refresh. */
export interface OutSheet {
  readonly name: string;
  /** Lines at the top (title, as-of date, source). */
  readonly title: readonly string[];
  readonly sections: readonly OutSection[];
  /** Column widths in characters; missing ones are sized from the content. */
  readonly columnWidths?: readonly number[];
  /**
   * Makes the first section an Excel table (filter buttons, banded rows) with this name, frozen
   * below its header row. Used for the sheets a user works in.
   */
  readonly table?: { readonly name: string };
  /**
   * Headers of the first section's columns the user types into (a status, a note). A host that
   * can see the sheet change while a refresh runs refuses to replace it when any cell under them
   * differs from what was read, so nothing typed meanwhile is lost.
   */
  readonly typedColumns?: readonly string[];
  /** Drop-down choices (data validation list) for a column of the first section, 0-based. */
  readonly choices?: ReadonlyArray<{ readonly column: number; readonly values: readonly string[] }>;
  /**
   * Conditional fill of the first section's rows by the text in one column (0-based), e.g.
   * bucket ids -> colours ("FFC7CE"). Excel keeps colouring rows as the user edits.
   */
  readonly rowColors?: { readonly column: number; readonly colors: Readonly<Record<string, string>> };
  /**
   * For a sheet that only grows (the Collections log): the first section's rows before this index
   * are the sheet's rows as read, unchanged, and the rest are new. A host may then add just the
   * new rows below the sheet's table, leaving what is there as the user has it, when the table's
   * header is still the first section's header; otherwise it writes the sheet whole.
   */
  readonly newRowsFrom?: number;
  /** Wrap text in these columns of the first section (multi-line cells such as invoice lists). */
  readonly wrapColumns?: readonly number[];
  /**
   * A clustered column chart of one section, placed to the right of the sheet's tables: one
   * series per data row of `section`, its values from columns firstSeriesColumn..lastSeriesColumn
   * (0-based, inclusive), its name from column `seriesNameColumn` of the same row, and the
   * category labels from the section's header cells of the value columns (`categories: 'header'`).
   * The name column must sit just left of the value columns (Excel builds the chart from one
   * rectangular range). A section without data rows gets no chart.
   */
  readonly chart?: OutChart;
}

export interface OutChart {
  readonly title: string;
  readonly section: number;
  readonly categories: 'header';
  readonly firstSeriesColumn: number;
  readonly lastSeriesColumn: number;
  readonly seriesNameColumn: number;
}

export const text = (v: string): OutValue => ({ t: 'text', v });
export const int = (v: number): OutValue => ({ t: 'int', v });
export const date = (v: LocalDate): OutValue => ({ t: 'date', v });
export const money = (minor: number, currency: string): OutValue => ({ t: 'money', minor, currency });
export const num = (v: number): OutValue => ({ t: 'number', v });
