import type { CellArea, CellValue, SheetGrid } from '../../workbook/ports';
import type { ExcelContext, ExcelRangeAreas } from './excelApi';
import { parseAreasAddress, type RangeArea } from './parseRangeAddress';
import { REQUEST_LIMIT_BYTES } from './requestBudget';
import { isPayloadLimit } from './runExcel';
import { officeErrors } from './officeError';

/** A first guess per cell (value, number format and value type as JSON) until a block is measured. */
const INITIAL_BYTES_PER_CELL = 64;
/** Far under Excel on the web's 5 million cells per read. */
const MAX_CELLS_PER_READ = 1_000_000;
/** Later blocks are sized from the ones read so far, with this margin for longer text further down. */
const MARGIN = 1.2;

export interface ReadSheetOptions {
  /** Only the area's first rows. */
  readonly maxRows?: number;
  /** Also read merged areas (ExcelApi 1.13); only asked for whole-sheet reads, as the .xlsx adapter does. */
  readonly merges?: boolean;
  /** Response size each block aims under; default 4 MB. */
  readonly responseLimitBytes?: number;
}

/**
 * One cell as the engine takes it. `valueTypes` tells an error from text: `values` gives both as
 * strings, so a cell holding the text "#N/A" stays text while the error #N/A becomes { error }.
 */
function cellOf(value: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return Boolean(value);
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      if (typeof value === 'number' || typeof value === 'boolean') return value;
      return value === '' || value === null || value === undefined ? null : String(value);
  }
}

function mergedAreas(address: string): CellArea[] {
  return parseAreasAddress(address).map((a) => ({ top: a.row + 1, left: a.column + 1, bottom: a.row + a.rowCount, right: a.column + a.columnCount }));
}

/**
 * Reads an area of a sheet in row blocks, one sync per block, each block sized so its response
 * (values, number formats and value types) stays under the limit: the first from a guess per
 * column, the rest from what the blocks before them measured. A block Excel refuses as too large
 * (or returns as null, as Excel on the web may for a read it finds too big) is read again in
 * halves, so an unusual sheet costs round trips, not a failure.
 */
export async function readSheetGrid(context: ExcelContext, name: string, area: RangeArea, options: ReadSheetOptions = {}): Promise<SheetGrid> {
  const limit = options.responseLimitBytes ?? REQUEST_LIMIT_BYTES;
  const sheet = context.workbook.worksheets.getItem(name);
  const total = Math.min(area.rowCount, options.maxRows ?? Infinity);
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const columns = area.columnCount;
  let bytesPerRow = columns * INITIAL_BYTES_PER_CELL;
  let merges: ExcelRangeAreas | null = null;

  for (let done = 0; done < total; ) {
    const count = Math.max(1, Math.min(total - done, Math.floor(limit / bytesPerRow), Math.floor(MAX_CELLS_PER_READ / columns)));
    const range = sheet.getRangeByIndexes(area.row + done, area.column, count, columns);
    range.load('values,numberFormat,valueTypes');
    if (options.merges && merges === null) {
      merges = sheet.getRangeByIndexes(area.row, area.column, area.rowCount, columns).getMergedAreasOrNullObject();
      merges.load('address');
    }
    let refused = false;
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || count === 1) throw error;
      refused = true;
    }
    if (refused || range.values == null || range.valueTypes == null) {
      if (count === 1) throw officeErrors.payloadTooLarge('ResponsePayloadSizeLimitExceeded');
      bytesPerRow = Math.ceil(limit / Math.floor(count / 2));
      if (refused) merges = null;
      continue;
    }

    const values = range.values;
    const types = range.valueTypes;
    const numberFormats = range.numberFormat;
    for (let i = 0; i < count; i++) {
      const row: CellValue[] = [];
      let rowFormats: (string | undefined)[] | undefined;
      for (let j = 0; j < columns; j++) {
        const cell = cellOf(values[i][j], types[i][j]);
        if (cell === null) continue;
        while (row.length < j) row.push(null);
        row.push(cell);
        const format = numberFormats?.[i]?.[j];
        if (typeof format === 'string' && format !== 'General') (rowFormats ??= [])[j] = format;
      }
      rows.push(row);
      if (rowFormats) formats[done + i] = rowFormats;
    }
    const measured = JSON.stringify(values).length + JSON.stringify(numberFormats).length + JSON.stringify(types).length;
    bytesPerRow = Math.max(16, Math.ceil((measured / count) * MARGIN));
    done += count;
  }

  const grid: SheetGrid = { name, firstRow: area.row + 1, firstCol: area.column + 1, rows, formats };
  if (!options.merges) return grid;
  return { ...grid, merges: merges === null || merges.isNullObject ? [] : mergedAreas(merges.address) };
}
