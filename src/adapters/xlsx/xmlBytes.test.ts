import fc from 'fast-check';
import { XmlBytes } from './xmlBytes';

type Op = { text: string } | { whole: number } | { truncateTo: number };

describe('XmlBytes', () => {
  it('writes text and numbers as the UTF-8 of the same string, growing as it goes and truncating to a mark', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ text: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constant('x'.repeat(70_000))) }),
      fc.record({ whole: fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer(), fc.double(), fc.constantFrom(0, -0, 9, 10, 99, 100, 2 ** 53, NaN)) }),
      fc.record({ truncateTo: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const out = new XmlBytes();
        let expected = new Uint8Array(0);
        const append = (text: string) => {
          const bytes = new TextEncoder().encode(text);
          const joined = new Uint8Array(expected.length + bytes.length);
          joined.set(expected);
          joined.set(bytes, expected.length);
          expected = joined;
        };
        for (const o of ops) {
          if ('text' in o) {
            out.text(o.text);
            append(o.text);
          } else if ('whole' in o) {
            out.whole(o.whole);
            append(String(o.whole));
          } else {
            const mark = Math.min(o.truncateTo, out.length);
            out.truncate(mark);
            expected = expected.slice(0, mark);
          }
          expect(out.length).toBe(expected.length);
        }
        expect(Buffer.from(out.written()).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
