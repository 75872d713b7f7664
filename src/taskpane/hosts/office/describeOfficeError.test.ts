import { describeOfficeError } from './describeOfficeError';

/** What OfficeExtension.Error looks like from outside: name "RichApi.Error" and a code. */
function richApiError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

describe('describeOfficeError', () => {
  it('tells the user to leave cell edit mode', () => {
    expect(describeOfficeError(richApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'))).toMatchObject({ code: 'excel-busy' });
  });

  it('keeps the code and message of other Excel failures', () => {
    expect(describeOfficeError(richApiError('AccessDenied', 'The sheet is protected.'))).toMatchObject({ code: 'excel-failed', detail: 'AccessDenied: The sheet is protected.' });
  });

  it('keeps the Office adapter’s own explanation', () => {
    const adapterError = (code: string, message: string) => Object.assign(new Error(message), { name: 'OfficeError', code });
    expect(describeOfficeError(adapterError('cell-edit-mode', 'Press Enter or Esc.'))).toMatchObject({ code: 'excel-busy', detail: 'Press Enter or Esc.' });
    expect(describeOfficeError(adapterError('protected', 'Unprotect the sheet.'))).toMatchObject({ code: 'excel-failed', detail: 'Unprotect the sheet.' });
    expect(describeOfficeError(adapterError('unsupported', 'Update Excel.'))).toMatchObject({ code: 'excel-too-old' });
    expect(describeOfficeError(adapterError('changed', 'Refresh again.'))).toMatchObject({ code: 'sheet-changed', detail: 'Refresh again.' });
  });

  it('leaves errors that are not Office.js failures to the desk', () => {
    expect(describeOfficeError(new Error('no invoice table'))).toBeNull();
    expect(describeOfficeError('text')).toBeNull();
  });
});
