// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { cellText, isBlank } from './cellText';

/** Every character String.prototype.trim() removes, and some it keeps. */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b', '\u0085'];

describe('cellText and isBlank on text cells', () => {
  it('are trim() and trim() === "", whatever the ends hold', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...SPACES), fc.string({ maxLength: 3 }), fc.constantFrom('A', '~', '!', 'é', 'Ж', '\u0000', '\u007f')), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(cellText(value)).toBe(value.trim());
        expect(isBlank(value)).toBe(value.trim() === '');
      }),
      { numRuns: 20000 },
    );
  });
});
