import type { HolidaySource } from '../app/holidaySource';
import type { Field } from '../domain/fields';
import type { OutSheet, WorkbookReader } from '../workbook/ports';
import type { DeskError } from './deskError';

/** The user's own column mapping: field -> header text (the policy's `columns`). */
export type ColumnOverrides = Partial<Record<Field, string>>;

/** Where the column mapping overrides are kept: with the workbook in Excel, in the browser otherwise. */
export interface ColumnStore {
  load(): Promise<ColumnOverrides>;
  save(columns: ColumnOverrides): Promise<void>;
}

/**
 * Where the workbook lives: Excel through Office.js, or an .xlsx file opened in the browser.
 * Built by the composition root (index.tsx and hosts/); the components never see it, only the
 * use cases the desk builds on it.
 */
export interface Host {
  readonly kind: 'office' | 'browser';
  /** The workbook as it is now: asked again on every refresh, because the user edits between. */
  reader(): Promise<WorkbookReader>;
  /** Writes the product's own sheets; never the user's. */
  write(sheets: readonly OutSheet[]): Promise<void>;
  /** Selects a cell; `column` is the header text of the cell's column ("" = the whole row). */
  goToCell?(sheet: string, row: number, column: string): Promise<void>;
  /** Absent where overrides cannot be kept: they then last as long as the pane. */
  columns?: ColumnStore;
  /** Standalone mode: takes a file the user picked; returns its name. */
  open?(file: File): Promise<string>;
  /** Standalone mode: hands the refreshed workbook to the browser as a download. */
  download?(): Promise<void>;
  /** A public holiday calendar, loaded only when the settings name a country. */
  holidays?(): Promise<HolidaySource>;
  /** Host-specific failures (Office.js, .xlsx) as errors the pane can explain; null when not one. */
  describeError?(error: unknown): DeskError | null;
}
