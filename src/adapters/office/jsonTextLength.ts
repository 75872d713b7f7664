/**
 * JSON.stringify(text).length, counted without making the string: the writer sizes every cell
 * of every row it sends, a hundred thousand of them on a large sheet. Quotes and backslashes
 * take a backslash; control characters a short escape (\n) or \u00XX; a lone surrogate \uXXXX,
 * as JSON.stringify writes it since ES2019.
 */
export function jsonTextLength(text: string): number {
  let length = text.length + 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0xd800 || c > 0xdfff)) continue;
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) length += 1;
    else if (c < 0x20) length += 5;
    else if (c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) i++;
    else length += 5;
  }
  return length;
}
