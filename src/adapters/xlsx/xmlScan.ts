/**
 * Character-level helpers for the hand-written scanners of the big parts (sheets, shared
 * strings). They work on positions in one string and allocate nothing per tag.
 */
import { decodeXmlText } from './xmlText';

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;
const EQUALS = 61;

/** True when the character ends an element name: whitespace, ">" or "/". */
export function endsName(code: number): boolean {
  return code === GT || code === SLASH || code <= 32;
}

/**
 * The namespace prefix of the root element ("x:" for <x:worksheet>), so scanners match the
 * element names a writer actually used; most write none.
 */
export function rootPrefix(xml: string): string {
  let lt = xml.indexOf('<');
  while (lt !== -1) {
    const next = xml.charCodeAt(lt + 1);
    if (next !== 63 /* ? */ && next !== 33 /* ! */) break;
    lt = xml.indexOf('<', xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) : lt + 1);
  }
  if (lt === -1) return '';
  let end = lt + 1;
  while (end < xml.length && !endsName(xml.charCodeAt(end))) end++;
  const name = xml.slice(lt + 1, end);
  return name.slice(0, name.indexOf(':') + 1);
}

/** Walks the attributes of one start tag; reused for every tag so scanning allocates nothing. */
export class AttributeCursor {
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  /** Index just past the tag's ">" once next() returned false. */
  tagEnd = 0;
  selfClosing = false;

  constructor(private readonly xml: string) {}

  /** Moves to the attribute at or after `i`; false when the tag ends there instead. */
  next(i: number): boolean {
    const xml = this.xml;
    let code = xml.charCodeAt(i);
    while (code <= 32 && i < xml.length) code = xml.charCodeAt(++i);
    if (code === GT || code === SLASH || i >= xml.length) {
      const gt = code === GT ? i : xml.indexOf('>', i);
      this.tagEnd = gt === -1 ? xml.length : gt + 1;
      this.selfClosing = code === SLASH;
      return false;
    }
    this.nameStart = i;
    // Names and values in sheet tags are a few characters long: a loop beats indexOf here.
    while (code !== EQUALS && i < xml.length) code = xml.charCodeAt(++i);
    let nameEnd = i;
    while (xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    this.nameEnd = nameEnd;
    do code = xml.charCodeAt(++i);
    while (code <= 32 && i < xml.length);
    const quote = code;
    this.valueStart = i + 1;
    do code = xml.charCodeAt(++i);
    while (code !== quote && i < xml.length);
    this.valueEnd = i;
    if (i >= xml.length || (quote !== QUOTE && quote !== APOSTROPHE)) {
      this.tagEnd = xml.length;
      this.selfClosing = true;
      return false;
    }
    return true;
  }

  /** The character code of a one-letter attribute name (sheets use r, s and t), else 0. */
  shortName(): number {
    return this.nameEnd - this.nameStart === 1 ? this.xml.charCodeAt(this.nameStart) : 0;
  }

  /** The current value as an unsigned integer (style and shared-string indices, row numbers). */
  uint(): number {
    let n = 0;
    for (let i = this.valueStart; i < this.valueEnd; i++) n = n * 10 + this.xml.charCodeAt(i) - 48;
    return n;
  }
}

/** The next "<" at or after `from`, -1 if none; tags usually follow each other, so look there first. */
export function nextTag(xml: string, from: number): number {
  return xml.charCodeAt(from) === LT ? from : xml.indexOf('<', from);
}

/** Where a tag's element name starts, and whether it is an end tag: see readTagHead. */
export interface TagHead {
  name: number;
  closing: boolean;
}

/**
 * Reads the tag at `lt` (its "<") into `head`: `name` just past "<" or "</" and the part's
 * namespace prefix. False for a tag of another namespace, which a scanner skips from
 * `head.name`.
 */
export function readTagHead(xml: string, lt: number, prefix: string, head: TagHead): boolean {
  let q = lt + 1;
  const closing = xml.charCodeAt(q) === SLASH;
  if (closing) q++;
  head.closing = closing;
  if (prefix.length !== 0) {
    if (!xml.startsWith(prefix, q)) {
      head.name = q;
      return false;
    }
    q += prefix.length;
  }
  head.name = q;
  return true;
}

/** How a plain run and its container end, unprefixed: made once, not per string. */
const PLAIN_RUN_ENDS: Readonly<Record<string, string>> = { si: '</t></si>', is: '</t></is>' };

/**
 * The plain text of a rich-text container (<si> or <is>) whose start tag ends at `from`:
 * all <t> runs joined, phonetic guides (<rPh>) left out. Sets `end.at` past the closing tag.
 */
export function readRichText(xml: string, from: number, prefix: string, container: string, end: { at: number }): string {
  // Nearly every one is a single plain run, <t>text</t> then the closing tag: read it directly.
  const run = prefix === '' ? '<t>' : `<${prefix}t>`;
  if (xml.startsWith(run, from)) {
    const textEnd = xml.indexOf('<', from + run.length);
    const close = prefix === '' ? (PLAIN_RUN_ENDS[container] ?? `</t></${container}>`) : `</${prefix}t></${prefix}${container}>`;
    if (textEnd !== -1 && xml.startsWith(close, textEnd)) {
      end.at = textEnd + close.length;
      return decodeXmlText(xml, from + run.length, textEnd);
    }
  }
  let text = '';
  let pos = from;
  const plen = prefix.length;
  const head: TagHead = { name: 0, closing: false };
  for (;;) {
    const lt = nextTag(xml, pos);
    if (lt === -1) {
      end.at = xml.length;
      return text;
    }
    if (!readTagHead(xml, lt, prefix, head)) {
      pos = xml.indexOf('>', head.name) + 1 || xml.length;
      continue;
    }
    const q = head.name;
    if (head.closing) {
      pos = xml.indexOf('>', q) + 1 || xml.length;
      if (xml.startsWith(container, q) && xml.charCodeAt(q + container.length) === GT) {
        end.at = pos;
        return text;
      }
    } else if (xml.charCodeAt(q) === 116 /* t */ && endsName(xml.charCodeAt(q + 1))) {
      const gt = xml.charCodeAt(q + 1) === GT ? q + 1 : xml.indexOf('>', q);
      if (xml.charCodeAt(gt - 1) === SLASH) {
        pos = gt + 1;
      } else {
        const textEnd = xml.indexOf('<', gt + 1);
        text += decodeXmlText(xml, gt + 1, textEnd === -1 ? xml.length : textEnd);
        pos = textEnd === -1 ? xml.length : textEnd;
      }
    } else if (xml.startsWith('rPh', q) && endsName(xml.charCodeAt(q + 3))) {
      const gt = xml.indexOf('>', q);
      if (xml.charCodeAt(gt - 1) === SLASH) {
        pos = gt + 1;
      } else {
        const close = xml.indexOf(`</${prefix}rPh>`, gt);
        pos = close === -1 ? xml.length : close + plen + 6;
      }
    } else {
      pos = xml.indexOf('>', q) + 1 || xml.length;
    }
  }
}
