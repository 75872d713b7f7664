import type { Draft } from '../domain/draft';
import type { LocalDate } from '../domain/localDate';
import type { Action } from '../domain/planActions';
import type { Invoice } from '../domain/invoice';
import { memoized } from '../domain/memo';
import type { DraftSettings } from '../domain/policy';
import { safeFileName } from '../domain/safeFileName';
import { statementCsv } from '../domain/statementCsv';
import { prepareDraft } from '../domain/templates/draftAction';
import type { TemplateOverrides } from '../domain/templates/templateOverrides';
import { matchKey } from '../domain/matchKey';

export interface ActionDraftProblem {
  /** The action concerned, or null for a problem with the settings that holds every draft back. */
  actionIndex: number | null;
  message: string;
  /** The settings or Templates cell to blame, when there is one. */
  cell?: string;
}

/**
 * Every customer's invoices, in sheet order, grouped once for all of today's statements rather
 * than searched once per action, which took seconds with a hundred thousand invoices. A sheet
 * spells each customer the same way on many rows, so each spelling is lower-cased once.
 */
function invoicesByCustomer(invoices: readonly Invoice[]): Map<string, Invoice[]> {
  const keys = new Map<string, string>();
  const groups = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    const key = memoized(keys, invoice.customer, matchKey);
    const group = groups.get(key);
    if (group) group.push(invoice);
    else groups.set(key, [invoice]);
  }
  return groups;
}

/** Today's drafts: every problem at once, each draft written when first asked for. */
export interface DraftedReminders {
  /** The action's draft (the same object every time), or null when problems keep it from being made. */
  draftFor(actionIndex: number): Draft | null;
  problems: ActionDraftProblem[];
}

/**
 * A draft for every action today: an email or a printable letter to send, or a call script or
 * hand-off note for the clerk. An action that cannot be drafted (no valid address, no company
 * name in the settings) gets problems instead, never a broken draft. The problems are found
 * now and the drafts written only when asked for: a refresh that sends none (the CLI without
 * --drafts) does not write thousands of them.
 */
export function draftReminders(
  actions: readonly Action[],
  invoices: readonly Invoice[],
  settings: DraftSettings,
  overrides: TemplateOverrides,
  asOf: LocalDate,
): DraftedReminders {
  const problems: ActionDraftProblem[] = [];
  // Without a company and a sender there is nobody to sign: say so once, not once per action.
  const missing = [settings.company.trim() === '' ? 'Company' : '', settings.senderName.trim() === '' ? 'Sender name' : ''].filter(Boolean);
  if (missing.length > 0) {
    if (actions.length > 0) problems.push({ actionIndex: null, message: `fill in ${missing.join(' and ')} in Dunning settings to draft today's ${actions.length} reminder${actions.length === 1 ? '' : 's'}` });
    return { draftFor: () => null, problems };
  }
  const prepared = actions.map((action, actionIndex) => {
    const draft = prepareDraft(action, settings, overrides, asOf);
    for (const p of draft.problems) problems.push({ actionIndex, ...p });
    return draft.write;
  });
  let customers: Map<string, Invoice[]> | undefined;
  const written: (Draft | null | undefined)[] = [];
  const write = (actionIndex: number): Draft | null => {
    const draft = prepared[actionIndex]?.() ?? null;
    if (!draft || !settings.attachStatement || draft.kind !== 'email') return draft;
    const action = actions[actionIndex];
    customers ??= invoicesByCustomer(invoices);
    const own = customers.get(matchKey(action.customer)) ?? [];
    return { ...draft, attachments: [{ filename: `statement-${safeFileName(action.customer, 40)}.csv`, contentType: 'text/csv; charset=utf-8', content: statementCsv(own) }] };
  };
  return { draftFor: (actionIndex) => (written[actionIndex] ??= write(actionIndex)), problems };
}
