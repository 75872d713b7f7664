import { encodedWords } from './encodedWords';
import { headerText } from './headerText';
import { utf8Bytes } from './utf8Bytes';

const HEX = '0123456789ABCDEF';
/** RFC 2231 attribute-char: a token character other than "*", "'" and "%". */
const ATTRIBUTE_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;
const SEGMENT = 60;

/** A value that can go out as a short quoted string, unchanged and readable. */
function plain(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value) && !/["\\]/.test(value) && !value.includes('=?') && value.length <= SEGMENT;
}

/**
 * A file name parameter as header tokens (each ends with ";" but the last). Short ASCII names
 * are a quoted string; anything else uses RFC 2231: UTF-8, percent-encoded, cut into numbered
 * continuations ("filename*0*=utf-8''...; filename*1*=...") so the line limits hold for any
 * length. A byte sequence is never cut inside a character's escape.
 * @example mimeParameter('filename', 'Wyciąg.csv') // ["filename*=utf-8''Wyci%C4%85g.csv"]
 */
export function mimeParameter(key: string, value: string): string[] {
  const text = headerText(value);
  if (plain(text)) return [`${key}="${text}"`];
  const pieces: string[] = [];
  let current = "utf-8''";
  for (const char of text) {
    const encoded = ATTRIBUTE_CHAR.test(char)
      ? char
      : Array.from(utf8Bytes(char), (b) => '%' + HEX[b >> 4] + HEX[b & 15]).join('');
    if (current.length + encoded.length > SEGMENT) {
      pieces.push(current);
      current = '';
    }
    current += encoded;
  }
  pieces.push(current);
  if (pieces.length === 1) return [`${key}*=${pieces[0]}`];
  return pieces.map((piece, i) => `${key}*${i}*=${piece}${i < pieces.length - 1 ? ';' : ''}`);
}

/**
 * The same name as RFC 2047 encoded-words inside a quoted string: not standard in a parameter,
 * but it is what older Outlook versions read for an attachment's name, so it goes alongside
 * the RFC 2231 form (readers that know RFC 2231 prefer it).
 */
export function legacyNameParameter(key: string, value: string): string[] {
  const text = headerText(value);
  if (plain(text)) return [`${key}="${text}"`];
  const words = encodedWords(text);
  return words.map((word, i) => (i === 0 ? `${key}="` : '') + word + (i === words.length - 1 ? '"' : ''));
}
