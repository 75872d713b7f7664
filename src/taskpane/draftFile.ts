import { formatIsoDate } from '../domain/localDate';
import type { Action } from '../domain/planActions';
import { safeFileName } from '../domain/safeFileName';
import type { DraftFile } from './deliveries';

/**
 * What a draft is saved as, named as the CLI's `--drafts` names it: `<date>-<customer>-<step>`.
 * The Message-ID's domain is the reply-to address's, else one that is reserved never to exist.
 * @example draftFile(action, 'ar@northwind.example') // { baseName: '2026-11-30-Becker-Logistik-GmbH-notice-1', ..., messageIdDomain: 'northwind.example' }
 */
export function draftFile(action: Action, replyTo: string | null): DraftFile {
  return {
    baseName: `${formatIsoDate(action.date)}-${safeFileName(action.customer)}-${safeFileName(action.level.id)}`,
    date: action.date,
    messageIdDomain: (replyTo ?? '').split('@')[1]?.trim() || 'dunning-desk.invalid',
  };
}
