import { inflateSync, strToU8, zipSync } from 'fflate';
import { crc32 } from '../adapters/xlsx/crc32';
import { fflateCodec, ZipArchive } from '../adapters/xlsx/zipArchive';
import { openXlsx } from '../adapters/xlsx/xlsxWorkbook';
import { XlsxError } from '../adapters/xlsx/xlsxError';
import { deflateInPieces, nodeZipCodec } from './nodeZipCodec';

const CENTRAL_SIGNATURE = [0x50, 0x4b, 0x01, 0x02];

/** The package with the first central directory entry's uncompressed size replaced. */
function withStatedSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const at = copy.findIndex((_, i) => CENTRAL_SIGNATURE.every((b, k) => copy[i + k] === b));
  new DataView(copy.buffer).setUint32(at + 24, size, true);
  return copy;
}

async function collect(archive: ZipArchive, name: string): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  for await (const piece of archive.pieces(archive.get(name)!)) pieces.push(piece);
  return pieces;
}

async function rejection(promise: Promise<unknown>): Promise<XlsxError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof XlsxError) return error;
    throw error;
  }
  throw new Error('expected an XlsxError');
}

/** About 3 MB that compress well but not trivially, with multi-byte characters throughout. */
const big = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i * 7919}</v></c><c t="inlineStr"><is><t>Счёт №${i} — zł €</t></is></c></row>`).join('');

describe('nodeZipCodec pieces', () => {
  const bytes = zipSync({ 'a.xml': [strToU8(big), { level: 6 }] });

  it('inflates a large entry in several pieces that add up to the entry', async () => {
    const pieces = await collect(ZipArchive.read(bytes, nodeZipCodec()), 'a.xml');
    expect(pieces.length).toBeGreaterThan(2);
    expect(Buffer.concat(pieces).equals(Buffer.from(strToU8(big)))).toBe(true);
  });

  it('gives the whole entry as one piece with a codec that cannot stream', async () => {
    const pieces = await collect(ZipArchive.read(bytes, fflateCodec), 'a.xml');
    expect(pieces).toHaveLength(1);
    expect(Buffer.from(pieces[0]).equals(Buffer.from(strToU8(big)))).toBe(true);
  });

  it('reports data that cannot be inflated as damaged', async () => {
    const archive = ZipArchive.read(bytes.slice(), nodeZipCodec());
    archive.get('a.xml')!.raw.fill(0xff);
    const error = await rejection(collect(archive, 'a.xml'));
    expect(error.message).toMatch(/cannot be decompressed/);
  });

  it.each([['smaller', -1000], ['larger', 1000]])('reports an entry whose stated size is %s than its data as damaged', async (_, delta) => {
    const archive = ZipArchive.read(withStatedSize(bytes, strToU8(big).length + delta), nodeZipCodec());
    const error = await rejection(collect(archive, 'a.xml'));
    expect(error.message).toMatch(/wrong size/);
  });

  it('reads a worksheet streamed in pieces exactly as read whole', async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${big}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    const parts = {
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
    };
    const book = zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
    const streamed = await openXlsx(book, nodeZipCodec()).readSheet('S');
    expect(streamed.rows).toHaveLength(60_000);
    expect(streamed.rows[59_999]).toEqual([59_999 * 7919, 'Счёт №59999 — zł €']);
    expect(streamed).toEqual(await openXlsx(book, fflateCodec).readSheet('S'));
  });
});

describe('nodeZipCodec crc32', () => {
  it('agrees with the portable CRC-32', () => {
    const codec = nodeZipCodec();
    const data = strToU8(big);
    expect(codec.crc32?.(data)).toBe(crc32(data));
    expect(codec.crc32?.(new Uint8Array(0))).toBe(0);
  });
});

describe('nodeZipCodec deflateRawAsync', () => {
  it('gives the same bytes as deflateRaw below a megabyte', async () => {
    const codec = nodeZipCodec();
    for (const data of [new Uint8Array(0), strToU8('a'), strToU8(big.slice(0, 500_000))]) {
      expect(Buffer.from(await codec.deflateRawAsync!(data)).equals(Buffer.from(codec.deflateRaw(data)))).toBe(true);
    }
  });

  it('deflates a large part in pieces that join into one stream, as small as deflating it whole', async () => {
    const codec = nodeZipCodec();
    // 3 MB and 7 MB: cut where a multi-byte character or a repeat may straddle the cut.
    for (const [data, cores] of [[strToU8(big), 2], [strToU8(big + big.slice(7) + big.slice(13)), 5]] as const) {
      const pieces = await deflateInPieces(data, cores);
      const whole = codec.deflateRaw(data);
      // Read back by an independent inflater too (the browser's codec).
      expect(Buffer.from(inflateSync(pieces)).equals(Buffer.from(data))).toBe(true);
      expect(Buffer.from(codec.inflateRaw(pieces, data.length)).equals(Buffer.from(data))).toBe(true);
      expect(Math.abs(pieces.length - whole.length) / whole.length).toBeLessThan(0.01);
    }
  });
});
