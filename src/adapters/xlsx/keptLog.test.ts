import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { LogEntry } from '../../domain/collectionsLog';
import { parseIsoDate } from '../../domain/localDate';
import { collectionsLogSheet, EMPTY_LOG, readCollectionsLog } from '../../workbook/collectionsLogSheet';
import { undeclaredPrefixes } from '../../../test/support/namespaces';
import { rootDeclarations } from './keptRows';
import { newXlsxWorkbook, openXlsx } from './xlsxWorkbook';

const DAY = parseIsoDate('2026-11-30')!;
const entry = (invoice: string, note = ''): LogEntry => ({ date: DAY, invoice, customer: 'Acme', step: 'reminder', channel: 'email', outcome: 'done', until: null, note, actionId: `2026-11-30-${invoice}` });
const EXCEL_ROOT =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ' +
  'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">';

/** The log's part name and XML in a package. */
function logPart(bytes: Uint8Array): { name: string; xml: string } {
  const files = unzipSync(bytes);
  const name = Object.keys(files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n) && strFromU8(files[n]).includes('Action id'))!;
  return { name, xml: strFromU8(files[name]) };
}

describe('the Collections log kept in a file', () => {
  it("keeps rows Excel saved, with Excel's own attributes, and declares what they use", async () => {
    // The log as Excel saves it: its root declares x14ac and every row carries x14ac:dyDescent.
    const written = await newXlsxWorkbook([collectionsLogSheet(EMPTY_LOG, [entry('A-1'), entry('A-2', 'bold one')], false)]);
    const files = unzipSync(written);
    const { name, xml } = logPart(written);
    files[name] = strToU8(xml.replace(/<worksheet [^>]*>/, EXCEL_ROOT).replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:9" x14ac:dyDescent="0.25">'));
    const excelSaved = zipSync(files);
    expect(rootDeclarations(files[name]).map((d) => d.name)).toEqual(['xmlns:r', 'xmlns:mc', 'mc:Ignorable', 'xmlns:x14ac', 'xmlns:xr']);

    const book = openXlsx(excelSaved);
    const log = readCollectionsLog(await book.readSheet('Collections log'), false);
    expect(log.inPlace).toBe(true);
    const out = logPart(await book.withOwnedSheets([collectionsLogSheet(log, [entry('B-1')], false)]));
    const rows = [...out.xml.matchAll(/<row [^>]*>/g)].map((m) => m[0]);
    expect(rows.slice(-3)).toEqual(['<row r="5" spans="1:9" x14ac:dyDescent="0.25">', '<row r="6" spans="1:9" x14ac:dyDescent="0.25">', '<row r="7">']);
    expect(undeclaredPrefixes(out.xml)).toEqual([]);
    expect(out.xml).toContain('mc:Ignorable="x14ac xr"');

    // Read back: every entry once, the new one last.
    const again = readCollectionsLog(await openXlsx(await book.withOwnedSheets([collectionsLogSheet(log, [entry('B-1')], false)])).readSheet('Collections log'), false);
    expect(again.entries.map((e) => e.invoice)).toEqual(['A-1', 'A-2', 'B-1']);
  });
});
