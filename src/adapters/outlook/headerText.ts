/**
 * Header-safe text: every run of control characters (CR and LF above all, but also NUL, tab,
 * DEL and the C1 block, plus the Unicode line and paragraph separators) becomes one space, and
 * the ends are trimmed. A subject or name taken from a sheet ("Acme\r\nBcc: x@y.z") therefore
 * stays one harmless line; nothing the sheet holds can start a header of its own.
 * @example headerText('Acme\r\nBcc: x@y.z') // "Acme Bcc: x@y.z"
 */
export function headerText(value: string): string {
  return value.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g, ' ').trim();
}
