import type { SheetGrid } from '../../workbook/ports';
import type { ExcelApi, ExcelContext, ExcelRange, ExcelRangeAreas, ExcelWorksheet } from './excelApi';
import { type ColumnReads, type FollowUp, GridRows } from './gridRows';
import { type LoadedCells, mergesIn } from './measureSheets';
import { officeErrors } from './officeError';
import { parseAreasAddress, type RangeArea } from './parseRangeAddress';
import { REQUEST_LIMIT_BYTES } from './requestBudget';
import { isPayloadLimit, type RunExcelOptions, runExcel } from './runExcel';

/** Far under Excel on the web's 5 million cells per read. */
const MAX_CELLS_PER_READ = 1_000_000;
/** Blocks are sized from the rows read so far, with this margin for longer text further down. */
const MARGIN = 1.2;
/** First guesses of JSON bytes per cell, until something is measured. */
const GUESS = { values: 32, numberFormat: 16, valueTypes: 10 };

/** What to read of one area of a sheet. */
export interface AreaRead {
  readonly sheet: string;
  readonly area: RangeArea;
  /** Rows to read from the area's top: all of them, or the first few. */
  readonly rowCount: number;
  /** The area's first rows as already read (see measureSheets), or null. */
  readonly known: LoadedCells | null;
  /** For a whole read: the sheet's merged areas when already read, 'read' to read them. */
  readonly merges?: readonly RangeArea[] | 'read';
  /** The only columns (0-based in the area) whose number formats are wanted; all when absent. */
  readonly formatColumns?: readonly number[];
}

export interface ReadGridOptions extends RunExcelOptions {
  /** Response size each request aims under; default 4 MB. */
  readonly responseLimitBytes?: number;
}

/** Runs of adjacent columns, as [first, width], to read each run as one range. */
function runsOf(columns: Iterable<number>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

const jsonBytes = (value: unknown) => JSON.stringify(value).length;

/** Rows looked at to estimate the JSON size of a block that Excel answered. */
const SAMPLE_ROWS = 1024;

/**
 * About JSON.stringify(rows).length, from every k-th row: each answer sizes the next request,
 * and writing out the whole of it again (3 to 4 MB) cost more than the rest of reading it. Rows
 * of one block are alike; the request margin and the squeeze on refusal cover the rest.
 */
function estimatedJsonBytes(rows: readonly unknown[]): number {
  const step = Math.max(1, Math.ceil(rows.length / SAMPLE_ROWS));
  let bytes = 0;
  let sampled = 0;
  for (let r = 0; r < rows.length; r += step) {
    bytes += jsonBytes(rows[r]) + 1;
    sampled++;
  }
  return sampled === 0 ? 2 : (bytes * rows.length) / sampled + 1;
}

/** JSON bytes of a property's entries in some columns, per cell; null when there are none. */
function perCell(rows: readonly (readonly unknown[])[], columns: ReadonlySet<number>): number | null {
  let bytes = 0;
  let cells = 0;
  for (const row of rows) {
    for (const c of columns) {
      bytes += jsonBytes(row[c] ?? null) + 1;
      cells++;
    }
  }
  return cells === 0 ? null : bytes / cells;
}

/** Expected JSON bytes of what a request returns, learnt from each answer. */
class Sizes {
  values: number;
  numberFormat: number;
  valueTypes: number;
  /** Doubled each time Excel refuses a request as too large, until one passes. */
  squeeze = 1;

  constructor(known: LoadedCells | null, grid: GridRows) {
    const rows = known?.values.length ?? 0;
    this.values = rows > 0 ? jsonBytes(known?.values) / rows / grid.columnCount : GUESS.values;
    this.numberFormat = (known && perCell(known.numberFormat, grid.numberColumns)) ?? GUESS.numberFormat;
    this.valueTypes = (known && perCell(known.valueTypes, grid.hashColumns)) ?? GUESS.valueTypes;
  }

  /** Bytes per row of a block reading values of `columns` cells and the other properties of some. */
  row(columns: number, formats: number, types: number): number {
    return (columns * this.values + formats * this.numberFormat + types * this.valueTypes) * MARGIN * this.squeeze;
  }

  cell(property: FollowUp['property']): number {
    return this[property] * MARGIN * this.squeeze;
  }

  /** Learns a property's bytes per cell from what Excel answered: `reads`, one list of rows per range. */
  learn(property: 'values' | FollowUp['property'], reads: ReadonlyArray<readonly unknown[]>, cells: number): void {
    let bytes = 0;
    for (const rows of reads) bytes += estimatedJsonBytes(rows);
    // A floor, so a block of empty cells does not make the next one unboundedly tall.
    if (cells > 0) this[property] = Math.max(2, bytes / cells);
  }
}

/** A block of rows queued for one request: values of every column, other properties of some. */
interface Block {
  readonly count: number;
  readonly values: ExcelRange;
  readonly formats: ReadonlyArray<{ readonly first: number; readonly width: number; readonly range: ExcelRange }>;
  readonly types: ReadonlyArray<{ readonly first: number; readonly width: number; readonly range: ExcelRange }>;
}

function queueBlock(sheet: ExcelWorksheet, area: RangeArea, start: number, count: number, formatRuns: Array<[number, number]>, typeRuns: Array<[number, number]>): Block {
  const values = sheet.getRangeByIndexes(area.row + start, area.column, count, area.columnCount);
  values.load('values');
  const runs = (list: Array<[number, number]>, property: FollowUp['property']) =>
    list.map(([first, width]) => {
      const range = sheet.getRangeByIndexes(area.row + start, area.column + first, count, width);
      range.load(property);
      return { first, width, range };
    });
  return { count, values, formats: runs(formatRuns, 'numberFormat'), types: runs(typeRuns, 'valueTypes') };
}

/** Rows of a property of every cell, as per-column lists. */
function byColumn(rows: readonly (readonly unknown[])[], columnCount: number): ColumnReads {
  return Array.from({ length: columnCount }, (_, c) => rows.map((row) => row[c]));
}

/** The block's reads of one property as per-column lists. */
function columnReads(runs: Block['formats'], property: FollowUp['property'], columnCount: number): ColumnReads {
  const out: (unknown[] | undefined)[] = new Array(columnCount);
  for (const { first, width, range } of runs) {
    const read = range[property];
    for (let w = 0; w < width; w++) out[first + w] = read.map((row) => row[w]);
  }
  return out;
}

/**
 * One request's worth of follow-ups (see GridRows), each one column's rows; a follow-up too big
 * for the room left is split. Returns what was queued.
 */
function queueFollowUps(sheet: ExcelWorksheet, area: RangeArea, grid: GridRows, sizes: Sizes, room: number): Array<{ followUp: FollowUp; range: ExcelRange }> {
  const queued: Array<{ followUp: FollowUp; range: ExcelRange }> = [];
  while (grid.followUps.length > 0) {
    const next = grid.followUps[0];
    const perRow = sizes.cell(next.property);
    const fit = Math.floor(room / perRow);
    if (fit < 1 && queued.length > 0) break;
    const rowCount = Math.min(next.rowCount, Math.max(1, fit));
    grid.followUps.shift();
    if (rowCount < next.rowCount) grid.followUps.unshift({ ...next, row: next.row + rowCount, rowCount: next.rowCount - rowCount });
    const followUp = { ...next, rowCount };
    const range = sheet.getRangeByIndexes(area.row + followUp.row, area.column + followUp.column, rowCount, 1);
    range.load(followUp.property);
    queued.push({ followUp, range });
    room -= rowCount * perRow;
  }
  return queued;
}

/** What one request asks of an area: follow-ups, a block of new rows, its merged areas. */
interface Queued {
  readonly followUps: Array<{ followUp: FollowUp; range: ExcelRange }>;
  readonly block: Block | null;
  readonly mergedAreas: ExcelRangeAreas | null;
}

/** One area being read: its rows so far and what the request on its way asks of it. */
class AreaReading {
  private readonly sheet: ExcelWorksheet;
  private readonly sizes: Sizes;
  /** The area's merged areas: null while still to read, undefined when not asked for. */
  merges: readonly RangeArea[] | null | undefined;
  private queued: Queued | null = null;

  constructor(
    context: ExcelContext,
    readonly request: AreaRead,
    readonly grid: GridRows,
  ) {
    this.sheet = context.workbook.worksheets.getItem(request.sheet);
    this.sizes = new Sizes(request.known, grid);
    this.merges = request.merges === 'read' ? null : request.merges;
  }

  get finished(): boolean {
    return this.rowsLeft === 0 && this.grid.followUps.length === 0 && this.merges !== null;
  }

  /** Rows of the area neither read nor queued. */
  get rowsLeft(): number {
    return this.request.rowCount - this.grid.rows.length - (this.queued?.block?.count ?? 0);
  }

  /** Rows asked for in the queued request: a refused request of one row cannot be made smaller. */
  get queuedRows(): number {
    return (this.queued?.block?.count ?? 0) + (this.queued?.followUps.reduce((n, f) => n + f.followUp.rowCount, 0) ?? 0);
  }

  /**
   * Queues the follow-ups of the block before and a block of new rows, as much as `room` bytes
   * hold (one row at least when `alone`, so every request makes progress), and the merged areas
   * when still to read. Returns the bytes expected back.
   */
  queue(room: number, alone: boolean): number {
    const { area } = this.request;
    const { grid, sizes, sheet } = this;
    const followUps = queueFollowUps(sheet, area, grid, sizes, room);
    let used = followUps.reduce((n, f) => n + f.followUp.rowCount * sizes.cell(f.followUp.property), 0);
    const start = grid.rows.length;
    let block: Block | null = null;
    if (start < this.request.rowCount) {
      const { formatRuns, typeRuns, perRow } = this.nextRows();
      const most = Math.min(this.request.rowCount - start, Math.floor(MAX_CELLS_PER_READ / area.columnCount));
      const count = Math.max(0, Math.min(most, Math.floor((room - used) / perRow))) || (alone && followUps.length === 0 ? 1 : 0);
      if (count > 0) {
        block = queueBlock(sheet, area, start, count, formatRuns, typeRuns);
        used += count * perRow;
      }
    }
    let mergedAreas: ExcelRangeAreas | null = null;
    if (this.merges === null) {
      mergedAreas = sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount).getMergedAreasOrNullObject();
      mergedAreas.load('address');
    }
    this.queued = { followUps, block, mergedAreas };
    return used;
  }

  /** What the next block asks for, and its expected bytes per row. */
  private nextRows(): { formatRuns: Array<[number, number]>; typeRuns: Array<[number, number]>; perRow: number } {
    const { grid } = this;
    const { area } = this.request;
    // Nothing known yet: every column might hold numbers or errors.
    const every = grid.rows.length === 0 ? Array.from({ length: area.columnCount }, (_, c) => c) : null;
    const formatRuns = runsOf(every ? every.filter((c) => grid.wantsFormats(c)) : grid.numberColumns);
    const typeRuns = runsOf(every ?? grid.hashColumns);
    const width = (runs: Array<[number, number]>) => runs.reduce((n, [, w]) => n + w, 0);
    return { formatRuns, typeRuns, perRow: this.sizes.row(area.columnCount, width(formatRuns), width(typeRuns)) };
  }

  /** Expected bytes of all the area still needs, follow-ups included. */
  rest(): number {
    const followUps = this.grid.followUps.reduce((n, f) => n + f.rowCount * this.sizes.cell(f.property), 0);
    return followUps + Math.max(0, this.request.rowCount - this.grid.rows.length) * this.nextRows().perRow;
  }

  /** Whether Excel answered everything queued (Excel on the web may answer a read it finds too big with null). */
  answered(): boolean {
    const q = this.queued;
    if (!q) return true;
    const has = (range: ExcelRange, property: 'values' | FollowUp['property']) => range[property] != null;
    const { block } = q;
    if (block && (!has(block.values, 'values') || block.formats.some((r) => !has(r.range, 'numberFormat')) || block.types.some((r) => !has(r.range, 'valueTypes')))) return false;
    return q.followUps.every((f) => has(f.range, f.followUp.property));
  }

  /** After a refused request: its follow-ups wait for the next one, which asks for half as much. */
  retry(): void {
    if (this.queued) this.grid.followUps.unshift(...this.queued.followUps.map((f) => f.followUp));
    this.sizes.squeeze *= 2;
    this.queued = null;
  }

  /** Takes in what Excel answered, and learns its sizes for the next request. */
  settle(): void {
    const q = this.queued;
    this.queued = null;
    if (!q) return;
    const { grid, sizes } = this;
    const { area } = this.request;
    sizes.squeeze = 1;
    for (const { followUp, range } of q.followUps) {
      grid.settle(followUp, range[followUp.property]);
      sizes.learn(followUp.property, [range[followUp.property]], followUp.rowCount);
    }
    const { block } = q;
    if (block) {
      const formats = columnReads(block.formats, 'numberFormat', area.columnCount);
      const types = columnReads(block.types, 'valueTypes', area.columnCount);
      grid.add(block.values.values, formats, types);
      sizes.learn('values', [block.values.values], block.count * area.columnCount);
      const cells = (runs: Block['formats']) => runs.reduce((n, r) => n + r.width, 0) * block.count;
      sizes.learn('numberFormat', block.formats.map((r) => r.range.numberFormat), cells(block.formats));
      sizes.learn('valueTypes', block.types.map((r) => r.range.valueTypes), cells(block.types));
    }
    if (q.mergedAreas) this.merges = q.mergedAreas.isNullObject ? [] : parseAreasAddress(q.mergedAreas.address);
  }
}

/**
 * Reads rows of the areas in requests that each aim under the response limit, the areas one
 * after another: an area that ends part way through a request leaves the rest of it to the next
 * areas that fit there whole, so small sheets and the tails of large ones share requests.
 * Each request carries the follow-ups of the blocks before it and blocks of new rows filling the
 * room left: values of every column, number formats of the wanted columns that held numbers so
 * far and value types of those that held text starting with "#" (every column's for an area's
 * first block when nothing is known yet). A request Excel refuses as too large (or answers with
 * null, as Excel on the web may for a read it finds too big) is made again at half the size, so
 * an unusual sheet costs round trips, not a failure.
 */
async function readAreas(context: ExcelContext, readings: readonly AreaReading[], limit: number): Promise<void> {
  for (;;) {
    const open = readings.filter((r) => !r.finished);
    if (open.length === 0) return;
    let room = limit;
    const queued: AreaReading[] = [];
    for (const reading of open) {
      // Another area joins only whole: begun in the room left and finished in a request of its
      // own, it would take as many requests as read alone, sometimes one more.
      if (queued.length > 0 && reading.rest() > room) break;
      room -= reading.queue(room, queued.length === 0);
      queued.push(reading);
      if (reading.rowsLeft > 0 || room <= 0) break;
    }
    const single = queued.reduce((n, r) => n + r.queuedRows, 0) <= 1;

    let refused = false;
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || single) throw error;
      refused = true;
    }
    if (refused || queued.some((r) => !r.answered())) {
      if (single) throw officeErrors.payloadTooLarge('ResponsePayloadSizeLimitExceeded');
      for (const reading of queued) reading.retry();
      continue;
    }
    for (const reading of queued) reading.settle();
  }
}

function toGrid(request: AreaRead, grid: GridRows, merges: readonly RangeArea[] | null | undefined): SheetGrid {
  const { area } = request;
  const out: SheetGrid = { name: request.sheet, firstRow: area.row + 1, firstCol: area.column + 1, rows: grid.rows, formats: grid.formats };
  if (merges === undefined || merges === null) return out;
  return { ...out, merges: mergesIn(merges, area).map((a) => ({ top: a.row + 1, left: a.column + 1, bottom: a.row + a.rowCount, right: a.column + a.columnCount })) };
}

/** The area's rows as already known (see measureSheets), to start from. */
function startGrid(request: AreaRead): GridRows {
  const wanted = request.formatColumns;
  const grid = new GridRows(request.area.columnCount, wanted ? new Set(wanted) : null);
  const { known } = request;
  if (known) {
    const columns = request.area.columnCount;
    grid.add(known.values.slice(0, request.rowCount), byColumn(known.numberFormat, columns), byColumn(known.valueTypes, columns));
  }
  return grid;
}

/**
 * Reads the first `rowCount` rows of each area (and for a whole read, its merged areas),
 * starting from what is already known of it, in shared requests (see readAreas); when what is
 * known is all that was asked, Excel is not called at all.
 */
export async function readSheetGrids(excel: ExcelApi, requests: readonly AreaRead[], options: ReadGridOptions = {}): Promise<SheetGrid[]> {
  const limit = options.responseLimitBytes ?? REQUEST_LIMIT_BYTES;
  const needsExcel = (request: AreaRead, grid: GridRows) => grid.rows.length < request.rowCount || request.merges === 'read';
  const known = requests.map((request) => startGrid(request));
  if (!requests.some((request, i) => needsExcel(request, known[i]))) return requests.map((request, i) => toGrid(request, known[i], request.merges === 'read' ? undefined : request.merges));
  return runExcel(
    excel,
    async (context) => {
      // Each try starts again from what is known: a batch Excel refused (cell edit mode) is run again.
      const readings = requests.map((request) => new AreaReading(context, request, startGrid(request)));
      await readAreas(context, readings, limit);
      return readings.map((r) => toGrid(r.request, r.grid, r.merges));
    },
    options,
  );
}
