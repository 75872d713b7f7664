import { openXlsx, type XlsxWorkbook } from '../../adapters/xlsx/xlsxWorkbook';
import { fflateCodec, type ZipCodec } from '../../adapters/xlsx/zipArchive';

/** Whether this browser inflates raw DEFLATE natively (Chromium 103, Firefox 113, Safari 16.4). */
function hasNativeInflate(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

async function* inflatePieces(data: Uint8Array): AsyncGenerator<Uint8Array> {
  // The package was read from a File, so its bytes are an ArrayBuffer's, never shared memory.
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * fflate, with the browser's own inflater for sheets where it has one: native code, and the
 * sheet is scanned a piece at a time as it inflates instead of held whole twice (bytes and text).
 */
export function browserZipCodec(): ZipCodec {
  return hasNativeInflate() ? { ...fflateCodec, inflateRawPieces: inflatePieces } : fflateCodec;
}

/** An opened package read with browserZipCodec; this module is the pane's lazily loaded "xlsx" chunk. */
export function openBrowserWorkbook(bytes: Uint8Array): XlsxWorkbook {
  return openXlsx(bytes, browserZipCodec());
}
