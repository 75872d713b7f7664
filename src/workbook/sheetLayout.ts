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
