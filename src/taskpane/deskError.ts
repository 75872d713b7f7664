/**
 * The failures the pane knows how to explain. Hosts and the desk turn whatever was thrown
 * (a RefreshError, an .xlsx or Office.js failure) into one of these, so every message the user
 * sees comes with what to do, and nothing is swallowed.
 */
export type DeskErrorCode =
  | 'no-workbook'
  | 'not-a-workbook'
  | 'encrypted'
  | 'unsupported-workbook'
  | 'sheet-not-found'
  | 'no-invoice-table'
  | 'bad-settings'
  | 'office-unavailable'
  | 'excel-too-old'
  | 'excel-busy'
  | 'sheet-changed'
  | 'excel-failed'
  | 'download-failed'
  | 'unexpected';

export class DeskError extends Error {
  /** `detail` is the engine's or the host's own sentence (English), shown under the title. */
  constructor(readonly code: DeskErrorCode, readonly detail: string) {
    super(detail);
    this.name = 'DeskError';
  }
}

const REFRESH_CODES: Readonly<Record<string, DeskErrorCode>> = {
  'sheet-not-found': 'sheet-not-found',
  'no-invoice-table': 'no-invoice-table',
  'bad-settings': 'bad-settings',
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Recognises the engine's RefreshError by shape, not by class, so this file does not pull the
 * engine into the first bundle (the engine is loaded on the first refresh).
 */
export function toDeskError(error: unknown): DeskError {
  if (error instanceof DeskError) return error;
  if (error instanceof Error && error.name === 'RefreshError' && 'code' in error && typeof error.code === 'string') {
    const code = REFRESH_CODES[error.code];
    if (code) return new DeskError(code, error.message);
  }
  return new DeskError('unexpected', messageOf(error));
}
