import type { RowIssue, SkippedRow } from '../domain/invoice';
import { type LocalDate, formatIsoDate } from '../domain/localDate';
import { ISSUES_SHEET } from './ownedSheets';
import { type OutSheet, int, text } from './ports';

export interface IssuesInput {
  asOf: LocalDate;
  sourceSheet: string;
  issues: readonly RowIssue[];
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
      input.issues.length === 0 ? 'No problems found' : `Problems found in sheet "${input.sourceSheet}"`,
      `As of ${formatIsoDate(input.asOf)}. Fix them in your sheet and refresh; this sheet is rewritten on every refresh.`,
    ],
    sections: [
      {
        heading: 'Problems',
        header: ['Row', 'Column', 'Value', 'Problem'],
        rows: input.issues.map((i) => [int(i.row), text(i.column), text(i.value), text(i.message)]),
      },
      {
        heading: 'Rows not read as invoices',
        header: ['Row', 'Reason'],
        rows: skipped.map((s) => [int(s.row), text(s.reason)]),
      },
    ],
    columnWidths: [8, 22, 28, 70],
  };
}
