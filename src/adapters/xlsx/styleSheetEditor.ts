import { xlsxErrors } from './xlsxError';
import { withCount } from './xmlEdit';
import { escapeXmlAttribute } from './xmlText';
import { closingIndex, parseXmlTags, prefixOf, type XmlTag } from './xmlTags';

/** How a cell the product writes looks; everything absent is the workbook's default. */
export interface CellStyle {
  /** A number format code; absent for General. */
  readonly numFmt?: string;
  readonly font?: 'bold' | 'title';
  readonly bottomBorder?: boolean;
  readonly wrap?: boolean;
}

/** The stylesheet's child elements in schema order; a missing list is inserted where it belongs. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const EDITED = ['numFmts', 'fonts', 'borders', 'cellXfs', 'dxfs'] as const;
type EditedList = (typeof EDITED)[number];

interface List {
  readonly open: XmlTag | null;
  readonly close: XmlTag | null;
  /** Existing children, whitespace between tags removed, for finding equal ones. */
  readonly children: readonly string[];
  readonly added: string[];
}

const squash = (xml: string) => xml.replace(/>\s+</g, '><');

/**
 * Edits styles.xml for the product's sheets. Styles are looked up while sheets are rendered:
 * an equal existing entry is reused (so a second refresh adds nothing) and a new one is only
 * appended, so every index the user's cells refer to keeps its meaning. New entries are written
 * in Excel's own form so they are still recognised after Excel re-saves the file.
 */
export class StyleSheetEditor {
  private readonly lists = new Map<EditedList, List>();
  private readonly prefix: string;
  /** Top-level children by name, to place a missing list. */
  private readonly topLevel = new Map<string, XmlTag>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164; // Excel's first custom number format id
  private readonly styleCache = new Map<string, number>();
  private readonly fontInner: string;
  private readonly rootCloseStart: number;

  constructor(private readonly xml: string) {
    const tags = parseXmlTags(xml);
    const rootIndex = tags.findIndex((t) => t.kind !== 'close');
    this.prefix = prefixOf(tags[rootIndex].qname);
    this.rootCloseStart = tags[closingIndex(tags, rootIndex)].start;
    for (let i = rootIndex + 1; i < tags.length && tags[i].kind !== 'close'; i++) {
      const end = closingIndex(tags, i);
      const tag = tags[i];
      if (!this.topLevel.has(tag.name)) this.topLevel.set(tag.name, tag);
      if ((EDITED as readonly string[]).includes(tag.name) && !this.lists.has(tag.name as EditedList)) {
        const children: string[] = [];
        for (let j = i + 1; j < end; j++) {
          const childEnd = closingIndex(tags, j);
          children.push(squash(xml.slice(tags[j].start, tags[childEnd].end)));
          if (tag.name === 'numFmts') this.noteFormat(tags[j]);
          j = childEnd;
        }
        this.lists.set(tag.name as EditedList, { open: tag, close: tag.kind === 'empty' ? null : tags[end], children, added: [] });
      }
      i = end;
    }
    for (const name of ['fonts', 'borders', 'cellXfs'] as const) if (!this.lists.has(name)) throw xlsxErrors.stylesTooMinimal(name);
    const fonts = tags.findIndex((t) => t === this.lists.get('fonts')?.open);
    const font0 = tags.findIndex((t, i) => i > fonts && t.name === 'font' && t.kind !== 'close');
    if (font0 === -1 || font0 > closingIndex(tags, fonts)) throw xlsxErrors.stylesTooMinimal('font');
    const font0End = tags[closingIndex(tags, font0)];
    // Bold variants keep the default font's face, size and colour, whatever the theme.
    this.fontInner = tags[font0].kind === 'empty' ? '' : xml.slice(tags[font0].end, font0End.start).replace(new RegExp(`<${this.prefix}b(\\s[^>]*)?/>`), '');
  }

  /** The cellXfs index for a look; 0 (the default style) when nothing is asked for. */
  cellStyle(style: CellStyle): number {
    const key = `${style.numFmt ?? ''}\u0000${style.font ?? ''}\u0000${style.bottomBorder ? 1 : 0}\u0000${style.wrap ? 1 : 0}`;
    let id = this.styleCache.get(key);
    if (id === undefined) {
      id = style.numFmt || style.font || style.bottomBorder || style.wrap ? this.addXf(style) : 0;
      this.styleCache.set(key, id);
    }
    return id;
  }

  /** The dxfs index of a solid background fill (conditional formatting), colour as RRGGBB or AARRGGBB. */
  fill(rgb: string): number {
    if (!/^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(rgb)) throw new RangeError(`[dunning-desk] "${rgb}" is not an RRGGBB colour`);
    const argb = (rgb.length === 6 ? `FF${rgb}` : rgb).toUpperCase();
    const p = this.prefix;
    return this.findOrAdd('dxfs', `<${p}dxf><${p}fill><${p}patternFill><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill></${p}dxf>`);
  }

  /** The edited styles.xml (identical text when nothing had to be added). */
  toXml(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    for (const name of EDITED) {
      const list = this.lists.get(name);
      if (!list || list.added.length === 0) continue;
      const count = list.children.length + list.added.length;
      const children = list.added.join('');
      if (!list.open) {
        const at = this.insertionPoint(name);
        edits.push({ start: at, end: at, text: `<${this.prefix}${name} count="${count}">${children}</${this.prefix}${name}>` });
      } else if (!list.close) {
        const opened = withCount(this.xml.slice(list.open.start, list.open.end), count).replace(/\s*\/>$/, '>');
        edits.push({ start: list.open.start, end: list.open.end, text: `${opened}${children}</${list.open.qname}>` });
      } else {
        edits.push({ start: list.open.start, end: list.open.end, text: withCount(this.xml.slice(list.open.start, list.open.end), count) });
        edits.push({ start: list.close.start, end: list.close.start, text: children });
      }
    }
    // From the end backwards; at one offset the rewritten start tag goes first so that a list
    // inserted there lands before it.
    let out = this.xml;
    for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out;
  }

  private noteFormat(tag: XmlTag): void {
    const id = Number(tag.attrs.numFmtId);
    const code = tag.attrs.formatCode;
    if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
    if (id >= this.nextFormatId) this.nextFormatId = id + 1;
  }

  private list(name: EditedList): List {
    let list = this.lists.get(name);
    if (!list) {
      list = { open: null, close: null, children: [], added: [] };
      this.lists.set(name, list);
    }
    return list;
  }

  /** Index of an equal existing or already added child, else of the newly appended one. */
  private findOrAdd(name: EditedList, xml: string): number {
    const list = this.list(name);
    const existing = list.children.indexOf(squash(xml));
    if (existing !== -1) return existing;
    const added = list.added.indexOf(xml);
    if (added !== -1) return list.children.length + added;
    list.added.push(xml);
    return list.children.length + list.added.length - 1;
  }

  private formatId(code: string): number {
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.list('numFmts').added.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    }
    return id;
  }

  private addXf(style: CellStyle): number {
    const p = this.prefix;
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : 0;
    let fontId = 0;
    if (style.font) {
      const inner = style.font === 'title' ? this.titleInner() : this.fontInner;
      fontId = this.findOrAdd('fonts', `<${p}font><${p}b/>${inner}</${p}font>`);
    }
    const borderId = style.bottomBorder
      ? this.findOrAdd(
          'borders',
          `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom style="thin"><${p}color indexed="64"/></${p}bottom><${p}diagonal/></${p}border>`,
        )
      : 0;
    const apply =
      (numFmtId ? ' applyNumberFormat="1"' : '') + (fontId ? ' applyFont="1"' : '') + (borderId ? ' applyBorder="1"' : '') + (style.wrap ? ' applyAlignment="1"' : '');
    const start = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"${apply}`;
    return this.findOrAdd('cellXfs', style.wrap ? `${start}><${p}alignment vertical="top" wrapText="1"/></${p}xf>` : `${start}/>`);
  }

  private titleInner(): string {
    const size = new RegExp(`<${this.prefix}sz\\s[^>]*/>`);
    const sz = `<${this.prefix}sz val="14"/>`;
    return size.test(this.fontInner) ? this.fontInner.replace(size, sz) : sz + this.fontInner;
  }

  /** Where a missing list goes: before the first later sibling in schema order, else at the end. */
  private insertionPoint(name: string): number {
    for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
      const tag = this.topLevel.get(later);
      if (tag) return tag.start;
    }
    return this.rootCloseStart;
  }
}
