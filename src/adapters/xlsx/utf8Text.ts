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
 * Decodes UTF-8 that arrives in pieces (an entry inflated a piece at a time) exactly as
 * utf8Text decodes the whole: a piece is cut before a character its end splits, and the bytes
 * cut off go in front of the next piece. Not TextDecoder's stream mode, which Node serves off
 * its fast path (see above).
 */
export class Utf8Pieces {
  private held: Uint8Array | null = null;
  private first = true;

  decode(piece: Uint8Array, last: boolean): string {
    let bytes = piece;
    if (this.held) {
      bytes = new Uint8Array(this.held.length + piece.length);
      bytes.set(this.held);
      bytes.set(piece, this.held.length);
      this.held = null;
    }
    let end = bytes.length;
    if (!last) {
      // A character split by the cut starts at one of the last three bytes.
      for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
        if ((bytes[i] & 0xc0) === 0x80) continue;
        if (i + sequenceLength(bytes[i]) > bytes.length) end = i;
        break;
      }
      if (end < bytes.length) this.held = bytes.slice(end);
    }
    const whole = end === bytes.length ? bytes : bytes.subarray(0, end);
    const first = this.first;
    if (whole.length > 0) this.first = false;
    // utf8Text drops a byte order mark, which only the text's first bytes may be.
    if (!first && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf) return `\uFEFF${utf8Text(whole.subarray(3))}`;
    return utf8Text(whole);
  }
}
