/**
 * Text as SpreadsheetML stores it: XML escaping plus Excel's own `_xHHHH_` escapes, which carry
 * characters XML 1.0 cannot (control characters) and CR, which XML parsing would turn into LF.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp !== -1; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1) break;
    const name = s.slice(amp + 1, semi);
    let replacement: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120 /* x */ || name.charCodeAt(1) === 88;
      const digits = name.slice(hex ? 2 : 1);
      const code = digits !== '' && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (code <= 0x10ffff) replacement = String.fromCodePoint(code);
    } else {
      replacement = NAMED_ENTITIES[name];
    }
    if (replacement === undefined) {
      out += s.slice(from, amp + 1);
      from = amp + 1;
    } else {
      out += s.slice(from, amp) + replacement;
      from = semi + 1;
    }
  }
  return out + s.slice(from);
}

const X_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** No CR, "&" or "_": nothing to undo. Most cell text; one look at each character beats three searches. */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 13 || c === 38 || c === 95) return false;
  }
  return true;
}

/**
 * The string an XML text span stands for, with Excel's `_xHHHH_` escapes undone
 * (`_x005F_` protects a literal "_x...").
 */
export function decodeXmlText(xml: string, start: number, end: number): string {
  let s = xml.substring(start, end);
  if (isPlain(s)) return s;
  // XML parsers see a raw CR (CRLF or lone) as LF; only &#13; or _x000D_ stands for a real CR.
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') !== -1) s = decodeEntities(s);
  if (s.indexOf('_x') !== -1) s = s.replace(X_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

/** An attribute value, which carries no `_xHHHH_` escapes. */
export function decodeXmlAttribute(value: string): string {
  return value.indexOf('&') === -1 ? value : decodeEntities(value);
}

// Characters XML 1.0 forbids outright (everything else below U+0020 is carried as _xHHHH_).
const ILLEGAL_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F]/g;
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;
const ESCAPED_MARKUP = /[&<>]/g;
const MARKUP: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * No markup, control or surrogate character, no U+FFFE/U+FFFF and no "_": the text goes into
 * the XML as it is. Most cell text; one look at each character beats four replacements.
 */
function needsNoEncoding(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 ? c !== 9 && c !== 10 : c === 38 || c === 60 || c === 62 || c === 95 || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return false;
  }
  return true;
}

/**
 * Cell text for a <t> element, read back by Excel exactly as given. Unpaired surrogates and
 * U+FFFE/U+FFFF cannot be stored at all and are dropped; control characters and CR are kept as
 * `_xHHHH_`; a literal "_xHHHH_" is protected so Excel does not decode it.
 */
export function encodeCellText(text: string): string {
  if (needsNoEncoding(text)) return text;
  return text
    .replace(ILLEGAL_XML, '')
    .replace(LOOKS_ESCAPED, '_x005F_$1')
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(ESCAPED_MARKUP, (c) => MARKUP[c]);
}

/** An attribute value; whitespace is written as references so attribute normalisation keeps it. */
export function escapeXmlAttribute(value: string): string {
  return value
    .replace(ILLEGAL_XML, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"]/g, (c) => MARKUP[c])
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
