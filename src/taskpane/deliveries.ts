import type { Draft } from '../domain/draft';
import type { LocalDate } from '../domain/localDate';

/**
 * How a reminder draft leaves the pane: copied, opened as a mail link, saved as a file, printed,
 * or created in the user's Outlook Drafts folder. Built by the composition root (hosts/) over the
 * Outlook adapter and the platform (browser or Office); the components see only this, and only
 * outcomes they can put into words: each says which way worked, or why none did.
 */
export interface Deliveries {
  /**
   * Starts fetching the delivery code, so that a later click runs it at once: browsers allow the
   * clipboard and new windows only within the click that asked for them.
   */
  prepare(): void;
  /** Copies the draft's body (text and HTML); `target` is where the last-resort text box goes. */
  copy(draft: Draft, target: CopyTarget): Promise<CopyOutcome>;
  /** Opens the draft as a mailto: link, when it fits the length mail programs accept. */
  mailto(draft: Draft): Promise<MailtoOutcome>;
  /** The draft as an .eml file (an unsent message Outlook opens for editing). */
  saveEml(draft: Draft, file: DraftFile): Promise<SaveOutcome>;
  /** A letter's page in the print dialog; where the host cannot print, the page as a file instead. */
  printLetter(draft: Draft, file: DraftFile): Promise<PrintOutcome>;
  /** A letter's page as an .html file. */
  saveLetter(draft: Draft, file: DraftFile): Promise<SaveOutcome>;
  /**
   * Creates an Outlook draft per email draft through Microsoft Graph, signing in as needed.
   * Absent where nobody can sign in to Microsoft 365 from the pane (the standalone page).
   */
  createOutlookDrafts?(drafts: readonly Draft[], options: { clientId: string }): Promise<GraphOutcome>;
  /** Opens an https link (a created draft in Outlook on the web) outside the pane. */
  openWebLink(url: string): void;
}

/** Where the manual-copy text box goes, and its accessible name in the pane's language. */
export interface CopyTarget {
  box: HTMLElement;
  label: string;
}

/** The file a draft is saved as: its name, and what the .eml's Date and Message-ID are made from. */
export interface DraftFile {
  /** Without extension: `<date>-<customer>-<step>`. */
  baseName: string;
  date: LocalDate;
  /** The right-hand side of the Message-ID (the reply-to address's domain). */
  messageIdDomain: string;
}

export type CopyMethod = 'clipboard-api' | 'exec-command' | 'manual' | 'none';

export interface CopyOutcome {
  method: CopyMethod;
  /** Why the earlier ways failed (English, for support); may be empty. */
  problems: readonly string[];
}

export type MailtoOutcome =
  | { kind: 'opened' }
  /** The host refused to open the link (a blocked window). */
  | { kind: 'blocked'; detail: string }
  | { kind: 'too-long'; length: number; budget: number }
  | { kind: 'invalid-address'; detail: string };

export type SaveOutcome =
  /** The browser took the file as a download. */
  | { kind: 'downloaded'; fileName: string }
  /** Downloads are blocked where the pane runs (Office's desktop window): the file as a data: link for the user to click. */
  | { kind: 'link'; fileName: string; href: string }
  /** The file could not be made (an address that cannot be written safely), in the adapter's words. */
  | { kind: 'failed'; detail: string };

export type PrintOutcome = { kind: 'print-dialog' } | SaveOutcome;

export interface GraphCreated {
  actionId: string;
  /** Opens the draft in Outlook on the web, when Graph gave one. */
  webLink: string | null;
}

export interface GraphFailed {
  actionId: string;
  /** Graph's or the client's sentence (English). */
  message: string;
}

/** Why sign-in did not give a token: each has its own advice. */
export type SignInProblem = 'not-configured' | 'unavailable' | 'cancelled' | 'popup-blocked' | 'failed';

export type GraphOutcome =
  /** Every draft was tried: what was created and what failed, per draft. */
  | { kind: 'done'; created: readonly GraphCreated[]; failed: readonly GraphFailed[] }
  /** Outlook stopped the run (401: sign in again; 403: an administrator must grant Mail.ReadWrite). */
  | {
      kind: 'stopped';
      reason: 'sign-in-again' | 'permission';
      detail: string;
      created: readonly GraphCreated[];
      failed: readonly GraphFailed[];
      /** Action ids not created: the ones to try again after signing in. */
      notCreated: readonly string[];
    }
  /** No token: nothing was sent. */
  | { kind: 'sign-in'; problem: SignInProblem; detail: string }
  | { kind: 'error'; detail: string };
