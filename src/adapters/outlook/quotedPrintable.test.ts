import fc from 'fast-check';
import { quotedPrintable } from './quotedPrintable';

/** RFC 2045 decoding, written independently of the encoder: soft breaks out, =XX to bytes. */
function decode(encoded: string): string {
  const joined = encoded.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('quotedPrintable', () => {
  it('decodes back to the text with CRLF line breaks; lines <= 76, no trailing space, 7-bit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const encoded = quotedPrintable(text);
        expect(decode(encoded)).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
        for (const line of encoded.split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(line).not.toMatch(/[ \t]$/);
          expect(line).toMatch(/^[\x20-\x7e\t]*$/);
          expect(line).not.toMatch(/^(\.|From )/);
        }
      }),
    );
  });

  it('escapes "=", non-ASCII and trailing whitespace, and keeps ordinary text readable', () => {
    expect(quotedPrintable('Zapłać = 5 \nok')).toBe('Zap=C5=82a=C4=87 =3D 5=20\r\nok');
  });

  it('soft-breaks a long line without cutting an escape', () => {
    const encoded = quotedPrintable('ż'.repeat(40));
    expect(encoded.split('\r\n').map((l) => l.length)).toEqual([73, 73, 73, 24]);
    expect(decode(encoded)).toBe('ż'.repeat(40));
  });
});
