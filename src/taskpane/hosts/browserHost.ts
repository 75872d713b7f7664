import type { XlsxWorkbook } from '../../adapters/xlsx/xlsxWorkbook';
import { XlsxError } from '../../adapters/xlsx/xlsxError';
import { DeskError, type DeskErrorCode } from '../deskError';
import type { Host } from '../host';
import { columnStorage } from './columnStorage';
import { loadHolidays } from './loadHolidays';
import { outputName } from './outputName';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

const XLSX_CODES: Record<XlsxError['code'], DeskErrorCode> = {
  'not-a-zip': 'not-a-workbook',
  'not-a-workbook': 'not-a-workbook',
  encrypted: 'encrypted',
  unsupported: 'unsupported-workbook',
};

/** The .xlsx adapter and fflate are a chunk of their own, fetched when a workbook is opened. */
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ './browserWorkbook');

export interface BrowserHostOptions {
  save(name: string, bytes: Uint8Array, type: string): void;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Standalone mode: the workbook is a file the user opened. Each refresh writes the product's
 * sheets into a new package that becomes the open workbook, as Excel's own would, so refreshing
 * again sees the marks and log exactly as the add-in would.
 */
export function createBrowserHost(options: BrowserHostOptions): Host {
  let open: { name: string; workbook: XlsxWorkbook; written: Uint8Array | null } | null = null;
  const current = () => {
    if (!open) throw new DeskError('no-workbook', '');
    return open;
  };
  return {
    kind: 'browser',
    async open(file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { openBrowserWorkbook } = await loadXlsx();
      open = { name: file.name, workbook: openBrowserWorkbook(bytes), written: null };
      return file.name;
    },
    async reader() {
      return current().workbook;
    },
    async write(sheets) {
      const book = current();
      const bytes = await book.workbook.withOwnedSheets(sheets);
      const { openBrowserWorkbook } = await loadXlsx();
      open = { name: book.name, workbook: openBrowserWorkbook(bytes), written: bytes };
    },
    async download() {
      const book = current();
      if (!book.written) throw new DeskError('no-workbook', '');
      const name = outputName(book.name);
      options.save(name, book.written, name.endsWith('.xlsm') ? XLSM_TYPE : XLSX_TYPE);
    },
    holidays: loadHolidays,
    columns: options.storage ? columnStorage(options.storage) : undefined,
    describeError(error) {
      return error instanceof XlsxError ? new DeskError(XLSX_CODES[error.code], error.message) : null;
    },
  };
}
