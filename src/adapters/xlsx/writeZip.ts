import { strToU8 } from 'fflate';
import { crc32 } from './crc32';
import { xlsxErrors } from './xlsxError';
import type { ZipCodec, ZipEntry } from './zipArchive';

/** A file to add to a package: deflated on write, unless given `deflated` already. */
export interface NewZipFile {
  readonly name: string;
  readonly data: Uint8Array;
  /** `data` already deflated (raw DEFLATE). */
  readonly deflated?: Uint8Array;
}

/** An entry of an existing package (copied as stored, bytes untouched) or a new file. */
export type ZipFile = ZipEntry | NewZipFile;

const FLAG_UTF8 = 0x0800;
// Keeps the UTF-8 name flag and the deflate-level hints; drops the data-descriptor flag
// because the sizes go into the local header.
const KEPT_FLAGS = FLAG_UTF8 | 0x0006;
const VERSION = 20;
/** 1980-01-01 00:00, the earliest DOS date: fixed so the same content gives the same bytes. */
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;

/** What the central directory needs of an entry once its data is written. */
type Written = Omit<ZipEntry, 'name' | 'raw'> & { readonly offset: number };

function isEntry(file: ZipFile): file is ZipEntry {
  return 'raw' in file;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

/**
 * Writes a zip package. Existing entries are copied with their compressed bytes, CRC and name
 * unchanged, so every part the product does not own stays byte-identical.
 */
export function writeZip(files: readonly ZipFile[], codec: ZipCodec): Uint8Array {
  if (files.length >= 0xffff) throw xlsxErrors.zip64();
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const file of files) {
    let entry: Omit<Written, 'offset'>;
    let data: Uint8Array;
    if (isEntry(file)) {
      data = file.raw;
      entry = { ...file, flags: file.flags & KEPT_FLAGS };
    } else {
      data = file.deflated ?? codec.deflateRaw(file.data);
      entry = {
        nameBytes: strToU8(file.name),
        method: 8,
        crc32: codec.crc32 ? codec.crc32(file.data) : crc32(file.data),
        compressedSize: data.length,
        uncompressedSize: file.data.length,
        flags: isAscii(file.name) ? 0 : FLAG_UTF8,
        versionMadeBy: VERSION,
        modTime: 0,
        modDate: FIXED_DATE,
        externalAttributes: 0,
      };
    }
    const header = new Uint8Array(30 + entry.nameBytes.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, entry.flags, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, entry.modTime, true);
    view.setUint16(12, entry.modDate, true);
    view.setUint32(14, entry.crc32, true);
    view.setUint32(18, entry.compressedSize, true);
    view.setUint32(22, entry.uncompressedSize, true);
    view.setUint16(26, entry.nameBytes.length, true);
    header.set(entry.nameBytes, 30);
    chunks.push(header, data);
    written.push({ ...entry, offset });
    offset += header.length + data.length;
    if (offset > 0xffffffff) throw xlsxErrors.zip64();
  }

  const directoryOffset = offset;
  for (const entry of written) {
    const record = new Uint8Array(46 + entry.nameBytes.length);
    const view = new DataView(record.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, entry.versionMadeBy, true);
    view.setUint16(6, VERSION, true);
    view.setUint16(8, entry.flags, true);
    view.setUint16(10, entry.method, true);
    view.setUint16(12, entry.modTime, true);
    view.setUint16(14, entry.modDate, true);
    view.setUint32(16, entry.crc32, true);
    view.setUint32(20, entry.compressedSize, true);
    view.setUint32(24, entry.uncompressedSize, true);
    view.setUint16(28, entry.nameBytes.length, true);
    view.setUint32(38, entry.externalAttributes, true);
    view.setUint32(42, entry.offset, true);
    record.set(entry.nameBytes, 46);
    chunks.push(record);
    offset += record.length;
  }

  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directoryOffset, true);
  view.setUint32(16, directoryOffset, true);
  chunks.push(end);

  const out = new Uint8Array(offset + end.length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
