/**
 * Namespace prefixes an XML part uses on an element or attribute but never declares: a part
 * Excel would call damaged, though lenient readers (exceljs) take it.
 */
export function undeclaredPrefixes(xml: string): string[] {
  const used = new Set([...xml.matchAll(/<\/?([A-Za-z][\w.-]*):|\s([A-Za-z][\w.-]*):[\w.-]+=/g)].map((m) => m[1] ?? m[2]));
  return [...used].filter((p) => p !== 'xmlns' && p !== 'xml' && !xml.includes(`xmlns:${p}=`));
}
