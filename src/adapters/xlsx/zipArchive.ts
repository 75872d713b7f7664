import { deflateSync, inflateSync, strFromU8 } from 'fflate';
import { utf8Text } from './utf8Text';
import { xlsxErrors } from './xlsxError';

/**
 * Raw DEFLATE (no zlib or gzip header), the form zip entries store. Injectable so the Node CLI
 * can use node:zlib, which is several times faster than the portable default.
 */
export interface ZipCodec {
  inflateRaw(data: Uint8Array, uncompressedSize: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  /**
   * The inflated data in pieces, inflated off the calling thread while the caller works on the
   * pieces before (Node's zlib runs on its thread pool). Absent where that cannot be done.
   */
  inflateRawPieces?(data: Uint8Array): AsyncIterable<Uint8Array>;
  /**
   * Deflates off the calling thread where the host can (Node's zlib thread pool), so a part is
   * compressed while the next one is being written.
   */
  deflateRawAsync?(data: Uint8Array): Promise<Uint8Array>;
  /** A native CRC-32 where the host has one; the portable one is used otherwise. */
  crc32?(data: Uint8Array): number;
}

export const fflateCodec: ZipCodec = {
  inflateRaw: (data, uncompressedSize) => inflateSync(data, { out: new Uint8Array(uncompressedSize) }),
  deflateRaw: (data) => deflateSync(data, { level: 6 }),
};

/** One file of a zip package, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** The name exactly as stored, so a copied entry keeps byte-identical naming. */
  readonly nameBytes: Uint8Array;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly flags: number;
  readonly versionMadeBy: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly externalAttributes: number;
  /** The entry's data exactly as stored (still compressed for method 8). */
  readonly raw: Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** OLE2/CFB: Excel's container for password-protected .xlsx files and for legacy .xls. */
function isOleContainer(bytes: Uint8Array): boolean {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= ole.length && ole.every((b, i) => bytes[i] === b);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_SIZE; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && u32(bytes, i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/**
 * A zip package read from its central directory. Entries are located eagerly (cheap) and
 * inflated only when asked for, so opening a workbook costs little more than reading its index.
 */
export class ZipArchive {
  private readonly byName: ReadonlyMap<string, ZipEntry>;

  private constructor(
    readonly entries: readonly ZipEntry[],
    private readonly codec: ZipCodec,
  ) {
    const byName = new Map<string, ZipEntry>();
    // Part names in a package compare case-insensitively; the first of any duplicates wins.
    for (const entry of entries) if (!byName.has(entry.name.toLowerCase())) byName.set(entry.name.toLowerCase(), entry);
    this.byName = byName;
  }

  static read(bytes: Uint8Array, codec: ZipCodec = fflateCodec): ZipArchive {
    if (isOleContainer(bytes)) throw xlsxErrors.oleContainer();
    const startsLikeZip = bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIGNATURE;
    const eocd = bytes.length >= EOCD_SIZE ? findEndOfCentralDirectory(bytes) : -1;
    if (eocd < 0) throw startsLikeZip ? xlsxErrors.damaged('its zip directory is missing') : xlsxErrors.notAZip();

    if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0) throw xlsxErrors.multiDisk();
    const count = u16(bytes, eocd + 10);
    const directorySize = u32(bytes, eocd + 12);
    const directoryOffset = u32(bytes, eocd + 16);
    // Some writers add zip64 records to small files; only sizes that need them are refused.
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      if (eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR_SIGNATURE) throw xlsxErrors.zip64();
    }
    if (directoryOffset + directorySize > eocd) throw xlsxErrors.damaged('its zip directory points past the end of the file');

    const entries: ZipEntry[] = [];
    let p = directoryOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > eocd || u32(bytes, p) !== CENTRAL_SIGNATURE) throw xlsxErrors.damaged('its zip directory is corrupt');
      const flags = u16(bytes, p + 8);
      const nameLength = u16(bytes, p + 28);
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
      const name = strFromU8(nameBytes, (flags & FLAG_UTF8) === 0);
      if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw xlsxErrors.encryptedEntry(name);
      const compressedSize = u32(bytes, p + 20);
      const uncompressedSize = u32(bytes, p + 24);
      const localOffset = u32(bytes, p + 42);
      if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) throw xlsxErrors.zip64();
      if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL_SIGNATURE) {
        throw xlsxErrors.damaged(`the entry "${name}" is missing`);
      }
      // The local header's extra field may differ from the central one, so its own length counts.
      const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
      if (dataStart + compressedSize > bytes.length) throw xlsxErrors.damaged(`the entry "${name}" is cut short`);
      entries.push({
        name,
        nameBytes,
        method: u16(bytes, p + 10),
        crc32: u32(bytes, p + 16),
        compressedSize,
        uncompressedSize,
        flags,
        versionMadeBy: u16(bytes, p + 4),
        modTime: u16(bytes, p + 12),
        modDate: u16(bytes, p + 14),
        externalAttributes: u32(bytes, p + 38),
        raw: bytes.subarray(dataStart, dataStart + compressedSize),
      });
      p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    }
    return new ZipArchive(entries, codec);
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The entry's uncompressed bytes; for stored entries a view of the package (do not modify). */
  bytes(entry: ZipEntry): Uint8Array {
    if (entry.method === 0) return entry.raw;
    if (entry.method !== 8) throw xlsxErrors.compressionMethod(entry.name, entry.method);
    let data: Uint8Array;
    try {
      data = this.codec.inflateRaw(entry.raw, entry.uncompressedSize);
    } catch {
      throw xlsxErrors.damaged(`the entry "${entry.name}" cannot be decompressed`);
    }
    if (data.length !== entry.uncompressedSize) throw xlsxErrors.damaged(`the entry "${entry.name}" has the wrong size`);
    return data;
  }

  /**
   * The entry's uncompressed bytes in pieces, each of which may be worked on while the codec
   * inflates the next (see ZipCodec.inflateRawPieces); one piece when the codec cannot do that.
   */
  async *pieces(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const stream = entry.method === 8 ? this.codec.inflateRawPieces : undefined;
    if (!stream) {
      yield this.bytes(entry);
      return;
    }
    const iterator = stream(entry.raw)[Symbol.asyncIterator]();
    let size = 0;
    try {
      for (;;) {
        let step: IteratorResult<Uint8Array>;
        try {
          step = await iterator.next();
        } catch {
          throw xlsxErrors.damaged(`the entry "${entry.name}" cannot be decompressed`);
        }
        if (step.done) break;
        size += step.value.length;
        // Checked as the pieces come, so a forged size cannot make the inflater run on unbounded.
        if (size > entry.uncompressedSize) break;
        yield step.value;
      }
    } finally {
      await iterator.return?.();
    }
    if (size !== entry.uncompressedSize) throw xlsxErrors.damaged(`the entry "${entry.name}" has the wrong size`);
  }

  /** The named entry decoded as UTF-8 text, or undefined when the package has no such entry. */
  text(name: string): string | undefined {
    const entry = this.get(name);
    return entry && utf8Text(this.bytes(entry));
  }
}
