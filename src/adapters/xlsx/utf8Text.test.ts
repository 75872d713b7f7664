import fc from 'fast-check';
import { strFromU8 } from 'fflate';
import { utf8Text } from './utf8Text';

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
