import { strToU8 } from 'fflate';

interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { written: number };
}

/** Node's and browsers' TextEncoder (not in this layer's type library, as in utf8Text); fflate's strToU8 without one. */
const Encoder = (globalThis as { TextEncoder?: new () => Utf8Encoder }).TextEncoder;
const encoder: Utf8Encoder | null = Encoder === undefined ? null : new Encoder();

/**
 * UTF-8 written straight into one growing buffer: a product sheet's rows as bytes, without a
 * string per cell, a joined string per sheet and its encoding afterwards (a large sheet is a
 * hundred thousand cells, and those strings were most of the garbage its writing made).
 * Callers escape text before handing it over (see encodeCellText).
 */
export class XmlBytes {
  private buffer = new Uint8Array(1 << 16);
  private at = 0;

  /** How many bytes are written: a mark to go back to with `truncate`. */
  get length(): number {
    return this.at;
  }

  /** Forgets what was written after `length` was `mark`. */
  truncate(mark: number): void {
    this.at = mark;
  }

  /** Any text, as UTF-8; character by character while it is ASCII, the usual case. */
  text(text: string): void {
    const n = text.length;
    this.reserve(n);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        this.at = at;
        this.encode(text.slice(i));
        return;
      }
      buffer[at++] = c;
    }
    this.at = at;
  }

  /** A whole number >= 0 in decimal, without making its string. */
  whole(value: number): void {
    if (!(Number.isSafeInteger(value) && value >= 0)) {
      this.text(String(value));
      return;
    }
    let digits = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
    this.reserve(digits);
    let at = (this.at += digits);
    let v = value;
    do {
      this.buffer[--at] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
  }

  /** The bytes written so far (a view, valid until more is written). */
  written(): Uint8Array {
    return this.buffer.subarray(0, this.at);
  }

  /** Non-ASCII text: at most 3 bytes per UTF-16 unit. */
  private encode(text: string): void {
    this.reserve(text.length * 3);
    if (encoder) {
      this.at += encoder.encodeInto(text, this.buffer.subarray(this.at)).written;
    } else {
      const bytes = strToU8(text);
      this.buffer.set(bytes, this.at);
      this.at += bytes.length;
    }
  }

  private reserve(extra: number): void {
    if (this.at + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.at + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buffer.subarray(0, this.at));
    this.buffer = bigger;
  }
}
