import { FIELDS, type Field } from './fields';
import type { DateOrder } from './parseDate';
import type { DecimalSeparator } from './parseAmount';
import { currencyFromText } from './currency';
import {
  ladderProblems, readCountry, readIsoDate, readLevel, readMinimumAmount, readWholeNumber, readWorkingDays, readYesNo,
} from './escalationSettings';
import { DEFAULT_ESCALATION, type EscalationSettings, type Level } from './ladder';
import type { SenderSettings } from './draft';

export type AgingBasis = 'due-date' | 'invoice-date';

/** The settings of one refresh. Every rule that could differ between companies lives here. */
export interface Policy {
  aging: {
    basis: AgingBasis;
    /** Upper edges of the overdue buckets in days, increasing: [30, 60, 90, 120]. */
    buckets: readonly number[];
  };
  /** Days from invoice date to due date when a row has neither a due date nor terms. */
  defaultTermsDays: number;
  /** ISO code for amounts that name no currency; null leaves them without one ("XXX" in totals). */
  defaultCurrency: string | null;
  /** Day/month order for dates typed as text, when the column itself does not settle it. */
  dateOrder: DateOrder | null;
  /** Decimal separator for amounts typed as text, when the column itself does not settle it. */
  decimalSeparator: DecimalSeparator | null;
  /** The user's own column mapping: field -> header text, beating automatic detection. */
  columns: Partial<Record<Field, string>>;
  /** The ladder and the rules of chasing. */
  escalation: EscalationSettings;
  /** Who the reminders come from and what they say about paying. */
  drafts: DraftSettings;
}

export interface DraftSettings extends SenderSettings {
  /** Application (client) id of the Entra app registration used to create Outlook drafts. */
  graphClientId: string | null;
  /** Attach the customer's statement (their open invoices) as CSV to every email draft. */
  attachStatement: boolean;
}

export const DEFAULT_DRAFTS: DraftSettings = {
  senderName: '',
  company: '',
  paymentDetails: '',
  replyTo: null,
  ccAtTones: [],
  defaultLanguage: 'en',
  demandDeadlineDays: 7,
  lateFee: null,
  graphClientId: null,
  attachStatement: false,
};

export const DEFAULT_POLICY: Policy = {
  aging: { basis: 'due-date', buckets: [30, 60, 90, 120] },
  defaultTermsDays: 30,
  defaultCurrency: null,
  dateOrder: null,
  decimalSeparator: null,
  columns: {},
  escalation: DEFAULT_ESCALATION,
  drafts: DEFAULT_DRAFTS,
};

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: string[] };

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, Json>, allowed: readonly string[], path: string, errors: string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) errors.push(`${path}${key}: unknown setting (expected one of: ${allowed.join(', ')})`);
  }
}

function readBuckets(value: Json, errors: string[]): readonly number[] | undefined {
  const path = 'aging.buckets';
  if (!Array.isArray(value) || value.length === 0) {
    errors.push(`${path}: must be a non-empty list of whole days, e.g. [30, 60, 90, 120]`);
    return undefined;
  }
  let previous = 0;
  for (const [i, edge] of value.entries()) {
    if (typeof edge !== 'number' || !Number.isInteger(edge) || edge <= previous) {
      errors.push(`${path}[${i}]: must be a whole number of days greater than ${previous}, got ${JSON.stringify(edge)}`);
      return undefined;
    }
    previous = edge;
  }
  return value as number[];
}

/**
 * Reads policy settings (the `--policy` JSON) over the defaults. Every problem is reported with
 * its path; unknown keys are errors so a typo never silently falls back to a default.
 * @example parsePolicy({ aging: { buckets: [15, 30] } }) // { ok: true, policy: { ...DEFAULT_POLICY, aging: { basis: 'due-date', buckets: [15, 30] } } }
 */
export function parsePolicy(input: Json, base: Policy = DEFAULT_POLICY): PolicyResult {
  const errors: string[] = [];
  if (!isRecord(input)) return { ok: false, errors: ['the policy must be a JSON object'] };
  checkKeys(input, ['aging', 'defaultTermsDays', 'defaultCurrency', 'dateOrder', 'decimalSeparator', 'columns', 'escalation', 'drafts'], '', errors);
  const policy: Policy = { ...base, aging: { ...base.aging }, columns: { ...base.columns }, escalation: { ...base.escalation }, drafts: { ...base.drafts } };

  if (input.aging !== undefined) {
    if (!isRecord(input.aging)) errors.push('aging: must be an object');
    else {
      checkKeys(input.aging, ['basis', 'buckets'], 'aging.', errors);
      const { basis, buckets } = input.aging;
      if (basis !== undefined) {
        if (basis === 'due-date' || basis === 'invoice-date') policy.aging.basis = basis;
        else errors.push(`aging.basis: must be "due-date" or "invoice-date", got ${JSON.stringify(basis)}`);
      }
      if (buckets !== undefined) policy.aging.buckets = readBuckets(buckets, errors) ?? policy.aging.buckets;
    }
  }
  const terms = input.defaultTermsDays;
  if (terms !== undefined) {
    if (typeof terms === 'number' && Number.isInteger(terms) && terms >= 0 && terms <= 3650) policy.defaultTermsDays = terms;
    else errors.push(`defaultTermsDays: must be a whole number of days from 0 to 3650, got ${JSON.stringify(terms)}`);
  }
  const currency = input.defaultCurrency;
  if (currency !== undefined) {
    const code = typeof currency === 'string' ? currencyFromText(currency) : null;
    if (currency === null) policy.defaultCurrency = null;
    else if (code) policy.defaultCurrency = code;
    else errors.push(`defaultCurrency: must be an ISO 4217 code such as "EUR", got ${JSON.stringify(currency)}`);
  }
  const order = input.dateOrder;
  if (order !== undefined) {
    if (order === 'DMY' || order === 'MDY' || order === null) policy.dateOrder = order;
    else errors.push(`dateOrder: must be "DMY" (day first) or "MDY" (month first), got ${JSON.stringify(order)}`);
  }
  const separator = input.decimalSeparator;
  if (separator !== undefined) {
    if (separator === '.' || separator === ',' || separator === null) policy.decimalSeparator = separator;
    else errors.push(`decimalSeparator: must be "." or ",", got ${JSON.stringify(separator)}`);
  }
  if (input.columns !== undefined) {
    if (!isRecord(input.columns)) errors.push('columns: must be an object of field -> header text');
    else {
      checkKeys(input.columns, FIELDS, 'columns.', errors);
      for (const [field, header] of Object.entries(input.columns)) {
        if (!(FIELDS as readonly string[]).includes(field)) continue;
        if (typeof header === 'string' && header.trim() !== '') policy.columns[field as Field] = header;
        else errors.push(`columns.${field}: must be the header text of a column, got ${JSON.stringify(header)}`);
      }
    }
  }
  if (input.escalation !== undefined) {
    if (!isRecord(input.escalation)) errors.push('escalation: must be an object');
    else readEscalation(input.escalation, policy.escalation, errors);
  }
  if (input.drafts !== undefined) {
    if (!isRecord(input.drafts)) errors.push('drafts: must be an object');
    else readDrafts(input.drafts, policy.drafts, errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy };
}

const LEVEL_KEYS = ['id', 'name', 'when', 'businessDays', 'minDaysAfterPrevious', 'channel', 'tone', 'repeatEveryDays'];

function readEscalation(input: Record<string, Json>, into: EscalationSettings, errors: string[]): void {
  checkKeys(input, ['ladder', 'customerGapDays', 'minimumAmount', 'workingDays', 'holidays', 'holidayCountry'], 'escalation.', errors);
  const apply = <K extends keyof EscalationSettings>(key: K, read: { ok: true; value: EscalationSettings[K] } | { ok: false; message: string }) => {
    if (read.ok) into[key] = read.value;
    else errors.push(`escalation.${key}: ${read.message}`);
  };
  if (input.customerGapDays !== undefined) apply('customerGapDays', readWholeNumber(input.customerGapDays, 0, 365, 'customer gap (days)'));
  if (input.minimumAmount !== undefined) apply('minimumAmount', readMinimumAmount(input.minimumAmount));
  if (input.workingDays !== undefined) apply('workingDays', readWorkingDays(input.workingDays));
  if (input.holidayCountry !== undefined) apply('holidayCountry', readCountry(input.holidayCountry));
  if (input.holidays !== undefined) {
    if (!Array.isArray(input.holidays)) errors.push('escalation.holidays: must be a list of dates written YYYY-MM-DD');
    else {
      const holidays: string[] = [];
      input.holidays.forEach((value, i) => {
        const read = readIsoDate(value, 'a holiday');
        if (read.ok) holidays.push(read.value);
        else errors.push(`escalation.holidays[${i}]: ${read.message}`);
      });
      into.holidays = holidays;
    }
  }
  if (input.ladder !== undefined) {
    if (!Array.isArray(input.ladder)) {
      errors.push('escalation.ladder: must be a list of steps');
      return;
    }
    const ladder: Level[] = [];
    input.ladder.forEach((raw, i) => {
      if (!isRecord(raw)) {
        errors.push(`escalation.ladder[${i}]: must be an object with ${LEVEL_KEYS.join(', ')}`);
        return;
      }
      checkKeys(raw, LEVEL_KEYS, `escalation.ladder[${i}].`, errors);
      const read = readLevel({
        id: raw.id, name: raw.name, when: raw.when, businessDays: raw.businessDays, minDaysAfterPrevious: raw.minDaysAfterPrevious,
        channel: raw.channel, tone: raw.tone, repeatEveryDays: raw.repeatEveryDays,
      });
      if ('level' in read) ladder.push(read.level);
      else for (const p of read.problems) errors.push(`escalation.ladder[${i}].${p.field}: ${p.message}`);
    });
    if (ladder.length === input.ladder.length) {
      for (const p of ladderProblems(ladder)) errors.push(`escalation.ladder[${p.index}]: ${p.message}`);
    }
    into.ladder = ladder;
  }
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

function readDrafts(input: Record<string, Json>, into: DraftSettings, errors: string[]): void {
  const keys = ['senderName', 'company', 'paymentDetails', 'replyTo', 'ccFormal', 'defaultLanguage', 'demandDeadlineDays', 'lateFee', 'graphClientId', 'attachStatement'];
  checkKeys(input, keys, 'drafts.', errors);
  const text = (key: string): string | null | undefined => {
    const value = input[key];
    if (value === undefined) return undefined;
    if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
    if (typeof value === 'string') return value.trim();
    errors.push(`drafts.${key}: must be text, got ${JSON.stringify(value)}`);
    return undefined;
  };
  const address = (key: string): string | null | undefined => {
    const value = text(key);
    if (value && !EMAIL.test(value)) {
      errors.push(`drafts.${key}: must be an email address such as ar@example.com, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  };
  for (const key of ['senderName', 'company', 'paymentDetails'] as const) {
    const value = text(key);
    if (value !== undefined) into[key] = value ?? '';
  }
  const replyTo = address('replyTo');
  if (replyTo !== undefined) into.replyTo = replyTo;
  const cc = address('ccFormal');
  if (cc !== undefined) into.ccAtTones = cc === null ? [] : [{ tone: 'formal', address: cc }];
  const language = text('defaultLanguage');
  if (language !== undefined) {
    if (language !== null && /^[a-z]{2}$/i.test(language)) into.defaultLanguage = language.toLowerCase();
    else errors.push(`drafts.defaultLanguage: must be a two-letter language code such as en, ru, pl or id, got ${JSON.stringify(input.defaultLanguage)}`);
  }
  if (input.demandDeadlineDays !== undefined) {
    const days = readWholeNumber(input.demandDeadlineDays, 1, 365, 'demand deadline (days)');
    if (days.ok) into.demandDeadlineDays = days.value;
    else errors.push(`drafts.demandDeadlineDays: ${days.message}`);
  }
  const fee = text('lateFee');
  if (fee !== undefined) into.lateFee = fee;
  if (input.attachStatement !== undefined) {
    const attach = readYesNo(input.attachStatement, 'attach statement');
    if (attach.ok) into.attachStatement = attach.value;
    else errors.push(`drafts.attachStatement: ${attach.message}`);
  }
  const client = text('graphClientId');
  if (client !== undefined) {
    if (client === null || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(client)) into.graphClientId = client;
    else errors.push(`drafts.graphClientId: must be the application (client) id of an app registration, a GUID, got ${JSON.stringify(client)}`);
  }
}
