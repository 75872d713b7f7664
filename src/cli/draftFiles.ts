import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RefreshResult } from '../app/refresh';
import { draftToEml } from '../adapters/outlook/emlDraft';
import { formatIsoDate } from '../domain/localDate';
import { safeFileName } from '../domain/safeFileName';

/** Lists the files earlier runs wrote into a drafts folder: only those may be replaced. */
const MANIFEST = '.dunning-desk-drafts.json';

export interface DraftFile {
  path: string;
  data: string;
}

export interface DraftEntry {
  action: string;
  file: string;
  to: string[];
  cc: string[];
  subject: string;
  language: string;
}

function ownedBefore(dir: string): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

/**
 * One .eml per email action (an unsent draft Outlook opens for editing) and one .html per
 * letter action, named from date, customer and step. A file of the same name that an earlier
 * run did not write is never overwritten: the new one gets a numbered name instead.
 */
export function draftFiles(result: RefreshResult, dir: string): { files: DraftFile[]; entries: DraftEntry[] } {
  const owned = ownedBefore(dir);
  const taken = new Set<string>();
  const files: DraftFile[] = [];
  const entries: DraftEntry[] = [];
  const domain = (result.policy.drafts.replyTo ?? '').split('@')[1] || 'dunning-desk.invalid';
  result.plan.actions.forEach((action, i) => {
    const draft = result.draftFor(i);
    if (!draft || draft.kind === 'call-script') return;
    const ext = draft.kind === 'email' ? '.eml' : '.html';
    const base = `${formatIsoDate(action.date)}-${safeFileName(action.customer)}-${safeFileName(action.level.id)}`;
    let name = `${base}${ext}`;
    for (let n = 2; taken.has(name) || (existsSync(path.join(dir, name)) && !owned.has(name)); n++) name = `${base}-${n}${ext}`;
    taken.add(name);
    const data = draft.kind === 'email' ? draftToEml(draft, { date: action.date, messageIdDomain: domain }) : draft.html;
    files.push({ path: path.join(dir, name), data });
    entries.push({ action: action.id, file: name, to: [...draft.to], cc: [...draft.cc], subject: draft.subject, language: draft.language });
  });
  files.push({ path: path.join(dir, MANIFEST), data: `${JSON.stringify([...new Set([...owned, ...taken])].sort(), null, 2)}\n` });
  return { files, entries };
}
