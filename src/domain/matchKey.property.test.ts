// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import { matchKey, matchKeyHash } from './matchKey';
import { MatchKeyFilter } from './matchKeyFilter';

/** Spaces trim() removes and keeps, ASCII and other letters whose case folds, and plain text. */
const PIECES = ['\t', '\n', '\r', ' ', '\u00a0', '\u2003', '\ufeff', '\u200b', 'A', 'a', 'Z', 'z', '@', '[', '`', '{', 'É', 'é', 'Ж', 'ж', 'İ', 'ß', 'Σ', '-', '0'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 8 }).map((parts) => parts.join(''));

describe('matchKeyHash', () => {
  it('is equal for texts with the same match key, however they are spaced and cased', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(matchKeyHash(value)).toBe(matchKeyHash(matchKey(value)));
        expect(matchKeyHash(value)).toBe(matchKeyHash(`\t${value.toLowerCase()}\u00a0`));
        const ascii = value.replace(/[^\x20-\x7e]/g, '');
        expect(matchKeyHash(ascii)).toBe(matchKeyHash(` ${ascii.toUpperCase()}\n`));
      }),
      { numRuns: 20000 },
    );
  });

  it('is a small integer, and tells apart keys that differ', () => {
    const hashes = new Set<number>();
    for (let i = 0; i < 10000; i++) {
      const hash = matchKeyHash(`INV-${String(i).padStart(7, '0')}`);
      expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
      hashes.add(hash);
    }
    expect(hashes.size).toBe(10000);
  });
});

describe('MatchKeyFilter', () => {
  it('never says no to a text whose match key was added', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 50 }), (added) => {
        const filter = new MatchKeyFilter(added.length);
        for (const value of added) filter.add(matchKeyHash(value));
        for (const value of added) expect(filter.mightHold(matchKeyHash(`  ${value.toLowerCase()} `))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('says no to most texts that were not added', () => {
    const filter = new MatchKeyFilter(50000);
    for (let i = 0; i < 50000; i++) filter.add(matchKeyHash(`INV-${i}`));
    let maybes = 0;
    for (let i = 50000; i < 150000; i++) if (filter.mightHold(matchKeyHash(`INV-${i}`))) maybes++;
    expect(maybes / 100000).toBeLessThan(0.1);
  });
});
