import * as zlib from 'node:zlib';
import type { ZipCodec } from '../adapters/xlsx/zipArchive';

/** Node's native zlib: several times faster than the portable codec on large sheets. */
export function nodeZipCodec(): ZipCodec {
  return {
    inflateRaw: (data, uncompressedSize) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(uncompressedSize, 1) }),
    deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }),
  };
}
