import { OWNED_SHEETS, isOwnedSheet } from '../../workbook/ownedSheets';
import type { OutSheet, SheetGrid } from '../../workbook/ports';
import { type SeenTable, type TableAppend, planTableAppend, queueTableAppend, tableAppendBytes } from './appendBelowTable';
import { LOOK_BYTES, padded, rowBytes, setChoices } from './cellRequests';
import type { ExcelApi, ExcelContext, ExcelTable, ExcelWorksheet } from './excelApi';
import { layOutSheet, type SheetLayout } from './layOutSheet';
import { officeErrors } from './officeError';
import { REQUEST_LIMIT_BYTES, RequestBudget } from './requestBudget';
import { type RunExcelOptions, runExcel } from './runExcel';
import { queueTypedCellsCheck } from './typedCells';

/**
 * A sheet being built. Named so a leftover (Excel closed mid-write) is recognised and swept by
 * the next write, and never mistaken for the user's: see `isTemporarySheet`.
 */
const TEMPORARY_PREFIX = '~dunning-desk-';
const TEMPORARY_SHEET = /^~dunning-desk-\d+$/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_A_CELL = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;
const TABLE_STYLE = 'TableStyleMedium2';
/** Calls per sheet to add it hidden, and to swap it in (delete the old one, rename, move, show, name the table). */
const ADD_CALLS = 2;
const SWAP_CALLS = 5;

export function isTemporarySheet(name: string): boolean {
  return TEMPORARY_SHEET.test(name);
}

export interface WriteOwnedSheetsOptions extends RunExcelOptions {
  /** Bytes queued before a sync; default 4 MB, under Excel on the web's 5 MB request limit. */
  readonly requestLimitBytes?: number;
}

/** A product sheet as this refresh read it: its cells, and its table when nothing is below it. */
export interface OwnedSheetRead {
  readonly grid: SheetGrid;
  readonly table: SeenTable | null;
}

/** Excel column width in points for the .xlsx writer's width in characters (Calibri 11: 7-pixel digits). */
function widthInPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

function checkTableName(name: string): void {
  if (!TABLE_NAME.test(name) || LOOKS_LIKE_A_CELL.test(name) || name.length > 255) {
    throw new RangeError(`[dunning-desk] "${name}" is not a valid Excel table name`);
  }
}

function uniqueName(wanted: string, taken: Set<string>, separator: string): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${wanted}${separator}${n}`;
  taken.add(name.toUpperCase());
  return name;
}

function temporaryName(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `${TEMPORARY_PREFIX}${n}`;
    if (!taken.has(name.toUpperCase())) {
      taken.add(name.toUpperCase());
      return name;
    }
  }
}

interface Target {
  /** The sheet's layout; for an append, of the header and the new rows only. */
  readonly layout: SheetLayout;
  /** JSON bytes of each row of cells (see rowBytes). */
  readonly rowSizes: readonly number[];
  /** The sheet it replaces, with its id, its position (once leftovers are gone) and visibility. */
  readonly old: { readonly sheet: ExcelWorksheet; readonly id: string; readonly position: number; readonly visibility: string } | null;
  /** The sheet it is built in, under `tempName`, once queued. */
  temp: ExcelWorksheet | null;
  tempName: string;
  table: ExcelTable | null;
  tableName: string;
  /** Set when the sheet is added to in place rather than rebuilt. */
  readonly append: TableAppend | null;
}

/**
 * Cells go in row blocks that keep each request under the budget. Number formats are set before
 * values, in the same request: text lands in cells already marked as text, so Excel never turns
 * "=HYPERLINK(...)", "001043" or "TRUE" into a formula, a number or a boolean.
 */
async function writeCells(sheet: ExcelWorksheet, target: Target, budget: RequestBudget): Promise<void> {
  const { layout, rowSizes: sizes } = target;
  const rows = layout.rows;
  const width = Math.max(layout.columnCount, 1);
  for (let start = 0; start < rows.length; ) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + sizes[end] <= budget.room())) bytes += sizes[end++];
    if (budget.used > 0 && bytes > budget.room()) {
      await budget.flush();
      continue;
    }
    const block = rows.slice(start, end);
    const range = sheet.getRangeByIndexes(start, 0, block.length, width);
    const formats = block.map((row) => padded(row, width, (cell) => cell.format));
    if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats;
    range.values = block.map((row) => padded(row, width, (cell) => cell.value));
    await budget.reserve(bytes);
    start = end;
    if (start < rows.length) await budget.flush();
  }
}

interface Features {
  readonly validation: boolean;
  readonly conditionalFormats: boolean;
  readonly charts: boolean;
  /** Table.resize (ExcelApi 1.13), which adding rows below a table needs. */
  readonly resize: boolean;
}

/** The chart name the .xlsx writer gives its frame too. */
const CHART_NAME = 'Dunning Desk chart';

/** A clustered column chart, one series per row, beside the tables (see chartPlacement). */
function addChart(sheet: ExcelWorksheet, layout: SheetLayout): void {
  const c = layout.chart;
  if (!c) return;
  // Header row (categories) and data rows, name column through the last value column.
  const source = sheet.getRangeByIndexes(c.headerRow - 1, c.nameColumn, c.lastDataRow - c.headerRow + 1, c.lastValueColumn - c.nameColumn + 1);
  const chart = sheet.charts.add('ColumnClustered', source, 'Rows');
  chart.name = CHART_NAME;
  chart.title.text = c.title;
  chart.setPosition(sheet.getRangeByIndexes(c.fromRow, c.fromColumn, 1, 1), sheet.getRangeByIndexes(c.toRow - 1, c.toColumn - 1, 1, 1));
}

/** Rough bytes of a sheet's looks in a request (see applyLooks). */
function looksBytes(layout: SheetLayout): number {
  const calls = 2 + (layout.chart ? 5 : 0) + layout.headingRows.length + 3 * layout.headerRows.length + layout.columnWidths.length + 2 * layout.wrapColumns.length + 4 + 3 * layout.choices.length + 3 * (layout.rowColors?.rules.length ?? 0);
  return calls * LOOK_BYTES + layout.choices.reduce((n, c) => n + c.source.length * 2, 0);
}

/** Fonts, borders, widths, the table, frozen header, drop-downs and colours: after the values. */
async function applyLooks(sheet: ExcelWorksheet, target: Target, temporaryTableName: string, features: Features, budget: RequestBudget): Promise<void> {
  const { layout } = target;
  const first = layout.first;
  await budget.reserve(looksBytes(layout));

  if (layout.titleRow !== null) {
    const font = sheet.getRangeByIndexes(layout.titleRow, 0, 1, 1).format.font;
    font.bold = true;
    font.size = 14;
  }
  for (const row of layout.headingRows) sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
  for (const header of layout.headerRows) {
    if (header.columnCount === 0) continue;
    const format = sheet.getRangeByIndexes(header.row, 0, 1, header.columnCount).format;
    format.font.bold = true;
    const border = format.borders.getItem('EdgeBottom');
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
  layout.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(width);
  });
  if (features.charts) addChart(sheet, layout);
  if (!first) return;

  const dataRows = first.lastDataRow - first.firstDataRow + 1;
  for (const column of layout.wrapColumns) {
    const format = sheet.getRangeByIndexes(first.firstDataRow, column, dataRows, 1).format;
    format.wrapText = true;
    format.verticalAlignment = 'Top';
  }
  if (layout.table) {
    // Named temporarily: the sheet being replaced still holds a table with the final name.
    const table = sheet.tables.add(sheet.getRangeByIndexes(first.headerRow, 0, dataRows + 1, first.columnCount), true);
    table.name = temporaryTableName;
    table.style = TABLE_STYLE;
    target.table = table;
    sheet.freezePanes.freezeRows(first.headerRow + 1);
  }
  if (features.validation) setChoices((column) => sheet.getRangeByIndexes(first.firstDataRow, column, dataRows, 1), layout.choices);
  if (features.conditionalFormats && layout.rowColors) {
    const range = sheet.getRangeByIndexes(first.firstDataRow, 0, dataRows, layout.rowColors.columnCount);
    layout.rowColors.rules.forEach((rule, priority) => {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.color;
      format.priority = priority;
    });
  }
}

/**
 * After a failed request, leaves every product sheet whole: old or new, never half-built.
 * The swap's commands follow all the building in the last request and Excel runs a request in
 * order, so when no old sheet is gone and no new sheet has its final name yet, the failure came
 * before the swap: every sheet built so far is deleted. Otherwise all were complete: a built
 * sheet whose old sheet is gone takes its place and its table's name (it is the only copy now),
 * the others are deleted. When this fails too, the next write sweeps what is left (isTemporarySheet).
 */
async function recover(context: ExcelContext, targets: readonly Target[]): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name.toUpperCase()));
    const ids = new Set(sheets.items.map((s) => s.id));
    const has = (name: string) => names.has(name.toUpperCase());
    const swapping = targets.some((t) => (t.old ? !ids.has(t.old.id) : has(t.layout.name) && t.tempName !== '' && !has(t.tempName)));
    for (const target of targets) {
      if (target.tempName === '' || !has(target.tempName)) continue;
      const temp = sheets.getItem(target.tempName);
      if (!swapping || has(target.layout.name)) temp.delete();
      else {
        temp.name = target.layout.name;
        temp.visibility = 'Visible';
        if (target.table) target.table.name = target.tableName;
      }
    }
    await context.sync();
  } catch {
    // Left as it is: every sheet still has a name, and temporary ones are swept next time.
  }
}

/** What the write learns about the workbook before it changes anything. */
interface Inspection {
  readonly targets: Target[];
  /** Sheet names in use, so temporary names never clash. */
  readonly takenSheets: Set<string>;
  /** Table and defined names in use, for the temporary table names. */
  readonly takenTables: Set<string>;
  readonly activeSheet: string;
  /** Sheets an interrupted write left behind, deleted at the start of the build. */
  readonly leftovers: readonly ExcelWorksheet[];
}

/**
 * One round trip: the sheets with their protection, the tables with their sheets, the names, the
 * workbook's protection and date system. Throws a typed error for a protected workbook or sheet
 * before anything is written.
 */
async function inspect(context: ExcelContext, sheets: readonly OutSheet[], features: Features, read: ReadonlyMap<string, OwnedSheetRead>): Promise<Inspection> {
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  // Paths through navigation properties ("protection/protected") load them for every item at once.
  worksheets.load('items/name,items/visibility,items/id,items/protection/protected');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  workbook.tables.load('items/name,items/worksheet/name,items/showTotals');
  workbook.names.load('items/name');
  workbook.protection.load('protected');
  const epoch = workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  const checks = sheets.map((sheet) => queueTypedCellsCheck(context, sheet, read.get(sheet.name.toUpperCase())?.grid));
  // Merged cells under a table stop Table.resize, and an empty merged area is not in the used range.
  const belowTables = sheets.map((sheet) => {
    const seen = read.get(sheet.name.toUpperCase());
    const section = sheet.sections[0];
    if (!features.resize || !seen?.table || !section || sheet.newRowsFrom === undefined) return null;
    const { area } = seen.table;
    const adding = section.rows.length - sheet.newRowsFrom;
    if (adding <= 0) return { table: seen.table, merged: null };
    const merged = worksheets.getItem(seen.grid.name).getRangeByIndexes(area.row + area.rowCount, area.column, adding, area.columnCount).getMergedAreasOrNullObject();
    merged.load('address');
    return { table: seen.table, merged };
  });
  await context.sync();
  if (workbook.protection.protected) throw officeErrors.protectedWorkbook();
  for (const check of checks) check?.();
  // DATE(1904,1,1) is serial 0 only in the 1904 date system (1462 in the 1900 system).
  const date1904 = epoch.value === 0;

  const leftovers = worksheets.items.filter((s) => isTemporarySheet(s.name));
  const kept = worksheets.items.filter((s) => !isTemporarySheet(s.name));
  const targets: Target[] = sheets.map((sheet, i) => {
    const below = belowTables[i];
    const adding = below && (below.merged?.isNullObject ?? true) ? planTableAppend(sheet, below.table, workbook.tables.items, date1904) : null;
    const layout = adding?.layout ?? layOutSheet(sheet, date1904);
    // Positions once the leftovers are gone, which happens before anything is moved.
    const position = kept.findIndex((s) => s.name.toUpperCase() === layout.name.toUpperCase());
    const old = position < 0 ? null : { sheet: kept[position], id: kept[position].id, position, visibility: kept[position].visibility };
    const width = Math.max(layout.columnCount, 1);
    const rows = adding?.rows ?? layout.rows;
    return { layout, rowSizes: rows.map((row) => rowBytes(row, width)), old, temp: null, tempName: '', table: null, tableName: '', append: adding };
  });
  const locked = targets.find((t) => t.old?.sheet.protection.protected);
  if (locked) throw officeErrors.protectedSheet(locked.layout.name);

  // Table names are unique across the workbook's tables and defined names; a replaced sheet's
  // own table gives its name back, as in the .xlsx writer.
  const replaced = new Set(targets.flatMap((t) => (t.old && !t.append ? [t.layout.name.toUpperCase()] : [])));
  const replacedTables = new Set(workbook.tables.items.filter((t) => replaced.has(t.worksheet.name.toUpperCase())).map((t) => t.name.toUpperCase()));
  const allTables = workbook.tables.items.map((t) => t.name.toUpperCase());
  const definedNames = workbook.names.items.map((n) => n.name.toUpperCase());
  const finalNames = new Set([...allTables.filter((n) => !replacedTables.has(n)), ...definedNames]);
  for (const target of targets) if (target.layout.table && !target.append) target.tableName = uniqueName(target.layout.table.name, finalNames, '_');
  return {
    targets,
    takenSheets: new Set(kept.map((s) => s.name.toUpperCase())),
    takenTables: new Set([...allTables, ...definedNames, ...targets.map((t) => t.tableName.toUpperCase())]),
    activeSheet: active.name,
    leftovers,
  };
}

/** Bytes the whole write queues: the leftovers' deletion, every sheet's cells and looks, and the swap. */
function plannedBytes(inspection: Inspection): number {
  const sheets = inspection.targets.reduce((n, t) => n + (t.append ? tableAppendBytes(t.append, t.rowSizes) : (ADD_CALLS + SWAP_CALLS) * LOOK_BYTES + t.rowSizes.reduce((a, b) => a + b, 0) + looksBytes(t.layout)), 0);
  return inspection.leftovers.length * LOOK_BYTES + sheets;
}

/**
 * Each sheet built hidden under a temporary name: cells in blocks, then its looks. The last
 * request is left unsent, for the swap to join.
 */
async function build(context: ExcelContext, inspection: Inspection, budget: RequestBudget, features: Features): Promise<void> {
  await budget.reserve(inspection.leftovers.length * LOOK_BYTES);
  for (const sheet of inspection.leftovers) sheet.delete();
  for (const target of inspection.targets) {
    if (target.append) continue;
    await budget.reserve(LOOK_BYTES * ADD_CALLS);
    target.tempName = temporaryName(inspection.takenSheets);
    const temp = context.workbook.worksheets.add(target.tempName);
    temp.visibility = 'Hidden';
    target.temp = temp;
    await writeCells(temp, target, budget);
    await applyLooks(temp, target, uniqueName('DunningDeskNew', inspection.takenTables, ''), features, budget);
  }
}

/**
 * In the last request, after the last of the building: the rows added below tables, then each
 * old sheet deleted and its replacement renamed into its place (in position order, so each
 * lands exactly where the old one was), shown as the old one was, its table given the final
 * name, and the active sheet kept active. The additions come first: when one fails (its table
 * went meanwhile), no sheet has been swapped yet and the whole write is undone (see recover).
 * Calculation is not suspended in that request, so formulas that pointed at a replaced sheet are
 * recalculated at once.
 */
async function swapIn(context: ExcelContext, inspection: Inspection, budget: RequestBudget, features: Features): Promise<void> {
  const appends = inspection.targets.filter((t) => t.append);
  const swaps = inspection.targets.filter((t) => !t.append);
  await budget.reserve(appends.reduce((n, t) => n + tableAppendBytes(t.append as TableAppend, t.rowSizes), 0) + swaps.length * SWAP_CALLS * LOOK_BYTES);
  for (const target of appends) queueTableAppend(context, target.append as TableAppend, features.validation);
  const order = [...swaps].sort((a, b) => (a.old?.position ?? Infinity) - (b.old?.position ?? Infinity));
  let activate: ExcelWorksheet | null = null;
  for (const target of order) {
    const temp = target.temp as ExcelWorksheet;
    const old = target.old;
    if (old) {
      if (old.sheet.name.toUpperCase() === inspection.activeSheet.toUpperCase()) activate = temp;
      old.sheet.delete();
    }
    temp.name = target.layout.name;
    if (old) temp.position = old.position;
    // A sheet the user hid stays hidden, as the .xlsx writer keeps it.
    const visibility = old?.visibility ?? 'Visible';
    if (visibility !== 'Hidden') temp.visibility = visibility;
    if (target.table) target.table.name = target.tableName;
  }
  // The active sheet is visible, so its replacement is too by now.
  activate?.activate();
  await context.sync();
}

/**
 * Writes the product's sheets into the open workbook, each laid out as the .xlsx writer lays it
 * out. Nothing is ever half-written: each sheet is built hidden under a temporary name and only
 * when all of them are complete are the old ones deleted and the new ones renamed and put in
 * their place, at the end of the request that completes them (see swapIn and recover); when
 * anything fails before that, the temporary sheets are deleted. A sheet that only grows (the
 * Collections log) gets its new rows below its table in that same request instead, when
 * `read` says its table was read with nothing below it (see planTableAppend): the rows already
 * there, the user's, are not written at all, and a long log costs a refresh nothing. A write
 * takes one round trip to inspect the workbook and one per 4 MB of cells. Only the product's own
 * sheets (OWNED_SHEETS) are written; asking for another is a programmer error. A protected sheet
 * or workbook stops the write before anything changes, and so does a cell typed into a sheet's
 * typed columns since `read` (see queueTypedCellsCheck).
 */
export async function writeOwnedSheets(
  excel: ExcelApi,
  sheets: readonly OutSheet[],
  options: WriteOwnedSheetsOptions = {},
  read: ReadonlyMap<string, OwnedSheetRead> = new Map(),
): Promise<void> {
  const seen = new Set<string>();
  for (const sheet of sheets) {
    if (!isOwnedSheet(sheet.name)) throw new RangeError(`[dunning-desk] "${sheet.name}" is not a product sheet; the Office adapter writes only ${OWNED_SHEETS.join(', ')}`);
    if (seen.has(sheet.name.toUpperCase())) throw new RangeError(`[dunning-desk] sheet "${sheet.name}" is given twice`);
    seen.add(sheet.name.toUpperCase());
    if (sheet.table) checkTableName(sheet.table.name);
  }
  if (sheets.length === 0) return;
  if (!excel.isSetSupported('ExcelApi', '1.7')) throw officeErrors.unsupported('the Excel JavaScript API 1.7 (writing sheets in blocks)');
  const limit = options.requestLimitBytes ?? REQUEST_LIMIT_BYTES;
  const features: Features = {
    validation: excel.isSetSupported('ExcelApi', '1.8'),
    conditionalFormats: excel.isSetSupported('ExcelApi', '1.6'),
    charts: excel.isSetSupported('ExcelApi', '1.1'),
    resize: excel.isSetSupported('ExcelApi', '1.13'),
  };
  const suspendCalculation = excel.isSetSupported('ExcelApi', '1.6');
  const suspendScreen = excel.isSetSupported('ExcelApi', '1.9');

  await runExcel(
    excel,
    async (context) => {
      const inspection = await inspect(context, sheets, features, read);
      const { application } = context.workbook;
      try {
        const budget = new RequestBudget(context, limit, plannedBytes(inspection), (last) => {
          if (suspendCalculation && !last) application.suspendApiCalculationUntilNextSync();
          if (suspendScreen) application.suspendScreenUpdatingUntilNextSync();
        });
        await build(context, inspection, budget, features);
        await swapIn(context, inspection, budget, features);
      } catch (error) {
        await recover(context, inspection.targets);
        throw error;
      }
    },
    options,
  );
}
