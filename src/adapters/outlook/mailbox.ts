import { asciiDomain } from './asciiDomain';
import { headerText } from './headerText';

/** One recipient: an optional display name and an ASCII address that is safe in any header. */
export interface Mailbox {
  name: string | null;
  address: string;
}

export type MailboxResult = { ok: true; mailbox: Mailbox } | { ok: false; reason: string };

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * Reads one recipient as a clerk types it: "ap@acme.com" or "Acme Accounts <ap@acme.com>"
 * (the name may be quoted). Anything else is refused with a reason rather than passed on, since
 * an address is the one header value that cannot be made harmless by encoding: a stray comma,
 * angle bracket or line break in it would add or redirect recipients.
 *
 * Only the common addr-spec is accepted (dot-atom local part, host-name domain); quoted local
 * parts, comments and IP literals are valid RFC 5322 but never appear in an invoice sheet and
 * would only widen what has to be proven safe. An internationalised domain is converted to its
 * A-label; a non-ASCII local part needs SMTPUTF8, which Outlook drafts cannot rely on.
 * @example parseMailbox('Acme Sp. z o.o. <AP@acme.pl>') // { ok: true, mailbox: { name: 'Acme Sp. z o.o.', address: 'AP@acme.pl' } }
 */
export function parseMailbox(entry: string): MailboxResult {
  const trimmed = entry.trim();
  if (trimmed === '') return { ok: false, reason: 'the address is empty' };
  // [\s\S]: a line break in the name part is folded into a space below, not a reason to refuse.
  const angle = /^([\s\S]*?)<([^<>]*)>$/.exec(trimmed);
  let name: string | null = null;
  let spec = trimmed;
  if (angle) {
    spec = angle[2].trim();
    const rawName = angle[1].trim();
    const unquoted = /^"([\s\S]*)"$/.exec(rawName);
    name = headerText(unquoted ? unquoted[1].replace(/\\(.)/g, '$1') : rawName) || null;
  } else if (/[<>]/.test(trimmed)) {
    return { ok: false, reason: 'its angle brackets do not enclose one address' };
  }
  if (/[,;]/.test(spec)) return { ok: false, reason: 'it holds more than one address (one address per entry)' };
  const at = spec.lastIndexOf('@');
  if (at < 1 || at === spec.length - 1) return { ok: false, reason: 'it has no "@" between a name and a domain' };
  const local = spec.slice(0, at);
  if (local.length > 64) return { ok: false, reason: 'the part before "@" is longer than 64 characters' };
  if (/[^\x00-\x7f]/.test(local)) return { ok: false, reason: 'the part before "@" has non-English letters, which most mail servers refuse' };
  if (!LOCAL_PART.test(local)) return { ok: false, reason: 'the part before "@" has spaces or characters an address cannot contain' };
  const domain = asciiDomain(spec.slice(at + 1));
  if (domain === null || !domain.includes('.') || /^[0-9]+$/.test(domain.slice(domain.lastIndexOf('.') + 1))) {
    return { ok: false, reason: 'the part after "@" is not a domain name' };
  }
  const address = `${local}@${domain}`;
  if (address.length > 254) return { ok: false, reason: 'it is longer than 254 characters' };
  return { ok: true, mailbox: { name, address } };
}
