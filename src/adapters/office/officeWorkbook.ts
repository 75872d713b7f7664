import { isOwnedSheet } from '../../workbook/ownedSheets';
import type { OutSheet, SheetGrid, WorkbookReader } from '../../workbook/ports';
import type { ExcelApi, ExcelContext, ExcelRange } from './excelApi';
import { officeErrors } from './officeError';
import { parseRangeAddress, type RangeArea } from './parseRangeAddress';
import { readSheetGrid } from './readSheetGrid';
import { type RunExcelOptions, runExcel } from './runExcel';
import { isTemporarySheet, writeOwnedSheets, type WriteOwnedSheetsOptions } from './writeOwnedSheets';

/** Where a sheet's cells are: its used range (values only) and its tables. */
interface SheetShape {
  readonly used: RangeArea;
  readonly tables: readonly RangeArea[];
}

export interface OfficeWorkbookOptions extends RunExcelOptions, WriteOwnedSheetsOptions {
  /** Response size each read block aims under; default 4 MB. */
  readonly responseLimitBytes?: number;
}

const cells = (area: RangeArea) => area.rowCount * area.columnCount;

/**
 * The workbook open in Excel, read and written through office.js. Open one per refresh: the
 * sheet list, the date system and where each sheet's cells are are taken once, at `open`, in
 * two round trips; each read after that is only its row blocks.
 */
export class OfficeWorkbook implements WorkbookReader {
  private constructor(
    private readonly excel: ExcelApi,
    readonly date1904: boolean,
    private names: string[],
    private shapes: Map<string, SheetShape> | null,
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
        const shapes = await measureSheets(context, names, true);
        return new OfficeWorkbook(excel, epoch.value === 0, names, shapes, options);
      },
      options,
    );
  }

  /** Worksheets in workbook order, hidden ones included (as the .xlsx adapter lists them). */
  sheetNames(): readonly string[] {
    return this.names;
  }

  /**
   * A sheet's cells with their number formats. The area read is the user's largest Excel table
   * on that sheet when there is one (so a side table or notes beside it are not mixed in),
   * otherwise the used range; the product's own sheets are always read whole, so columns and
   * notes the user adds beside their tables are kept. `maxRows` counts from the area's first row.
   */
  async readSheet(name: string, options?: { maxRows?: number }): Promise<SheetGrid> {
    if (!this.names.includes(name)) throw new RangeError(`[dunning-desk] the workbook has no worksheet named "${name}"`);
    const maxRows = options?.maxRows;
    const merges = maxRows === undefined && this.excel.isSetSupported('ExcelApi', '1.13');
    return runExcel(
      this.excel,
      async (context) => {
        this.shapes ??= await measureSheets(context, this.names);
        const shape = this.shapes.get(name);
        if (!shape) throw new RangeError(`[dunning-desk] the workbook has no worksheet named "${name}"`);
        const table = isOwnedSheet(name) ? undefined : [...shape.tables].sort((a, b) => cells(b) - cells(a))[0];
        return readSheetGrid(context, name, table ?? shape.used, { maxRows, merges, responseLimitBytes: this.options.responseLimitBytes });
      },
      this.options,
    );
  }

  /**
   * Writes the product's sheets (see writeOwnedSheets). Later reads through this object measure
   * the sheets again, since the written ones changed.
   */
  async writeOwnedSheets(sheets: readonly OutSheet[]): Promise<void> {
    await writeOwnedSheets(this.excel, sheets, this.options);
    for (const sheet of sheets) if (!this.names.some((n) => n.toUpperCase() === sheet.name.toUpperCase())) this.names.push(sheet.name);
    this.shapes = null;
  }
}

/**
 * Used ranges and table ranges of the named sheets, in one round trip once the workbook's table
 * list is loaded (`tablesLoaded`; otherwise one more).
 */
async function measureSheets(context: ExcelContext, names: readonly string[], tablesLoaded = false): Promise<Map<string, SheetShape>> {
  const { workbook } = context;
  if (!tablesLoaded) {
    workbook.tables.load('items/name');
    await context.sync();
  }
  const used = new Map<string, ExcelRange>();
  for (const name of names) {
    // valuesOnly: formatting alone (a coloured column, borders to row 10000) is not data.
    const range = workbook.worksheets.getItem(name).getUsedRange(true);
    range.load('address');
    used.set(name, range);
  }
  const tables = workbook.tables.items.map((table) => {
    table.worksheet.load('name');
    const range = table.getRange();
    range.load('address');
    return { table, range };
  });
  await context.sync();
  const shapes = new Map<string, SheetShape>();
  for (const [name, range] of used) {
    const own = tables.filter((t) => t.table.worksheet.name === name).map((t) => parseRangeAddress(t.range.address));
    shapes.set(name, { used: parseRangeAddress(range.address), tables: own });
  }
  return shapes;
}
