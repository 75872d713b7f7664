import { endsName, readRichText, rootPrefix, SLASH } from './xmlScan';

/** The shared string table: plain text of every <si>, rich-text runs joined, phonetic guides dropped. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const prefix = rootPrefix(xml);
  const open = `<${prefix}si`;
  const end = { at: 0 };
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at)) {
    const after = at + open.length;
    if (!endsName(xml.charCodeAt(after))) {
      at = after;
      continue;
    }
    const gt = xml.indexOf('>', after);
    if (gt === -1) break;
    if (xml.charCodeAt(gt - 1) === SLASH) {
      strings.push('');
      at = gt + 1;
    } else {
      strings.push(readRichText(xml, gt + 1, prefix, 'si', end));
      at = end.at;
    }
  }
  return strings;
}
