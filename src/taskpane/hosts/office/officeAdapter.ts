import type { OutSheet, WorkbookReader } from '../../../workbook/ports';
import type { ColumnStore } from '../../host';

/** What the task pane and the ribbon command use of src/adapters/office. */
export interface OfficeAdapter {
  /** A reader over the workbook open in Excel, as it is now. */
  open(): Promise<WorkbookReader>;
  /** Writes the product's own sheets into it. */
  write(sheets: readonly OutSheet[]): Promise<void>;
  /** The column overrides kept in the workbook's settings. */
  columns: ColumnStore;
}

/** The Office adapter chunk, loaded on the first refresh in Excel (it is not needed in a browser). */
export async function loadOfficeAdapter(): Promise<OfficeAdapter> {
  const office = await import(/* webpackChunkName: "office" */ '../../../adapters/office');
  return {
    open: () => office.OfficeWorkbook.open(),
    write: (sheets) => office.writeOwnedSheets(sheets),
    columns: {
      load: async () => (await office.loadPreferences()).get('columnOverrides'),
      async save(columns) {
        const preferences = await office.loadPreferences();
        preferences.set('columnOverrides', columns);
        await preferences.saveAsync();
      },
    },
  };
}
