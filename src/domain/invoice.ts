import type { LocalDate } from './localDate';

export type InvoiceStatus = 'open' | 'paid' | 'credit' | 'disputed' | 'on-hold' | 'not-issued';
export type DueDateSource = 'sheet' | 'terms' | 'default-terms';

/** One invoice row read from the user's sheet, with its state on the as-of date. */
export interface Invoice {
  /** 1-based sheet row. */
  row: number;
  invoice: string;
  customer: string;
  /** ISO 4217 code; null when neither the row nor the policy names one. */
  currency: string | null;
  invoiceDate: LocalDate | null;
  dueDate: LocalDate;
  dueDateSource: DueDateSource;
  /** Minor units of the currency. */
  amount: number;
  /** Minor units still owed on the as-of date (0 when paid or not yet issued, negative for credits). */
  open: number;
  status: InvoiceStatus;
  /** As-of minus due date in calendar days (negative = not yet due). */
  daysOverdue: number;
  /** Index into the policy's bucket ids; -1 when the invoice is not aged (open <= 0). */
  bucket: number;
  email: string;
  phone: string;
  language: string | null;
}

export interface SkippedRow {
  row: number;
  reason: string;
}

export interface RowIssue {
  row: number;
  /** The header text of the column, or "" for a problem with the whole row. */
  column: string;
  /** The cell as the user wrote it. */
  value: string;
  message: string;
}
