import fc from 'fast-check';
import { base64, base64Lines } from './base64';

describe('base64', () => {
  it('matches Node for any bytes, and wraps at 76 characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const expected = Buffer.from(bytes).toString('base64');
        expect(base64(bytes)).toBe(expected);
        const lines = base64Lines(bytes).split('\r\n');
        expect(lines.join('')).toBe(expected);
        expect(lines.every((line) => line.length <= 76)).toBe(true);
      }),
    );
  });

  it('pads', () => {
    expect(['', 'M', 'Ma', 'Man'].map((s) => base64(Uint8Array.from(s, (c) => c.charCodeAt(0))))).toEqual(['', 'TQ==', 'TWE=', 'TWFu']);
  });
});
