import type { AgingSummary } from '../domain/summarize';
import { type LocalDate, formatIsoDate } from '../domain/localDate';
import type { AgingBasis } from '../domain/policy';
import { AGING_SUMMARY_SHEET } from './ownedSheets';
import { type OutSheet, int, money, text } from './ports';

export interface AgingSummaryInput {
  asOf: LocalDate;
  basis: AgingBasis;
  bucketIds: readonly string[];
  sourceSheet: string;
  summary: AgingSummary;
}

const BASIS_LABEL: Record<AgingBasis, string> = { 'due-date': 'days past the due date', 'invoice-date': 'days since the invoice date' };

/** "Aging summary": open amounts per bucket, per currency and then per customer. */
export function agingSummarySheet(input: AgingSummaryInput): OutSheet {
  const { summary, bucketIds } = input;
  const byCurrency = [...summary.byCurrency].map(([currency, totals]) => [
    text(currency),
    ...totals.buckets.map((minor) => money(minor, currency)),
    money(totals.total, currency),
    int(totals.invoices),
  ]);
  const byCustomer = summary.byCustomer.map((row) => [
    text(row.customer),
    text(row.currency),
    ...row.buckets.map((minor) => money(minor, row.currency)),
    money(row.total, row.currency),
    int(row.invoices),
  ]);
  return {
    name: AGING_SUMMARY_SHEET,
    title: [
      'Aging summary',
      `As of ${formatIsoDate(input.asOf)}, aged by ${BASIS_LABEL[input.basis]}, from sheet "${input.sourceSheet}". Open invoices only; amounts in different currencies are never added together.`,
    ],
    sections: [
      { heading: 'By currency', header: ['Currency', ...bucketIds, 'Total', 'Invoices'], rows: byCurrency },
      { heading: 'By customer', header: ['Customer', 'Currency', ...bucketIds, 'Total', 'Invoices'], rows: byCustomer },
    ],
    columnWidths: [32, 10],
    // Buckets only: the Total and Invoices columns would dwarf them.
    ...(bucketIds.length > 0
      ? { chart: { title: 'Open amounts by bucket', section: 0, categories: 'header' as const, seriesNameColumn: 0, firstSeriesColumn: 1, lastSeriesColumn: bucketIds.length } }
      : {}),
  };
}
