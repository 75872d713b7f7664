import type { RowIssue, SkippedRow } from '../domain/invoice';
import { type LocalDate, formatIsoDate } from '../domain/localDate';
import { ISSUES_SHEET } from './ownedSheets';
import { type OutSheet, int, text } from './ports';

export interface IssuesInput {
  asOf: LocalDate;
  sourceSheet: string;
  issues: ReadonlyArray<RowIssue & { sheet: string }>;
  skipped: readonly SkippedRow[];
}

/**
 * "Issues": every problem found in the invoice sheet, row by row, and every row that was not read
 * as an invoice (blank rows aside), so nothing the user typed disappears unexplained.
 */
export function issuesSheet(input: IssuesInput): OutSheet {
  const skipped = input.skipped.filter((s) => s.reason !== 'blank row');
  return {
    name: ISSUES_SHEET,
    title: [
      input.issues.length === 0 ? 'No problems found' : `Problems found (invoices read from sheet "${input.sourceSheet}")`,
      `As of ${formatIsoDate(input.asOf)}. Fix them in your sheet and refresh; this sheet is rewritten on every refresh.`,
    ],
    sections: [
      {
        heading: 'Problems',
        header: ['Sheet', 'Row', 'Column', 'Value', 'Problem'],
        rows: input.issues.map((i) => [text(i.sheet), int(i.row), text(i.column), text(i.value), text(i.message)]),
      },
      {
        heading: 'Rows not read as invoices',
        header: ['Sheet', 'Row', 'Reason'],
        rows: skipped.map((s) => [text(input.sourceSheet), int(s.row), text(s.reason)]),
      },
    ],
    columnWidths: [18, 8, 22, 28, 70],
  };
}
