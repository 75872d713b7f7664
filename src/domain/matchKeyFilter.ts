const MIN_BITS = 1 << 10;
/** 2 MB: past this the filter stops fitting a core's cache, which is all it is for. */
const MAX_BITS = 1 << 24;
const BITS_PER_KEY = 16;

/**
 * The match keys of a set of texts, as a bitmap of their hashes (matchKeyHash): `mightHold` is
 * false only when no text added has the same match key, and true for about one absent key in
 * twenty. A lookup costs one read from a table that fits the cache, where a Set of 250,000 keys
 * costs a cache miss; a large sheet asks once per invoice and is mostly told no. It takes the
 * hashes, not the texts, since its users need them too.
 */
export class MatchKeyFilter {
  private readonly words: Uint32Array;
  private readonly mask: number;

  /** `capacity`: about how many texts will be added. */
  constructor(capacity: number) {
    let bits = MIN_BITS;
    while (bits < capacity * BITS_PER_KEY && bits < MAX_BITS) bits *= 2;
    this.words = new Uint32Array(bits >>> 5);
    this.mask = bits - 1;
  }

  /** Adds the text whose matchKeyHash is `hash`. */
  add(hash: number): void {
    const bit = hash & this.mask;
    this.words[bit >>> 5] |= 1 << (bit & 31);
  }

  /** Whether a text whose matchKeyHash is `hash` may have been added. */
  mightHold(hash: number): boolean {
    const bit = hash & this.mask;
    return (this.words[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}
