import type { Draft } from '../../domain/draft';
import { base64 } from './base64';
import { headerText } from './headerText';
import { parseMailbox } from './mailbox';
import { utf8Bytes } from './utf8Bytes';

interface Recipient {
  emailAddress: { address: string; name?: string };
}

/** The body of `POST /me/messages` (Graph's message resource, the fields a draft needs). */
export interface GraphMessage {
  subject: string;
  body: { contentType: 'HTML'; content: string };
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  replyTo: Recipient[];
  attachments?: Array<{ '@odata.type': '#microsoft.graph.fileAttachment'; name: string; contentType: string; contentBytes: string }>;
}

/**
 * A draft as a Graph message, or why it cannot be one. Addresses are checked here, before any
 * request, so one bad cell gives a failure on that draft instead of a 400 that Graph words less
 * helpfully. The draft's HTML goes as is: Graph stores it and Outlook shows it.
 */
export function graphMessage(draft: Draft): { ok: true; message: GraphMessage } | { ok: false; reason: string } {
  const recipients = (field: string, entries: readonly string[]): Recipient[] | string => {
    const out: Recipient[] = [];
    for (const entry of entries) {
      const parsed = parseMailbox(entry);
      if (!parsed.ok) return `${field}: ${JSON.stringify(headerText(entry))} is not a usable email address (${parsed.reason}).`;
      const { name, address } = parsed.mailbox;
      out.push({ emailAddress: name === null ? { address } : { address, name } });
    }
    return out;
  };
  const toRecipients = recipients('To', draft.to);
  if (typeof toRecipients === 'string') return { ok: false, reason: toRecipients };
  const ccRecipients = recipients('Cc', draft.cc);
  if (typeof ccRecipients === 'string') return { ok: false, reason: ccRecipients };
  const replyTo = recipients('Reply-To', draft.replyTo === null ? [] : [draft.replyTo]);
  if (typeof replyTo === 'string') return { ok: false, reason: replyTo };
  const message: GraphMessage = {
    subject: headerText(draft.subject),
    body: { contentType: 'HTML', content: draft.html },
    toRecipients,
    ccRecipients,
    replyTo,
  };
  if (draft.attachments.length > 0) {
    message.attachments = draft.attachments.map((a) => ({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: headerText(a.filename).replace(/[\\/]/g, '_') || 'attachment',
      contentType: a.contentType,
      contentBytes: base64(utf8Bytes(a.content)),
    }));
  }
  return { ok: true, message };
}
