import fc from 'fast-check';
import { strFromU8 } from 'fflate';
import { Utf8Pieces, utf8Text } from './utf8Text';

describe('utf8Text', () => {
  it('decodes any bytes exactly as strFromU8 does: BOM dropped, broken sequences as U+FFFD', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x3c, 0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff));
    fc.assert(
      fc.property(fc.boolean(), fc.array(byte, { maxLength: 24 }), (bom, bytes) => {
        const data = new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...bytes]);
        expect(utf8Text(data)).toBe(strFromU8(data));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('Utf8Pieces', () => {
  it('decodes bytes cut into pieces anywhere exactly as utf8Text decodes them whole', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x41, 0x80, 0xbf, 0xc0, 0xc3, 0xd0, 0xe0, 0xe2, 0xef, 0xbb, 0xbf, 0xf0, 0xf4, 0xff));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }), (list, cuts) => {
        const data = new Uint8Array(list);
        const points = [...new Set(cuts.map((c) => Math.min(c, data.length)))].sort((a, b) => a - b);
        const ends = [...points, data.length];
        const pieces = new Utf8Pieces();
        const text = ends.flatMap((end, i) => pieces.decode(data.subarray(i === 0 ? 0 : points[i - 1], end), i === ends.length - 1)).join('');
        expect(text).toBe(utf8Text(data));
      }),
      { numRuns: 20000 },
    );
  });

  it('with a marker, cuts each piece just past its last marker, and the texts join to the same whole', () => {
    const token = fc.constantFrom('</row>', '<row r="1">', 'row>', 'r', 'ow>', '<c>', 'é', '€', '😀');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }), (tokens, cuts) => {
        const data = new TextEncoder().encode(tokens.join(''));
        const points = [...new Set(cuts.map((c) => Math.min(c, data.length)))].sort((a, b) => a - b);
        const ends = [...points, data.length];
        const pieces = new Utf8Pieces('row>');
        const texts = ends.flatMap((end, i) => pieces.decode(data.subarray(i === 0 ? 0 : points[i - 1], end), i === ends.length - 1));
        expect(texts.join('')).toBe(utf8Text(data));
        // A text before the last that holds the marker ends with it; one without is cut at a character.
        for (const text of texts.slice(0, -1)) expect(!text.includes('row>') || text.endsWith('row>')).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
