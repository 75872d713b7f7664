import fc from 'fast-check';
import { strToU8, strFromU8 } from 'fflate';
import { keptRowsXml } from './keptRows';

const row = (r: number, cells = `<c r="A${r}" t="inlineStr"><is><t>row ${r}</t></is></c>`) => `<row r="${r}">${cells}</row>`;
const sheet = (rows: string) => strToU8(`<?xml version="1.0"?><worksheet xmlns="m"><sheetData>${rows}</sheetData><rowBreaks count="0"/></worksheet>`);
const kept = (xml: Uint8Array, first: number, count: number) => {
  const found = keptRowsXml(xml, first, count);
  return found && strFromU8(found);
};

describe('keptRowsXml', () => {
  const header = row(1) + row(2) + row(4);
  const data = row(5) + `<row r="6" spans="1:9" s="3" customFormat="1"><c r="A6"><f>1+1</f><v>2</v></c></row>` + row(7);

  it('gives the rows from the first kept one to the last, byte for byte, whatever they hold', () => {
    expect(kept(sheet(header + data), 5, 3)).toBe(data);
    expect(kept(sheet(data), 5, 3)).toBe(data);
  });

  it('gives nothing unless the sheet ends with exactly those rows, each there', () => {
    expect(kept(sheet(header + data), 5, 2)).toBeNull(); // a row below them
    expect(kept(sheet(header + data), 5, 4)).toBeNull(); // one missing at the end
    expect(kept(sheet(header + row(5) + row(7)), 5, 2)).toBeNull(); // a gap
    expect(kept(sheet(header + row(5) + '<row r="6"/>' + row(7)), 5, 3)).toBeNull(); // an empty row element
    expect(kept(sheet(header + data), 4, 3)).toBeNull(); // a row more than asked for
    expect(kept(sheet(header + data), 5, 0)).toBeNull();
  });

  it('gives nothing for rows it cannot place: without numbers, or under a namespace prefix', () => {
    expect(kept(sheet(header + row(5) + '<row><c><v>1</v></c></row>'), 5, 2)).toBeNull();
    expect(kept(strToU8(`<x:worksheet xmlns:x="m"><x:sheetData>${data.replace(/<(\/?)row/g, '<$1x:row')}</x:sheetData></x:worksheet>`), 5, 3)).toBeNull();
  });

  it("reads numbers in single quotes and tells a row from Excel's <rowBreaks>", () => {
    expect(kept(sheet(`<row r='5' ht="15">${row(5).slice(9)}`), 5, 1)).not.toBeNull();
    expect(kept(strToU8(`<worksheet><sheetData>${row(5)}</sheetData><rowBreaks><brk id="9"/></rowBreaks></worksheet>`), 5, 1)).toBe(row(5));
  });
});

describe('keptRowsXml, any sheet', () => {
  it('gives exactly the asked rows when the sheet ends with them, all there, and nothing otherwise', () => {
    // Rows in ascending order, some empty elements; ask for a range that may or may not match.
    const sheetRows = fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 25 }).chain((numbers) =>
      fc.tuple(fc.constant([...numbers].sort((a, b) => a - b)), fc.array(fc.boolean(), { minLength: numbers.length, maxLength: numbers.length })),
    );
    fc.assert(
      fc.property(sheetRows, fc.integer({ min: 1, max: 42 }), fc.integer({ min: 1, max: 30 }), ([numbers, empty], first, count) => {
        const xmlOf = (n: number, i: number) => (empty[i] ? `<row r="${n}"/>` : row(n));
        const found = kept(sheet(numbers.map(xmlOf).join('')), first, count);
        const wanted = Array.from({ length: count }, (_, k) => first + k);
        const tail = numbers.filter((n) => n >= first);
        const whole = tail.length === count && tail.every((n, k) => n === wanted[k]) && numbers.every((n, i) => n < first || !empty[i]);
        expect(found).toBe(whole ? tail.map((n) => row(n)).join('') : null);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a log that ends where it should, and refuses it after any one change', () => {
    const change = fc.constantFrom('none', 'drop', 'empty', 'below', 'gap');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 9 })), fc.integer({ min: 10, max: 20 }), fc.integer({ min: 1, max: 30 }), change, fc.nat(), (above, first, count, what, pick) => {
        const at = first + (pick % count);
        const numbers = [...above.sort((a, b) => a - b), ...Array.from({ length: count }, (_, k) => first + k)];
        const rows = numbers
          .filter((n) => !(what === 'drop' && n === at))
          .map((n) => (what === 'empty' && n === at ? `<row r="${n}"/>` : what === 'gap' && n >= at ? row(n + 1) : row(n)));
        if (what === 'below') rows.push(row(first + count + (pick % 3)));
        const expected = Array.from({ length: count }, (_, k) => row(first + k)).join('');
        expect(kept(sheet(rows.join('')), first, count)).toBe(what === 'none' ? expected : null);
      }),
      { numRuns: 300 },
    );
  });
});
