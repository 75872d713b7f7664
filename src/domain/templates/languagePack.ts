import type { Template } from './renderTemplate';

/** The tones a customer hears; `internal` steps are notes for the clerk. */
export type CustomerTone = 'friendly' | 'firm' | 'formal';

/** What one call script says; the parts every call shares come from `CallCommon`. */
export interface CallWording {
  /** The title of the script (a one-line subject). */
  subject: string;
  /** Who to call and why. */
  opening: string;
  /** Question 1: did they get our invoice or our last message? */
  received: string;
  /** Question 3: when will they pay? */
  when: string;
  /** Paragraphs after the questions: a late-fee reminder, the consequence. */
  extra: readonly string[];
}

/** The parts of a call script that do not depend on the step. */
export interface CallCommon {
  phone: string;
  email: string;
  ask: string;
  /** Question 2: is there a problem with the invoice we can fix now? */
  problem: string;
  ifTheySay: string;
  /** Answers to the usual excuses: lost invoice, approval pending, part disputed. */
  excuses: readonly string[];
  /** What to write down after the call, and where. */
  record: string;
}

/** Labels of the invoice table. */
export interface TableWording {
  invoice: string;
  invoiceDate: string;
  dueDate: string;
  daysOverdue: string;
  open: string;
  total: string;
}

/** Everything the product writes in one language. Text of our own: short, professional. */
export interface LanguagePack {
  /** Email and letter templates of the default ladder's steps, by step id. */
  messages: Readonly<Record<string, Template>>;
  /** Email and letter templates for custom steps, by tone. */
  messageTones: Readonly<Record<CustomerTone, Template>>;
  /** Call scripts of the default ladder's call steps, by step id. */
  calls: Readonly<Record<string, CallWording>>;
  /** Call scripts for custom call steps, by tone. */
  callTones: Readonly<Record<CustomerTone, CallWording>>;
  call: CallCommon;
  /** Internal hand-off notes of the default ladder's task steps, by step id. */
  notes: Readonly<Record<string, Template>>;
  /** The internal note for custom task steps and any step with tone internal. */
  noteTone: Template;
  table: TableWording;
  /** A number of days with its noun in the right form ("1 day", "5 дней"). */
  days(n: number): string;
  /** Joins amounts in different currencies: "$1.00 and €2.00". */
  and: string;
  /** Shown for a phone or email the invoice sheet does not have. */
  notInSheet: string;
}

/** Paragraphs of a template body. */
export const paragraphs = (...parts: readonly string[]): string => parts.join('\n\n');
