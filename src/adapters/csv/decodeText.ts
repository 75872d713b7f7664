import { strFromU8 } from 'fflate';
import { decodeWindowsCodePage } from './windowsCodePage';

/** Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF. */
function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const more = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (more === 0 || i + more >= bytes.length) return false;
    let code = lead & (0x3f >> more);
    for (let k = 1; k <= more; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return false;
      code = (code << 6) | (next & 0x3f);
    }
    const smallest = more === 1 ? 0x80 : more === 2 ? 0x800 : 0x10000;
    if (code < smallest || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
    i += more + 1;
  }
  return true;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const CHUNK = 8192;
  let text = '';
  const units = new Uint16Array(CHUNK);
  for (let start = 2; start + 1 < bytes.length; start += CHUNK * 2) {
    let n = 0;
    for (let i = start; i + 1 < bytes.length && n < CHUNK; i += 2) {
      units[n++] = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    }
    text += String.fromCharCode(...units.subarray(0, n));
  }
  return text;
}

/**
 * Cyrillic text in 1251 is made of runs of high bytes (whole words), while Western text in 1252
 * has an accented letter here and there between ASCII letters.
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let letters = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0xc0) continue;
    letters++;
    if ((i > 0 && bytes[i - 1] >= 0xc0) || (i + 1 < bytes.length && bytes[i + 1] >= 0xc0)) inRuns++;
  }
  return letters === 0 || inRuns * 2 >= letters;
}

/**
 * The text of a file whose encoding nobody stated: a byte-order mark decides (UTF-8, UTF-16 LE
 * or BE); otherwise valid UTF-8 is UTF-8, and anything else is taken as the Windows code page
 * that spreadsheets and accounting exports use (1251 for Cyrillic, else 1252).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strFromU8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);
  if (isUtf8(bytes)) return strFromU8(bytes);
  return decodeWindowsCodePage(bytes, looksCyrillic(bytes) ? 1251 : 1252);
}
