import { DeskError, type DeskErrorCode } from '../../deskError';

/** The Office adapter's OfficeError codes (src/adapters/office/officeError.ts) as the pane explains them. */
const ADAPTER_CODES: Readonly<Record<string, DeskErrorCode>> = {
  'cell-edit-mode': 'excel-busy',
  changed: 'sheet-changed',
  protected: 'excel-failed',
  'payload-too-large': 'excel-failed',
  unsupported: 'excel-too-old',
  excel: 'excel-failed',
};

const codeOf = (error: Error): string => ('code' in error && typeof error.code === 'string' ? error.code : '');

/**
 * Excel failures as the pane explains them: the adapter's OfficeError (its message already says
 * what to do, so it is kept as the detail), and a raw OfficeExtension.Error ("RichApi.Error")
 * from code outside the adapter (the Go to cell selection). Both are recognised by name and code
 * rather than by class, so this module does not load the adapter. Anything else (the engine's
 * errors, a DeskError) is left to the desk.
 */
export function describeOfficeError(error: unknown): DeskError | null {
  if (!(error instanceof Error)) return null;
  const code = codeOf(error);
  if (error.name === 'OfficeError') return new DeskError(ADAPTER_CODES[code] ?? 'excel-failed', error.message);
  if (error.name !== 'RichApi.Error') return null;
  if (code === 'InvalidOperationInCellEditMode') return new DeskError('excel-busy', error.message);
  return new DeskError('excel-failed', code ? `${code}: ${error.message}` : error.message);
}
