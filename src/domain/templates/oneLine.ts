/**
 * Line breaks and other control characters, including the Unicode line and paragraph
 * separators and NEL, which some mail software also treats as line ends.
 */
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

/** What oneLine changes besides the ends; most values (dates, amounts, names) have none, and one test spares two replaces. */
const TO_CHANGE = /[\u0000-\u001f\u007f\u0085\u2028\u2029]| {2}/;

/**
 * Text on one harmless line, for an email subject or a header-like field: every run of line
 * breaks or control characters becomes one space, runs of spaces collapse, ends are trimmed.
 * A value such as "Acme\r\nBcc: x@y.z" can then never start a header of its own.
 * @example oneLine('Acme\r\nBcc: x@y.z') // "Acme Bcc: x@y.z"
 */
export function oneLine(text: string): string {
  if (!TO_CHANGE.test(text)) return text.trim();
  return text.replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
}
