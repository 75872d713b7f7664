/**
 * A piece of a file name safe on every file system: letters and digits of any script, "-" and
 * "_", at most `max` characters; empty input gives `fallback`.
 * @example safeFileName('Acme / Sp. z o.o.') // "Acme-Sp-z-o-o"
 */
export function safeFileName(text: string, max = 60, fallback = 'customer'): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, max) || fallback;
}
