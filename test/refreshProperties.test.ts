/**
 * Properties of a refresh over random days and random user input: refreshing twice gives the
 * same sheets, no word a user typed is lost, and the invoice sheet is never among what is written.
 */
import fc from 'fast-check';
import { refresh } from '../src/app/refresh';
import { cellText } from '../src/domain/cellText';
import type { CellValue } from '../src/domain/grid';
import { addDays, formatIsoDate, parseIsoDate } from '../src/domain/localDate';
import { COLLECTIONS_LOG_SHEET, TODAYS_ACTIONS_SHEET } from '../src/workbook/ownedSheets';
import type { OutSheet } from '../src/workbook/ports';
import { ACTIONS_HEADER } from '../src/workbook/todaysActionsSheet';
import { MemoryWorkbook } from './support/memoryWorkbook';

const START = parseIsoDate('2026-10-01')!;
const STATUS = ACTIONS_HEADER.indexOf('Status');
const NOTE = ACTIONS_HEADER.indexOf('Note');
const UNTIL = ACTIONS_HEADER.indexOf('Promise/hold date');

const invoiceRows: CellValue[][] = [
  ['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency'],
  ...Array.from({ length: 12 }, (_, i): CellValue[] => [`N-${i}`, `Customer ${i % 4}`, formatIsoDate(addDays(START, i * 5 - 40)), 100 + i, i % 3 === 0 ? 'USD' : 'EUR']),
];

const userInput = fc.record({
  status: fc.constantFrom('', 'Done', 'Promised', 'Disputed', 'No answer', 'Skip', 'later?'),
  note: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }).filter((s) => s.trim() !== '').map((s) => `note ${s}`)),
  until: fc.constantFrom(null, '2026-12-01', 'soonish'),
});

/** Everything a sheet holds, as one string per row, text exactly as stored. */
function texts(book: MemoryWorkbook, sheet: string): string[] {
  return book.grid(sheet).rows.map((row) => row.map((v) => (typeof v === 'string' ? v : cellText(v))).join('|'));
}

describe('refresh properties over random days and marks', () => {
  it('is idempotent, loses no typed note, and never writes the invoice sheet', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 60 }), fc.array(userInput, { minLength: 1, maxLength: 6 }), async (offset, inputs) => {
        const asOf = addDays(START, offset);
        const book = new MemoryWorkbook([{ name: 'Invoices', firstRow: 1, firstCol: 1, rows: invoiceRows.map((r) => [...r]) }]);
        await book.write((await refresh(book, { asOf })).sheets);

        const grid = book.grid(TODAYS_ACTIONS_SHEET);
        const header = grid.rows.findIndex((r) => cellText(r[0]) === 'Priority');
        const notes: string[] = [];
        inputs.forEach((input, i) => {
          const row = header + 2 + i;
          if (row > grid.rows.length || cellText(grid.rows[row - 1]?.[1]) === '') return;
          if (input.status) book.set(TODAYS_ACTIONS_SHEET, row, STATUS, input.status);
          if (input.note) book.set(TODAYS_ACTIONS_SHEET, row, NOTE, input.note);
          if (input.until) book.set(TODAYS_ACTIONS_SHEET, row, UNTIL, input.until);
          if (input.note) notes.push(input.note);
        });

        const next = addDays(asOf, 1);
        const first = await refresh(book, { asOf: next });
        expect(first.sheets.map((s) => s.name)).not.toContain('Invoices');
        await book.write(first.sheets);
        const after = [...texts(book, TODAYS_ACTIONS_SHEET), ...texts(book, COLLECTIONS_LOG_SHEET)].join('\n');
        for (const note of notes) expect(after).toContain(note);

        const second = await refresh(book, { asOf: next });
        expect(second.logged).toEqual([]);
        // The same sheets; only which log rows are new differs (none, the second time).
        const content = (sheets: readonly OutSheet[]) => sheets.map((sheet) => ({ ...sheet, newRowsFrom: undefined }));
        expect(content(second.sheets)).toEqual(content(first.sheets));
        const log = second.sheets.find((sheet) => sheet.name === COLLECTIONS_LOG_SHEET);
        expect(log?.newRowsFrom).toBe(log?.sections[0].rows.length);
        await book.write(second.sheets);
        expect([...texts(book, TODAYS_ACTIONS_SHEET), ...texts(book, COLLECTIONS_LOG_SHEET)].join('\n')).toBe(after);
      }),
      { numRuns: 40 },
    );
  });
});
