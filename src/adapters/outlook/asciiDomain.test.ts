import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { asciiDomain } from './asciiDomain';

describe('asciiDomain', () => {
  it('gives the RFC 3492 A-labels', () => {
    expect(asciiDomain('пример.рф')).toBe('xn--e1afmkfd.xn--p1ai');
    expect(asciiDomain('Żółw.PL')).toBe('xn--w-uga1v8h.pl');
    expect(asciiDomain('bücher.example')).toBe('xn--bcher-kva.example');
    expect(asciiDomain('acme.example')).toBe('acme.example');
  });

  it('agrees with Node (WHATWG URL) for names in Cyrillic, Polish and Latin letters', () => {
    const letter = fc.constantFrom(...'abcxyz019-ąćęłńóśźżабвгдеёжзийклмнопрстуфхцчшщъыьэюя'.split(''));
    const label = fc.array(letter, { minLength: 1, maxLength: 20 }).map((cs) => cs.join('')).filter((l) => !l.startsWith('-') && !l.endsWith('-') && l.slice(2, 4) !== '--');
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), (labels) => {
        const name = [...labels, 'example'].join('.');
        expect(asciiDomain(name)).toBe(domainToASCII(name));
      }),
    );
  });

  it('refuses names that are not host names', () => {
    for (const bad of ['', 'a..b', '-a.example', 'a-.example', 'a b.example', 'a_b.example', `${'a'.repeat(64)}.example`, 'x\r\ny.example']) {
      expect(asciiDomain(bad)).toBeNull();
    }
  });
});
