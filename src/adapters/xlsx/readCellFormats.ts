import { builtinNumberFormat } from './builtinNumberFormat';
import { parseXmlTags } from './xmlTags';

/**
 * The number format of every cell style (cellXfs index), undefined where it is General. Each
 * code is one shared string, so a million dated cells point at the same "m/d/yyyy".
 */
export function readCellFormats(stylesXml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let section = '';
  for (const tag of parseXmlTags(stylesXml)) {
    if (tag.kind === 'close') {
      if (tag.name === section) section = '';
      continue;
    }
    if (tag.name === 'numFmts' || tag.name === 'cellXfs') {
      if (tag.kind === 'open') section = tag.name;
    } else if (section === 'numFmts' && tag.name === 'numFmt') {
      custom.set(Number(tag.attrs.numFmtId), tag.attrs.formatCode ?? '');
    } else if (section === 'cellXfs' && tag.name === 'xf') {
      const id = Number(tag.attrs.numFmtId ?? 0);
      const code = custom.get(id) ?? builtinNumberFormat(id);
      formats.push(code === '' || code.toLowerCase() === 'general' ? undefined : code);
    }
  }
  return formats;
}
