import { isOwnedSheet } from '../../workbook/ownedSheets';
import type { OutSheet, ReadSheetOptions, SheetGrid, WorkbookReader } from '../../workbook/ports';
import type { ExcelApi } from './excelApi';
import { headRows, measureSheets, type SheetShape } from './measureSheets';
import { officeErrors } from './officeError';
import type { RangeArea } from './parseRangeAddress';
import { type AreaRead, type ReadGridOptions, readSheetGrids } from './readSheetGrid';
import { runExcel } from './runExcel';
import type { SeenTable } from './appendBelowTable';
import { type OwnedSheetRead, isTemporarySheet, writeOwnedSheets, type WriteOwnedSheetsOptions } from './writeOwnedSheets';

export interface OfficeWorkbookOptions extends ReadGridOptions, WriteOwnedSheetsOptions {}

const cells = (area: RangeArea) => area.rowCount * area.columnCount;

/**
 * The sheet's only table when nothing is below it, with its header as read: a sheet that only
 * grows can then be added to below the table (see writeOwnedSheets).
 */
function lastTable(shape: SheetShape, grid: SheetGrid): SeenTable | null {
  if (shape.tables.length !== 1) return null;
  const { name, area } = shape.tables[0];
  const used = shape.used;
  if (area.row + area.rowCount !== used.row + used.rowCount) return null;
  const row = grid.rows[area.row - used.row] ?? [];
  const header = Array.from({ length: area.columnCount }, (_, c) => {
    const cell = row[area.column - used.column + c];
    return typeof cell === 'string' ? cell : null;
  });
  return { name, area, header };
}

/**
 * The workbook open in Excel, read and written through office.js. Open one per refresh: the
 * sheet list, the date system, where each sheet's cells are and the first rows of each sheet
 * (see measureSheets) are taken once, at `open`, in two round trips; a read the first rows
 * answer (a header search, a small sheet) needs none, and a whole read only the row blocks
 * below them.
 */
export class OfficeWorkbook implements WorkbookReader {
  /** The product's sheets as this refresh read them, by upper-cased name, for the write to check. */
  private readonly ownedRead = new Map<string, OwnedSheetRead>();
  /** Reads asked for in the same turn of the event loop, to make together (see `read`). */
  private pending: Array<{ readonly request: AreaRead; readonly resolve: (grid: SheetGrid) => void; readonly reject: (error: unknown) => void }> = [];

  private constructor(
    private readonly excel: ExcelApi,
    readonly date1904: boolean,
    private names: string[],
    /** Measured once for the reads after each write; a promise, so reads asked for together share it. */
    private shapes: Promise<Map<string, SheetShape>> | null,
    private readonly options: OfficeWorkbookOptions,
  ) {}

  /**
   * No API reports the 1904 date system, so DATE(1904,1,1) is evaluated in the workbook: it is
   * 0 there and 1462 in the 1900 system.
   */
  static async open(excel: ExcelApi, options: OfficeWorkbookOptions = {}): Promise<OfficeWorkbook> {
    if (!excel.isSetSupported('ExcelApi', '1.7')) throw officeErrors.unsupported('the Excel JavaScript API 1.7 (reading sheets in blocks)');
    return runExcel(
      excel,
      async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        context.workbook.tables.load('items/name');
        const epoch = context.workbook.functions.date(1904, 1, 1);
        epoch.load('value');
        await context.sync();
        const names = worksheets.items.map((s) => s.name).filter((name) => !isTemporarySheet(name));
        const shapes = await measureSheets(context, names, { tablesLoaded: true, merges: excel.isSetSupported('ExcelApi', '1.13') });
        return new OfficeWorkbook(excel, epoch.value === 0, names, Promise.resolve(shapes), options);
      },
      options,
    );
  }

  /** Worksheets in workbook order, hidden ones included (as the .xlsx adapter lists them). */
  sheetNames(): readonly string[] {
    return this.names;
  }

  /**
   * A sheet's cells, with the number formats of its number cells. The area read is the user's
   * largest Excel table on that sheet when there is one (so a side table or notes beside it are
   * not mixed in), otherwise the used range; the product's own sheets are always read whole, so
   * columns and notes the user adds beside their tables are kept. `maxRows` counts from the
   * area's first row. Number formats, a string per cell in Excel's answer, are read only for the
   * `formatColumns` asked for.
   */
  async readSheet(name: string, options?: ReadSheetOptions): Promise<SheetGrid> {
    if (!this.names.includes(name)) throw new RangeError(`[dunning-desk] the workbook has no worksheet named "${name}"`);
    const maxRows = options?.maxRows;
    const hasMerges = this.excel.isSetSupported('ExcelApi', '1.13');
    this.shapes ??= runExcel(this.excel, (context) => measureSheets(context, this.names, { tablesLoaded: false, merges: hasMerges }), this.options).catch((error: unknown) => {
      // Measured again by the next read (Excel may have been busy).
      this.shapes = null;
      throw error;
    });
    const shape = (await this.shapes).get(name);
    if (!shape) throw new RangeError(`[dunning-desk] the workbook has no worksheet named "${name}"`);
    const owned = isOwnedSheet(name);
    const table = owned ? undefined : [...shape.tables].sort((a, b) => cells(b.area) - cells(a.area))[0]?.area;
    const area = table ?? shape.used;
    const grid = await this.read({
      sheet: name,
      area,
      rowCount: Math.min(area.rowCount, maxRows ?? Infinity),
      known: headRows(shape.head, area),
      formatColumns: options?.formatColumns,
      merges: hasMerges && maxRows === undefined ? (shape.merges ?? 'read') : undefined,
    });
    if (owned && maxRows === undefined) this.ownedRead.set(name.toUpperCase(), { grid, table: lastTable(shape, grid) });
    return grid;
  }

  /**
   * Sheets asked for together (`Promise.all` of readSheet calls, as refresh reads the invoice
   * sheet and the product's) are read in shared requests: each sheet read alone ends in a
   * part-full request, and an aged workbook's invoice sheet, log and Today's actions took one
   * round trip more that way.
   */
  private read(request: AreaRead): Promise<SheetGrid> {
    return new Promise((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      if (this.pending.length > 1) return;
      // After the calls made in this turn (a promise job, where older webviews lack queueMicrotask).
      void Promise.resolve().then(() => {
        const batch = this.pending;
        this.pending = [];
        readSheetGrids(
          this.excel,
          batch.map((b) => b.request),
          this.options,
        ).then(
          (grids) => batch.forEach((b, i) => b.resolve(grids[i])),
          (error: unknown) => batch.forEach((b) => b.reject(error)),
        );
      });
    });
  }

  /**
   * Writes the product's sheets (see writeOwnedSheets). Later reads through this object measure
   * the sheets again, since the written ones changed.
   */
  async writeOwnedSheets(sheets: readonly OutSheet[]): Promise<void> {
    await writeOwnedSheets(this.excel, sheets, this.options, this.ownedRead);
    for (const sheet of sheets) if (!this.names.some((n) => n.toUpperCase() === sheet.name.toUpperCase())) this.names.push(sheet.name);
    this.shapes = null;
    this.ownedRead.clear();
  }
}
