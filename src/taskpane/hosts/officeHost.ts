import { DeskError } from '../deskError';
import type { Host } from '../host';
import { loadHolidays } from './loadHolidays';
import { describeOfficeError } from './office/describeOfficeError';
import { loadOfficeAdapter } from './office/officeAdapter';
import { selectCell } from './office/selectCell';

/** getRangeByIndexes: the adapter reads in row blocks with it. The manifest asks for the same. */
const EXCEL_API = '1.7';

async function adapter() {
  if (!Office.context.requirements.isSetSupported('ExcelApi', EXCEL_API)) {
    throw new DeskError('excel-too-old', `ExcelApi ${EXCEL_API} is not supported by this Excel.`);
  }
  return loadOfficeAdapter();
}

/** Inside Excel: the workbook is the one open in Excel, read and written through the Office adapter. */
export function createOfficeHost(): Host {
  return {
    kind: 'office',
    reader: async () => (await adapter()).open(),
    write: async (sheets) => (await adapter()).write(sheets),
    goToCell: (sheet, row, column) => selectCell(sheet, row, column),
    columns: {
      load: async () => ((await adapter()).columns?.load() ?? {}),
      save: async (columns) => (await adapter()).columns?.save(columns),
    },
    holidays: loadHolidays,
    describeError: describeOfficeError,
  };
}
