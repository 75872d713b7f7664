import { DecodeUTF8, Inflate } from 'fflate';
import { xlsxErrors } from './xlsxError';
import type { ZipEntry } from './zipArchive';
import { endsName, rootPrefix } from './xmlScan';

const FIRST_CHUNK = 16 * 1024;

/**
 * The start of a worksheet part, just long enough to hold its first `maxRows` rows: the part is
 * inflated and decoded a piece at a time and abandoned as soon as the next row begins, so
 * sniffing the header of every sheet does not pay for inflating every sheet. (This uses fflate's
 * streaming inflater directly because ZipCodec has no streaming form.)
 *
 * The k-th <row> element is sheet row k or later, so everything about rows 1..maxRows lies
 * before the (maxRows + 1)-th <row> tag.
 */
export function readSheetPrefix(entry: ZipEntry, maxRows: number): { xml: string; complete: boolean } {
  if (entry.method !== 0 && entry.method !== 8) throw xlsxErrors.compressionMethod(entry.name, entry.method);
  let xml = '';
  const decoder = new DecodeUTF8((text) => {
    xml += text;
  });
  const inflater = entry.method === 8 ? new Inflate((data, final) => decoder.push(data, final)) : null;

  let rowTag: string | null = null;
  let searchFrom = 0;
  let rowsSeen = 0;
  // Growing chunks keep the number of passes (each of which flattens the text so far) logarithmic.
  for (let offset = 0, size = FIRST_CHUNK; offset < entry.raw.length || offset === 0; offset += size, size *= 2) {
    const final = offset + size >= entry.raw.length;
    const chunk = entry.raw.subarray(offset, offset + size);
    try {
      if (inflater) inflater.push(chunk, final);
      else decoder.push(chunk, final);
    } catch {
      throw xlsxErrors.damaged(`the entry "${entry.name}" cannot be decompressed`);
    }
    if (rowTag === null && xml.indexOf('sheetData') !== -1) rowTag = `<${rootPrefix(xml)}row`;
    if (rowTag === null) continue;
    for (let at = xml.indexOf(rowTag, searchFrom); at !== -1; at = xml.indexOf(rowTag, at + 1)) {
      if (at + rowTag.length >= xml.length) break; // the name may go on in the next piece
      searchFrom = at + 1;
      if (endsName(xml.charCodeAt(at + rowTag.length)) && ++rowsSeen > maxRows) return { xml: xml.slice(0, at), complete: false };
    }
    searchFrom = Math.max(searchFrom, xml.length - rowTag.length);
    if (final) break;
  }
  return { xml, complete: true };
}
