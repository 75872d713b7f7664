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
    nextStep: { id: string; name: string; channel: string; date: string; dueToday: boolean; daysLate: number } | null;
    noStepReason?: string;
  }>;
  skipped: Array<{ row: number; reason: string }>;
  issues: Array<{ sheet: string; row: number; column: string; value: string; message: string }>;
  summary: { byCurrency: Record<string, Record<string, string | number>> };
  actions: Array<{
    id: string;
    customer: string;
    channel: string;
    step: string;
    date: string;
    invoices: string[];
    open: string;
    currency: string;
    /** Open amount per currency when the customer owes in more than one. */
    totals: Record<string, string>;
    priority: number;
    why: string;
  }>;
  /** Entries this refresh added to the Collections log. */
  logged: number;
  /** Setup hints that are not about a row (e.g. "fill in Company ... to draft reminders"). */
  notices: string[];
}

function decimal(minor: number, currency: string | null): string {
  return formatMinorUnits(minor, minorDigits(currency === NO_CURRENCY ? null : currency));
}

export function toReport(result: RefreshResult): ReportV1 {
  const byCurrency: ReportV1['summary']['byCurrency'] = {};
  for (const [currency, totals] of result.summary.byCurrency) {
    const entry: Record<string, string | number> = {};
    totals.buckets.forEach((minor, i) => (entry[result.bucketIds[i]] = decimal(minor, currency)));
    entry.total = decimal(totals.total, currency);
    entry.invoices = totals.invoices;
    byCurrency[currency] = entry;
  }
  return {
    version: 1,
    asOf: formatIsoDate(result.asOf),
    source: { sheet: result.source.sheet, headerRow: result.source.headerRow, columns: { ...result.source.columns } as Record<string, string> },
    invoices: result.reading.invoices.map((inv, index) => {
      const digits = minorDigits(inv.currency);
      const plan = result.plan.steps[index];
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
        nextStep: plan.step
          ? { id: plan.step.level.id, name: plan.step.level.name, channel: plan.step.level.channel, date: formatIsoDate(plan.step.date), dueToday: plan.step.dueToday, daysLate: plan.step.daysLate }
          : null,
        ...(plan.step ? {} : { noStepReason: plan.reason }),
      };
    }),
    skipped: result.reading.skipped.map((s) => ({ row: s.row, reason: s.reason })),
    issues: result.issues.map((i) => ({ sheet: i.sheet, row: i.row, column: i.column, value: i.value, message: i.message })),
    summary: { byCurrency },
    actions: result.plan.actions.map((a) => ({
      id: a.id,
      customer: a.customer,
      channel: a.channel,
      step: a.level.id,
      date: formatIsoDate(a.date),
      invoices: a.invoices.map((p) => p.invoice.invoice),
      open: decimal(a.totals[0].open, a.totals[0].currency),
      currency: a.totals[0].currency,
      totals: Object.fromEntries(a.totals.map((t) => [t.currency, decimal(t.open, t.currency)])),
      priority: a.priority,
      why: a.why,
    })),
    logged: result.logged.length,
    notices: [...result.notices],
  };
}
