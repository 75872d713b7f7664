import fc from 'fast-check';
import { utf8Bytes, utf8Length } from './utf8Bytes';

describe('utf8Bytes', () => {
  it('matches TextEncoder for any string, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Array.from(utf8Bytes(text))).toEqual(Array.from(encoder.encode(text)));
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
    );
  });

  it('encodes 1- to 4-byte characters', () => {
    expect(Array.from(utf8Bytes('zł₽🙏'))).toEqual([0x7a, 0xc5, 0x82, 0xe2, 0x82, 0xbd, 0xf0, 0x9f, 0x99, 0x8f]);
    expect(Array.from(utf8Bytes('\ud800x'))).toEqual([0xef, 0xbf, 0xbd, 0x78]);
  });
});
