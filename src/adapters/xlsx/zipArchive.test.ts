import { deflateSync, strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { crc32 } from './crc32';
import { writeZip } from './writeZip';
import { XlsxError } from './xlsxError';
import { fflateCodec, ZipArchive, type ZipCodec } from './zipArchive';

const text = (s: string) => strToU8(s);

function errorOf(fn: () => unknown): XlsxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error('expected an XlsxError');
}

/** A zip written by fflate's streaming writer: sizes and CRC come after the data (flag bit 3). */
function streamedZip(files: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, content] of Object.entries(files)) {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(text(content), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe('ZipArchive', () => {
  it('lists entries with method, CRC and sizes, and inflates them on demand', () => {
    const bytes = zipSync({ 'a.xml': [text('<a>'.repeat(100)), { level: 9 }], 'b.bin': [text('stored'), { level: 0 }] });
    const archive = ZipArchive.read(bytes);
    expect(archive.entries.map((e) => e.name)).toEqual(['a.xml', 'b.bin']);
    const a = archive.get('A.XML')!;
    expect(a.method).toBe(8);
    expect(a.uncompressedSize).toBe(300);
    expect(a.compressedSize).toBe(a.raw.length);
    expect(a.compressedSize).toBeLessThan(300);
    expect(a.crc32).toBe(crc32(text('<a>'.repeat(100))));
    expect(archive.text('a.xml')).toBe('<a>'.repeat(100));
    expect(archive.get('b.bin')!.method).toBe(0);
    expect(archive.text('b.bin')).toBe('stored');
    expect(archive.text('missing')).toBeUndefined();
  });

  it('reads entries whose sizes follow the data (data descriptors)', () => {
    const archive = ZipArchive.read(streamedZip({ 'x.xml': 'hello', 'y.xml': 'world' }));
    expect(archive.entries[0].flags & 0x8).toBe(8);
    expect(archive.text('x.xml')).toBe('hello');
    expect(archive.text('y.xml')).toBe('world');
  });

  it('copies existing entries byte for byte and deflates new ones', () => {
    const original = ZipArchive.read(streamedZip({ 'keep.xml': 'keep me '.repeat(50), 'old.xml': 'old' }));
    const out = writeZip([original.get('keep.xml')!, { name: 'new.xml', data: text('brand new') }], fflateCodec);
    const copy = ZipArchive.read(out);
    const kept = copy.get('keep.xml')!;
    expect(kept.raw).toEqual(original.get('keep.xml')!.raw);
    expect(kept.crc32).toBe(original.get('keep.xml')!.crc32);
    expect(kept.flags & 0x8).toBe(0);
    expect(copy.get('new.xml')!.method).toBe(8);
    // An independent reader agrees, CRCs included.
    const unzipped = unzipSync(out);
    expect(Object.keys(unzipped)).toEqual(['keep.xml', 'new.xml']);
    expect(strFromU8(unzipped['new.xml'])).toBe('brand new');
    expect(strFromU8(unzipped['keep.xml'])).toBe('keep me '.repeat(50));
  });

  it('writes the same bytes for the same files', () => {
    const files = [{ name: 'a.xml', data: text('<a/>') }];
    expect(writeZip(files, fflateCodec)).toEqual(writeZip(files, fflateCodec));
  });

  it('uses an injected codec to inflate and deflate', () => {
    const calls: string[] = [];
    const codec: ZipCodec = {
      inflateRaw: (data, size) => {
        calls.push(`inflate ${size}`);
        return fflateCodec.inflateRaw(data, size);
      },
      deflateRaw: (data) => {
        calls.push(`deflate ${data.length}`);
        return deflateSync(data);
      },
    };
    const out = writeZip([{ name: 'n.xml', data: text('12345') }], codec);
    expect(ZipArchive.read(out, codec).text('n.xml')).toBe('12345');
    expect(calls).toEqual(['deflate 5', 'inflate 5']);
  });

  it('marks non-ASCII names as UTF-8', () => {
    const out = writeZip([{ name: 'xl/media/счёт.png', data: text('x') }], fflateCodec);
    expect(ZipArchive.read(out).entries[0].name).toBe('xl/media/счёт.png');
  });

  it('refuses files that are not zips, or are cut short', () => {
    expect(errorOf(() => ZipArchive.read(text('just some text, not a zip at all'))).code).toBe('not-a-zip');
    expect(errorOf(() => ZipArchive.read(new Uint8Array(0))).code).toBe('not-a-zip');
    const whole = zipSync({ 'a.xml': text('content '.repeat(1000)) });
    const cut = errorOf(() => ZipArchive.read(whole.subarray(0, whole.length - 30)));
    expect(cut.code).toBe('not-a-zip');
    expect(cut.message).toMatch(/damaged or incomplete/);
  });

  it('refuses encrypted entries', () => {
    const bytes = zipSync({ 'a.xml': text('secret') });
    const central = findSignature(bytes, 0x02014b50);
    bytes[central + 8] |= 1;
    const error = errorOf(() => ZipArchive.read(bytes));
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('a.xml');
  });

  it('refuses zip64 archives', () => {
    const bytes = zipSync({ 'a.xml': text('x') });
    const eocd = findSignature(bytes, 0x06054b50);
    const withLocator = new Uint8Array(bytes.length + 20);
    withLocator.set(bytes.subarray(0, eocd));
    new DataView(withLocator.buffer).setUint32(eocd, 0x07064b50, true);
    withLocator.set(bytes.subarray(eocd), eocd + 20);
    new DataView(withLocator.buffer).setUint32(eocd + 20 + 16, 0xffffffff, true);
    const error = errorOf(() => ZipArchive.read(withLocator));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/zip64/);
  });

  it('reports entries it cannot decompress as damaged', () => {
    const bytes = zipSync({ 'a.xml': [text('abc'.repeat(100)), { level: 9 }] });
    const archive = ZipArchive.read(bytes);
    archive.get('a.xml')!.raw.fill(0xff);
    expect(errorOf(() => archive.text('a.xml')).code).toBe('not-a-zip');
  });
});

function findSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === signature) return i;
  throw new Error('signature not found');
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
