/** The escalation ladder: the steps an invoice climbs, from a friendly reminder to a legal hand-off. */
export type Channel = 'email' | 'call' | 'letter' | 'task';
export type Tone = 'friendly' | 'firm' | 'formal' | 'internal';

export const CHANNELS: readonly Channel[] = ['email', 'call', 'letter', 'task'];
export const TONES: readonly Tone[] = ['friendly', 'firm', 'formal', 'internal'];

export interface Level {
  /** Short stable id written to the log ("notice-1"). */
  id: string;
  name: string;
  /** Days relative to the due date; negative = before it. */
  offsetDays: number;
  /** Count `offsetDays` in working days instead of calendar days. */
  businessDays: boolean;
  /** Minimum days after the previous step on the same invoice. */
  minDaysAfterPrevious: number;
  channel: Channel;
  tone: Tone;
  /** On the last level only: repeat it every N days once done. */
  repeatEveryDays: number | null;
}

export interface EscalationSettings {
  ladder: readonly Level[];
  /** Minimum days between two contacts with one customer. */
  customerGapDays: number;
  /** Overdue total (decimal text, in each currency) under which a customer is not chased. */
  minimumAmount: string;
  /** ISO weekdays that are working days (1 = Monday ... 7 = Sunday). */
  workingDays: readonly number[];
  /** Non-working dates (ISO text), from the settings sheet's holiday list. */
  holidays: readonly string[];
  /** ISO 3166 country whose public holidays are added to `holidays`, e.g. "PL"; null for none. */
  holidayCountry: string | null;
}

/**
 * Softer than the classic ladder (see README): a friendly reminder before the due date,
 * a call on it, then written notices a week apart, a formal demand at three weeks and a
 * hand-off to lawyers or an agency at five.
 */
export const DEFAULT_LADDER: readonly Level[] = [
  { id: 'pre-due', name: 'Friendly reminder', offsetDays: -3, businessDays: true, minDaysAfterPrevious: 0, channel: 'email', tone: 'friendly', repeatEveryDays: null },
  { id: 'due-call', name: 'Due-date call', offsetDays: 0, businessDays: false, minDaysAfterPrevious: 0, channel: 'call', tone: 'friendly', repeatEveryDays: null },
  { id: 'notice-1', name: 'First overdue notice', offsetDays: 1, businessDays: false, minDaysAfterPrevious: 1, channel: 'email', tone: 'firm', repeatEveryDays: null },
  { id: 'call-1', name: 'Payment-date call', offsetDays: 7, businessDays: false, minDaysAfterPrevious: 5, channel: 'call', tone: 'firm', repeatEveryDays: null },
  { id: 'notice-2', name: 'Second notice', offsetDays: 14, businessDays: false, minDaysAfterPrevious: 7, channel: 'email', tone: 'firm', repeatEveryDays: null },
  { id: 'demand', name: 'Formal demand', offsetDays: 21, businessDays: false, minDaysAfterPrevious: 7, channel: 'letter', tone: 'formal', repeatEveryDays: null },
  { id: 'legal', name: 'Legal or agency hand-off', offsetDays: 35, businessDays: false, minDaysAfterPrevious: 14, channel: 'task', tone: 'internal', repeatEveryDays: null },
];

export const DEFAULT_ESCALATION: EscalationSettings = {
  ladder: DEFAULT_LADDER,
  customerGapDays: 3,
  minimumAmount: '0',
  workingDays: [1, 2, 3, 4, 5],
  holidays: [],
  holidayCountry: null,
};
