import type { CreatedDraft, FailedDraft } from './graphDrafts';

/**
 * Why a draft could not be delivered, in words a clerk can act on. Every message the Outlook
 * adapter can show lives here, so the wording stays consistent and reviewable in one place, and
 * so it is easy to check that none of them can carry an access token.
 */
export type OutlookErrorCode =
  | 'invalid-address'
  | 'invalid-option'
  | 'graph-sign-in-again'
  | 'graph-permission'
  | 'sign-in-not-configured'
  | 'sign-in-unavailable'
  | 'sign-in-cancelled'
  | 'sign-in-popup-blocked'
  | 'sign-in-failed';

export class OutlookError extends Error {
  override readonly name: string = 'OutlookError';

  constructor(
    readonly code: OutlookErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Graph stopped the whole run (401 or 403): nothing more can succeed until the user or an
 * administrator acts. Carries what was already done, because those drafts now exist in the
 * mailbox and creating them again would leave duplicates.
 */
export class GraphAccessError extends OutlookError {
  override readonly name = 'GraphAccessError';

  constructor(
    code: 'graph-sign-in-again' | 'graph-permission',
    message: string,
    readonly created: readonly CreatedDraft[],
    readonly failed: readonly FailedDraft[],
    /** Action ids of drafts not sent yet or refused with this error: the ones to create after signing in (`failed` lists the rest). */
    readonly notCreated: readonly string[],
  ) {
    super(code, message);
  }
}

const quote = (value: string) => JSON.stringify(value.length > 80 ? value.slice(0, 77) + '...' : value);
const already = (count: number) =>
  count === 0 ? 'No draft was created.' : `${count} draft${count === 1 ? ' was' : 's were'} created before this and are in your Drafts folder; the others were not.`;

export const outlookErrors = {
  invalidAddress: (field: string, value: string, reason: string) =>
    new OutlookError('invalid-address', `${field}: ${quote(value)} is not a usable email address (${reason}). Correct it in the sheet and draft again.`),
  invalidOption: (what: string, value: string) => new OutlookError('invalid-option', `${what}: ${quote(value)} is not valid.`),
  signInAgain: (created: CreatedDraft[], failed: FailedDraft[], notCreated: string[], graphCode: string) =>
    new GraphAccessError(
      'graph-sign-in-again',
      `Outlook did not accept your sign-in (401 ${graphCode}): it has expired or was revoked. Sign in again, then create the remaining drafts. ${already(created.length)}`,
      created,
      failed,
      notCreated,
    ),
  permission: (created: CreatedDraft[], failed: FailedDraft[], notCreated: string[], graphCode: string) =>
    new GraphAccessError(
      'graph-permission',
      `Outlook refused to create drafts in your mailbox (403 ${graphCode}). Your Microsoft 365 administrator must grant Dunning Desk the Mail.ReadWrite permission (admin consent in Microsoft Entra ID); then sign in again. ${already(created.length)}`,
      created,
      failed,
      notCreated,
    ),
  signInNotConfigured: (clientId: string) =>
    new OutlookError(
      'sign-in-not-configured',
      `Signing in to Outlook needs the application (client) id of your Microsoft Entra app registration in "Dunning settings"; ${quote(clientId)} is not one (it looks like 00000000-0000-0000-0000-000000000000). See "Creating Outlook drafts" in the README.`,
    ),
  signInUnavailable: () =>
    new OutlookError('sign-in-unavailable', 'The Microsoft sign-in component could not be loaded (offline, or blocked by the network). Check the connection and try again, or save the drafts as .eml files instead.'),
  signInCancelled: () =>
    new OutlookError('sign-in-cancelled', 'Sign-in was cancelled, so no drafts were created. Sign in to create them in Outlook, or save them as .eml files instead.'),
  signInPopupBlocked: () =>
    new OutlookError('sign-in-popup-blocked', 'The Microsoft sign-in window was blocked. Allow pop-ups for this add-in and try again, or save the drafts as .eml files instead.'),
  signInFailed: (errorCode: string) =>
    new OutlookError('sign-in-failed', `Signing in to Microsoft 365 failed (${errorCode}). Try again; if it keeps failing, your administrator may need to approve Dunning Desk for your organisation.`),
};
