import fc from 'fast-check';
import { oneLine } from './oneLine';

describe('oneLine', () => {
  it('keeps a header-injection attempt on one harmless line', () => {
    expect(oneLine('Acme\r\nBcc: x@y.z')).toBe('Acme Bcc: x@y.z');
  });

  it('treats Unicode line separators, NEL, tabs and NUL as breaks too', () => {
    expect(oneLine('a\u2028b\u2029c\u0085d\te\u0000f')).toBe('a b c d e f');
  });

  it('collapses runs of spaces and trims the ends', () => {
    expect(oneLine('  a  \n\n  b  ')).toBe('a b');
  });

  it('never leaves a CR or LF, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(oneLine(text)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    }));
  });
});

describe('oneLine on text with nothing to replace', () => {
  it('gives what the full replacement gives, whatever the text', () => {
    const full = (text: string) => text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', ' ', '\u00a0', '\t', '\n', '\u2028', '\u3000') }));
    fc.assert(fc.property(text, (t) => expect(oneLine(t)).toBe(full(t))), { numRuns: 5000 });
  });
});
