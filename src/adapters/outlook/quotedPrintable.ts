import { utf8Bytes } from './utf8Bytes';

const HEX = '0123456789ABCDEF';
const escape = (byte: number) => '=' + HEX[byte >> 4] + HEX[byte & 15];

/**
 * Quoted-printable (RFC 2045 6.7) of text as UTF-8, every line break written as CRLF (the
 * canonical form of text/* bodies) and every encoded line at most 76 characters.
 *
 * Beyond the RFC's minimum it also escapes a "." or "F" that starts a line: some relays and
 * mbox tools mangle a leading dot or "From " line, and the escaped forms decode the same.
 * @example quotedPrintable('Zapłać = 5') // "Zap=C5=82a=C4=87 =3D 5"
 */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(encodeLine)
    .join('\r\n');
}

function encodeLine(line: string): string {
  const chars = Array.from(line);
  const out: string[] = [];
  let current = '';
  chars.forEach((char, i) => {
    const last = i === chars.length - 1;
    const code = char.codePointAt(0) as number;
    let token: string;
    if (code === 0x20 || code === 0x09) token = last ? escape(code) : char;
    else if (code === 0x3d || code < 0x20 || code > 0x7e) token = Array.from(utf8Bytes(char), escape).join('');
    else token = char;
    // 75 leaves room for the "=" of a soft break. A character's escapes stay on one line: the
    // RFC would allow cutting between its bytes, but decoders that work line by line do not.
    if (current.length + token.length > 75) {
      out.push(current + '=');
      current = '';
    }
    if (current === '' && (char === '.' || char === 'F')) token = escape(code);
    current += token;
  });
  out.push(current);
  return out.join('\r\n');
}
