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
