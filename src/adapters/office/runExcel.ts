import type { ExcelApi, ExcelContext } from './excelApi';
import { OfficeError, officeErrors } from './officeError';

export interface RunExcelOptions {
  /** Further tries of a batch Excel refused because a cell is being edited; default 3. */
  readonly editModeRetries?: number;
  /** Wait before the first retry, doubled for each later one; default 400 ms. */
  readonly retryDelayMs?: number;
  /** Injected by tests so retries do not wait in real time. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';
const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The code of an OfficeExtension.Error (or anything shaped like one), else null. */
export function excelErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || error instanceof OfficeError) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** True when Excel refused a request or response for its size: the caller may split it and try again. */
export function isPayloadLimit(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code !== null && PAYLOAD_CODES.has(code);
}

/** An Excel failure as a typed error with a message for the user; other errors pass unchanged. */
export function toOfficeError(error: unknown): unknown {
  const code = excelErrorCode(error);
  if (code === null) return error;
  if (code === CELL_EDIT_MODE) return officeErrors.cellEditMode(code);
  if (code === 'AccessDenied') return officeErrors.accessDenied(code);
  if (PAYLOAD_CODES.has(code)) return officeErrors.payloadTooLarge(code);
  const message = (error as { message?: unknown }).message;
  return officeErrors.excel(code, typeof message === 'string' ? message : '');
}

/**
 * The one way the adapter runs an `Excel.run` batch. A batch refused because the user is
 * editing a cell is tried again a few times with growing waits (the user often leaves the cell
 * within a second), then reported asking them to press Enter or Esc. Other Excel failures
 * become `OfficeError`s with a message for the user; errors the batch throws itself (a
 * programmer error, or an OfficeError it already chose) pass through untouched.
 * A retried batch runs again from the start, so it must be safe to repeat: reads are, and the
 * writer builds under temporary names that its next run sweeps away (a refusal at a later sync
 * leaves what the earlier syncs did).
 */
export async function runExcel<T>(excel: ExcelApi, batch: (context: ExcelContext) => Promise<T>, options: RunExcelOptions = {}): Promise<T> {
  const retries = options.editModeRetries ?? 3;
  const sleep = options.sleep ?? realSleep;
  let delay = options.retryDelayMs ?? 400;
  for (let attempt = 0; ; attempt++) {
    try {
      return await excel.run(batch);
    } catch (error) {
      if (excelErrorCode(error) === CELL_EDIT_MODE && attempt < retries) {
        await sleep(delay);
        delay *= 2;
        continue;
      }
      throw toOfficeError(error);
    }
  }
}
