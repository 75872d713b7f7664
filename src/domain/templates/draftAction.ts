import type { Draft, SenderSettings } from '../draft';
import { formatDate } from '../formatDate';
import type { LocalDate } from '../localDate';
import type { Action } from '../planActions';
import { builtinTemplate } from './builtinTemplate';
import { chooseLanguage } from './chooseLanguage';
import { parseEmailAddresses } from './emailAddresses';
import { letterPage } from './letterPage';
import { oneLine } from './oneLine';
import { lineValues, requiredValues, withInvoiceTable } from './placeholderValues';
import { placeholdersIn, renderTemplate, templateProblems } from './renderTemplate';
import { type TemplateOverrides, findOverride } from './templateOverrides';
import { templateKind } from './templateKind';

/** Something that kept a draft from being made, or made it less than asked; `cell` when a sheet cell is to blame. */
export interface DraftProblem {
  message: string;
  cell?: string;
}

export interface DraftResult {
  draft: Draft | null;
  problems: DraftProblem[];
}

/** An action's draft, checked but not yet written. */
export interface PreparedDraft {
  problems: DraftProblem[];
  /**
   * Writes the draft: the costly part (the invoice table, the HTML), left until a draft is
   * wanted. Null when a problem keeps the draft from being made.
   */
  write: (() => Draft) | null;
}

const EMAIL_STYLE = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222222';

/** Values a draft cannot do without, and the setting that gives each one. */
const REQUIRED = [
  ['customer', 'the customer name is empty in the invoice sheet'],
  ['company', 'the company name is empty in Dunning settings'],
  ['sender', 'the sender name is empty in Dunning settings'],
  ['deadline', 'the demand deadline (days) in Dunning settings is not a whole number of days'],
] as const;

/** The settings' reply-to when it is exactly one valid address; null otherwise. */
function replyAddress(sender: SenderSettings): string | null {
  const parsed = parseEmailAddresses(sender.replyTo ?? '');
  return parsed.invalid.length === 0 && parsed.addresses.length === 1 ? parsed.addresses[0] : null;
}

function customerLanguage(action: Action): string | null {
  for (const planned of action.invoices) if (planned.invoice.language !== null && planned.invoice.language.trim() !== '') return planned.invoice.language;
  return null;
}

/**
 * The draft for one of today's actions, in the customer's language (see `chooseLanguage`):
 *
 * - an email step gets an email (`kind` "email") to the action's address(es) (a cell may hold
 *   several, separated by ";" or ","), copied to the settings' addresses for the action's tone,
 *   with the settings' reply-to. A missing or invalid address is a problem and gives no draft.
 * - a letter step gets a printable letter (`kind` "letter"): `html` is a whole A4 page.
 * - a call step gets a call script and a task or internal step a hand-off note for the clerk,
 *   both `kind` "call-script" (Draft has no kind of its own for a note; neither is sent), in
 *   the default language.
 *
 * The template is the user's row of the Templates sheet for the step and language when there
 * is one (see `readTemplateOverrides`), else the built-in one. The draft is written as of
 * `asOf` ({{date}}, the letter's date); the deadline counts from the action's date.
 * Problems never leave a half-made draft: when the draft is null, `problems` says why.
 */
export function draftAction(action: Action, sender: SenderSettings, overrides: TemplateOverrides, asOf: LocalDate): DraftResult {
  const prepared = prepareDraft(action, sender, overrides, asOf);
  return { draft: prepared.write?.() ?? null, problems: prepared.problems };
}

/**
 * draftAction in two steps: every problem is known first, from the action, the settings and the
 * template alone, and the draft is written only when asked for, so a refresh that writes no
 * drafts (the CLI without --drafts) reports the same problems without writing thousands.
 */
export function prepareDraft(action: Action, sender: SenderSettings, overrides: TemplateOverrides, asOf: LocalDate): PreparedDraft {
  const problems: DraftProblem[] = [];
  /** True once a problem keeps the draft from being made. */
  let blocked = false;
  const about = `${oneLine(action.customer) || '(no customer name)'}, ${action.level.id}`;
  const kind = templateKind(action.channel, action.tone);
  const draftKind: Draft['kind'] = kind !== 'message' ? 'call-script' : action.channel === 'letter' ? 'letter' : 'email';
  const { language, note } = chooseLanguage(kind, customerLanguage(action), sender.defaultLanguage, action.level.id);
  const override = findOverride(overrides, action.level.id, language);
  const template = override?.template ?? builtinTemplate(kind, action.level.id, action.tone, language);

  const recipients = parseEmailAddresses(action.email);
  const to: string[] = [];
  const cc: string[] = [];
  let replyTo: string | null = null;
  if (draftKind === 'email') {
    const row = action.invoices.find((p) => p.invoice.email === action.email)?.invoice.row;
    const where = row === undefined ? 'the invoice sheet' : `invoice sheet row ${row}`;
    for (const bad of recipients.invalid) {
      problems.push({ message: `${about}: "${oneLine(bad)}" (${where}) is not a valid email address; no email drafted` });
      blocked = true;
    }
    if (recipients.invalid.length === 0 && recipients.addresses.length === 0) {
      problems.push({ message: `${about}: no email address for this customer in the invoice sheet; no email drafted` });
      blocked = true;
    }
    to.push(...recipients.addresses);
    const taken = new Set(to.map((a) => a.toLowerCase()));
    for (const entry of sender.ccAtTones) {
      if (entry.tone.trim().toLowerCase() !== action.tone) continue;
      const parsed = parseEmailAddresses(entry.address);
      for (const bad of parsed.invalid) problems.push({ message: `${about}: the copy address "${oneLine(bad)}" for tone ${action.tone} in Dunning settings is not a valid email address; it is left out` });
      for (const address of parsed.addresses) {
        if (taken.has(address.toLowerCase())) continue;
        taken.add(address.toLowerCase());
        cc.push(address);
      }
    }
    replyTo = replyAddress(sender);
    if (replyTo === null && sender.replyTo !== null && sender.replyTo.trim() !== '') {
      problems.push({ message: `${about}: the reply-to "${oneLine(sender.replyTo)}" in Dunning settings is not one valid email address; it is left out` });
    }
  }

  const required = requiredValues(action, sender, language);
  const used = placeholdersIn(template);
  for (const [name, why] of REQUIRED) {
    if (!used.has(name) || required[name] !== null) continue;
    problems.push({ message: `${about}: ${why}; no ${draftKind} drafted` });
    blocked = true;
  }
  for (const p of templateProblems(template)) {
    // Overrides are checked when read and built-ins by tests, so this is a last guard: never send raw braces.
    problems.push(override ? { message: `${about}: ${p.message}`, cell: override.cell } : { message: `${about}: built-in template: ${p.message}` });
    blocked = true;
  }
  if (blocked) return { problems, write: null };

  const write = (): Draft => {
    const lines = lineValues(action, sender, language, asOf, recipients.addresses);
    const rendered = renderTemplate(template, withInvoiceTable(action, language, lines));
    let text = rendered.text;
    let html = `<div style="${EMAIL_STYLE}">\n${rendered.html}\n</div>`;
    if (draftKind === 'letter') {
      const date = formatDate(asOf, language);
      const customerContact = recipients.addresses.length > 0 ? recipients.addresses.join(', ') : null;
      const from = replyAddress(sender);
      html = letterPage({
        language, date, company: sender.company.trim(), sender: sender.senderName.trim(), replyTo: from,
        customer: action.customer.trim(), customerContact, subject: rendered.subject, bodyHtml: rendered.html,
      });
      const joinLines = (...parts: string[]) => parts.map((l) => l.trim().replace(/\r\n?/g, '\n')).filter((l) => l !== '').join('\n');
      const head = joinLines(sender.company, sender.senderName, from ?? '');
      const recipient = joinLines(action.customer, customerContact ?? '');
      text = [head, recipient, date, rendered.subject, rendered.text].join('\n\n');
    }
    return {
      actionId: action.id,
      kind: draftKind,
      to,
      cc,
      replyTo,
      subject: rendered.subject,
      text,
      html,
      language,
      languageNote: note,
      attachments: [],
    };
  };
  return { problems, write };
}
