import { cellText, isBlank } from '../domain/cellText';
import { formatWorkingDays } from '../domain/escalationSettings';
import { headerKey } from '../domain/fields';
import type { CellValue, Grid } from '../domain/grid';
import { formatIsoDate, fromExcelSerial } from '../domain/localDate';
import { type Policy, parsePolicy } from '../domain/policy';
import { cellAddress } from './cellAddress';
import { DUNNING_SETTINGS_SHEET } from './ownedSheets';
import { type OutSheet, type OutValue, int, text } from './ports';

/** One named setting: its label in column A, its path in the policy JSON, and how to show it. */
interface SettingRow {
  label: string;
  path: string;
  meaning: string;
  show(policy: Policy): OutValue;
  /** The cell as policy JSON; blank cells keep the default (undefined) or clear it (null). */
  json(value: CellValue): unknown;
}

const blankTo = (fallback: undefined | null) => (value: CellValue) => (isBlank(value) ? fallback : value);
const textOr = (value: string | null) => text(value ?? '');

const SETTINGS: readonly SettingRow[] = [
  { label: 'Customer gap (days)', path: 'escalation.customerGapDays', meaning: 'Minimum days between two contacts with one customer.', show: (p) => int(p.escalation.customerGapDays), json: blankTo(undefined) },
  { label: 'Minimum overdue amount', path: 'escalation.minimumAmount', meaning: 'Customers owing less than this overdue (in each currency) are not chased.', show: (p) => text(p.escalation.minimumAmount), json: (v) => (isBlank(v) ? undefined : cellText(v)) },
  { label: 'Working days', path: 'escalation.workingDays', meaning: 'Days steps may fall on, e.g. "Mon Tue Wed Thu Fri" or "mon-fri".', show: (p) => text(formatWorkingDays(p.escalation.workingDays)), json: blankTo(undefined) },
  { label: 'Public holidays of country', path: 'escalation.holidayCountry', meaning: 'Two-letter country code (e.g. PL, US) whose public holidays are not working days. Blank: none.', show: (p) => textOr(p.escalation.holidayCountry), json: blankTo(null) },
  { label: 'Aging basis', path: 'aging.basis', meaning: '"due-date" (days past due) or "invoice-date" (days since the invoice).', show: (p) => text(p.aging.basis), json: blankTo(undefined) },
  { label: 'Aging buckets (days)', path: 'aging.buckets', meaning: 'Upper edges of the overdue buckets, e.g. "30, 60, 90, 120".', show: (p) => text(p.aging.buckets.join(', ')), json: (v) => (isBlank(v) ? undefined : cellText(v).split(/[\s,;]+/).filter(Boolean).map((n) => (/^\d+$/.test(n) ? Number(n) : n))) },
  { label: 'Default payment terms (days)', path: 'defaultTermsDays', meaning: 'Due date = invoice date + this, for rows with neither a due date nor terms.', show: (p) => int(p.defaultTermsDays), json: blankTo(undefined) },
  { label: 'Default currency', path: 'defaultCurrency', meaning: 'ISO code (e.g. EUR) for amounts that name no currency. Blank: none.', show: (p) => textOr(p.defaultCurrency), json: blankTo(null) },
  { label: 'Day/month order', path: 'dateOrder', meaning: '"DMY" or "MDY" for dates typed as text, when the sheet itself does not settle it. Blank: from the headers\' language.', show: (p) => textOr(p.dateOrder), json: blankTo(null) },
  { label: 'Sender name', path: 'drafts.senderName', meaning: 'Who signs the reminders.', show: (p) => text(p.drafts.senderName), json: (v) => (isBlank(v) ? undefined : cellText(v)) },
  { label: 'Company', path: 'drafts.company', meaning: 'Your company name, as it appears on invoices.', show: (p) => text(p.drafts.company), json: (v) => (isBlank(v) ? undefined : cellText(v)) },
  { label: 'Payment details', path: 'drafts.paymentDetails', meaning: 'Bank account, IBAN or payment link quoted in every reminder.', show: (p) => text(p.drafts.paymentDetails), json: (v) => (isBlank(v) ? undefined : cellText(v)) },
  { label: 'Reply-to address', path: 'drafts.replyTo', meaning: 'Where customers\' replies go. Blank: your own address.', show: (p) => textOr(p.drafts.replyTo), json: blankTo(null) },
  { label: 'CC on formal steps', path: 'drafts.ccFormal', meaning: 'An address copied on formal demands (e.g. your manager or lawyer). Blank: none.', show: (p) => textOr(p.drafts.ccAtTones.find((c) => c.tone === 'formal')?.address ?? null), json: blankTo(null) },
  { label: 'Default language', path: 'drafts.defaultLanguage', meaning: 'en, ru, pl or id: for customers whose row names no language.', show: (p) => text(p.drafts.defaultLanguage), json: blankTo(undefined) },
  { label: 'Demand deadline (days)', path: 'drafts.demandDeadlineDays', meaning: 'Days a formal demand gives before the stated consequence.', show: (p) => int(p.drafts.demandDeadlineDays), json: blankTo(undefined) },
  { label: 'Late fee', path: 'drafts.lateFee', meaning: 'Late-payment interest or fee from your contract (e.g. "1.5% per month"); firm reminders cite it. Blank: not mentioned.', show: (p) => textOr(p.drafts.lateFee), json: blankTo(null) },
  { label: 'Attach statement (CSV)', path: 'drafts.attachStatement', meaning: 'yes: every email draft carries the customer\'s open invoices as a CSV file.', show: (p) => text(p.drafts.attachStatement ? 'yes' : 'no'), json: blankTo(undefined) },
  { label: 'Microsoft Graph client id', path: 'drafts.graphClientId', meaning: 'Application id of your Entra app registration, to create Outlook drafts (see README). Blank: off.', show: (p) => textOr(p.drafts.graphClientId), json: blankTo(null) },
  { label: 'Decimal separator', path: 'decimalSeparator', meaning: '"." or "," for amounts typed as text, when the sheet does not settle it. Blank: from the headers\' language.', show: (p) => textOr(p.decimalSeparator), json: blankTo(null) },
];

const SETTINGS_HEADER = ['Setting', 'Value', 'What it means'];
const LADDER_HEADER = ['Step id', 'Name', 'When (days from due date)', 'Business days', 'Min days after previous step', 'Channel', 'Tone', 'Repeat every (days)'];
const LADDER_FIELDS = ['id', 'name', 'when', 'businessDays', 'minDaysAfterPrevious', 'channel', 'tone', 'repeatEveryDays'] as const;
const HOLIDAYS_HEADER = ['Holiday', 'Name'];

/** "Dunning settings" as first written: the policy in force, for the user to read and edit. */
export function dunningSettingsSheet(policy: Policy): OutSheet {
  return {
    name: DUNNING_SETTINGS_SHEET,
    title: [
      'Dunning settings',
      'Edit the values, the ladder and the holidays; every refresh reads this sheet. Settings given with --policy take precedence.',
    ],
    sections: [
      { heading: 'Settings', header: SETTINGS_HEADER, rows: SETTINGS.map((s) => [text(s.label), s.show(policy), text(s.meaning)]) },
      {
        heading: 'Ladder (steps in order; "When" is days from the due date, negative = before it)',
        header: LADDER_HEADER,
        rows: policy.escalation.ladder.map((l) => [
          text(l.id), text(l.name), int(l.offsetDays), text(l.businessDays ? 'yes' : 'no'), int(l.minDaysAfterPrevious),
          text(l.channel), text(l.tone), l.repeatEveryDays === null ? null : int(l.repeatEveryDays),
        ]),
      },
      { heading: 'Holidays (dates written YYYY-MM-DD or as dates)', header: HOLIDAYS_HEADER, rows: policy.escalation.holidays.map((d) => [text(d), null]) },
    ],
    columnWidths: [30, 26, 90],
  };
}

export type SettingsRead = { ok: true; policy: Policy } | { ok: false; errors: string[] };

function findHeader(grid: Grid, header: readonly string[]): number {
  const key = headerKey(header[0]);
  return grid.rows.findIndex((row) => headerKey(cellText(row[0])) === key && headerKey(cellText(row[1])) === headerKey(header[1]));
}

/** Rows after a header up to the first blank row. */
function block(grid: Grid, headerIndex: number): number[] {
  const rows: number[] = [];
  if (headerIndex < 0) return rows;
  for (let r = headerIndex + 1; r < grid.rows.length && grid.rows[r].some((v) => !isBlank(v)); r++) rows.push(r);
  return rows;
}

/**
 * Reads "Dunning settings" over `base`. Each value is checked by the same rules as the policy
 * JSON, and each mistake is reported with its cell ("'Dunning settings'!B7: ...").
 */
export function readDunningSettings(grid: Grid, base: Policy, date1904: boolean): SettingsRead {
  const errors: string[] = [];
  const where = new Map<string, string>();
  const at = (r: number, c: number) => cellAddress(grid.firstRow + r, grid.firstCol + c, grid.name);
  const json: { aging: Record<string, unknown>; escalation: Record<string, unknown>; drafts: Record<string, unknown>; [key: string]: unknown } = { aging: {}, escalation: {}, drafts: {} };
  const put = (path: string, value: unknown, cell: string) => {
    if (value === undefined) return;
    const [head, tail] = path.split('.');
    if (tail === undefined) json[head] = value;
    else (json[head] as Record<string, unknown>)[tail] = value;
    where.set(path, cell);
  };

  const byLabel = new Map(SETTINGS.map((s) => [headerKey(s.label), s]));
  for (const r of block(grid, findHeader(grid, SETTINGS_HEADER))) {
    const label = cellText(grid.rows[r][0]);
    const setting = byLabel.get(headerKey(label));
    if (!setting) {
      errors.push(`${at(r, 0)}: unknown setting "${label}" (known: ${SETTINGS.map((s) => s.label).join('; ')})`);
      continue;
    }
    put(setting.path, setting.json(grid.rows[r][1] ?? null), at(r, 1));
  }

  const ladderRows = block(grid, findHeader(grid, LADDER_HEADER));
  if (ladderRows.length > 0) {
    json.escalation.ladder = ladderRows.map((r, i) => {
      const level: Record<string, unknown> = {};
      where.set(`escalation.ladder[${i}]`, at(r, 0));
      LADDER_FIELDS.forEach((field, c) => {
        const value = grid.rows[r][c];
        if (!isBlank(value)) level[field] = value;
        where.set(`escalation.ladder[${i}].${field}`, at(r, c));
      });
      return level;
    });
  }

  const holidays: string[] = [];
  block(grid, findHeader(grid, HOLIDAYS_HEADER)).forEach((r, i) => {
    const value = grid.rows[r][0];
    const serial = typeof value === 'number' ? fromExcelSerial(value, date1904) : null;
    holidays.push(serial !== null ? formatIsoDate(serial) : cellText(value));
    where.set(`escalation.holidays[${i}]`, at(r, 0));
  });
  if (holidays.length > 0) json.escalation.holidays = holidays;

  const result = parsePolicy(json, base);
  const cellFor = (path: string): string => {
    for (let p = path; ; ) {
      const cell = where.get(p);
      if (cell !== undefined) return cell;
      const parent = p.replace(/(\.[^.[]*|\[\d+\])$/, '');
      if (parent === p) return grid.name;
      p = parent;
    }
  };
  for (const error of result.ok ? [] : result.errors) {
    const colon = error.indexOf(': ');
    errors.push(`${cellFor(error.slice(0, colon))}: ${error.slice(colon + 2)}`);
  }
  return errors.length > 0 || !result.ok ? { ok: false, errors } : { ok: true, policy: result.policy };
}
