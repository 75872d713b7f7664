import fc from 'fast-check';
import { encodedWords } from './encodedWords';

const decode = (words: string[]) =>
  Buffer.concat(words.map((w) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(w)![1], 'base64'))).toString('utf8');

describe('encodedWords', () => {
  it('cuts text into words of at most 75 characters, each decoding to whole characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const words = encodedWords(text);
        for (const word of words) {
          expect(word.length).toBeLessThanOrEqual(75);
          expect(Buffer.from(/B\?(.*)\?=$/.exec(word)![1], 'base64').toString('utf8')).not.toContain('\ufffd');
        }
        expect(decode(words)).toBe(text);
      }),
    );
  });

  it('keeps a 4-byte emoji whole', () => {
    const words = encodedWords('a'.repeat(37) + '🙏');
    expect(words).toHaveLength(2);
    expect(decode(words.slice(1))).toBe('🙏');
  });
});
