import type { SenderSettings } from '../draft';
import { formatDate } from '../formatDate';
import { formatMoney } from '../formatMoney';
import { type LocalDate, addDays } from '../localDate';
import type { Action } from '../planActions';
import { languagePack } from './builtinTemplate';
import { invoiceTable } from './invoiceTable';
import type { Language } from './languages';
import type { PlaceholderValues } from './renderTemplate';

const orNull = (text: string | null): string | null => (text === null || text.trim() === '' ? null : text.trim());

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The payment deadline a formal step states: the action's date + the settings' demand days. */
export function demandDeadline(action: Action, sender: SenderSettings): LocalDate {
  return addDays(action.date, sender.demandDeadlineDays);
}

/** The values a draft cannot do without, null when not set: known before any draft is written. */
export function requiredValues(action: Action, sender: SenderSettings, language: Language): Record<'customer' | 'company' | 'sender' | 'deadline', string | null> {
  return {
    customer: orNull(action.customer),
    // A broken setting must not throw here: the draft reports it instead (see draftAction).
    deadline: Number.isSafeInteger(sender.demandDeadlineDays) && sender.demandDeadlineDays >= 0 ? formatDate(demandDeadline(action, sender), language) : null,
    company: orNull(sender.company),
    sender: orNull(sender.senderName),
  };
}

/**
 * The value of every placeholder but the invoice table for one action, written in `language`
 * (see `renderTemplate` for the list). Settings left empty (late fee, payment details) are
 * null, so the paragraphs using them are left out; a phone or email missing from the sheet
 * reads "not in the invoice sheet". `emails` are the action's valid addresses.
 */
export function lineValues(action: Action, sender: SenderSettings, language: Language, asOf: LocalDate, emails: readonly string[]): PlaceholderValues {
  const pack = languagePack(language);
  return {
    ...requiredValues(action, sender, language),
    total: list(action.totals.map((t) => formatMoney(t.open, t.currency, language)), pack.and),
    oldest_due_date: formatDate(action.oldestDue, language),
    days_overdue: pack.days(Math.max(0, action.daysOverdue)),
    payment_details: orNull(sender.paymentDetails),
    late_fee: orNull(sender.lateFee),
    phone: orNull(action.phone) ?? pack.notInSheet,
    email: emails.length > 0 ? emails.join(', ') : pack.notInSheet,
    date: formatDate(asOf, language),
    step: orNull(action.level.name) ?? action.level.id,
  };
}

/** `lines` (see lineValues) with the action's invoice table, the costly value. */
export function withInvoiceTable(action: Action, language: Language, lines: PlaceholderValues): PlaceholderValues {
  return { ...lines, invoices: invoiceTable(action.invoices.map((p) => p.invoice), action.totals, language) };
}

/** The value of every placeholder for one action: see lineValues and withInvoiceTable. */
export function placeholderValues(action: Action, sender: SenderSettings, language: Language, asOf: LocalDate, emails: readonly string[]): PlaceholderValues {
  return withInvoiceTable(action, language, lineValues(action, sender, language, asOf, emails));
}
