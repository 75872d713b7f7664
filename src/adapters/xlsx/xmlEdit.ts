import { closingIndex, parseXmlTags, type XmlTag } from './xmlTags';

/**
 * Text-level edits of a small part: everything outside the edited span stays exactly as the
 * original writer left it (namespaces, whitespace, ordering, extensions we do not understand).
 */

/**
 * Adds `children` at the end of the first element named `parent` (by local name), turning an
 * empty element (<sheets/>) into a start and end tag. Returns null when there is no such element.
 */
export function appendChildren(xml: string, parent: string, children: string): string | null {
  if (children === '') return xml;
  const tags = parseXmlTags(xml);
  const index = tags.findIndex((t) => t.kind !== 'close' && t.name === parent);
  if (index === -1) return null;
  const open = tags[index];
  if (open.kind === 'empty') {
    const start = xml.slice(open.start, open.end).replace(/\s*\/>$/, '>');
    return xml.slice(0, open.start) + start + children + `</${open.qname}>` + xml.slice(open.end);
  }
  const close = tags[closingIndex(tags, index)];
  return xml.slice(0, close.start) + children + xml.slice(close.start);
}

/** Removes every element (with its content) whose start tag matches. */
export function removeElements(xml: string, matches: (tag: XmlTag) => boolean): string {
  const tags = parseXmlTags(xml);
  const spans: [number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i].kind !== 'close' && matches(tags[i])) {
      const close = closingIndex(tags, i);
      spans.push([tags[i].start, tags[close].end]);
      i = close;
    }
  }
  let out = xml;
  for (const [start, end] of spans.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** A start tag's text with its count attribute set (added when missing). */
export function withCount(startTag: string, count: number): string {
  const existing = /\scount\s*=\s*("[^"]*"|'[^']*')/;
  if (existing.test(startTag)) return startTag.replace(existing, ` count="${count}"`);
  return startTag.replace(/\s*(\/?>)$/, ` count="${count}"$1`);
}
