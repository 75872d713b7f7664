import type { Draft } from '../../domain/draft';
import { headerText } from './headerText';
import { parseMailbox } from './mailbox';
import { utf8Bytes } from './utf8Bytes';

export type MailtoResult =
  | { ok: true; url: string }
  | {
      ok: false;
      /** 'too-long': offer .eml or copy instead; 'invalid-address': the sheet needs correcting first. */
      code: 'too-long' | 'invalid-address';
      /** One sentence for the user: why, and by how much when it is the length. */
      reason: string;
      /** The encoded length of the link (0 when no link could be built). */
      length: number;
    };

/**
 * Browsers, Windows' protocol handler and Outlook cut or refuse mailto links somewhere around
 * 2,000 characters (Office on the web lower still), with no error the user would see: the
 * message just arrives truncated. 1,800 leaves room for the handler's own additions.
 */
export const MAILTO_BUDGET = 1800;

const HEX = '0123456789ABCDEF';

/** RFC 3986 percent-encoding of UTF-8, keeping only unreserved characters (and "@" where allowed). */
function percentEncode(text: string, keepAt: boolean): string {
  let out = '';
  for (const byte of utf8Bytes(text)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) || (keepAt && c === '@') ? c : '%' + HEX[byte >> 4] + HEX[byte & 15];
  }
  return out;
}

/**
 * A mailto: link (RFC 6068) that opens the draft in the user's mail program: recipients as bare
 * addresses (the RFC allows no display names), cc, subject, and the plain-text body with CRLF
 * line breaks, all percent-encoded UTF-8 ("+" is never used for a space: mail programs read it
 * literally). When the link would pass the budget, or an address cannot be used, it says why so
 * the UI can offer the next way: save as .eml, or copy.
 * @example mailtoLink(draft) // { ok: true, url: 'mailto:ap@acme.example?subject=Invoice%201043&body=...' }
 */
export function mailtoLink(draft: Draft, budget = MAILTO_BUDGET): MailtoResult {
  const addresses = (field: string, entries: readonly string[]): string[] | MailtoResult => {
    const out: string[] = [];
    for (const entry of entries) {
      const parsed = parseMailbox(entry);
      if (!parsed.ok) {
        return { ok: false, code: 'invalid-address', reason: `${field}: ${JSON.stringify(headerText(entry))} is not a usable email address (${parsed.reason}).`, length: 0 };
      }
      out.push(percentEncode(parsed.mailbox.address, true));
    }
    return out;
  };
  const to = addresses('To', draft.to);
  if (!Array.isArray(to)) return to;
  const cc = addresses('Cc', draft.cc);
  if (!Array.isArray(cc)) return cc;

  const fields: string[] = [];
  if (cc.length > 0) fields.push(`cc=${cc.join(',')}`);
  fields.push(`subject=${percentEncode(headerText(draft.subject), false)}`);
  fields.push(`body=${percentEncode(draft.text.replace(/\r\n|\r|\n/g, '\r\n'), false)}`);
  const url = `mailto:${to.join(',')}?${fields.join('&')}`;
  if (url.length <= budget) return { ok: true, url };
  return {
    ok: false,
    code: 'too-long',
    reason: `This message is too long to open through a mail link: the link would be ${url.length} characters, ${url.length - budget} over the ${budget} that mail programs and browsers accept without cutting the message short. Save it as an .eml draft or copy it instead.`,
    length: url.length,
  };
}
