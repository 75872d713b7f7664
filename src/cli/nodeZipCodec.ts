import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import type { ZipCodec } from '../adapters/xlsx/zipArchive';

/** Pieces of a streamed inflate: big enough to keep callbacks few, small enough to start work early. */
const PIECE_BYTES = 1 << 20;
/** A part is deflated in pieces of at least this many bytes, one per core (see deflateInPieces). */
const DEFLATE_PIECE_BYTES = 1 << 20;
/** The most a deflate stream can expand: 258 bytes from 2 bits (zlib's own bound is 1032:1). */
const MAX_DEFLATE_RATIO = 1032;
/** Deflate looks back at most this far: a piece primed with it compresses as if not cut. */
const WINDOW_BYTES = 32 * 1024;

const deflateRaw = promisify(zlib.deflateRaw);

/**
 * Deflates on several of the thread pool's threads at once, as pigz does: each piece but the
 * last ends with a sync flush (byte-aligned, not final) rather than finishing the stream, and
 * each piece but the first is primed with the 32 KB before it, which a reader of the joined
 * stream has just inflated, so the pieces join into one stream of about the same size. A large
 * part (a long Collections log) is the last thing a refresh waits for, on an otherwise idle
 * machine: one thread per core gets it done in about half the time on 2 cores.
 */
export async function deflateInPieces(data: Uint8Array, cores = availableParallelism()): Promise<Uint8Array> {
  const count = Math.max(1, Math.min(cores, Math.floor(data.length / DEFLATE_PIECE_BYTES)));
  const size = Math.ceil(data.length / count);
  const pieces: Promise<Uint8Array>[] = [];
  for (let start = 0; start < data.length || pieces.length === 0; start += size) {
    const end = Math.min(data.length, start + size);
    const last = end >= data.length;
    pieces.push(
      deflateRaw(data.subarray(start, end), {
        level: 6,
        // Room for the whole output in one piece: zlib goes back to the main thread between
        // pieces, so with the default 16 KB it would make no progress while that thread renders.
        chunkSize: Math.max(64 * 1024, end - start + 1024),
        finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        ...(start > 0 ? { dictionary: data.subarray(Math.max(0, start - WINDOW_BYTES), start) } : {}),
      }),
    );
  }
  const deflated = await Promise.all(pieces);
  return deflated.length === 1 ? deflated[0] : Buffer.concat(deflated);
}

/**
 * Node's native zlib: several times faster than the portable codec on large sheets, and its
 * streams inflate on the thread pool, so a sheet's rows are scanned while the next ones inflate.
 */
export function nodeZipCodec(): ZipCodec {
  return {
    // One output chunk of the stated size: with the default 16 KB, a large part (a long log
    // kept in place) came back as thousands of chunks joined in one more copy. No bigger than
    // the data can inflate to (deflate expands at most 1032 times), whatever a damaged file states.
    inflateRaw: (data, uncompressedSize) =>
      zlib.inflateRawSync(data, { maxOutputLength: Math.max(uncompressedSize, 1), chunkSize: Math.max(64, Math.min(uncompressedSize, data.length * MAX_DEFLATE_RATIO + 64)) }),
    deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }),
    deflateRawAsync: (data) => deflateInPieces(data),
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
