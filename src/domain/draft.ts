/** A reminder ready to deliver: one per email or letter action, in the customer's language. */
export interface Draft {
  /** The action it was drafted for. */
  actionId: string;
  /** Which kind of document: an email, a printable letter, or a call script for the clerk. */
  kind: 'email' | 'letter' | 'call-script';
  to: readonly string[];
  cc: readonly string[];
  replyTo: string | null;
  /** Plain text, one line: never contains CR or LF. */
  subject: string;
  /** The body as plain text. */
  text: string;
  /** The body as an HTML fragment (or a whole printable page for letters), every sheet value escaped. */
  html: string;
  /** ISO 639-1 code of the language the draft is written in. */
  language: string;
  /** Why the draft is not in the customer's language, when it is not ("no Polish template for legal; used English"). */
  languageNote: string | null;
  /** Optional files to attach (e.g. the customer's statement as CSV). */
  attachments: readonly DraftAttachment[];
}

export interface DraftAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** The sender's details, from "Dunning settings". */
export interface SenderSettings {
  senderName: string;
  company: string;
  /** Bank account, IBAN, payment link: free text, may span lines. */
  paymentDetails: string;
  replyTo: string | null;
  /** Always copied on drafts at these tones (e.g. a fixed address at formal levels). */
  ccAtTones: ReadonlyArray<{ tone: string; address: string }>;
  /** Language for customers whose sheet row names none. */
  defaultLanguage: string;
  /** Days given in a formal demand before the stated consequence. */
  demandDeadlineDays: number;
  /** Late fee or interest wording is only used when this is set (e.g. "1.5% per month"). */
  lateFee: string | null;
}
