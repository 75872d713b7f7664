import { base64 } from './base64';
import { utf8Bytes } from './utf8Bytes';

/**
 * 39 bytes make 52 base64 characters, so a word is 64 characters ("=?UTF-8?B?" + 52 + "?="):
 * under RFC 2047's 75, and short enough that even "Reply-To: " plus the first word stays within
 * the 76 characters allowed on a header line holding encoded-words.
 */
const BYTES_PER_WORD = 39;

/**
 * RFC 2047 "B" encoded-words for a header text, cut between characters (never inside one, as
 * the RFC requires: each word must decode on its own). Adjacent encoded-words are joined by
 * the reader without the whitespace between them, so the caller may fold between any two.
 * @example encodedWords('Przypomnienie o płatności') // ['=?UTF-8?B?UHJ6eXBvbW5pZW5pZSBvIHDFgmF0bm/Fm2Np?=']
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of text) {
    const bytes = utf8Bytes(char);
    if (chunk.length + bytes.length > BYTES_PER_WORD) {
      words.push(word(chunk));
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(word(chunk));
  return words;
}

const word = (bytes: number[]) => `=?UTF-8?B?${base64(Uint8Array.from(bytes))}?=`;
