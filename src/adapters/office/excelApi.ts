/**
 * The part of the Excel JavaScript API (office.js) this adapter uses, declared structurally.
 *
 * Why not `Excel.*` from @types/office-js directly: the adapter's logic then compiles without
 * the Office globals (tests, the benchmark and any Node build can load it), and the strict
 * in-memory Excel used by the tests is type-checked against exactly what the adapter relies on.
 * `excelHost.ts` proves the real `Excel` namespace satisfies these types (it only compiles if
 * office.js's classes are assignable to them), so this file cannot drift from the real API.
 *
 * Method syntax (not function-typed properties) is deliberate: office.js methods have several
 * overloads and take its own classes as arguments, which only method parameter bivariance lets
 * a structural subset accept.
 */

/** Names of properties to load, as office.js takes them ("values, numberFormat" or a list). */
export type PropertyNames = string | string[];

/** What `isSetSupported` answers for; the adapter only asks about ExcelApi. */
export interface ExcelApi {
  /** `Excel.run`: one batch with its own request context. */
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<unknown>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly tables: ExcelTableCollection;
  /** Workbook-scoped defined names: table names must not clash with them. */
  readonly names: ExcelNamedItemCollection;
  readonly functions: ExcelFunctions;
  /** ExcelApi 1.4: add-in settings saved inside the workbook. */
  readonly settings: ExcelSettingCollection;
  readonly application: ExcelApplication;
  /** ExcelApi 1.7. */
  readonly protection: ExcelProtection;
}

export interface ExcelApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface ExcelProtection {
  readonly protected: boolean;
  load(propertyNames?: PropertyNames): unknown;
}

export interface ExcelFunctions {
  /** ExcelApi 1.2: evaluates DATE() in the workbook's own date system. */
  date(year: number, month: number, day: number): ExcelFunctionResult;
}

export interface ExcelFunctionResult {
  readonly value: unknown;
  readonly error: string;
  load(propertyNames?: PropertyNames): unknown;
}

export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  load(propertyNames?: PropertyNames): unknown;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
}

export interface ExcelWorksheet {
  readonly isNullObject: boolean;
  readonly id: string;
  name: string;
  position: number;
  visibility: string;
  readonly protection: ExcelProtection;
  readonly tables: ExcelTableCollection;
  readonly freezePanes: ExcelFreezePanes;
  /** ExcelApi 1.1. */
  readonly charts: ExcelChartCollection;
  load(propertyNames?: PropertyNames): unknown;
  getRange(address?: string): ExcelRange;
  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  getUsedRange(valuesOnly?: boolean): ExcelRange;
  activate(): void;
  delete(): void;
}

export interface ExcelChartCollection {
  /**
   * ExcelApi 1.1. `type` is an Excel.ChartType value ("ColumnClustered" is
   * Excel.ChartType.columnClustered), `seriesBy` an Excel.ChartSeriesBy value ("Rows").
   */
  add(type: string, sourceData: ExcelRange, seriesBy?: string): ExcelChart;
}

export interface ExcelChart {
  name: string;
  readonly title: ExcelChartTitle;
  /** ExcelApi 1.1: the chart covers startCell to endCell. */
  setPosition(startCell: ExcelRange | string, endCell?: ExcelRange | string): void;
}

export interface ExcelChartTitle {
  text: string;
}

export interface ExcelFreezePanes {
  /** ExcelApi 1.7. */
  freezeRows(count?: number): void;
}

export interface ExcelRange {
  readonly isNullObject: boolean;
  /** "Sheet1!A1:C9", the sheet name quoted when it needs quotes. */
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  /** "Empty", "String", "Double", "Boolean", "Error"... (Excel.RangeValueType). */
  readonly valueTypes: string[][];
  readonly format: ExcelRangeFormat;
  /** ExcelApi 1.8. */
  readonly dataValidation: ExcelDataValidation;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: ExcelConditionalFormatCollection;
  load(propertyNames?: PropertyNames): unknown;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  /** ExcelApi 1.4: the cells shared with another range of the same sheet; a null object when none. */
  getIntersectionOrNullObject(anotherRange: ExcelRange | string): ExcelRange;
  /** ExcelApi 1.2: the `count` rows just below the range, as wide as it. */
  getRowsBelow(count: number): ExcelRange;
  /** ExcelApi 1.2: the range grown (or shrunk) from its top-left cell. */
  getResizedRange(deltaRows: number, deltaColumns: number): ExcelRange;
  /** ExcelApi 1.1: one column of the range, 0-based. */
  getColumn(column: number): ExcelRange;
}

export interface ExcelRangeAreas {
  readonly isNullObject: boolean;
  /** "Sheet1!A2:A3, Sheet1!C5:D5". */
  readonly address: string;
  load(propertyNames?: PropertyNames): unknown;
}

export interface ExcelRangeFormat {
  readonly font: ExcelRangeFont;
  readonly borders: ExcelRangeBorderCollection;
  wrapText: boolean;
  verticalAlignment: string;
  /** In points. */
  columnWidth: number;
}

export interface ExcelRangeFont {
  bold: boolean;
  size: number;
}

export interface ExcelRangeBorderCollection {
  getItem(index: 'EdgeBottom'): ExcelRangeBorder;
}

export interface ExcelRangeBorder {
  style: string;
  weight: string;
}

export interface ExcelDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ExcelConditionalFormatCollection {
  add(type: 'Custom'): ExcelConditionalFormat;
}

export interface ExcelConditionalFormat {
  priority: number;
  stopIfTrue: boolean;
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string } };
  };
}

export interface ExcelTableCollection {
  readonly items: ExcelTable[];
  load(propertyNames?: PropertyNames): unknown;
  add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable;
  getItem(key: string): ExcelTable;
}

export interface ExcelTable {
  name: string;
  style: string;
  /** Whether the table ends with a totals row. */
  readonly showTotals: boolean;
  readonly worksheet: ExcelWorksheet;
  load(propertyNames?: PropertyNames): unknown;
  getRange(): ExcelRange;
  /** ExcelApi 1.13: the table over another range, its header row where it was. */
  resize(newRange: ExcelRange | string): void;
}

export interface ExcelNamedItemCollection {
  readonly items: ReadonlyArray<{ readonly name: string }>;
  load(propertyNames?: PropertyNames): unknown;
}

export interface ExcelSettingCollection {
  add(key: string, value: unknown): ExcelSetting;
  getItemOrNullObject(key: string): ExcelSetting;
}

export interface ExcelSetting {
  readonly isNullObject: boolean;
  readonly key: string;
  value: unknown;
  load(propertyNames?: PropertyNames): unknown;
  delete(): void;
}
