/**
 * Cells as a spreadsheet stores them. Dates arrive as serial numbers with a date number format,
 * exactly as Excel keeps them; text cells are strings; formulas arrive as their cached result.
 */

/** An Excel error value such as "#N/A" or "#REF!". */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null;
}

/** 1-based inclusive area. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A rectangle of cells read from one sheet. */
export interface Grid {
  readonly name: string;
  /** 1-based sheet row and column of rows[0][0]. */
  readonly firstRow: number;
  readonly firstCol: number;
  /** rows[i][j] is the cell at (firstRow + i, firstCol + j); rows may be shorter than others. */
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Number format codes (en-US form, "General" or absent for none), same shape as `rows`.
   * Only number cells are sure to have theirs (a format decides nothing for text): the Office
   * adapter reads no others, to keep its requests small. Absent for sources that have no
   * formats (CSV).
   */
  readonly formats?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Merged areas, so a value shown across merged cells can be read from its top-left cell. */
  readonly merges?: readonly CellArea[];
}
