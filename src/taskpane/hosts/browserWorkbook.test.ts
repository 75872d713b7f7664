import { strToU8, zipSync } from 'fflate';
import { XlsxError } from '../../adapters/xlsx/xlsxError';
import { ZipArchive } from '../../adapters/xlsx/zipArchive';
import { browserZipCodec } from './browserWorkbook';

// Node has the web's DecompressionStream, so the browser's path runs here as it does in Chromium.
const text = Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c><c t="inlineStr"><is><t>Faktura №${i} zł</t></is></c></row>`).join('');

async function pieces(archive: ZipArchive): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const piece of archive.pieces(archive.get('a.xml')!)) out.push(piece);
  return out;
}

describe('browserZipCodec', () => {
  const bytes = zipSync({ 'a.xml': [strToU8(text), { level: 6 }] });

  it('inflates with the native inflater, in pieces that add up to the entry', async () => {
    const codec = browserZipCodec();
    expect(codec.inflateRawPieces).toBeDefined();
    const out = await pieces(ZipArchive.read(bytes, codec));
    expect(out.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(Buffer.concat(out))).toBe(text);
  });

  it('reports data the native inflater refuses as a damaged entry', async () => {
    const archive = ZipArchive.read(bytes.slice(), browserZipCodec());
    archive.get('a.xml')!.raw.fill(0xff);
    await expect(pieces(archive)).rejects.toThrow(XlsxError);
  });
});
