import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import type { ZipCodec } from '../adapters/xlsx/zipArchive';

/** Pieces of a streamed inflate: big enough to keep callbacks few, small enough to start work early. */
const PIECE_BYTES = 1 << 20;

/**
 * Node's native zlib: several times faster than the portable codec on large sheets, and its
 * streams inflate on the thread pool, so a sheet's rows are scanned while the next ones inflate.
 */
export function nodeZipCodec(): ZipCodec {
  return {
    inflateRaw: (data, uncompressedSize) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(uncompressedSize, 1) }),
    deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }),
    // Room for the whole output in one piece: zlib goes back to the main thread between pieces,
    // so with the default 16 KB it would make no progress while that thread renders a sheet.
    deflateRawAsync: (data) => promisify(zlib.deflateRaw)(data, { level: 6, chunkSize: Math.max(64 * 1024, data.length + 1024) }),
    inflateRawPieces: (data) => {
      // A piece fills the stream's buffer, so the inflater keeps one piece ahead of the reader.
      const inflater = zlib.createInflateRaw({ chunkSize: PIECE_BYTES });
      inflater.end(data);
      return inflater;
    },
    // zlib.crc32 came with Node 20.15; earlier Nodes keep the portable one.
    crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : undefined,
  };
}
