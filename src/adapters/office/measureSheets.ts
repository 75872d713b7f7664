import type { ExcelContext, ExcelRange, ExcelRangeAreas } from './excelApi';
import { parseAreasAddress, parseRangeAddress, type RangeArea } from './parseRangeAddress';
import { isPayloadLimit } from './runExcel';

/**
 * The top-left corner of each sheet read at open. 64 rows hold the rows the engine searches for a
 * header (30) and the whole of a small sheet (the settings, the templates, a young log), so those
 * reads need no round trip of their own; 64 columns hold any usual invoice export.
 */
const HEAD_ROWS = 64;
const HEAD_COLUMNS = 64;
/** At most this many heads per open: 20 full heads of ~25 bytes a cell stay near 2 MB. */
const MAX_HEADS = 20;

/** The cells a sheet's head holds, every property the reader needs, as Excel returned them. */
export interface LoadedCells {
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly unknown[])[];
}

/** A sheet's used range cut to its first HEAD_ROWS rows and HEAD_COLUMNS columns, with its cells. */
export interface SheetHead extends LoadedCells {
  readonly area: RangeArea;
}

/** Where a sheet's cells are, and what open already read of them. */
export interface SheetShape {
  /** The used range (values only). */
  readonly used: RangeArea;
  readonly tables: readonly { readonly name: string; readonly area: RangeArea }[];
  /** Merged areas on the sheet (ExcelApi 1.13), read with the head; null when not read. */
  readonly merges: readonly RangeArea[] | null;
  readonly head: SheetHead | null;
}

function overlap(a: RangeArea, b: RangeArea): RangeArea | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowCount = Math.min(a.row + a.rowCount, b.row + b.rowCount) - row;
  const columnCount = Math.min(a.column + a.columnCount, b.column + b.columnCount) - column;
  return rowCount > 0 && columnCount > 0 ? { row, column, rowCount, columnCount } : null;
}

/** The merged areas that reach into `area`. */
export function mergesIn(merges: readonly RangeArea[], area: RangeArea): RangeArea[] {
  return merges.filter((m) => overlap(m, area) !== null);
}

/**
 * The first rows of `area` a head holds, across all of the area's columns; null when it holds
 * none (the area starts below the head, or reaches right of it).
 */
export function headRows(head: SheetHead | null, area: RangeArea): LoadedCells | null {
  if (!head) return null;
  const h = head.area;
  const inside = area.column >= h.column && area.column + area.columnCount <= h.column + h.columnCount && area.row >= h.row && area.row < h.row + h.rowCount;
  if (!inside) return null;
  const top = area.row - h.row;
  const bottom = Math.min(area.row + area.rowCount, h.row + h.rowCount) - h.row;
  const left = area.column - h.column;
  const cut = (rows: readonly (readonly unknown[])[]) => rows.slice(top, bottom).map((row) => row.slice(left, left + area.columnCount));
  return { values: cut(head.values), numberFormat: cut(head.numberFormat), valueTypes: cut(head.valueTypes) };
}

interface Queued {
  readonly used: ExcelRange;
  readonly head: ExcelRange | null;
  readonly merges: ExcelRangeAreas | null;
}

async function measure(context: ExcelContext, names: readonly string[], heads: boolean, merges: boolean): Promise<Map<string, SheetShape>> {
  const { workbook } = context;
  const queued = new Map<string, Queued>();
  names.forEach((name, i) => {
    const sheet = workbook.worksheets.getItem(name);
    // valuesOnly: formatting alone (a coloured column, borders to row 10000) is not data.
    const used = sheet.getUsedRange(true);
    used.load('address');
    const withHead = heads && i < MAX_HEADS;
    const head = withHead ? used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, HEAD_ROWS, HEAD_COLUMNS)) : null;
    head?.load('values,numberFormat,valueTypes');
    const mergedAreas = withHead && merges ? used.getMergedAreasOrNullObject() : null;
    mergedAreas?.load('address');
    queued.set(name, { used, head, merges: mergedAreas });
  });
  const tables = workbook.tables.items.map((table) => {
    table.worksheet.load('name');
    const range = table.getRange();
    range.load('address');
    return { table, range };
  });
  await context.sync();

  const shapes = new Map<string, SheetShape>();
  for (const [name, q] of queued) {
    const used = parseRangeAddress(q.used.address);
    const own = tables.filter((t) => t.table.worksheet.name === name).map((t) => ({ name: t.table.name, area: parseRangeAddress(t.range.address) }));
    const headArea = q.head && !q.head.isNullObject ? overlap(used, { row: 0, column: 0, rowCount: HEAD_ROWS, columnCount: HEAD_COLUMNS }) : null;
    const head = q.head && headArea ? { area: headArea, values: q.head.values, numberFormat: q.head.numberFormat, valueTypes: q.head.valueTypes } : null;
    const sheetMerges = q.merges ? (q.merges.isNullObject ? [] : parseAreasAddress(q.merges.address)) : null;
    shapes.set(name, { used, tables: own, merges: sheetMerges, head });
  }
  return shapes;
}

/**
 * Used ranges and table ranges of the named sheets, with the head of each (and its merged areas,
 * when `merges`): one round trip once the workbook's table list is loaded (`tablesLoaded`;
 * otherwise one more). Heads Excel refuses as too large (a sheet of very long text) are given
 * up, at the cost of one more round trip.
 */
export async function measureSheets(context: ExcelContext, names: readonly string[], options: { readonly tablesLoaded: boolean; readonly merges: boolean }): Promise<Map<string, SheetShape>> {
  if (!options.tablesLoaded) {
    context.workbook.tables.load('items/name');
    await context.sync();
  }
  try {
    return await measure(context, names, true, options.merges);
  } catch (error) {
    if (!isPayloadLimit(error)) throw error;
  }
  return measure(context, names, false, false);
}
