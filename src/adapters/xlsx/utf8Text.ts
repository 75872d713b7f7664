import { strFromU8 } from 'fflate';

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

/**
 * A TextDecoder of our own. fflate's strFromU8 shares one that fflate tries once in streaming
 * mode when it loads, and Node then keeps that decoder off its fast UTF-8 path for good: a 30 MB
 * sheet took 80 ms instead of 20. Node and browsers both have TextDecoder; strFromU8 stays as
 * the fallback for a host without one.
 */
const Decoder = (globalThis as { TextDecoder?: new () => Utf8Decoder }).TextDecoder;
const decoder: Utf8Decoder | null = Decoder === undefined ? null : new Decoder();

/** UTF-8 bytes as text, exactly as strFromU8 decodes them (a BOM dropped, bad bytes as U+FFFD). */
export function utf8Text(bytes: Uint8Array): string {
  return decoder === null ? strFromU8(bytes) : decoder.decode(bytes);
}

/** How many bytes the UTF-8 sequence led by `byte` takes; 1 for anything that leads none. */
function sequenceLength(byte: number): number {
  if (byte >= 0xf0) return 4;
  if (byte >= 0xe0) return 3;
  if (byte >= 0xc0) return 2;
  return 1;
}

/**
 * Just past the first (or, with `fromEnd`, the last) occurrence of the ASCII `marker` in
 * `bytes`, or 0 when it has none. A marker that recurs every few hundred bytes is found after
 * that many.
 */
function pastMarker(bytes: Uint8Array, marker: string, fromEnd: boolean): number {
  const n = marker.length;
  const step = fromEnd ? -1 : 1;
  for (let end = fromEnd ? bytes.length : n; end >= n && end <= bytes.length; end += step) {
    let k = n - 1;
    while (k >= 0 && bytes[end - n + k] === marker.charCodeAt(k)) k--;
    if (k < 0) return end;
  }
  return 0;
}

/**
 * Decodes UTF-8 that arrives in pieces (an entry inflated a piece at a time) exactly as
 * utf8Text decodes the whole: a piece is cut before a character its end splits, and the bytes
 * cut off go in front of the next piece. Not TextDecoder's stream mode, which Node serves off
 * its fast path (see above).
 *
 * With a `cutAfter` marker, the texts end just past a marker wherever the piece holds one (a
 * worksheet's, after a row's end tag), so their reader takes each decoded string whole, rather
 * than a part of it, which V8 reads more slowly character by character. The bytes held back
 * then join only the start of the next piece, up to its first marker, as a text of its own:
 * copying each megabyte-long piece behind them would cost more than it saves.
 */
export class Utf8Pieces {
  private held: Uint8Array | null = null;
  private first = true;

  /** `cutAfter` is ASCII, so cutting past it never splits a character. */
  constructor(private readonly cutAfter = '') {}

  /** The texts of `piece`, in order: one, or two when bytes held back from the piece before start a text of their own. */
  decode(piece: Uint8Array, last: boolean): string[] {
    const texts: string[] = [];
    let bytes = piece;
    const held = this.held;
    if (held) {
      this.held = null;
      const joinEnd = (!last && this.cutAfter !== '' && pastMarker(piece, this.cutAfter, false)) || piece.length;
      const joined = new Uint8Array(held.length + joinEnd);
      joined.set(held);
      joined.set(piece.subarray(0, joinEnd), held.length);
      if (joinEnd === piece.length) bytes = joined;
      else {
        texts.push(this.text(joined));
        bytes = piece.subarray(joinEnd);
      }
    }
    let end = bytes.length;
    if (!last) {
      end = this.cutAfter === '' ? 0 : pastMarker(bytes, this.cutAfter, true);
      if (end === 0) {
        end = bytes.length;
        // A character split by the cut starts at one of the last three bytes.
        for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
          if ((bytes[i] & 0xc0) === 0x80) continue;
          if (i + sequenceLength(bytes[i]) > bytes.length) end = i;
          break;
        }
      }
      if (end < bytes.length) this.held = bytes.slice(end);
    }
    texts.push(this.text(end === bytes.length ? bytes : bytes.subarray(0, end)));
    return texts;
  }

  private text(bytes: Uint8Array): string {
    const first = this.first;
    if (bytes.length > 0) this.first = false;
    // utf8Text drops a byte order mark, which only the text's first bytes may be.
    if (!first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return `\uFEFF${utf8Text(bytes.subarray(3))}`;
    return utf8Text(bytes);
  }
}
