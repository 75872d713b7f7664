import type { ExcelApi, ExcelContext } from './excelApi';
import { OfficeError } from './officeError';
import { isPayloadLimit, runExcel, toOfficeError } from './runExcel';

/** An Excel whose runs fail with the given codes, then succeed. */
function failingExcel(codes: string[]): ExcelApi & { runs: number } {
  const excel = {
    runs: 0,
    isSetSupported: () => true,
    async run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
      excel.runs++;
      const code = codes.shift();
      if (code) throw Object.assign(new Error(`Excel says ${code}`), { name: 'RichApi.Error', code });
      return batch({} as ExcelContext);
    },
  };
  return excel;
}

const noWait = { sleep: async () => {} };

describe('runExcel', () => {
  it('tries a batch refused in cell edit mode again, then returns its result', async () => {
    const excel = failingExcel(['InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode']);
    await expect(runExcel(excel, async () => 42, noWait)).resolves.toBe(42);
    expect(excel.runs).toBe(3);
  });

  it('gives up after the retries and asks the user to press Enter or Esc', async () => {
    const excel = failingExcel(Array(10).fill('InvalidOperationInCellEditMode'));
    const error = await runExcel(excel, async () => 1, { ...noWait, editModeRetries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect((error as OfficeError).code).toBe('cell-edit-mode');
    expect((error as OfficeError).message).toMatch(/Press Enter or Esc/);
    expect(excel.runs).toBe(3);
  });

  it.each([
    ['AccessDenied', 'protected'],
    ['RequestPayloadSizeLimitExceeded', 'payload-too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'payload-too-large'],
    ['RangeExceedsLimit', 'payload-too-large'],
    ['ItemNotFound', 'excel'],
  ])('maps %s to a typed error (%s) without retrying', async (code, expected) => {
    const excel = failingExcel([code]);
    const error = await runExcel(excel, async () => 1, noWait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect([(error as OfficeError).code, (error as OfficeError).excelCode]).toEqual([expected, code]);
    expect(excel.runs).toBe(1);
  });

  it('lets errors that are not Excel’s pass unchanged', async () => {
    const mine = new RangeError('a programmer error');
    await expect(runExcel(failingExcel([]), async () => { throw mine; })).rejects.toBe(mine);
    const typed = new OfficeError('protected', 'already explained');
    expect(toOfficeError(typed)).toBe(typed);
    expect(isPayloadLimit(typed)).toBe(false);
  });
});
