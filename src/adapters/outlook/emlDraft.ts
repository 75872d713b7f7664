import type { Draft, DraftAttachment } from '../../domain/draft';
import type { LocalDate } from '../../domain/localDate';
import { asciiDomain } from './asciiDomain';
import { base64Lines } from './base64';
import { addressHeader, foldHeader, unstructuredHeader } from './foldHeader';
import { mailDate, type MailDateTime } from './mailDate';
import { parseMailbox, type Mailbox } from './mailbox';
import { legacyNameParameter, mimeParameter } from './mimeParameter';
import { outlookErrors } from './outlookError';
import { quotedPrintable } from './quotedPrintable';
import { sha256 } from './sha256';
import { utf8Bytes } from './utf8Bytes';

export interface EmlOptions {
  /**
   * The sender ("Name <address>" or an address). Left out, the draft has no From and Outlook
   * fills in the account that opens it, which is usually what a shared workbook wants.
   */
  from?: string;
  /** The Date header: a calendar date (written at 12:00 UTC), a wall-clock time, or an RFC 5322 date-time string. */
  date: LocalDate | MailDateTime | string;
  /** The right-hand side of the Message-ID, e.g. the company's domain. */
  messageIdDomain: string;
}

/**
 * The draft as an .eml file (RFC 5322 + MIME) that Outlook opens as an unsent, editable message:
 * multipart/alternative with the plain text and the HTML (UTF-8, quoted-printable or base64,
 * whichever is shorter), wrapped in multipart/mixed when there are attachments.
 *
 * Every header value is sanitised or encoded, so nothing from the sheet can add a header; an
 * address that cannot be written safely throws an OutlookError ('invalid-address') instead of
 * producing a broken file. The output depends only on the draft and the options: boundaries
 * and the Message-ID come from a hash of the content, never from a clock or Math.random.
 * @example draftToEml(draft, { date: localDate(2026, 11, 30)!, messageIdDomain: 'example.com' })
 */
export function draftToEml(draft: Draft, options: EmlOptions): string {
  const mailboxes = (field: string, entries: readonly string[]): Mailbox[] =>
    entries.map((entry) => {
      const parsed = parseMailbox(entry);
      if (!parsed.ok) throw outlookErrors.invalidAddress(field, entry, parsed.reason);
      return parsed.mailbox;
    });
  const to = mailboxes('To', draft.to);
  const cc = mailboxes('Cc', draft.cc);
  const replyTo = mailboxes('Reply-To', draft.replyTo === null ? [] : [draft.replyTo]);
  const from = mailboxes('From', options.from === undefined ? [] : [options.from]);
  const date = mailDate(options.date);
  if (date === null) throw outlookErrors.invalidOption('Date', JSON.stringify(options.date));
  const idDomain = asciiDomain(options.messageIdDomain);
  if (idDomain === null) throw outlookErrors.invalidOption('Message-ID domain', options.messageIdDomain);

  const hash = sha256(
    utf8Bytes(JSON.stringify([draft.actionId, draft.subject, to, cc, replyTo, from, date, draft.text, draft.html, draft.language, draft.attachments])),
  );
  // "=_" cannot occur in quoted-printable or base64 output, so these boundaries can never
  // collide with a line of any body, whatever the content (RFC 2045 6.7 and 6.8).
  const alternativeBoundary = `=_dd_alt_${hash.slice(0, 24)}`;
  const mixedBoundary = `=_dd_mix_${hash.slice(24, 48)}`;

  const headers = [`Date: ${date}`];
  if (from.length > 0) headers.push(addressHeader('From', from));
  if (to.length > 0) headers.push(addressHeader('To', to));
  if (cc.length > 0) headers.push(addressHeader('Cc', cc));
  if (replyTo.length > 0) headers.push(addressHeader('Reply-To', replyTo));
  headers.push(unstructuredHeader('Subject', draft.subject));
  headers.push(`Message-ID: <${hash.slice(0, 32)}@${idDomain}>`);
  headers.push('MIME-Version: 1.0');
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(draft.language)) headers.push(`Content-Language: ${draft.language}`);
  // Outlook opens a message marked X-Unsent as a draft with a Send button, not as received mail.
  headers.push('X-Unsent: 1');

  const alternative = multipart('alternative', alternativeBoundary, [textPart('plain', draft.text), textPart('html', draft.html)]);
  const body =
    draft.attachments.length === 0
      ? alternative
      : multipart('mixed', mixedBoundary, [alternative, ...draft.attachments.map(attachmentPart)]);
  return [...headers, body].join('\r\n') + '\r\n';
}

/** A part: its header lines, a blank line, its body. */
function part(headerLines: string[], body: string): string {
  return [...headerLines, '', body].join('\r\n');
}

function multipart(subtype: 'alternative' | 'mixed', boundary: string, parts: string[]): string {
  const lines = [foldHeader('Content-Type', [`multipart/${subtype};`, `boundary="${boundary}"`]), ''];
  if (subtype === 'mixed') lines.push('This is a multi-part message in MIME format.', '');
  for (const p of parts) lines.push(`--${boundary}`, p);
  lines.push(`--${boundary}--`);
  return lines.join('\r\n');
}

function textPart(subtype: 'plain' | 'html', content: string): string {
  const canonical = content.replace(/\r\n|\r|\n/g, '\r\n');
  const qp = quotedPrintable(canonical);
  const b64 = base64Lines(utf8Bytes(canonical));
  // Mostly-Latin text reads better and is smaller as quoted-printable; Cyrillic is a third smaller as base64.
  const [encoding, encoded] = qp.length <= b64.length ? ['quoted-printable', qp] : ['base64', b64];
  return part([`Content-Type: text/${subtype}; charset=utf-8`, `Content-Transfer-Encoding: ${encoding}`], encoded);
}

const MEDIA_TYPE = /^\s*([A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+)\s*(;.*)?$/;

function attachmentPart(attachment: DraftAttachment): string {
  const media = MEDIA_TYPE.exec(attachment.contentType);
  if (!media) throw outlookErrors.invalidOption('Attachment content type', attachment.contentType);
  const type = media[1].toLowerCase();
  // The content is a JS string and is written as UTF-8, so that is the only honest charset.
  const typeTokens = type.startsWith('text/') ? [`${type};`, 'charset=utf-8;'] : [`${type};`];
  // Path separators would let a name like "..\\..\\x.bat" point outside the folder it is saved to.
  const filename = attachment.filename.replace(/[\\/]/g, '_').trim() || 'attachment';
  return part(
    [
      foldHeader('Content-Type', [...typeTokens, ...legacyNameParameter('name', filename)]),
      'Content-Transfer-Encoding: base64',
      foldHeader('Content-Disposition', ['attachment;', ...mimeParameter('filename', filename)]),
    ],
    base64Lines(utf8Bytes(attachment.content)),
  );
}
