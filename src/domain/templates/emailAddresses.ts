/**
 * Email addresses as sheets hold them: one or several in a cell, separated by ";" or "," or
 * line breaks, each bare ("ap@acme.com") or with a display name ("Accounts <ap@acme.com>").
 */

const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * A sensible check of one address (the dot-atom form of RFC 5322 with international letters
 * allowed): a local part, "@", a domain of at least two labels ending in a top-level domain of
 * letters. No spaces, quotes, brackets, commas or line breaks, so an address can never carry a
 * second header or recipient with it.
 * @example isEmailAddress('ap@acme.co.uk') // true; isEmailAddress('ap@acme') // false; isEmailAddress('a b@x.com') // false
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  if (!LOCAL.test(local) || labels.length < 2) return false;
  return labels.every((label) => LABEL.test(label)) && TOP_LEVEL.test(labels[labels.length - 1]);
}

export interface AddressList {
  /** Valid addresses, each once (compared case-insensitively), in the order written. */
  addresses: string[];
  /** The parts that are not an address, as written (trimmed). */
  invalid: string[];
}

/**
 * Every address in a cell.
 * @example parseEmailAddresses('ap@acme.com; Jo <jo@acme.com>, bad@') // { addresses: ['ap@acme.com', 'jo@acme.com'], invalid: ['bad@'] }
 */
export function parseEmailAddresses(text: string): AddressList {
  const addresses: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[;,\r\n]+/)) {
    const part = raw.trim();
    if (part === '') continue;
    const named = /^[^<>]*<([^<>]*)>$/.exec(part);
    const address = (named ? named[1] : part).trim().replace(/^mailto:/i, '');
    if (!isEmailAddress(address)) {
      invalid.push(part);
      continue;
    }
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    addresses.push(address);
  }
  return { addresses, invalid };
}
