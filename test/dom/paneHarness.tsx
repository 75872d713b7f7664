import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Draft } from '../../src/domain/draft';
import type { CellValue } from '../../src/domain/grid';
import type { Action } from '../../src/domain/planActions';
import { DEFAULT_POLICY, parsePolicy } from '../../src/domain/policy';
import { dunningSettingsSheet } from '../../src/workbook/dunningSettingsSheet';
import type { Deliveries } from '../../src/taskpane/deliveries';
import { Shell } from '../../src/taskpane/components/Shell';
import { createDesk, type Desk } from '../../src/taskpane/desk';
import type { ColumnOverrides, Host } from '../../src/taskpane/host';
import { en } from '../../src/taskpane/i18n/en';
import type { Strings } from '../../src/taskpane/i18n/strings';
import { fixedTheme, type ThemeName } from '../../src/taskpane/theme';
import { day } from '../support/grids';
import { MemoryWorkbook } from '../support/memoryWorkbook';

export const AS_OF = '2026-11-30';

/**
 * A small invoice list with one of everything the views show: two customers to chase (one with
 * two invoices), two currencies, one invoice not yet due, and a date that cannot be read.
 */
export function invoiceRows(): CellValue[][] {
  return [
    ['Invoice', 'Customer', 'Invoice Date', 'Due Date', 'Amount', 'Currency', 'Email'],
    ['INV-1', 'Acme Ltd', '2026-09-01', '2026-10-01', 1200.5, 'EUR', 'ar@acme.test'],
    ['INV-2', 'Acme Ltd', '2026-10-15', '2026-11-14', 300, 'EUR', 'ar@acme.test'],
    ['INV-3', 'Bolt GmbH', '2026-10-01', '2026-10-31', 800, 'USD', 'pay@bolt.test'],
    ['INV-4', 'Cora SA', 'someday', '', 500, 'EUR', ''],
    ['INV-5', 'Dune PT', '2026-11-20', '2026-12-20', 900, 'USD', ''],
  ];
}

export function sampleBook(rows: CellValue[][] = invoiceRows()): MemoryWorkbook {
  return new MemoryWorkbook([{ name: 'Invoices', firstRow: 1, firstCol: 1, rows }]);
}

/**
 * The sample with a "Dunning settings" sheet that names who signs the reminders, as a user fills
 * it in: every refresh then drafts today's emails. `drafts` adds or overrides settings.
 */
export async function draftingBook(drafts: Record<string, unknown> = {}, rows: CellValue[][] = invoiceRows()): Promise<MemoryWorkbook> {
  const read = parsePolicy({ drafts: { company: 'Northwind Supplies', senderName: 'Ana Kowalska', ...drafts } }, DEFAULT_POLICY);
  if (!read.ok) throw new Error(read.errors.join('; '));
  const book = sampleBook(rows);
  await book.write([dunningSettingsSheet(read.policy)]);
  return book;
}

/** A host over an in-memory workbook: the real desk and engine run on it, nothing is mocked. */
export function memoryHost(book: MemoryWorkbook, extra: Partial<Host> = {}): Host & { written: string[][] } {
  const written: string[][] = [];
  let columns: ColumnOverrides = {};
  return {
    kind: 'office',
    reader: async () => book,
    write: async (sheets) => {
      written.push(sheets.map((s) => s.name));
      await book.write(sheets);
    },
    columns: { load: async () => columns, save: async (next) => void (columns = next) },
    written,
    ...extra,
  };
}

export interface PaneOptions {
  strings?: Strings;
  theme?: ThemeName;
  deliveries?: Deliveries;
  draftFor?: (action: Action, draft: Draft | null) => ReactNode;
}

/** Renders the pane and lets its first effects (loading saved preferences) settle. */
export async function renderPane(desk: Desk, options: PaneOptions = {}): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<Shell desk={desk} strings={options.strings ?? en} theme={fixedTheme(options.theme ?? 'light')} today={day(AS_OF)} deliveries={options.deliveries} draftFor={options.draftFor} />);
  });
  return result as RenderResult;
}

export { createDesk };
