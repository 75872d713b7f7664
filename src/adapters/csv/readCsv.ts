import type { SheetGrid, WorkbookReader } from '../../workbook/ports';
import { decodeText } from './decodeText';
import { detectDelimiter } from './detectDelimiter';
import { parseCsv } from './parseCsv';

/**
 * A CSV file as a one-sheet workbook: every cell is the text in the file (null when empty), so
 * "000123" and "=1+1" arrive untouched and all interpretation stays in the engine. The encoding
 * and the delimiter are detected (see decodeText and detectDelimiter).
 */
export function readCsv(bytes: Uint8Array, sheetName: string): WorkbookReader {
  let grid: SheetGrid | undefined;
  const load = (): SheetGrid => {
    if (!grid) {
      const text = decodeText(bytes);
      grid = { name: sheetName, firstRow: 1, firstCol: 1, rows: parseCsv(text, detectDelimiter(text)) };
    }
    return grid;
  };
  return {
    date1904: false,
    sheetNames: () => [sheetName],
    async readSheet(name, options) {
      if (name !== sheetName) throw new RangeError(`[dunning-desk] the CSV file is read as one sheet, "${sheetName}", not "${name}"`);
      const all = load();
      return options?.maxRows === undefined ? all : { ...all, rows: all.rows.slice(0, options.maxRows) };
    },
  };
}
