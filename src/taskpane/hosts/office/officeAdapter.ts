import type { OutSheet, WorkbookReader } from '../../../workbook/ports';
import { DeskError } from '../../deskError';
import type { ColumnOverrides, ColumnStore } from '../../host';

/** What the task pane and the ribbon command use of src/adapters/office. */
export interface OfficeAdapter {
  /** A reader over the workbook open in Excel, as it is now. */
  open(): Promise<WorkbookReader>;
  /** Writes the product's own sheets into it. */
  write(sheets: readonly OutSheet[]): Promise<void>;
  /** The column overrides kept in the workbook's settings, when the adapter offers them. */
  columns?: ColumnStore;
}

type ReaderClass = (new () => WorkbookReader) & { open?: () => Promise<WorkbookReader> };

/** The part of the adapter's AddinPreferences the pane uses. */
interface Preferences {
  get(key: 'columnOverrides'): ColumnOverrides;
  set(key: 'columnOverrides', value: ColumnOverrides): void;
  saveAsync(): Promise<void>;
}

/**
 * Checks the adapter module's shape at run time: it was written in parallel with the pane, so a
 * mismatch shows as a clear message, not as a build break or a TypeError deep in a refresh.
 * Expected exports: `OfficeWorkbook` (a class; `OfficeWorkbook.open()` when it has one, else
 * `new OfficeWorkbook()`), `writeOwnedSheets(sheets)`, and optionally `loadPreferences()`.
 */
export function officeAdapterFrom(module: Readonly<Record<string, unknown>>): OfficeAdapter | null {
  const { OfficeWorkbook, writeOwnedSheets, loadPreferences } = module;
  if (typeof OfficeWorkbook !== 'function' || typeof writeOwnedSheets !== 'function') return null;
  // The casts are the Office boundary: the shapes were checked just above as far as JS allows.
  const Reader = OfficeWorkbook as ReaderClass;
  const write = writeOwnedSheets as (sheets: readonly OutSheet[]) => Promise<void>;
  const adapter: OfficeAdapter = {
    open: async () => (typeof Reader.open === 'function' ? Reader.open() : new Reader()),
    write: async (sheets) => write(sheets),
  };
  if (typeof loadPreferences === 'function') {
    const load = loadPreferences as () => Promise<Preferences>;
    adapter.columns = {
      load: async () => (await load()).get('columnOverrides'),
      async save(columns) {
        const preferences = await load();
        preferences.set('columnOverrides', columns);
        await preferences.saveAsync();
      },
    };
  }
  return adapter;
}

/** The Office adapter chunk, loaded on the first refresh in Excel. */
export async function loadOfficeAdapter(): Promise<OfficeAdapter> {
  const module = { ...(await import(/* webpackChunkName: "office" */ '@dunning-desk/office-adapter')) };
  const adapter = officeAdapterFrom(module);
  if (!adapter) {
    throw new DeskError('office-unavailable', 'This build of Dunning Desk has no Excel connection (src/adapters/office is missing or does not export OfficeWorkbook and writeOwnedSheets).');
  }
  return adapter;
}
