/**
 * How customers and invoice numbers are matched between the invoice sheet, the Collections log
 * and Today's actions: trimmed, in any case, as people retype them ("ACME Ltd " is "Acme Ltd").
 */
export function matchKey(text: string): string {
  return text.trim().toLowerCase();
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over text[start, end) with A-Z read as a-z: a 32-bit unsigned number, equal for texts
 * that differ only in the case of ASCII letters.
 */
export function foldedFnv1a(text: string, start = 0, end = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return hash >>> 0;
}

/** The white space String.prototype.trim removes, among ASCII characters. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Hashes kept to 30 bits: V8 stores such numbers unboxed, so they are used without allocating. */
const SMALL = 0x3fffffff;

/**
 * A number equal for texts with equal match keys: `matchKeyHash(a) !== matchKeyHash(b)` proves
 * `matchKey(a) !== matchKey(b)`. A large sheet's invoice numbers are mostly absent from the log,
 * and proving that with this hash does not allocate a lower-cased copy of each. Plain ASCII text
 * is hashed where it lies; other text through matchKey, so Unicode case and spaces agree.
 */
export function matchKeyHash(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiSpace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) > 127) {
      return foldedFnv1a(matchKey(text)) & SMALL;
    }
  }
  return foldedFnv1a(text, start, end) & SMALL;
}
