import type { OutSheet } from './ports';

/**
 * Where a section's data starts once an OutSheet is written (1-based sheet row). The layout is
 * part of the contract every writer follows: the title lines, a blank line when there is a
 * title, then per section a blank line (after the first), the heading when there is one, the
 * header row and the data rows.
 * @example dataRowsStart({ title: ['T', 'sub'], sections: [{ header: ['A'], rows: [] }] }, 0) // 5
 */
export function dataRowsStart(sheet: Pick<OutSheet, 'title' | 'sections'>, sectionIndex: number): number {
  let row = sheet.title.length > 0 ? sheet.title.length + 1 : 0;
  for (let s = 0; s <= sectionIndex; s++) {
    const section = sheet.sections[s];
    if (s > 0) row += 1;
    if (section.heading !== undefined) row += 1;
    row += 1;
    if (s < sectionIndex) row += section.rows.length;
  }
  return row + 1;
}

/** Columns and rows a chart spans when it is placed beside the tables. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;

/** Where a sheet's chart reads its data and where it sits, once the sheet is written. */
export interface ChartPlacement {
  readonly title: string;
  /** 1-based sheet row of the section's header (the category labels). */
  readonly headerRow: number;
  /** 1-based sheet rows of the series, one per data row. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** 0-based columns. */
  readonly nameColumn: number;
  readonly firstValueColumn: number;
  readonly lastValueColumn: number;
  /** The chart's frame: from the top-left corner of cell (fromRow, fromColumn), 0-based, to the top-left corner of (toRow, toColumn). */
  readonly fromColumn: number;
  readonly fromRow: number;
  readonly toColumn: number;
  readonly toRow: number;
}

/**
 * Where the sheet's chart (OutSheet.chart) reads and sits, or null when it has none or its
 * section has no data rows. The chart starts at the chart section's first line (its heading),
 * one blank column right of the widest section. Throws RangeError for columns outside the
 * section's header or a name column not just left of the value columns.
 */
export function chartPlacement(sheet: Pick<OutSheet, 'name' | 'title' | 'sections' | 'chart'>): ChartPlacement | null {
  const chart = sheet.chart;
  if (!chart) return null;
  const section = sheet.sections[chart.section];
  const { firstSeriesColumn: first, lastSeriesColumn: last, seriesNameColumn: name } = chart;
  const ok =
    section !== undefined &&
    [first, last, name].every((c) => Number.isInteger(c) && c >= 0) &&
    first <= last &&
    last < section.header.length &&
    name === first - 1;
  if (!ok) throw new RangeError(`[dunning-desk] the chart on sheet "${sheet.name}" needs a section, value columns inside its header and the name column just left of them`);
  if (section.rows.length === 0) return null;
  const firstDataRow = dataRowsStart(sheet, chart.section);
  let widest = 0;
  for (const s of sheet.sections) for (const row of [s.header, ...s.rows]) widest = Math.max(widest, row.length);
  const fromRow = firstDataRow - 2 - (section.heading !== undefined ? 1 : 0);
  const fromColumn = widest + 1;
  return {
    title: chart.title,
    headerRow: firstDataRow - 1,
    firstDataRow,
    lastDataRow: firstDataRow + section.rows.length - 1,
    nameColumn: name,
    firstValueColumn: first,
    lastValueColumn: last,
    fromColumn,
    fromRow,
    toColumn: fromColumn + CHART_COLUMNS,
    toRow: fromRow + CHART_ROWS,
  };
}
