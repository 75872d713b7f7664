import { utf8Text } from './utf8Text';

const LT = 0x3c;
const SLASH = 0x2f;
const GT = 0x3e;

/** `<row` followed by a space or `>`: the start of a row element, not of `<rowBreaks>`. */
function isRowStart(xml: Uint8Array, at: number): boolean {
  if (xml[at + 1] !== 0x72 || xml[at + 2] !== 0x6f || xml[at + 3] !== 0x77) return false;
  const next = xml[at + 4];
  return next === 0x20 || next === GT || next === 0x09 || next === 0x0a || next === 0x0d;
}

/** The value of the row's r attribute (its 1-based number), or -1 when it has none. */
function rowNumber(xml: Uint8Array, tagStart: number, tagEnd: number): number {
  for (let i = tagStart + 4; i < tagEnd - 3; i++) {
    // ` r="`, with the space (or another whitespace) before it.
    if (xml[i] <= 0x20 && xml[i + 1] === 0x72 && xml[i + 2] === 0x3d && (xml[i + 3] === 0x22 || xml[i + 3] === 0x27)) {
      let n = 0;
      let j = i + 4;
      for (; xml[j] >= 0x30 && xml[j] <= 0x39; j++) n = n * 10 + xml[j] - 0x30;
      return j > i + 4 && xml[j] === xml[i + 3] ? n : -1;
    }
  }
  return -1;
}

/** Where the element that starts at `start` (a `<row`) ends: after its `/>` or its `</row>`. */
function rowEnd(xml: Uint8Array, start: number): { tagEnd: number; end: number } | null {
  let i = start;
  while (i < xml.length && xml[i] !== GT) i++;
  if (i >= xml.length) return null;
  const tagEnd = i + 1;
  if (xml[i - 1] === SLASH) return { tagEnd, end: tagEnd };
  for (let j = tagEnd; j < xml.length - 5; j++) {
    if (xml[j] === LT && xml[j + 1] === SLASH && xml[j + 2] === 0x72 && xml[j + 3] === 0x6f && xml[j + 4] === 0x77 && xml[j + 5] === GT) return { tagEnd, end: j + 6 };
  }
  return null;
}

/**
 * The XML of rows `first` to `first + count - 1` of a worksheet part, exactly as the part holds
 * them, when the sheet's rows from `first` on are just those: every one there, numbered, in
 * order, and nothing below them. Otherwise null (a row missing or blank, something below, rows
 * without numbers or written with a namespace prefix), and the caller writes the rows itself.
 * The product's own sheets that only grow (the Collections log) keep their rows this way: what
 * the user left in them, styles and formulas included, is written back byte for byte.
 */
export function keptRowsXml(xml: Uint8Array, first: number, count: number): Uint8Array | null {
  if (count <= 0) return null;
  let start = -1;
  let end = -1;
  let expected = first;
  for (let at = 0; at < xml.length; at++) {
    if (xml[at] !== LT || !isRowStart(xml, at)) continue;
    const row = rowEnd(xml, at);
    if (!row) return null;
    const number = rowNumber(xml, at, row.tagEnd);
    if (number < 0) return null;
    if (number >= first) {
      // A row past the last kept one, or a gap (a row the reader found blank is not written).
      if (number !== expected || expected >= first + count || row.end === row.tagEnd) return null;
      if (number === first) start = at;
      end = row.end;
      expected++;
    }
    at = row.end - 1;
  }
  return expected === first + count ? xml.subarray(start, end) : null;
}

/** Rows kept from a worksheet part, with what its root declared for them (see rootDeclarations). */
export interface KeptRows {
  readonly xml: Uint8Array;
  readonly declarations: ReadonlyArray<{ readonly name: string; readonly attribute: string }>;
}

/** Bytes of a part's start read for its root element: declarations come first, well within this. */
const ROOT_BYTES = 8192;
const DECLARATION = /\s((?:xmlns:[\w.-]+)|mc:Ignorable)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * The namespace declarations (and mc:Ignorable) on a worksheet part's root element, as
 * `name="value"` attributes. Rows kept from the part may use their prefixes (Excel writes
 * x14ac:dyDescent on every row), so the part they are copied into must declare them too.
 */
export function rootDeclarations(xml: Uint8Array): Array<{ name: string; attribute: string }> {
  const head = utf8Text(xml.subarray(0, ROOT_BYTES));
  const root = /<(?![?!])[^>]*>/.exec(head);
  if (!root) return [];
  return [...root[0].matchAll(DECLARATION)].map((m) => ({ name: m[1], attribute: `${m[1]}=${m[2]}` }));
}
