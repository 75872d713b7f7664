import type { Field } from '../../domain/fields';
import type { Channel } from '../../domain/ladder';
import type { DeskErrorCode } from '../deskError';
import type { RefreshStage } from '../desk';

export type UiLanguage = 'en' | 'ru' | 'pl' | 'id';

/** What an error means for the user and what to do about it. */
export interface ErrorText {
  title: string;
  todo: string;
}

/**
 * Every word the pane shows. A plain typed object per language: a missing or extra key in a
 * translation is a compile error, which is all an i18n library would add here.
 */
export interface Strings {
  /** BCP 47 tag for number and date formatting. */
  locale: string;
  appTitle: string;
  tagline: string;
  loading: string;
  openWorkbook: string;
  openWorkbookHint: string;
  noWorkbook: string;
  openedWorkbook: (name: string) => string;
  downloadWorkbook: string;
  downloadHint: string;
  asOf: string;
  asOfHint: string;
  refreshAging: string;
  stage: Record<RefreshStage, string>;
  refreshed: (invoices: number, sheet: string, headerRow: number) => string;
  tabs: { actions: string; summary: string; problems: string; columns: string; views: string };
  bucketCurrent: string;
  bucketRange: (from: string, to: string) => string;
  bucketOver: (days: string) => string;
  bucket: string;
  amount: string;
  total: string;
  openInvoices: (count: number) => string;
  chartLabel: (currency: string) => string;
  summaryEmpty: string;
  summaryNone: string;
  actionsEmpty: string;
  actionsNone: string;
  actionsCount: (count: number) => string;
  priority: string;
  step: string;
  channel: Record<Channel, string>;
  why: string;
  invoices: string;
  oldestDue: string;
  daysOverdue: (days: number) => string;
  contact: string;
  draftSlot: (customer: string) => string;
  problemsNone: string;
  problemsEmpty: string;
  problemsCount: (count: number) => string;
  skippedRows: (count: number) => string;
  goToCell: string;
  cell: (sheet: string, row: number, column: string) => string;
  rawValue: string;
  columnsIntro: string;
  columnsEmpty: string;
  field: string;
  readFrom: string;
  notFound: string;
  automatic: string;
  applyColumns: string;
  resetColumns: string;
  fields: Record<Field, string>;
  errorTitle: string;
  dismiss: string;
  errors: Record<DeskErrorCode, ErrorText>;
  commandDone: (actions: number, invoices: number, problems: number) => string;
  commandFailed: string;
  close: string;
}

/** CLDR plural category of `n` in `locale`, for the few counted phrases. */
export function pluralOf(locale: string, n: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(n);
}
