import type { Field } from '../../domain/fields';
import type { Channel } from '../../domain/ladder';
import type { CopyMethod, SignInProblem } from '../deliveries';
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
  drafts: DraftStrings;
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

/** The reminder drafts: the preview of each action's draft and the ways to deliver it. */
export interface DraftStrings {
  /** What the draft is, by the action's channel (a task step's draft is a hand-off note). */
  kind: Record<Channel, string>;
  /** "in Polish": the draft's language, named in the UI language. */
  inLanguage: (language: string) => string;
  languageNote: string;
  subject: string;
  to: string;
  cc: string;
  replyTo: string;
  attachments: string;
  /** Said after a copy or a mail link of a draft with an attachment, which neither carries. */
  attachmentLeftOut: string;
  showMessage: string;
  hideMessage: string;
  /** The preview frame's accessible name. */
  messageFrame: (customer: string) => string;
  /** The group of delivery buttons. */
  deliver: (customer: string) => string;
  none: string;
  noneSeeProblems: string;
  setupTitle: string;
  working: string;
  copy: string;
  openInOutlook: string;
  saveEml: string;
  printLetter: string;
  saveHtml: string;
  /** Which copy method worked, and what to do next. */
  copied: Record<CopyMethod, string>;
  manualBoxLabel: string;
  mailOpened: string;
  mailBlocked: string;
  mailTooLong: (length: number, budget: number) => string;
  mailInvalid: string;
  /** The next option offered when the mail link cannot be used. */
  saveEmlInstead: string;
  emlSaved: (fileName: string) => string;
  letterSaved: (fileName: string) => string;
  /** Downloads are blocked here: the file as a link. */
  linkOffered: string;
  linkText: (fileName: string) => string;
  saveFailed: string;
  printDialog: string;
  /** Printing is not possible here, so the letter is offered as a file instead. */
  printUnavailable: string;
  failed: string;
  outlook: OutlookDraftStrings;
}

/** "Create Outlook drafts" (Microsoft Graph) for every email draft at once. */
export interface OutlookDraftStrings {
  title: string;
  intro: string;
  create: (count: number) => string;
  /** Why the button is off: no client id in the settings, or the standalone page. */
  needsClientId: string;
  needsExcel: string;
  noEmails: string;
  creating: (count: number) => string;
  allCreated: (count: number) => string;
  /** The outcome's title: every draft created, some, or none. */
  doneAll: (created: number) => string;
  donePartly: (created: number, failed: number) => string;
  doneNone: (failed: number) => string;
  created: string;
  failed: string;
  notCreated: string;
  openDraft: (customer: string) => string;
  results: string;
  stopped: Record<'sign-in-again' | 'permission', ErrorText>;
  signIn: Record<SignInProblem, ErrorText>;
  error: ErrorText;
  retry: (count: number) => string;
}

/** CLDR plural category of `n` in `locale`, for the few counted phrases. */
export function pluralOf(locale: string, n: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(n);
}
