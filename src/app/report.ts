import { formatIsoDate } from '../domain/localDate';
import { formatMinorUnits, minorDigits } from '../domain/money';
import { NO_CURRENCY } from '../domain/summarize';
import type { RefreshResult } from './refresh';

/** The JSON report, version 1: the stable contract other tools read (see README). */
export interface ReportV1 {
  version: 1;
  asOf: string;
  source: { sheet: string; headerRow: number; columns: Record<string, string> };
  invoices: Array<{
    row: number;
    invoice: string;
    customer: string;
    currency: string | null;
    invoiceDate: string | null;
    dueDate: string | null;
    dueDateSource: string;
    amount: string;
    open: string;
    status: string;
    daysOverdue: number | null;
    bucket: string | null;
  }>;
  skipped: Array<{ row: number; reason: string }>;
  issues: Array<{ row: number; column: string; value: string; message: string }>;
  summary: { byCurrency: Record<string, Record<string, string | number>> };
}

export function toReport(result: RefreshResult): ReportV1 {
  const byCurrency: ReportV1['summary']['byCurrency'] = {};
  for (const [currency, totals] of result.summary.byCurrency) {
    const digits = minorDigits(currency === NO_CURRENCY ? null : currency);
    const entry: Record<string, string | number> = {};
    totals.buckets.forEach((minor, i) => (entry[result.bucketIds[i]] = formatMinorUnits(minor, digits)));
    entry.total = formatMinorUnits(totals.total, digits);
    entry.invoices = totals.invoices;
    byCurrency[currency] = entry;
  }
  return {
    version: 1,
    asOf: formatIsoDate(result.asOf),
    source: { sheet: result.source.sheet, headerRow: result.source.headerRow, columns: { ...result.source.columns } as Record<string, string> },
    invoices: result.reading.invoices.map((inv) => {
      const digits = minorDigits(inv.currency);
      return {
        row: inv.row,
        invoice: inv.invoice,
        customer: inv.customer,
        currency: inv.currency,
        invoiceDate: inv.invoiceDate === null ? null : formatIsoDate(inv.invoiceDate),
        dueDate: formatIsoDate(inv.dueDate),
        dueDateSource: inv.dueDateSource,
        amount: formatMinorUnits(inv.amount, digits),
        open: formatMinorUnits(inv.open, digits),
        status: inv.status,
        daysOverdue: inv.daysOverdue,
        bucket: inv.bucket < 0 ? null : result.bucketIds[inv.bucket],
      };
    }),
    skipped: result.reading.skipped.map((s) => ({ row: s.row, reason: s.reason })),
    issues: result.reading.issues.map((i) => ({ row: i.row, column: i.column, value: i.value, message: i.message })),
    summary: { byCurrency },
  };
}
