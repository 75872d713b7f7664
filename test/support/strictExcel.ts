/**
 * An in-memory Excel that is strict where Excel is strict, for the Office adapter's tests and
 * benchmark. office-addin-mock answers anything you ask; this one fails the way Excel fails:
 *
 * - reading a property before `load()` and `context.sync()` throws PropertyNotLoaded; a load path
 *   may go through navigation properties ("items/protection/protected"), and loading a property
 *   it does not model fails (InvalidArgument) rather than answering something;
 * - commands are queued and only run at `sync()`, in order, against the model; a failing command
 *   stops the batch with the commands before it applied (Excel batches are not transactional);
 * - every sync is counted and its request (what was queued) and response (what was loaded) are
 *   measured as JSON; over 5 MB either way fails as in Excel on the web
 *   (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded);
 * - a read of more than 5 million cells fails (RangeExceedsLimit) or, as Excel on the web may,
 *   comes back null (`largeReads: 'null'`);
 * - a string written through `values` is read the way Excel reads typing unless the cell's number
 *   format is "@": "=..." (and "+x"/"-x" that is not a number) becomes a formula, "001043" and
 *   "1e3" numbers, "TRUE" a boolean, "#N/A" an error, "2026-11-30" a date;
 * - 2-D arrays must match the range's size (InvalidArgument), indexes stay inside the sheet;
 * - APIs beyond the configured ExcelApi version fail with ApiNotFound;
 * - injected failures: "cell edit mode" for the next N syncs, any error code at a given sync;
 * - the user changing the workbook between two round trips (`beforeSync`);
 * - protected sheets refuse changes, a protected workbook structure refuses sheet changes
 *   (AccessDenied);
 * - every change is recorded per sheet, so a test can prove a sheet was never written.
 *
 * It models only what the adapter uses (see src/adapters/office/excelApi.ts, which it
 * implements); anything else is absent, so a new API call fails loudly until modelled here.
 */
import type {
  ExcelApi,
  ExcelApplication,
  ExcelChart,
  ExcelChartCollection,
  ExcelChartTitle,
  ExcelConditionalFormat,
  ExcelConditionalFormatCollection,
  ExcelContext,
  ExcelDataValidation,
  ExcelFreezePanes,
  ExcelFunctionResult,
  ExcelFunctions,
  ExcelNamedItemCollection,
  ExcelProtection,
  ExcelRange,
  ExcelRangeAreas,
  ExcelRangeBorder,
  ExcelRangeBorderCollection,
  ExcelRangeFont,
  ExcelRangeFormat,
  ExcelSetting,
  ExcelSettingCollection,
  ExcelTable,
  ExcelTableCollection,
  ExcelWorkbook,
  ExcelWorksheet,
  ExcelWorksheetCollection,
  PropertyNames,
} from '../../src/adapters/office/excelApi';
import { localDate, toExcelSerial } from '../../src/domain/localDate';

export const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const READ_LIMIT_CELLS = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const ERROR_LITERALS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

/** What office.js rejects a sync with (OfficeExtension.Error, whose name is "RichApi.Error"): a code and a message. */
export class FakeExcelError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

const fail = (code: string, message: string): never => {
  throw new FakeExcelError(code, message);
};

/** An error value held in a cell. */
class ErrorValue {
  constructor(readonly code: string) {}
}

type Stored = string | number | boolean | ErrorValue;

/** 0-based rectangle. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "A1", "A1:C9", "3:30" (rows), "B:D" (columns), "$A$1"; relative to one sheet. */
export function parseA1(address: string): Area {
  const text = address.replace(/\$/g, '').toUpperCase();
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const [from, to = from] = text.split(':');
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    const top = Math.min(+a[2], +b[2]) - 1;
    const left = Math.min(columnIndex(a[1]), columnIndex(b[1]));
    return { row: top, column: left, rowCount: Math.abs(+b[2] - +a[2]) + 1, columnCount: Math.abs(columnIndex(b[1]) - columnIndex(a[1])) + 1 };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) return { row: Math.min(+from, +to) - 1, column: 0, rowCount: Math.abs(+to - +from) + 1, columnCount: MAX_COLUMNS };
  if (/^[A-Z]{1,3}$/.test(from) && /^[A-Z]{1,3}$/.test(to)) {
    const left = Math.min(columnIndex(from), columnIndex(to));
    return { row: 0, column: left, rowCount: MAX_ROWS, columnCount: Math.abs(columnIndex(to) - columnIndex(from)) + 1 };
  }
  return fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format ("${address}").`);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function a1(area: Area): string {
  const from = `${columnName(area.column)}${area.row + 1}`;
  const to = `${columnName(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
  return area.rowCount === 1 && area.columnCount === 1 ? from : `${from}:${to}`;
}

function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The model: what the workbook holds between runs.

/** Formatting set through `range.format` (fonts, borders, wrap), kept as a log of what was set where. */
export interface LookRecord {
  readonly area: Area;
  readonly property: string;
  readonly value: unknown;
}

export interface ValidationRecord {
  area: Area;
  rule?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatRecord {
  readonly area: Area;
  readonly type: string;
  formula?: string;
  fill?: string;
  priority: number;
  stopIfTrue?: boolean;
}

/** A chart added through `worksheet.charts.add`; it lives and dies with its sheet. */
export interface ChartRecord {
  readonly type: string;
  readonly seriesBy: string;
  /** The source range on the chart's sheet. */
  readonly source: Area;
  name: string;
  title: string;
  /** setPosition's cells; null until it is called. */
  position: { readonly start: Area; readonly end: Area | null } | null;
}

const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'BarClustered', 'Line', 'Pie'];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];

export class SheetModel {
  name: string;
  visibility = 'Visible';
  protected = false;
  /** rows[r][c]; undefined is an empty cell. */
  readonly values: (Stored | undefined)[][] = [];
  /** Number formats; undefined is General. */
  readonly formats: (string | undefined)[][] = [];
  readonly formulas = new Map<string, string>();
  readonly merges: Area[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly looks: LookRecord[] = [];
  readonly validations: ValidationRecord[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly charts: ChartRecord[] = [];
  freezeRows = 0;
  /** Changes made through the API (not by the user typing). */
  writes = 0;

  constructor(
    readonly id: string,
    name: string,
  ) {
    this.name = name;
  }

  value(row: number, column: number): Stored | undefined {
    return this.values[row]?.[column];
  }

  format(row: number, column: number): string | undefined {
    return this.formats[row]?.[column];
  }

  setValue(row: number, column: number, value: Stored | undefined): void {
    const cells = (this.values[row] ??= []);
    cells[column] = value;
    this.formulas.delete(`${row},${column}`);
  }

  setFormat(row: number, column: number, format: string | undefined): void {
    (this.formats[row] ??= [])[column] = format;
  }

  /** The smallest area holding every value (and with `withFormats`, every number format), or null. */
  usedArea(withFormats: boolean): Area | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const scan = (rows: readonly (readonly unknown[] | undefined)[]) => {
      rows.forEach((cells, r) => {
        if (!cells) return;
        cells.forEach((v, c) => {
          if (v === undefined) return;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        });
      });
    };
    scan(this.values);
    if (withFormats) scan(this.formats);
    return bottom < 0 ? null : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

export class TableModel {
  constructor(
    readonly id: string,
    public name: string,
    public sheet: SheetModel,
    public area: Area,
    public style = 'TableStyleMedium2',
    /** The last row of `area` is a totals row. */
    readonly showTotals = false,
  ) {}
}

class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: string[] = [];
  readonly settings = new Map<string, unknown>();
  date1904 = false;
  structureProtected = false;
  active: SheetModel | null = null;
  private ids = 0;

  nextId(prefix: string): string {
    return `${prefix}${++this.ids}`;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }
}

// ---------------------------------------------------------------------------------------------
// Typing: how Excel reads a string written to a cell that is not formatted as text.

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

interface Typed {
  readonly value: Stored | undefined;
  readonly formula?: string;
  /** A number format Excel applies along with the value (dates, percentages). */
  readonly format?: string;
}

function serialOf(year: number, month: number, day: number, date1904: boolean): number | null {
  const date = localDate(year, month, day);
  if (date === null) return null;
  return toExcelSerial(date) - (date1904 ? 1462 : 0);
}

/** How Excel stores a value written to a cell with number format `format` (undefined: General). */
function typeInto(input: unknown, format: string | undefined, date1904: boolean): Typed | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format (${input}).`);
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') return fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format (a cell value must be a string, number or boolean).');
  if (input === '') return { value: undefined };
  if (format === '@') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const trimmed = input.trim();
  if (ERROR_LITERALS.includes(trimmed.toUpperCase())) return { value: new ErrorValue(trimmed.toUpperCase()) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  if (trimmed !== '' && /\d/.test(trimmed) && NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith('%');
    const number = Number(trimmed.replace(/[,%]/g, ''));
    return { value: percent ? number / 100 : number, ...(percent && format === undefined ? { format: '0%' } : {}) };
  }
  if (input.startsWith('=') || input.startsWith('+') || input.startsWith('-')) {
    // Excel stores the formula and shows its result; the model keeps the text and marks it.
    return { value: input, formula: input.startsWith('=') ? input : `=${input}` };
  }
  const iso = ISO_DATE.exec(trimmed);
  const us = US_DATE.exec(trimmed);
  if (iso || us) {
    const serial = iso ? serialOf(+iso[1], +iso[2], +iso[3], date1904) : serialOf(+us![3], +us![1], +us![2], date1904);
    if (serial !== null && serial >= 0) return { value: serial, ...(format === undefined ? { format: iso ? 'yyyy-mm-dd' : 'm/d/yyyy' } : {}) };
  }
  return { value: input };
}

// ---------------------------------------------------------------------------------------------
// Requests.

interface LoadResult {
  readonly json: unknown;
  apply(): void;
}

interface Command {
  readonly bytes: number;
  run(): LoadResult | void;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export interface StrictExcelStats {
  runs: number;
  syncs: number;
  readonly perSync: SyncRecord[];
  /** Largest request sent, refused ones included: the adapter must never build one over the limit. */
  largestRequestBytes: number;
  /** Largest response delivered. */
  largestResponseBytes: number;
  /** Syncs refused for their size (request or response over the limit, or a read over 5 million cells). */
  refusedForSize: number;
  /** Calls of suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync. */
  suspensions: number;
  /** The syncs (numbered from 1) whose request suspended calculation. */
  readonly calculationSuspendedAt: number[];
}

function newStats(): StrictExcelStats {
  return { runs: 0, syncs: 0, perSync: [], largestRequestBytes: 0, largestResponseBytes: 0, refusedForSize: 0, suspensions: 0, calculationSuspendedAt: [] };
}

function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

function propertyList(names: PropertyNames | undefined): string[] {
  if (names === undefined) return [];
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((n) => n.trim()).filter(Boolean);
}

class FakeContext implements ExcelContext {
  readonly workbook: FakeWorkbook;
  private pending: Command[] = [];
  private readonly nullables: FakeObject[] = [];
  closed = false;

  constructor(readonly excel: StrictExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get model(): WorkbookModel {
    return this.excel.model;
  }

  assertOpen(): void {
    if (this.closed) fail('InvalidRequestContext', 'Cannot use the object across different request contexts (the Excel.run batch has ended).');
  }

  queue(json: unknown, run: () => LoadResult | void): void {
    this.assertOpen();
    this.pending.push({ bytes: jsonBytes(json) + 1, run });
  }

  track(object: FakeObject): void {
    this.nullables.push(object);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    this.assertOpen();
    const commands = this.pending;
    this.pending = [];
    const nullables = this.nullables.splice(0);
    const stats = this.excel.stats;
    stats.syncs++;
    const requestBytes = commands.reduce((n, c) => n + c.bytes, 2);
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, requestBytes);
    await Promise.resolve();
    this.excel.takeUserAction(stats.syncs)?.();
    const injected = this.excel.takeInjectedFailure(stats.syncs);
    if (injected) {
      stats.perSync.push({ requestBytes, responseBytes: 0 });
      throw injected;
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      stats.perSync.push({ requestBytes, responseBytes: 0 });
      stats.refusedForSize++;
      fail('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    const results: LoadResult[] = [];
    try {
      for (const command of commands) {
        const result = command.run();
        if (result) results.push(result);
      }
      for (const object of nullables) object.settleNull();
    } catch (error) {
      stats.perSync.push({ requestBytes, responseBytes: 0 });
      if (error instanceof FakeExcelError && error.code === 'RangeExceedsLimit') stats.refusedForSize++;
      throw error;
    }
    let responseBytes = 2;
    for (const result of results) responseBytes += jsonBytes(result.json) + 1;
    stats.perSync.push({ requestBytes, responseBytes });
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      stats.refusedForSize++;
      fail('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    for (const result of results) result.apply();
  }
}

/** Base of every proxy: loaded properties, strict reads, load() queued like office.js. */
abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    /** Only for the request size: roughly how office.js addresses the object. */
    protected readonly path: string,
    private readonly nullable = false,
  ) {
    if (nullable) ctx.track(this);
  }

  protected abstract readonly typeName: string;

  /** The value of a property at the moment the load runs; undefined when it cannot be loaded. */
  protected abstract snapshot(property: string): unknown;

  /** Null objects (from ...OrNullObject) are settled at the sync after their creation. */
  settleNull(): void {
    if (this.nullState === undefined) this.nullState = this.isNull();
  }

  protected isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    this.ctx.assertOpen();
    if (!this.nullable) return false;
    if (this.nullState === undefined) fail('PropertyNotLoaded', `The property 'isNullObject' of ${this.typeName} is not available until context.sync() has run.`);
    return this.nullState as boolean;
  }

  protected loadedValue<T>(property: string): T {
    this.ctx.assertOpen();
    if (!this.loaded.has(property)) {
      fail(
        'PropertyNotLoaded',
        `The property '${property}' of ${this.typeName} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(property) as T;
  }

  protected store(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** The objects a load path reaches through "/" (navigation properties, e.g. a sheet's `protection`). */
  protected navigation(_name: string): FakeObject | undefined {
    return undefined;
  }

  /** What loading `path` reads now: a property of this object or, through "/", of a navigation property. */
  valueAt(path: string): unknown {
    const slash = path.indexOf('/');
    if (slash < 0) return this.snapshot(path);
    return this.navigation(path.slice(0, slash))?.valueAt(path.slice(slash + 1));
  }

  /** Stores a loaded path's value where the path leads (a collection's load fills its items so). */
  storeLoaded(path: string, value: unknown): void {
    const slash = path.indexOf('/');
    if (slash < 0) this.store(path, value);
    else this.navigation(path.slice(0, slash))?.storeLoaded(path.slice(slash + 1), value);
  }

  load(names?: PropertyNames): this {
    const list = propertyList(names);
    this.ctx.queue({ load: this.path, select: list }, () => {
      if (this.nullable && this.isNull()) {
        return { json: { isNullObject: true }, apply: () => (this.nullState = true) };
      }
      const values = new Map<string, unknown>();
      for (const name of list) {
        const value = this.valueAt(name);
        if (value === undefined) fail('InvalidArgument', `The property '${name}' of ${this.typeName} cannot be loaded (not modelled by the strict Excel).`);
        values.set(name, value);
      }
      return { json: Object.fromEntries(values), apply: () => values.forEach((v, k) => this.storeLoaded(k, v)) };
    });
    return this;
  }

  /** Queues a change; `run` performs it at sync. */
  protected change(property: string, value: unknown, run: () => void): void {
    this.ctx.queue({ set: this.path, property, value }, run);
  }

  protected call(method: string, args: unknown[], run: () => LoadResult | void): void {
    this.ctx.queue({ call: this.path, method, args }, run);
  }

  protected requireSet(version: string, what: string): void {
    if (!this.ctx.excel.isSetSupported('ExcelApi', version)) fail('ApiNotFound', `${what} needs ExcelApi ${version}, which this Excel does not have.`);
  }
}

/** A lazily found model object: found once, at the first command that needs it (as Excel resolves an object path). */
class Lazy<T> {
  private found: T | undefined;

  constructor(private readonly find: () => T) {}

  get(): T {
    this.found ??= this.find();
    return this.found;
  }
}

class FakeCollectionBase<T extends FakeObject> extends FakeObject {
  protected readonly typeName: string = 'Collection';

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly list: () => T[],
    private readonly itemProperty: (item: T, property: string) => unknown,
  ) {
    super(ctx, path);
  }

  get items(): T[] {
    return this.loadedValue<T[]>('items');
  }

  override load(names?: PropertyNames): this {
    const list = propertyList(names);
    const itemProperties = list.filter((n) => n.startsWith('items/')).map((n) => n.slice(6));
    if (list.some((n) => n !== 'items' && !n.startsWith('items/'))) fail('InvalidArgument', `A collection loads only "items" and "items/..." (got ${list.join(', ')}).`);
    this.ctx.queue({ load: this.path, select: list }, () => {
      const items = this.list();
      const snapshots = items.map((item) =>
        Object.fromEntries(
          itemProperties.map((p) => {
            const value = this.itemProperty(item, p);
            if (value === undefined) fail('InvalidArgument', `The property '${p}' of the items of ${this.path} cannot be loaded (not modelled by the strict Excel).`);
            return [p, value];
          }),
        ),
      );
      return {
        json: snapshots,
        apply: () => {
          items.forEach((item, i) => Object.entries(snapshots[i]).forEach(([p, v]) => item.storeLoaded(p, v)));
          this.store('items', items);
        },
      };
    });
    return this;
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook level.

class FakeWorkbook implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItems;
  readonly functions: FakeFunctions;
  readonly settings: FakeSettings;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, 'workbook.tables', null);
    this.names = new FakeNamedItems(ctx);
    this.functions = new FakeFunctions(ctx);
    this.settings = new FakeSettings(ctx);
    this.application = new FakeApplication(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

class FakeApplication implements ExcelApplication {
  constructor(private readonly ctx: FakeContext) {}

  private suspend(version: string, what: string): void {
    this.ctx.queue({ call: 'application', method: what }, () => {
      if (!this.ctx.excel.isSetSupported('ExcelApi', version)) fail('ApiNotFound', `${what} needs ExcelApi ${version}, which this Excel does not have.`);
      const stats = this.ctx.excel.stats;
      stats.suspensions++;
      if (what === 'suspendApiCalculationUntilNextSync' && !stats.calculationSuspendedAt.includes(stats.syncs)) stats.calculationSuspendedAt.push(stats.syncs);
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.suspend('1.6', 'suspendApiCalculationUntilNextSync');
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.suspend('1.9', 'suspendScreenUpdatingUntilNextSync');
  }
}

class FakeWorkbookProtection extends FakeObject implements ExcelProtection {
  protected readonly typeName = 'WorkbookProtection';

  constructor(ctx: FakeContext) {
    super(ctx, 'workbook.protection');
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }

  protected snapshot(property: string): unknown {
    this.requireSet('1.7', 'Workbook.protection');
    return property === 'protected' ? this.ctx.model.structureProtected : undefined;
  }
}

class FakeFunctionResult extends FakeObject implements ExcelFunctionResult {
  protected readonly typeName = 'FunctionResult';

  constructor(
    ctx: FakeContext,
    private readonly args: [number, number, number],
  ) {
    super(ctx, `functions.date(${args.join(',')})`);
  }

  get value(): unknown {
    return this.loadedValue('value');
  }

  get error(): string {
    return this.loadedValue('error');
  }

  protected snapshot(property: string): unknown {
    this.requireSet('1.2', 'Workbook.functions');
    const serial = serialOf(...this.args, this.ctx.model.date1904);
    if (property === 'value') return serial ?? '#NUM!';
    if (property === 'error') return serial === null ? '#NUM!' : null;
    return undefined;
  }
}

class FakeFunctions implements ExcelFunctions {
  constructor(private readonly ctx: FakeContext) {}

  date(year: number, month: number, day: number): ExcelFunctionResult {
    return new FakeFunctionResult(this.ctx, [year, month, day]);
  }
}

class FakeNamedItems extends FakeCollectionBase<FakeNamedItem> implements ExcelNamedItemCollection {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook.names', () => ctx.model.names.map((name) => new FakeNamedItem(ctx, name)), (item, p) => (p === 'name' ? item.modelName : undefined));
  }
}

class FakeNamedItem extends FakeObject {
  protected readonly typeName = 'NamedItem';

  constructor(
    ctx: FakeContext,
    readonly modelName: string,
  ) {
    super(ctx, `names(${modelName})`);
  }

  get name(): string {
    return this.loadedValue('name');
  }

  protected snapshot(property: string): unknown {
    return property === 'name' ? this.modelName : undefined;
  }
}

class FakeSetting extends FakeObject implements ExcelSetting {
  protected readonly typeName = 'Setting';

  constructor(
    ctx: FakeContext,
    private readonly settingKey: string,
    nullable: boolean,
  ) {
    super(ctx, `settings(${settingKey})`, nullable);
  }

  protected override isNull(): boolean {
    return !this.ctx.model.settings.has(this.settingKey);
  }

  get key(): string {
    return this.loadedValue('key');
  }

  get value(): unknown {
    return this.loadedValue('value');
  }

  set value(value: unknown) {
    this.change('value', value, () => {
      if (this.isNull()) fail('ItemNotFound', `The setting "${this.settingKey}" does not exist.`);
      this.ctx.model.settings.set(this.settingKey, JSON.parse(JSON.stringify(value)));
    });
  }

  protected snapshot(property: string): unknown {
    if (property === 'key') return this.settingKey;
    if (property === 'value') return this.ctx.model.settings.get(this.settingKey) ?? null;
    return undefined;
  }

  delete(): void {
    this.call('delete', [], () => {
      this.ctx.model.settings.delete(this.settingKey);
    });
  }
}

class FakeSettings implements ExcelSettingCollection {
  constructor(private readonly ctx: FakeContext) {}

  private require(): void {
    if (!this.ctx.excel.isSetSupported('ExcelApi', '1.4')) fail('ApiNotFound', 'Workbook.settings needs ExcelApi 1.4, which this Excel does not have.');
  }

  add(key: string, value: unknown): ExcelSetting {
    const setting = new FakeSetting(this.ctx, key, false);
    this.ctx.queue({ call: 'settings', method: 'add', args: [key, value] }, () => {
      this.require();
      if (value === undefined) fail('InvalidArgument', 'A setting needs a value.');
      this.ctx.model.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
    return setting;
  }

  getItemOrNullObject(key: string): ExcelSetting {
    return new FakeSetting(this.ctx, key, true);
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets.

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function checkSheetName(model: WorkbookModel, name: string, except: SheetModel | null): void {
  if (name.trim() === '' || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format (sheet name "${name}").`);
  }
  const other = model.sheet(name);
  if (other && other !== except) fail('ItemAlreadyExists', `A resource with the same name or identifier already exists (sheet "${name}").`);
}

class FakeWorksheetCollection extends FakeCollectionBase<FakeWorksheet> implements ExcelWorksheetCollection {
  constructor(ctx: FakeContext) {
    super(
      ctx,
      'workbook.worksheets',
      () => ctx.model.sheets.map((sheet) => new FakeWorksheet(ctx, `sheets(${sheet.id})`, () => sheet)),
      (item, p) => item.valueAt(p),
    );
  }

  getItem(key: string): ExcelWorksheet {
    return new FakeWorksheet(this.ctx, `sheets(${key})`, () => this.ctx.model.sheet(key) ?? fail('ItemNotFound', `The requested resource doesn't exist (sheet "${key}").`));
  }

  getItemOrNullObject(key: string): ExcelWorksheet {
    return new FakeWorksheet(this.ctx, `sheets(${key})?`, () => this.ctx.model.sheet(key) ?? fail('ItemNotFound', `Sheet "${key}" is a null object.`), () => !this.ctx.model.sheet(key));
  }

  getActiveWorksheet(): ExcelWorksheet {
    return new FakeWorksheet(this.ctx, 'activeSheet', () => this.ctx.model.active ?? fail('ItemNotFound', 'There is no active sheet.'));
  }

  add(name?: string): ExcelWorksheet {
    let created: SheetModel | undefined;
    const sheet = new FakeWorksheet(this.ctx, `sheets.add(${name ?? ''})`, () => created ?? fail('InvalidObjectPath', 'The sheet was not added.'));
    this.ctx.queue({ call: 'worksheets', method: 'add', args: [name] }, () => {
      const model = this.ctx.model;
      if (model.structureProtected) fail('AccessDenied', 'The workbook structure is protected: sheets cannot be added.');
      let sheetName = name;
      if (sheetName === undefined) for (let n = 1; sheetName === undefined || model.sheet(sheetName); n++) sheetName = `Sheet${n}`;
      checkSheetName(model, sheetName, null);
      created = new SheetModel(model.nextId('S'), sheetName);
      model.sheets.push(created);
      model.active ??= created;
      this.ctx.excel.noteWrite(created, 'add');
    });
    return sheet;
  }
}

class FakeWorksheet extends FakeObject implements ExcelWorksheet {
  protected readonly typeName = 'Worksheet';
  private readonly target: Lazy<SheetModel>;
  readonly protection: FakeSheetProtection;
  readonly tables: FakeTableCollection;
  readonly freezePanes: ExcelFreezePanes;
  readonly charts: ExcelChartCollection;

  constructor(
    ctx: FakeContext,
    path: string,
    find: () => SheetModel,
    private readonly missing?: () => boolean,
  ) {
    super(ctx, path, missing !== undefined);
    this.target = new Lazy(find);
    this.protection = new FakeSheetProtection(ctx, `${path}.protection`, () => this.model());
    this.tables = new FakeTableCollection(ctx, `${path}.tables`, () => this.model());
    this.charts = { add: (type: string, sourceData: ExcelRange, seriesBy?: string) => new FakeChart(this, type, sourceData, seriesBy ?? 'Auto') };
    this.freezePanes = {
      freezeRows: (count?: number) =>
        this.call('freezePanes.freezeRows', [count], () => {
          this.requireSet('1.7', 'Worksheet.freezePanes');
          const sheet = this.writable('freezePanes');
          sheet.freezeRows = count ?? 1;
        }),
    };
  }

  protected override isNull(): boolean {
    return this.missing?.() ?? false;
  }

  protected override navigation(name: string): FakeObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  model(): SheetModel {
    const sheet = this.target.get();
    if (!this.ctx.model.sheets.includes(sheet)) fail('ItemNotFound', `The sheet "${sheet.name}" no longer exists.`);
    return sheet;
  }

  queueChartCall(method: string, args: unknown[], run: () => void): void {
    this.call(method, args, run);
  }

  needsSet(version: string, what: string): void {
    this.requireSet(version, what);
  }

  /** The sheet, checked for protection and recorded as written. */
  writable(what: string): SheetModel {
    const sheet = this.model();
    if (sheet.protected) fail('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}": ${what}).`);
    this.ctx.excel.noteWrite(sheet, what);
    return sheet;
  }

  read(property: string): unknown {
    const sheet = this.model();
    const model = this.ctx.model;
    switch (property) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'position':
        return model.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      default:
        return undefined;
    }
  }

  protected snapshot(property: string): unknown {
    return this.read(property);
  }

  get id(): string {
    return this.loadedValue('id');
  }

  get name(): string {
    return this.loadedValue('name');
  }

  set name(name: string) {
    this.change('name', name, () => {
      const model = this.ctx.model;
      const sheet = this.model();
      if (model.structureProtected) fail('AccessDenied', 'The workbook structure is protected: sheets cannot be renamed.');
      checkSheetName(model, name, sheet);
      this.ctx.excel.noteWrite(sheet, 'rename');
      sheet.name = name;
    });
  }

  get position(): number {
    return this.loadedValue('position');
  }

  set position(position: number) {
    this.change('position', position, () => {
      const model = this.ctx.model;
      const sheet = this.model();
      if (model.structureProtected) fail('AccessDenied', 'The workbook structure is protected: sheets cannot be moved.');
      if (!Number.isInteger(position) || position < 0 || position >= model.sheets.length) fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format (position ${position}).`);
      this.ctx.excel.noteWrite(sheet, 'move');
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      model.sheets.splice(position, 0, sheet);
    });
  }

  get visibility(): string {
    return this.loadedValue('visibility');
  }

  set visibility(visibility: string) {
    this.change('visibility', visibility, () => {
      const model = this.ctx.model;
      const sheet = this.model();
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) fail('InvalidArgument', `Unknown visibility "${visibility}".`);
      if (model.structureProtected) fail('AccessDenied', 'The workbook structure is protected: sheets cannot be hidden or shown.');
      if (visibility !== 'Visible' && model.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        fail('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      this.ctx.excel.noteWrite(sheet, 'visibility');
      sheet.visibility = visibility;
    });
  }

  getRange(address?: string): ExcelRange {
    return new FakeRange(this.ctx, `${this.path}.range(${address ?? ''})`, () => ({
      sheet: this.model(),
      area: address === undefined ? { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } : parseA1(address),
    }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange {
    return new FakeRange(this.ctx, `${this.path}.byIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      this.requireSet('1.7', 'Worksheet.getRangeByIndexes');
      const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1;
      if (!ok || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format (getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})).`);
      }
      return { sheet: this.model(), area: { row: startRow, column: startColumn, rowCount, columnCount } };
    });
  }

  getUsedRange(valuesOnly?: boolean): ExcelRange {
    return new FakeRange(this.ctx, `${this.path}.usedRange(${valuesOnly ? 'values' : ''})`, () => {
      if (valuesOnly !== undefined) this.requireSet('1.2', 'Worksheet.getUsedRange(valuesOnly)');
      const sheet = this.model();
      // A blank sheet's used range is its top-left cell.
      return { sheet, area: sheet.usedArea(!valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  activate(): void {
    this.call('activate', [], () => {
      const sheet = this.model();
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', `Hidden sheet "${sheet.name}" cannot be activated.`);
      this.ctx.model.active = sheet;
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const model = this.ctx.model;
      const sheet = this.model();
      if (model.structureProtected) fail('AccessDenied', 'The workbook structure is protected: sheets cannot be deleted.');
      if (sheet.visibility === 'Visible' && model.sheets.filter((s) => s.visibility === 'Visible').length === 1) fail('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      this.ctx.excel.noteWrite(sheet, 'delete');
      const index = model.sheets.indexOf(sheet);
      model.sheets.splice(index, 1);
      for (let i = model.tables.length - 1; i >= 0; i--) if (model.tables[i].sheet === sheet) model.tables.splice(i, 1);
      if (model.active === sheet) model.active = model.sheets.find((s, i) => i >= index - 1 && s.visibility === 'Visible') ?? model.sheets.find((s) => s.visibility === 'Visible') ?? null;
    });
  }
}

class FakeSheetProtection extends FakeObject implements ExcelProtection {
  protected readonly typeName = 'WorksheetProtection';

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx, path);
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }

  protected snapshot(property: string): unknown {
    this.requireSet('1.2', 'Worksheet.protection');
    return property === 'protected' ? this.sheet().protected : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges.

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

function cellsOf(area: Area): number {
  return area.rowCount * area.columnCount;
}

class FakeRange extends FakeObject implements ExcelRange {
  protected readonly typeName = 'Range';
  private readonly target: Lazy<RangeTarget>;
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  readonly conditionalFormats: ExcelConditionalFormatCollection;

  constructor(
    ctx: FakeContext,
    path: string,
    find: () => RangeTarget,
    /** For ranges from ...OrNullObject methods: true when there is no such range. */
    private readonly missing?: () => boolean,
  ) {
    super(ctx, path, missing !== undefined);
    this.target = new Lazy(find);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = { add: (type: 'Custom') => new FakeConditionalFormat(this, type) };
  }

  protected override isNull(): boolean {
    return this.missing?.() ?? false;
  }

  resolve(): RangeTarget {
    const target = this.target.get();
    if (!this.ctx.model.sheets.includes(target.sheet)) fail('ItemNotFound', `The sheet "${target.sheet.name}" no longer exists.`);
    return target;
  }

  context(): FakeContext {
    return this.ctx;
  }

  /** The sheet, checked for protection and recorded as written. */
  writable(what: string): RangeTarget {
    const target = this.resolve();
    if (target.sheet.protected) fail('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${target.sheet.name}": ${what}).`);
    this.ctx.excel.noteWrite(target.sheet, what);
    return target;
  }

  queueChange(property: string, value: unknown, run: () => void): void {
    this.change(property, value, run);
  }

  needs(version: string, what: string): void {
    this.requireSet(version, what);
  }

  private read2d<T>(property: string, cell: (value: Stored | undefined, format: string | undefined) => T): T[][] | null {
    const { sheet, area } = this.resolve();
    if (cellsOf(area) > READ_LIMIT_CELLS) {
      if (this.ctx.excel.largeReads === 'null') return null;
      fail('RangeExceedsLimit', `The cell count in the range has exceeded the maximum supported number (${cellsOf(area)} cells in Range.${property}).`);
    }
    const out: T[][] = [];
    for (let r = 0; r < area.rowCount; r++) {
      const values = sheet.values[area.row + r];
      const formats = sheet.formats[area.row + r];
      const row = new Array<T>(area.columnCount);
      for (let c = 0; c < area.columnCount; c++) row[c] = cell(values?.[area.column + c], formats?.[area.column + c]);
      out.push(row);
    }
    return out;
  }

  protected snapshot(property: string): unknown {
    const { sheet, area } = this.resolve();
    switch (property) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${a1(area)}`;
      case 'rowCount':
        return area.rowCount;
      case 'columnCount':
        return area.columnCount;
      case 'rowIndex':
        return area.row;
      case 'columnIndex':
        return area.column;
      case 'values':
        return this.read2d('values', (v) => (v === undefined ? '' : v instanceof ErrorValue ? v.code : v));
      case 'numberFormat':
        return this.read2d('numberFormat', (_, f) => f ?? 'General');
      case 'valueTypes':
        return this.read2d('valueTypes', (v) =>
          v === undefined ? 'Empty' : v instanceof ErrorValue ? 'Error' : typeof v === 'string' ? 'String' : typeof v === 'boolean' ? 'Boolean' : 'Double',
        );
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.loadedValue('address');
  }

  get rowCount(): number {
    return this.loadedValue('rowCount');
  }

  get columnCount(): number {
    return this.loadedValue('columnCount');
  }

  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }

  private checkShape(property: string, input: unknown, area: Area): unknown[][] {
    const ok = Array.isArray(input) && input.length === area.rowCount && input.every((row) => Array.isArray(row) && row.length === area.columnCount);
    if (!ok) {
      fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (Range.${property}, ${area.rowCount} x ${area.columnCount}).`);
    }
    return input as unknown[][];
  }

  set values(input: unknown[][]) {
    this.change('values', input, () => {
      const { sheet, area } = this.writable('values');
      const rows = this.checkShape('values', input, area);
      const date1904 = this.ctx.model.date1904;
      for (let r = 0; r < area.rowCount; r++) {
        for (let c = 0; c < area.columnCount; c++) {
          const row = area.row + r;
          const column = area.column + c;
          const typed = typeInto(rows[r][c], sheet.format(row, column), date1904);
          if (typed === null) continue;
          sheet.setValue(row, column, typed.value);
          if (typed.formula !== undefined) sheet.formulas.set(`${row},${column}`, typed.formula);
          if (typed.format !== undefined) sheet.setFormat(row, column, typed.format);
        }
      }
    });
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }

  set numberFormat(input: unknown[][]) {
    this.change('numberFormat', input, () => {
      const { sheet, area } = this.writable('numberFormat');
      const rows = this.checkShape('numberFormat', input, area);
      for (let r = 0; r < area.rowCount; r++) {
        for (let c = 0; c < area.columnCount; c++) {
          const format = rows[r][c];
          if (format === null || format === undefined) continue;
          if (typeof format !== 'string') fail('InvalidArgument', 'A number format must be a string.');
          sheet.setFormat(area.row + r, area.column + c, format === 'General' ? undefined : (format as string));
        }
      }
    });
  }

  getMergedAreasOrNullObject(): ExcelRangeAreas {
    return new FakeRangeAreas(this);
  }

  /**
   * ExcelApi 1.4: the cells this range shares with another on the same sheet (a Range, or an
   * address on this range's sheet), or a null object when they share none.
   */
  getIntersectionOrNullObject(anotherRange: ExcelRange | string): ExcelRange {
    const overlap = (): RangeTarget | null => {
      this.requireSet('1.4', 'Range.getIntersectionOrNullObject');
      const mine = this.resolve();
      let other: RangeTarget;
      if (typeof anotherRange === 'string') other = { sheet: mine.sheet, area: parseA1(anotherRange) };
      else if (anotherRange instanceof FakeRange) other = anotherRange.resolve();
      else return fail('InvalidArgument', 'getIntersectionOrNullObject takes a Range of this workbook or an address.');
      if (other.sheet !== mine.sheet) fail('InvalidArgument', 'The ranges are on different worksheets.');
      const a = mine.area;
      const b = other.area;
      if (!intersects(a, b)) return null;
      const row = Math.max(a.row, b.row);
      const column = Math.max(a.column, b.column);
      const rowCount = Math.min(a.row + a.rowCount, b.row + b.rowCount) - row;
      const columnCount = Math.min(a.column + a.columnCount, b.column + b.columnCount) - column;
      return { sheet: mine.sheet, area: { row, column, rowCount, columnCount } };
    };
    return new FakeRange(
      this.ctx,
      `${this.path}.intersection`,
      () => overlap() ?? fail('ItemNotFound', 'The ranges do not intersect (a null object).'),
      () => overlap() === null,
    );
  }

  /** A range placed relative to this one, resolved when a command first uses it. */
  private relative(what: string, version: string, place: (area: Area) => Area): ExcelRange {
    return new FakeRange(this.ctx, `${this.path}.${what}`, () => {
      this.requireSet(version, `Range.${what}`);
      const { sheet, area } = this.resolve();
      const out = place(area);
      const ok = [out.row, out.column, out.rowCount, out.columnCount].every(Number.isInteger) && out.row >= 0 && out.column >= 0 && out.rowCount >= 1 && out.columnCount >= 1;
      if (!ok || out.row + out.rowCount > MAX_ROWS || out.column + out.columnCount > MAX_COLUMNS) fail('InvalidArgument', `The argument is invalid or missing or has an incorrect format (Range.${what}).`);
      return { sheet, area: out };
    });
  }

  getRowsBelow(count: number): ExcelRange {
    return this.relative(`getRowsBelow(${count})`, '1.2', (a) => ({ ...a, row: a.row + a.rowCount, rowCount: count }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): ExcelRange {
    return this.relative(`getResizedRange(${deltaRows},${deltaColumns})`, '1.2', (a) => ({ ...a, rowCount: a.rowCount + deltaRows, columnCount: a.columnCount + deltaColumns }));
  }

  getColumn(column: number): ExcelRange {
    return this.relative(`getColumn(${column})`, '1.1', (a) => (column < a.columnCount ? { ...a, column: a.column + column, columnCount: 1 } : fail('InvalidArgument', `Range.getColumn(${column}) is outside the range.`)));
  }
}

class FakeRangeAreas extends FakeObject implements ExcelRangeAreas {
  protected readonly typeName = 'RangeAreas';

  constructor(private readonly range: FakeRange) {
    super(range.context(), 'mergedAreas', true);
  }

  private areas(): { sheet: SheetModel; areas: Area[] } {
    this.requireSet('1.13', 'Range.getMergedAreasOrNullObject');
    const { sheet, area } = this.range.resolve();
    return { sheet, areas: sheet.merges.filter((m) => intersects(m, area)) };
  }

  protected override isNull(): boolean {
    return this.areas().areas.length === 0;
  }

  get address(): string {
    return this.loadedValue('address');
  }

  protected snapshot(property: string): unknown {
    if (property !== 'address') return undefined;
    const { sheet, areas } = this.areas();
    return areas.map((m) => `${quoteSheet(sheet.name)}!${a1(m)}`).join(', ');
  }
}

/** Setters of formatting that only record what was set where (fonts, borders, alignment). */
class FakeRangeFormat implements ExcelRangeFormat {
  readonly font: ExcelRangeFont;
  readonly borders: ExcelRangeBorderCollection;

  constructor(private readonly range: FakeRange) {
    const look = (property: string) => (value: unknown) =>
      range.queueChange(`format.${property}`, value, () => {
        const { sheet, area } = range.writable(`format.${property}`);
        sheet.looks.push({ area, property, value });
      });
    const setFont = { bold: look('font.bold'), size: look('font.size') };
    this.font = {
      get bold(): boolean {
        return fail('PropertyNotLoaded', 'The property \'bold\' of RangeFont is not available (loading formats is not modelled).');
      },
      set bold(v: boolean) {
        setFont.bold(v);
      },
      get size(): number {
        return fail('PropertyNotLoaded', 'The property \'size\' of RangeFont is not available (loading formats is not modelled).');
      },
      set size(v: number) {
        setFont.size(v);
      },
    };
    this.borders = {
      getItem: (index: 'EdgeBottom'): ExcelRangeBorder => {
        const setStyle = look(`borders.${index}.style`);
        const setWeight = look(`borders.${index}.weight`);
        return {
          get style(): string {
            return fail('PropertyNotLoaded', 'The property \'style\' of RangeBorder is not available (loading formats is not modelled).');
          },
          set style(v: string) {
            setStyle(v);
          },
          get weight(): string {
            return fail('PropertyNotLoaded', 'The property \'weight\' of RangeBorder is not available (loading formats is not modelled).');
          },
          set weight(v: string) {
            setWeight(v);
          },
        };
      },
    };
    this.setWrap = look('wrapText');
    this.setAlignment = look('verticalAlignment');
  }

  private readonly setWrap: (v: unknown) => void;
  private readonly setAlignment: (v: unknown) => void;

  get wrapText(): boolean {
    return fail('PropertyNotLoaded', 'The property \'wrapText\' of RangeFormat is not available (loading formats is not modelled).');
  }

  set wrapText(value: boolean) {
    this.setWrap(value);
  }

  get verticalAlignment(): string {
    return fail('PropertyNotLoaded', 'The property \'verticalAlignment\' of RangeFormat is not available (loading formats is not modelled).');
  }

  set verticalAlignment(value: string) {
    this.setAlignment(value);
  }

  get columnWidth(): number {
    return fail('PropertyNotLoaded', 'The property \'columnWidth\' of RangeFormat is not available (loading formats is not modelled).');
  }

  set columnWidth(points: number) {
    const range = this.range;
    range.queueChange('format.columnWidth', points, () => {
      const { sheet, area } = range.writable('format.columnWidth');
      range.needs('1.2', 'RangeFormat.columnWidth');
      if (!(points >= 0 && points <= 255 * 7.5)) fail('InvalidArgument', `Column width ${points} is out of range.`);
      for (let c = 0; c < area.columnCount; c++) sheet.columnWidths.set(area.column + c, points);
    });
  }
}

class FakeDataValidation implements ExcelDataValidation {
  constructor(private readonly range: FakeRange) {}

  private record(property: 'rule' | 'errorAlert' | 'ignoreBlanks', value: unknown): void {
    const range = this.range;
    range.queueChange(`dataValidation.${property}`, value, () => {
      range.needs('1.8', 'Range.dataValidation');
      const { sheet, area } = range.writable(`dataValidation.${property}`);
      if (property === 'rule') {
        const list = (value as { list?: { source?: unknown } }).list;
        if (!list || typeof list.source !== 'string' || list.source === '') fail('InvalidArgument', 'A list validation needs a source.');
      }
      let record = sheet.validations.find((v) => JSON.stringify(v.area) === JSON.stringify(area));
      if (!record) {
        record = { area };
        sheet.validations.push(record);
      }
      (record as unknown as Record<string, unknown>)[property] = JSON.parse(JSON.stringify(value));
    });
  }

  get rule(): ExcelDataValidation['rule'] {
    return fail('PropertyNotLoaded', "The property 'rule' of DataValidation is not available (loading it is not modelled).");
  }

  set rule(value: ExcelDataValidation['rule']) {
    this.record('rule', value);
  }

  get errorAlert(): ExcelDataValidation['errorAlert'] {
    return fail('PropertyNotLoaded', "The property 'errorAlert' of DataValidation is not available (loading it is not modelled).");
  }

  set errorAlert(value: ExcelDataValidation['errorAlert']) {
    this.record('errorAlert', value);
  }

  get ignoreBlanks(): boolean {
    return fail('PropertyNotLoaded', "The property 'ignoreBlanks' of DataValidation is not available (loading it is not modelled).");
  }

  set ignoreBlanks(value: boolean) {
    this.record('ignoreBlanks', value);
  }
}

class FakeConditionalFormat implements ExcelConditionalFormat {
  private recordRef: ConditionalFormatRecord | null = null;
  readonly custom: ExcelConditionalFormat['custom'];

  constructor(
    private readonly range: FakeRange,
    type: string,
  ) {
    range.queueChange('conditionalFormats.add', type, () => {
      range.needs('1.6', 'Range.conditionalFormats');
      const { sheet, area } = range.writable('conditionalFormats.add');
      if (type !== 'Custom') fail('InvalidArgument', `Conditional format type "${type}" is not modelled.`);
      // A new rule goes on top, as in Excel.
      for (const other of sheet.conditionalFormats) other.priority++;
      this.recordRef = { area, type, priority: 0 };
      sheet.conditionalFormats.push(this.recordRef);
    });
    const set = (property: 'formula' | 'fill', check: (v: string) => void) => (value: string) =>
      range.queueChange(`conditionalFormat.${property}`, value, () => {
        range.writable(`conditionalFormat.${property}`);
        check(value);
        this.existing()[property] = value;
      });
    const setFormula = set('formula', (v) => {
      if (!v.startsWith('=')) fail('InvalidArgument', `A conditional format formula must start with "=" (got "${v}").`);
    });
    const setFill = set('fill', (v) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) fail('InvalidArgument', `Not a colour: "${v}".`);
    });
    this.custom = {
      rule: {
        get formula(): string {
          return fail('PropertyNotLoaded', "The property 'formula' of ConditionalFormatRule is not available.");
        },
        set formula(v: string) {
          setFormula(v);
        },
      },
      format: {
        fill: {
          get color(): string {
            return fail('PropertyNotLoaded', "The property 'color' of ConditionalRangeFill is not available.");
          },
          set color(v: string) {
            setFill(v);
          },
        },
      },
    };
  }

  private existing(): ConditionalFormatRecord {
    return this.recordRef ?? fail('InvalidObjectPath', 'The conditional format was not added.');
  }

  get priority(): number {
    return fail('PropertyNotLoaded', "The property 'priority' of ConditionalFormat is not available.");
  }

  set priority(priority: number) {
    this.range.queueChange('conditionalFormat.priority', priority, () => {
      const { sheet } = this.range.writable('conditionalFormat.priority');
      const record = this.existing();
      const list = sheet.conditionalFormats.filter((c) => c !== record).sort((a, b) => a.priority - b.priority);
      list.splice(Math.max(0, Math.min(priority, list.length)), 0, record);
      list.forEach((c, i) => (c.priority = i));
    });
  }

  get stopIfTrue(): boolean {
    return fail('PropertyNotLoaded', "The property 'stopIfTrue' of ConditionalFormat is not available.");
  }

  set stopIfTrue(value: boolean) {
    this.range.queueChange('conditionalFormat.stopIfTrue', value, () => {
      this.range.writable('conditionalFormat.stopIfTrue');
      this.existing().stopIfTrue = value;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Tables.

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/**
 * A chart: `charts.add` checks the type, the series direction and that the source is a range on
 * the same sheet (ExcelApi 1.1); title, name and position are set on the created chart.
 */
class FakeChart implements ExcelChart {
  private record: ChartRecord | null = null;
  readonly title: ExcelChartTitle;

  constructor(
    private readonly sheet: FakeWorksheet,
    type: string,
    sourceData: ExcelRange,
    seriesBy: string,
  ) {
    sheet.queueChartCall('charts.add', [type, 'range', seriesBy], () => {
      sheet.needsSet('1.1', 'Worksheet.charts');
      if (!CHART_TYPES.includes(type)) fail('InvalidArgument', `Unknown chart type "${type}".`);
      if (!SERIES_BY.includes(seriesBy)) fail('InvalidArgument', `Unknown series direction "${seriesBy}".`);
      if (!(sourceData instanceof FakeRange)) return fail('InvalidArgument', 'charts.add takes a Range of this workbook.');
      const target = sourceData.resolve();
      const model = sheet.writable('charts.add');
      if (target.sheet !== model) fail('InvalidArgument', 'The source range is not on this worksheet.');
      this.record = { type, seriesBy, source: target.area, name: `Chart ${model.charts.length + 1}`, title: '', position: null };
      model.charts.push(this.record);
    });
    const chart = () => this.record ?? fail('InvalidObjectPath', 'The chart was not added.');
    this.title = {
      get text(): string {
        return fail('PropertyNotLoaded', "The property 'text' of ChartTitle is not available (not modelled: the adapter never reads it).");
      },
      set text(text: string) {
        sheet.queueChartCall('chart.title.text', [text], () => {
          sheet.writable('chart.title');
          chart().title = text;
        });
      },
    };
  }

  get name(): string {
    return fail('PropertyNotLoaded', "The property 'name' of Chart is not available (not modelled: the adapter never reads it).");
  }

  set name(name: string) {
    this.sheet.queueChartCall('chart.name', [name], () => {
      this.sheet.writable('chart.name');
      const record = this.record ?? fail('InvalidObjectPath', 'The chart was not added.');
      record.name = name;
    });
  }

  setPosition(startCell: ExcelRange | string, endCell?: ExcelRange | string): void {
    this.sheet.queueChartCall('chart.setPosition', ['start', 'end'], () => {
      const model = this.sheet.writable('chart.setPosition');
      const area = (cell: ExcelRange | string): Area => {
        if (typeof cell === 'string') return parseA1(cell);
        if (!(cell instanceof FakeRange)) return fail('InvalidArgument', 'setPosition takes a Range or an address.');
        const target = cell.resolve();
        if (target.sheet !== model) fail('InvalidArgument', 'The cell is not on the chart\'s worksheet.');
        return target.area;
      };
      const record = this.record ?? fail('InvalidObjectPath', 'The chart was not added.');
      record.position = { start: area(startCell), end: endCell === undefined ? null : area(endCell) };
    });
  }
}

function checkTableName(model: WorkbookModel, name: string, except: TableModel | null): void {
  if (!TABLE_NAME.test(name) || /^([A-Za-z]{1,3}\d+|[RrCc])$/.test(name) || name.length > 255) fail('InvalidArgument', `"${name}" is not a valid table name.`);
  const clash = model.tables.some((t) => t !== except && t.name.toUpperCase() === name.toUpperCase()) || model.names.some((n) => n.toUpperCase() === name.toUpperCase());
  if (clash) fail('ItemAlreadyExists', `A table or name "${name}" already exists.`);
}

function cellText(value: Stored | undefined): string {
  if (value === undefined) return '';
  if (value instanceof ErrorValue) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

class FakeTableCollection extends FakeCollectionBase<FakeTable> implements ExcelTableCollection {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(
      ctx,
      path,
      () => ctx.model.tables.filter((t) => !sheet || t.sheet === sheet()).map((t) => new FakeTable(ctx, t)),
      (item, p) => item.valueAt(p),
    );
  }

  getItem(key: string): ExcelTable {
    return new FakeTable(this.ctx, () => {
      const table = this.ctx.model.tables.find((t) => t.name.toUpperCase() === key.toUpperCase() && (!this.sheet || t.sheet === this.sheet()));
      return table ?? fail('ItemNotFound', `The requested resource doesn't exist (table "${key}").`);
    });
  }

  add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable {
    let created: TableModel | null = null;
    const table = new FakeTable(this.ctx, () => created ?? fail('InvalidObjectPath', 'The table was not added.'));
    this.ctx.queue({ call: 'tables.add', args: [typeof address === 'string' ? address : 'range', hasHeaders] }, () => {
      const model = this.ctx.model;
      let target: RangeTarget;
      if (typeof address === 'string') {
        const bang = address.lastIndexOf('!');
        const sheetName = bang < 0 ? null : address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
        const sheet = sheetName !== null ? model.sheet(sheetName) : this.sheet ? this.sheet() : model.active;
        target = { sheet: sheet ?? fail('ItemNotFound', `No sheet for table address "${address}".`), area: parseA1(bang < 0 ? address : address.slice(bang + 1)) };
      } else if (address instanceof FakeRange) {
        target = address.resolve();
      } else return fail('InvalidArgument', 'tables.add takes an address or a Range of this workbook.');
      if (this.sheet && target.sheet !== this.sheet()) fail('InvalidArgument', 'The range is not on this worksheet.');
      if (target.sheet.protected) fail('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${target.sheet.name}": tables.add).`);
      if (model.tables.some((t) => t.sheet === target.sheet && intersects(t.area, target.area))) fail('InvalidArgument', 'A table cannot overlap another table.');
      if (target.area.rowCount < (hasHeaders ? 2 : 1)) fail('InvalidArgument', 'A table needs a header row and at least one data row.');
      this.ctx.excel.noteWrite(target.sheet, 'tables.add');
      // Excel makes header cells unique, non-empty text, writing its own names into the sheet.
      const { sheet, area } = target;
      const seen = new Set<string>();
      for (let c = 0; c < area.columnCount; c++) {
        const current = hasHeaders ? cellText(sheet.value(area.row, area.column + c)).trim() : '';
        const base = current || `Column${c + 1}`;
        let name = base;
        for (let n = 2; seen.has(name.toUpperCase()); n++) name = `${base}${n}`;
        seen.add(name.toUpperCase());
        if (!hasHeaders || name !== cellText(sheet.value(area.row, area.column + c))) sheet.setValue(area.row, area.column + c, name);
      }
      let name = '';
      for (let n = 1; name === '' || model.tables.some((t) => t.name.toUpperCase() === name.toUpperCase()); n++) name = `Table${n}`;
      created = new TableModel(model.nextId('T'), name, sheet, hasHeaders ? area : { ...area, row: area.row - 1, rowCount: area.rowCount + 1 });
      model.tables.push(created);
    });
    return table;
  }
}

class FakeTable extends FakeObject implements ExcelTable {
  protected readonly typeName = 'Table';
  private readonly target: Lazy<TableModel>;

  constructor(ctx: FakeContext, table: TableModel | (() => TableModel)) {
    super(ctx, 'table');
    this.target = new Lazy(typeof table === 'function' ? table : () => table);
  }

  private model(): TableModel {
    const table = this.target.get();
    if (!this.ctx.model.tables.includes(table)) fail('ItemNotFound', `The table "${table.name}" no longer exists.`);
    return table;
  }

  read(property: string): unknown {
    const table = this.model();
    if (property === 'name') return table.name;
    if (property === 'style') return table.style;
    if (property === 'id') return table.id;
    if (property === 'showTotals') return table.showTotals;
    return undefined;
  }

  get showTotals(): boolean {
    return this.loadedValue('showTotals');
  }

  /**
   * ExcelApi 1.13. As Excel requires: the header row stays where it is and the new range overlaps
   * the old one, on the same sheet, over no other table. Only rows are modelled: the columns stay.
   */
  resize(newRange: ExcelRange | string): void {
    this.call('resize', [typeof newRange === 'string' ? newRange : 'range'], () => {
      this.requireSet('1.13', 'Table.resize');
      const table = this.model();
      const target = typeof newRange === 'string' ? { sheet: table.sheet, area: parseA1(newRange) } : newRange instanceof FakeRange ? newRange.resolve() : fail('InvalidArgument', 'Table.resize takes a Range or an address.');
      const { area } = target;
      if (target.sheet !== table.sheet || area.row !== table.area.row || !intersects(area, table.area) || area.rowCount < 2) fail('InvalidArgument', 'The table cannot be resized to that range.');
      if (area.column !== table.area.column || area.columnCount !== table.area.columnCount) fail('InvalidArgument', 'Resizing a table across columns is not modelled by the strict Excel.');
      if (this.ctx.model.tables.some((t) => t !== table && t.sheet === table.sheet && intersects(t.area, area))) fail('InvalidArgument', 'A table cannot overlap another table.');
      if (table.sheet.merges.some((m) => intersects(m, area))) fail('InvalidArgument', 'A table cannot hold merged cells.');
      if (table.sheet.protected) fail('AccessDenied', `The table "${table.name}" is on a protected sheet.`);
      this.ctx.excel.noteWrite(table.sheet, 'table.resize');
      table.area = area;
    });
  }

  protected snapshot(property: string): unknown {
    return this.read(property);
  }

  get name(): string {
    return this.loadedValue('name');
  }

  set name(name: string) {
    this.change('name', name, () => {
      const table = this.model();
      checkTableName(this.ctx.model, name, table);
      if (table.sheet.protected) fail('AccessDenied', `The table "${table.name}" is on a protected sheet.`);
      this.ctx.excel.noteWrite(table.sheet, 'table.name');
      table.name = name;
    });
  }

  get style(): string {
    return this.loadedValue('style');
  }

  set style(style: string) {
    this.change('style', style, () => {
      const table = this.model();
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style)) fail('InvalidArgument', `Unknown table style "${style}".`);
      this.ctx.excel.noteWrite(table.sheet, 'table.style');
      table.style = style;
    });
  }

  private sheetProxy: FakeWorksheet | null = null;

  /** One object per navigation property, as office.js caches them. */
  get worksheet(): FakeWorksheet {
    this.sheetProxy ??= new FakeWorksheet(this.ctx, 'table.worksheet', () => this.model().sheet);
    return this.sheetProxy;
  }

  protected override navigation(name: string): FakeObject | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  getRange(): ExcelRange {
    return new FakeRange(this.ctx, 'table.range', () => {
      const table = this.model();
      return { sheet: table.sheet, area: table.area };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The fake itself: configuration, seeding, inspection.

/** A cell as a test puts it in the workbook: a plain value, an error, or a value with a number format. */
export type SeedCell = string | number | boolean | null | { readonly error: string } | { readonly value: string | number | boolean; readonly format: string };

export interface SeedSheet {
  readonly name: string;
  /** Rows from A1 (or from `at`). */
  readonly rows?: readonly (readonly SeedCell[])[];
  /** Where rows[0][0] goes, e.g. "C5"; default "A1". */
  readonly at?: string;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  readonly protected?: boolean;
  readonly tables?: ReadonlyArray<{ readonly name: string; readonly address: string; readonly showTotals?: boolean }>;
  readonly merges?: readonly string[];
}

export interface StrictExcelOptions {
  /** The ExcelApi version this Excel supports; default 1.17. */
  readonly apiVersion?: string;
  readonly date1904?: boolean;
  /** What a read over 5 million cells does: fail (default) or come back null as Excel on the web may. */
  readonly largeReads?: 'throw' | 'null';
}

/** A cell as stored, for assertions. */
export interface CellState {
  readonly value: string | number | boolean | { error: string } | null;
  readonly format: string;
  readonly formula: string | null;
}

export class StrictExcel implements ExcelApi {
  readonly model = new WorkbookModel();
  stats: StrictExcelStats = newStats();
  apiVersion: string;
  largeReads: 'throw' | 'null';
  /** Every change made through the API, by sheet (its name when the change ran). */
  readonly writeLog: Array<{ readonly sheetId: string; readonly sheet: string; readonly what: string }> = [];
  private editModeSyncs = 0;
  private readonly failures = new Map<number, FakeExcelError>();
  private readonly userActions = new Map<number, () => void>();

  constructor(sheets: readonly SeedSheet[] = [], options: StrictExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.largeReads = options.largeReads ?? 'throw';
    this.model.date1904 = options.date1904 ?? false;
    for (const sheet of sheets) this.addSheet(sheet);
  }

  // ExcelApi -------------------------------------------------------------------------------

  async run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    this.stats.runs++;
    const context = new FakeContext(this);
    try {
      const result = await batch(context);
      if (context.hasPending) throw new Error('[strictExcel] the batch queued commands and never synced them');
      return result;
    } finally {
      context.closed = true;
    }
  }

  isSetSupported(name: string, version: string): boolean {
    return name === 'ExcelApi' && compareVersions(version, this.apiVersion) <= 0;
  }

  // Failures -------------------------------------------------------------------------------

  /** The next `count` syncs fail as when the user is editing a cell. */
  enterCellEditMode(count: number): void {
    this.editModeSyncs = count;
  }

  /** The sync numbered `syncNumber` (counting from 1 over this fake's life; see stats.syncs) fails with `code`. */
  failSync(syncNumber: number, code: string, message = `Injected failure (${code}).`): void {
    this.failures.set(syncNumber, new FakeExcelError(code, message));
  }

  takeInjectedFailure(syncNumber: number): FakeExcelError | null {
    if (this.editModeSyncs > 0) {
      this.editModeSyncs--;
      return new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
    }
    const failure = this.failures.get(syncNumber);
    this.failures.delete(syncNumber);
    return failure ?? null;
  }

  /**
   * What the user does in Excel just before the sync numbered `syncNumber` reaches it (add a
   * sheet, type a cell...): the workbook may change between any two round trips.
   */
  beforeSync(syncNumber: number, action: () => void): void {
    this.userActions.set(syncNumber, action);
  }

  takeUserAction(syncNumber: number): (() => void) | undefined {
    const action = this.userActions.get(syncNumber);
    this.userActions.delete(syncNumber);
    return action;
  }

  protectSheet(name: string, on = true): void {
    this.requireSheet(name).protected = on;
  }

  protectStructure(on = true): void {
    this.model.structureProtected = on;
  }

  noteWrite(sheet: SheetModel, what: string): void {
    sheet.writes++;
    this.writeLog.push({ sheetId: sheet.id, sheet: sheet.name, what });
  }

  resetStats(): void {
    this.stats = newStats();
  }

  // Seeding and the user's own actions ------------------------------------------------------

  addSheet(seed: SeedSheet): SheetModel {
    checkSheetName(this.model, seed.name, null);
    const sheet = new SheetModel(this.model.nextId('S'), seed.name);
    sheet.visibility = seed.visibility ?? 'Visible';
    sheet.protected = seed.protected ?? false;
    const origin = parseA1(seed.at ?? 'A1');
    (seed.rows ?? []).forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const row = origin.row + r;
        const column = origin.column + c;
        if (typeof cell === 'object' && 'error' in cell) sheet.setValue(row, column, new ErrorValue(cell.error));
        else if (typeof cell === 'object') {
          sheet.setValue(row, column, cell.value);
          sheet.setFormat(row, column, cell.format === 'General' ? undefined : cell.format);
        } else sheet.setValue(row, column, cell);
      }),
    );
    for (const merge of seed.merges ?? []) sheet.merges.push(parseA1(merge));
    this.model.sheets.push(sheet);
    this.model.active ??= sheet;
    for (const table of seed.tables ?? []) {
      checkTableName(this.model, table.name, null);
      this.model.tables.push(new TableModel(this.model.nextId('T'), table.name, sheet, parseA1(table.address), undefined, table.showTotals));
    }
    return sheet;
  }

  addName(name: string): void {
    this.model.names.push(name);
  }

  /** What the user types into a cell (row 1-based, column 0-based): read as Excel reads typing. */
  type(sheetName: string, row: number, column: number, text: string): void {
    const sheet = this.requireSheet(sheetName);
    const typed = typeInto(text, sheet.format(row - 1, column), this.model.date1904);
    if (!typed) return;
    sheet.setValue(row - 1, column, typed.value);
    if (typed.formula !== undefined) sheet.formulas.set(`${row - 1},${column}`, typed.formula);
    if (typed.format !== undefined) sheet.setFormat(row - 1, column, typed.format);
  }

  activate(name: string): void {
    this.model.active = this.requireSheet(name);
  }

  // Inspection ------------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel | undefined {
    return this.model.sheet(name);
  }

  requireSheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`[strictExcel] no sheet "${name}"`);
    return sheet;
  }

  tables(): ReadonlyArray<{ readonly name: string; readonly sheet: string; readonly address: string; readonly style: string }> {
    return this.model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: a1(t.area), style: t.style }));
  }

  /** The charts on a sheet: type, series direction, source range (A1, on that sheet), title, name and position. */
  charts(sheetName: string): ReadonlyArray<{ type: string; seriesBy: string; source: string; title: string; name: string; position: string | null }> {
    return this.requireSheet(sheetName).charts.map((c) => ({
      type: c.type,
      seriesBy: c.seriesBy,
      source: a1(c.source),
      title: c.title,
      name: c.name,
      position: c.position ? `${a1(c.position.start)}${c.position.end ? `:${a1(c.position.end)}` : ''}` : null,
    }));
  }

  /** A cell by A1 address. */
  cell(sheetName: string, address: string): CellState {
    const sheet = this.requireSheet(sheetName);
    const { row, column } = parseA1(address);
    return this.cellAt(sheet, row, column);
  }

  private cellAt(sheet: SheetModel, row: number, column: number): CellState {
    const value = sheet.value(row, column);
    return {
      value: value === undefined ? null : value instanceof ErrorValue ? { error: value.code } : value,
      format: sheet.format(row, column) ?? 'General',
      formula: sheet.formulas.get(`${row},${column}`) ?? null,
    };
  }

  /** Every non-empty cell of a sheet as "A1" -> state, to compare whole sheets. */
  cells(sheetName: string): Map<string, CellState> {
    const sheet = this.requireSheet(sheetName);
    const out = new Map<string, CellState>();
    sheet.values.forEach((cells, r) =>
      cells?.forEach((v, c) => {
        if (v !== undefined) out.set(`${columnName(c)}${r + 1}`, this.cellAt(sheet, r, c));
      }),
    );
    return out;
  }

  /** Cells whose text Excel turned into a formula. */
  formulas(sheetName: string): string[] {
    return [...this.requireSheet(sheetName).formulas.values()];
  }

  settings(): ReadonlyMap<string, unknown> {
    return this.model.settings;
  }

  activeSheet(): string | null {
    return this.model.active?.name ?? null;
  }
}
