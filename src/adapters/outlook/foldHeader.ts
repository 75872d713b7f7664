import { encodedWords } from './encodedWords';
import { headerText } from './headerText';
import type { Mailbox } from './mailbox';

/** RFC 2047 caps a line holding encoded-words at 76; RFC 5322 recommends 78. We keep to 76. */
const LINE = 76;

/**
 * One header field, its tokens joined by single spaces and folded (CRLF + space before a token)
 * wherever the line would pass 76 characters. Tokens are never split, and every caller builds
 * tokens of bounded length, so no line can reach RFC 5322's hard limit of 998.
 * @example foldHeader('Subject', ['Invoice', '1043']) // "Subject: Invoice 1043"
 */
export function foldHeader(name: string, tokens: readonly string[]): string {
  let out = `${name}:`;
  let line = out.length;
  tokens.forEach((token, i) => {
    if (i > 0 && line + 1 + token.length > LINE) {
      out += '\r\n';
      line = 0;
    }
    out += ' ' + token;
    line += 1 + token.length;
  });
  return out;
}

/** Plain ASCII text that folds safely: printable, no "=?" that a reader would take for an encoded-word, no word too long to fold. */
function foldableAscii(text: string): string[] | null {
  if (!/^[\x20-\x7e]*$/.test(text) || text.includes('=?')) return null;
  // Split only at a space followed by a non-space, so folding never leaves a blank continuation line.
  const words = text.split(/ (?=[^ ])/);
  return words.every((w) => w.length <= 60) ? words : null;
}

/** An unstructured field (Subject): sanitised to one line, then plain when it can be, RFC 2047 otherwise. */
export function unstructuredHeader(name: string, value: string): string {
  const text = headerText(value);
  return foldHeader(name, foldableAscii(text) ?? encodedWords(text));
}

const ATOMS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/;

/** A display name as RFC 5322 phrase tokens: atoms, a quoted string, or encoded-words. */
function phrase(name: string): string[] {
  const words = foldableAscii(name);
  if (words && ATOMS.test(name)) return words;
  if (words && name.length <= 60) return [`"${name.replace(/(["\\])/g, '\\$1')}"`];
  return encodedWords(name);
}

/** An address field (To, Cc, Reply-To) from validated mailboxes; folded between names and addresses. */
export function addressHeader(name: string, mailboxes: readonly Mailbox[]): string {
  const tokens: string[] = [];
  mailboxes.forEach((mailbox, i) => {
    const comma = i < mailboxes.length - 1 ? ',' : '';
    const display = mailbox.name === null ? '' : headerText(mailbox.name);
    if (display !== '') tokens.push(...phrase(display));
    tokens.push(`<${mailbox.address}>${comma}`);
  });
  return foldHeader(name, tokens);
}
