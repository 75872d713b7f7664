import { decodeXmlAttribute } from './xmlText';

/** A start, end or empty-element tag of a small package part, with where it sits in the text. */
export interface XmlTag {
  readonly kind: 'open' | 'close' | 'empty';
  /** The name as written, e.g. "x:sheet". */
  readonly qname: string;
  /** The name without its namespace prefix. */
  readonly name: string;
  /** Attributes by qualified name, values decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  /** The tag spans xml[start, end). */
  readonly start: number;
  readonly end: number;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Every tag of a document in order. Meant for the small parts (workbook, relationships, content
 * types, styles), where positions are needed for surgical edits; sheets have their own scanner.
 */
export function parseXmlTags(xml: string): XmlTag[] {
  const tags: XmlTag[] = [];
  let pos = 0;
  for (let lt = xml.indexOf('<', pos); lt !== -1; lt = xml.indexOf('<', pos)) {
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      pos = xml.indexOf('?>', lt) + 2;
    } else if (xml.startsWith('<!--', lt)) {
      pos = xml.indexOf('-->', lt) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      pos = xml.indexOf(']]>', lt) + 3;
    } else if (next === 33 /* ! */) {
      pos = xml.indexOf('>', lt) + 1;
    } else {
      const gt = xml.indexOf('>', lt);
      if (gt === -1) break;
      const closing = next === 47; /* / */
      const empty = !closing && xml.charCodeAt(gt - 1) === 47;
      const body = xml.slice(lt + (closing ? 2 : 1), empty ? gt - 1 : gt);
      const nameEnd = body.search(/[\s/>]|$/);
      const qname = body.slice(0, nameEnd);
      const attrs: Record<string, string> = {};
      if (!closing) {
        for (const m of body.slice(nameEnd).matchAll(ATTRIBUTE)) attrs[m[1]] = decodeXmlAttribute(m[2] ?? m[3]);
      }
      tags.push({
        kind: closing ? 'close' : empty ? 'empty' : 'open',
        qname,
        name: qname.slice(qname.indexOf(':') + 1),
        attrs,
        start: lt,
        end: gt + 1,
      });
      pos = gt + 1;
    }
    if (pos <= lt) break;
  }
  return tags;
}

/** An attribute by its local name, whatever prefix it was written with ("r:id" for "id"). */
export function attrByLocalName(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attrs) {
    if (key === local || key.endsWith(`:${local}`)) return tag.attrs[key];
  }
  return undefined;
}

/** The prefix (with its colon) of a qualified name: "x:" for "x:sheet", "" for "sheet". */
export function prefixOf(qname: string): string {
  return qname.slice(0, qname.indexOf(':') + 1);
}

/**
 * Index of the tag closing the element opened at tags[openIndex] (itself for an empty element).
 */
export function closingIndex(tags: readonly XmlTag[], openIndex: number): number {
  if (tags[openIndex].kind === 'empty') return openIndex;
  let depth = 0;
  for (let i = openIndex; i < tags.length; i++) {
    if (tags[i].kind === 'open') depth++;
    else if (tags[i].kind === 'close' && --depth === 0) return i;
  }
  return tags.length - 1;
}
