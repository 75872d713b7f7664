import type { OutSheet, WorkbookReader } from '../../../workbook/ports';
import { officeAdapterFrom } from './officeAdapter';

const reader: WorkbookReader = { date1904: false, sheetNames: () => [], readSheet: async () => ({ name: 'x', firstRow: 1, firstCol: 1, rows: [] }) };

describe('officeAdapterFrom', () => {
  it('uses OfficeWorkbook.open() and writeOwnedSheets when the adapter has them', async () => {
    const written: Array<readonly OutSheet[]> = [];
    class OfficeWorkbook {
      static open = async () => reader;
    }
    const adapter = officeAdapterFrom({ OfficeWorkbook, writeOwnedSheets: async (sheets: readonly OutSheet[]) => void written.push(sheets) });
    expect(await adapter?.open()).toBe(reader);
    await adapter?.write([]);
    expect(written).toEqual([[]]);
  });

  it('constructs OfficeWorkbook when it has no open()', async () => {
    class OfficeWorkbook {
      readonly date1904 = false;
    }
    const adapter = officeAdapterFrom({ OfficeWorkbook, writeOwnedSheets: async () => undefined });
    expect(await adapter?.open()).toBeInstanceOf(OfficeWorkbook);
  });

  it('refuses a module without the expected exports (the stand-in, or a renamed export)', () => {
    expect(officeAdapterFrom({ officeAdapterMissing: true })).toBeNull();
    expect(officeAdapterFrom({ OfficeWorkbook: class {}, writeSheets: async () => undefined })).toBeNull();
  });
});
