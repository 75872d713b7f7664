import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { decodeText } from './decodeText';
import { detectDelimiter } from './detectDelimiter';
import { parseCsv } from './parseCsv';
import { readCsv } from './readCsv';
import { decodeWindowsCodePage } from './windowsCodePage';

const rowsOf = async (bytes: Uint8Array, options?: { maxRows?: number }) => (await readCsv(bytes, 'Data').readSheet('Data', options)).rows;

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2 + (littleEndian ? 0 : 1)] = unit & 0xff;
    bytes[2 + i * 2 + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

/** Encodes text in a single-byte code page by searching our decoder's table (test-only). */
function encodeCodePage(text: string, page: 1251 | 1252): Uint8Array {
  const table = decodeWindowsCodePage(Uint8Array.from({ length: 256 }, (_, i) => i), page);
  return Uint8Array.from(text, (ch) => {
    const byte = table.indexOf(ch);
    if (byte === -1) throw new Error(`${ch} is not in code page ${page}`);
    return byte;
  });
}

describe('readCsv', () => {
  it('is one sheet of text cells, null where empty', async () => {
    const reader = readCsv(strToU8('Invoice,Amount,Note\nINV-1,"1,234.50",\n000123,=1+1,""\n'), 'Invoices');
    expect(reader.sheetNames()).toEqual(['Invoices']);
    expect(reader.date1904).toBe(false);
    const grid = await reader.readSheet('Invoices');
    expect(grid).toEqual({
      name: 'Invoices',
      firstRow: 1,
      firstCol: 1,
      rows: [
        ['Invoice', 'Amount', 'Note'],
        ['INV-1', '1,234.50', null],
        ['000123', '=1+1', null],
      ],
    });
    expect(grid.formats).toBeUndefined();
    await expect(reader.readSheet('Other')).rejects.toThrow(RangeError);
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside a field', async () => {
    const rows = await rowsOf(strToU8('a,b\r\n"Smith, John","He said ""pay""\r\nnow"\r\n"x"y,\r\n'));
    expect(rows).toEqual([
      ['a', 'b'],
      ['Smith, John', 'He said "pay"\r\nnow'],
      ['xy', null],
    ]);
  });

  it('ends records at CRLF, LF or CR and keeps blank lines inside the file', async () => {
    expect(await rowsOf(strToU8('a;b\rc;d\n\ne;f\r\n\r\n\n'))).toEqual([['a', 'b'], ['c', 'd'], [], ['e', 'f']]);
  });

  it('gives only the first rows when asked', async () => {
    expect(await rowsOf(strToU8('h\n1\n2\n3\n'), { maxRows: 2 })).toEqual([['h'], ['1']]);
  });

  it('reads UTF-8 with and without a byte-order mark', async () => {
    const text = 'Клиент;Сумма\nООО «Ромашка»;1 234,50\n';
    expect(await rowsOf(strToU8(text))).toEqual([['Клиент', 'Сумма'], ['ООО «Ромашка»', '1 234,50']]);
    expect(await rowsOf(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]))).toEqual([['Клиент', 'Сумма'], ['ООО «Ромашка»', '1 234,50']]);
  });

  it('reads UTF-16 in either byte order when it starts with a byte-order mark', async () => {
    const text = 'Kunde\tBetrag\nMüller 😀\t1.234,50\n';
    const expected = [['Kunde', 'Betrag'], ['Müller 😀', '1.234,50']];
    expect(await rowsOf(utf16(text, true))).toEqual(expected);
    expect(await rowsOf(utf16(text, false))).toEqual(expected);
  });

  it('reads a Windows-1251 export (1C) as Cyrillic', async () => {
    const export1c = encodeCodePage('Контрагент;Документ;Сумма;Срок\r\nООО "Ромашка";Счёт № 15;12 500,00;15.11.2026\r\n', 1251);
    expect(await rowsOf(export1c)).toEqual([
      ['Контрагент', 'Документ', 'Сумма', 'Срок'],
      ['ООО "Ромашка"', 'Счёт № 15', '12 500,00', '15.11.2026'],
    ]);
  });

  it('reads Western text that is not UTF-8 as Windows-1252', async () => {
    expect(await rowsOf(encodeCodePage('Client;Montant\nCafé Müller;1 200 €\n', 1252))).toEqual([
      ['Client', 'Montant'],
      ['Café Müller', '1 200 €'],
    ]);
  });
});

describe('decodeWindowsCodePage', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);

  it('matches the standard table for code page 1251', () => {
    expect(decodeWindowsCodePage(all, 1251)).toBe(new TextDecoder('windows-1251').decode(all));
  });

  it('matches the standard table for code page 1252', () => {
    // Node's own windows-1252 decoder falls back to Latin-1 for 0x80-0x9F, so the points are pinned here.
    const text = decodeWindowsCodePage(all, 1252);
    expect([0x80, 0x81, 0x83, 0x8a, 0x8c, 0x91, 0x96, 0x99, 0x9f].map((b) => text[b]).join('')).toBe('\u20ac\u0081ƒŠŒ‘–™Ÿ');
    expect(text.slice(0xa0)).toBe(new TextDecoder('latin1').decode(all.subarray(0xa0)));
    expect(text.slice(0, 0x80)).toBe(String.fromCharCode(...all.subarray(0, 0x80)));
  });
});

describe('decodeText', () => {
  it('does not take broken UTF-8 (overlong or cut off) for UTF-8', () => {
    expect(decodeText(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe('aÀ¯');
    expect(decodeText(new Uint8Array([0x61, 0xe2, 0x82]))).toBe('aâ‚');
    // A UTF-16 surrogate written as UTF-8 is not valid UTF-8 either.
    expect(decodeText(new Uint8Array([0xed, 0xa0, 0x80]))).toBe('í\u00a0€');
  });

  it('takes runs of high letters for Cyrillic', () => {
    expect(decodeText(new Uint8Array([0xd1, 0xf7, 0xb8, 0xf2]))).toBe('Счёт');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['Invoice;Amount\nINV-1;1,50\nINV-2;2,75\n', ';'],
    ['1;1,5\n2;2,5\n', ';'],
    ['name,note\n"Smith; John","a;b;c"\n"Doe; Jane",x\n', ','],
    ['just one column\nvalue\n', ','],
  ])('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('parseCsv', () => {
  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ minLength: 1, unit: fc.constantFrom('a', 'b', ',', ';', '"', '\n', '\r', ' ', 'é') }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ';', '\t'), (table, delimiter) => {
        const quote = (v: string | null) => (v === null ? '' : `"${v.replace(/"/g, '""')}"`);
        const text = table.map((row) => row.map(quote).join(delimiter)).join('\r\n');
        expect(parseCsv(text, delimiter)).toEqual(table);
      }),
    );
  });
});
