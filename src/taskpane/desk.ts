import { lazyHolidaySource } from '../app/holidaySource';
import type { RefreshResult } from '../app/refresh';
import type { LocalDate } from '../domain/localDate';
import { type CellValue, isCellError, type WorkbookReader } from '../workbook/ports';
import { toDeskError } from './deskError';
import type { ColumnOverrides, Host } from './host';

export type RefreshStage = 'reading' | 'planning' | 'writing';

export type { ColumnOverrides };

export interface RefreshRequest {
  asOf: LocalDate;
  columns: ColumnOverrides;
}

export interface DeskRun {
  result: RefreshResult;
  /** Every header text of the invoice table, for choosing a column override. */
  headers: readonly string[];
}

/**
 * The use cases the pane offers, bound to a host. Components get this through context and know
 * nothing of Excel, files or the engine's loading.
 */
export interface Desk {
  readonly mode: 'office' | 'browser';
  refresh(request: RefreshRequest, onStage?: (stage: RefreshStage) => void): Promise<DeskRun>;
  openWorkbook?(file: File): Promise<string>;
  downloadWorkbook?(): Promise<void>;
  goToCell?(sheet: string, row: number, column: string): Promise<void>;
  loadColumns(): Promise<ColumnOverrides>;
  saveColumns(columns: ColumnOverrides): Promise<void>;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return '';
  return String(value).trim();
}

async function headerTexts(reader: WorkbookReader, sheet: string, headerRow: number): Promise<string[]> {
  const grid = await reader.readSheet(sheet, { maxRows: headerRow });
  const row = grid.rows[headerRow - grid.firstRow] ?? [];
  return row.map(cellText).filter((text) => text !== '');
}

export function createDesk(host: Host): Desk {
  const fail = (error: unknown): never => {
    throw host.describeError?.(error) ?? toDeskError(error);
  };

  async function run(request: RefreshRequest, onStage?: (stage: RefreshStage) => void): Promise<DeskRun> {
    onStage?.('reading');
    const reader = await host.reader();
    // The engine is its own chunk: the pane's first paint does not wait for it.
    const { refresh } = await import(/* webpackChunkName: "engine" */ '../app/refresh');
    onStage?.('planning');
    const policy = Object.keys(request.columns).length > 0 ? { columns: request.columns } : undefined;
    const result = await refresh(reader, { asOf: request.asOf, policy, holidays: host.holidays && lazyHolidaySource(host.holidays) });
    const headers = await headerTexts(reader, result.source.sheet, result.source.headerRow);
    onStage?.('writing');
    await host.write(result.sheets);
    return { result, headers };
  }

  const desk: Desk = {
    mode: host.kind,
    refresh: (request, onStage) => run(request, onStage).catch(fail),
    loadColumns: async () => (host.columns ? host.columns.load().catch(fail) : {}),
    saveColumns: async (columns) => host.columns?.save(columns).catch(fail),
  };
  if (host.open) {
    const open = host.open.bind(host);
    desk.openWorkbook = (file) => open(file).catch(fail);
  }
  if (host.download) {
    const download = host.download.bind(host);
    desk.downloadWorkbook = () => download().catch(fail);
  }
  if (host.goToCell) {
    const goToCell = host.goToCell.bind(host);
    desk.goToCell = (sheet, row, column) => goToCell(sheet, row, column).catch(fail);
  }
  return desk;
}

