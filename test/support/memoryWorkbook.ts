import { newXlsxWorkbook, openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import type { CellValue, Grid } from '../../src/domain/grid';
import type { OutSheet, WorkbookReader } from '../../src/workbook/ports';

/**
 * A workbook held as grids, like a user's open Excel file. The product's sheets are put in by
 * writing them to a real .xlsx package and reading them back, so the layout under test is the
 * writer's own; a test then edits cells as a user would.
 */
export class MemoryWorkbook implements WorkbookReader {
  readonly date1904 = false;
  private readonly sheets = new Map<string, Grid>();

  constructor(sheets: Grid[]) {
    for (const sheet of sheets) this.sheets.set(sheet.name, sheet);
  }

  sheetNames(): readonly string[] {
    return [...this.sheets.keys()];
  }

  async readSheet(name: string, options?: { maxRows?: number }): Promise<Grid> {
    const grid = this.sheets.get(name);
    if (!grid) throw new Error(`no sheet ${name}`);
    return options?.maxRows ? { ...grid, rows: grid.rows.slice(0, options.maxRows) } : grid;
  }

  async write(sheets: readonly OutSheet[]): Promise<void> {
    const pkg = openXlsx(await newXlsxWorkbook([...sheets]));
    for (const sheet of sheets) {
      const grid = await pkg.readSheet(sheet.name);
      this.sheets.set(sheet.name, { ...grid, rows: grid.rows.map((row) => [...row]) });
    }
  }

  /** Sets a cell the way a user types into it (1-based row, 0-based column). */
  set(sheet: string, row: number, col: number, value: CellValue): void {
    const grid = this.sheets.get(sheet)!;
    const rows = grid.rows as CellValue[][];
    while (rows.length < row) rows.push([]);
    const target = rows[row - 1];
    while (target.length <= col) target.push(null);
    target[col] = value;
  }

  grid(sheet: string): Grid {
    return this.sheets.get(sheet)!;
  }
}
