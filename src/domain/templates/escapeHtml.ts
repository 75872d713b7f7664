const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe anywhere in HTML, in element content and in quoted attribute values:
 * & < > " ' become entities, and control characters that HTML forbids are dropped.
 * @example escapeHtml('<b>"Acme" & Sons</b>') // "&lt;b&gt;&quot;Acme&quot; &amp; Sons&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/**
 * Escaped text whose line breaks (CRLF, CR or LF, as sheet cells hold them) become `<br>`.
 * @example escapeHtmlLines('Bank A\r\nIBAN <1>') // "Bank A<br>IBAN &lt;1&gt;"
 */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>');
}
