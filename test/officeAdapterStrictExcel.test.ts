/**
 * The strict in-memory Excel the Office adapter is tested on: it must fail where Excel fails, or
 * the adapter's tests would pass while the add-in breaks in Excel.
 */
import { FakeExcelError, PAYLOAD_LIMIT_BYTES, READ_LIMIT_CELLS, StrictExcel } from './support/strictExcel';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof FakeExcelError)) throw new Error(`expected an Excel error, got ${String(error)}`);
  return error.code;
}

const book = () => new StrictExcel([{ name: 'Data', rows: [['a', 1], ['b', 2]] }]);

describe('the strict in-memory Excel', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const excel = book();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['a', 1], ['b', 2]]);
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  it('runs queued commands only at sync, in order, and counts every sync', async () => {
    const excel = book();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').values = [['changed']];
      expect(excel.cell('Data', 'A1').value).toBe('a');
      const range = sheet.getRange('A1');
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['changed']]);
    });
    expect(excel.stats.syncs).toBe(1);
  });

  it('reads strings written through values as Excel reads typing, unless the cell is formatted as text', async () => {
    const excel = book();
    const inputs = ['=1+1', '-x', '001043', '1,234.5', '50%', 'TRUE', '#N/A', '2026-11-30', "'=kept", 'plain'];
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRangeByIndexes(5, 0, 1, inputs.length).values = [inputs];
      const text = sheet.getRangeByIndexes(6, 0, 1, inputs.length);
      text.numberFormat = [inputs.map(() => '@')];
      text.values = [inputs];
      await context.sync();
    });
    const row = (r: number) => inputs.map((_, c) => excel.cell('Data', `${String.fromCharCode(65 + c)}${r}`));
    expect(row(6).map((c) => c.value)).toEqual(['=1+1', '-x', 1043, 1234.5, 0.5, true, { error: '#N/A' }, 46356, '=kept', 'plain']);
    expect(row(6).map((c) => c.formula)).toEqual(['=1+1', '=-x', null, null, null, null, null, null, null, null]);
    expect(row(6)[7].format).toBe('yyyy-mm-dd');
    expect(row(7).map((c) => c.value)).toEqual(inputs);
    expect(excel.formulas('Data')).toEqual(['=1+1', '=-x']);
  });

  it('refuses a request or a response over 5 MB, and arrays that do not match the range', async () => {
    const excel = new StrictExcel([{ name: 'Data' }]);
    const big = 'x'.repeat(1000);
    const write = (from: number, rows: number) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRangeByIndexes(from, 0, rows, 1).values = Array.from({ length: rows }, () => [big]);
        await context.sync();
      });
    expect(await codeOf(write(0, 6000))).toBe('RequestPayloadSizeLimitExceeded');
    await write(0, 3000);
    await write(3000, 3000);
    expect(
      await codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem('Data').getRange('A1:A6000').load('values');
          await context.sync();
        }),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
    expect(excel.stats.largestRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(
      await codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [['only one row']];
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('fails a read over 5 million cells, or returns null as Excel on the web may', async () => {
    const read = (excel: StrictExcel) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Data').getRange('A1:E1000001');
        range.load('valueTypes');
        await context.sync();
        return range.valueTypes;
      });
    expect(5 * 1_000_001).toBeGreaterThan(READ_LIMIT_CELLS);
    expect(await codeOf(read(book()))).toBe('RangeExceedsLimit');
    expect(await read(new StrictExcel([{ name: 'Data' }], { largeReads: 'null' }))).toBeNull();
  });

  it('fails the next syncs in cell edit mode, and any sync on demand', async () => {
    const excel = book();
    excel.enterCellEditMode(1);
    const sync = () => excel.run((context) => context.sync());
    expect(await codeOf(sync())).toBe('InvalidOperationInCellEditMode');
    await sync();
    excel.failSync(excel.stats.syncs + 1, 'GeneralException');
    expect(await codeOf(sync())).toBe('GeneralException');
  });

  it('refuses changes to a protected sheet and sheet changes in a protected workbook', async () => {
    const excel = book();
    excel.protectSheet('Data');
    const change = () =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']];
        await context.sync();
      });
    expect(await codeOf(change())).toBe('AccessDenied');
    excel.protectSheet('Data', false);
    excel.protectStructure();
    expect(
      await codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.add('New');
          await context.sync();
        }),
      ),
    ).toBe('AccessDenied');
    await change();
    expect(excel.requireSheet('Data').writes).toBe(1);
  });

  it('fails APIs newer than its ExcelApi version, and batches that never sync what they queued', async () => {
    const excel = new StrictExcel([{ name: 'Data', rows: [['a']] }], { apiVersion: '1.7' });
    expect(excel.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(
      await codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem('Data').getRange('A1').dataValidation.ignoreBlanks = true;
          await context.sync();
        }),
      ),
    ).toBe('ApiNotFound');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it('settles null objects at the sync and refuses objects used after their batch', async () => {
    const excel = book();
    let kept: { values: unknown[][] } | null = null;
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('data');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
      const range = present.getRange('A1');
      range.load('values');
      await context.sync();
      kept = range;
    });
    expect(() => kept!.values).toThrow(/request contexts/);
  });

  it('intersects two ranges of a sheet, or gives a null object when they share no cell (ExcelApi 1.4)', async () => {
    const excel = new StrictExcel([{ name: 'Data', rows: [['a', 1, 'x'], ['b', 2, 'y'], ['c', 3, 'z']] }, { name: 'Other', rows: [['o']] }]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const used = sheet.getUsedRange(true);
      const both = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(1, 1, 10, 10));
      const none = used.getIntersectionOrNullObject('E5:F6');
      both.load('address,values');
      none.load('values');
      expect(() => both.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([both.isNullObject, none.isNullObject]).toEqual([false, true]);
      expect(both.address).toBe('Data!B2:C3');
      expect(both.values).toEqual([[2, 'y'], [3, 'z']]);
      expect(() => none.values).toThrow(/not available/);
    });
    const intersect = (target: StrictExcel, other: string) =>
      target.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('Data').getRange('A1:B2').getIntersectionOrNullObject(sheets.getItem(other).getRange('A1')).load('values');
        await context.sync();
      });
    expect(await codeOf(intersect(excel, 'Other'))).toBe('InvalidArgument');
    const old = new StrictExcel([{ name: 'Data', rows: [['a']] }], { apiVersion: '1.3' });
    expect(await codeOf(intersect(old, 'Data'))).toBe('ApiNotFound');
  });

  it('loads properties of navigation properties through a path, for every item of a collection', async () => {
    const excel = new StrictExcel([{ name: 'Data', rows: [['a'], ['b']], tables: [{ name: 'T', address: 'A1:A2' }] }, { name: 'Locked', protected: true }]);
    await excel.run(async (context) => {
      const { worksheets, tables } = context.workbook;
      worksheets.load('items/name,items/protection/protected');
      tables.load('items/name,items/worksheet/name');
      await context.sync();
      expect(worksheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ['Data', false],
        ['Locked', true],
      ]);
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['T', 'Data']]);
      expect(() => tables.items[0].worksheet.visibility).toThrow(/not available/);
    });
    expect(
      await codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.load('items/protection/allowInsertRows');
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('lets the user change the workbook between two round trips', async () => {
    const excel = book();
    excel.beforeSync(2, () => excel.type('Data', 1, 0, 'typed'));
    const read = () =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Data').getRange('A1');
        range.load('values');
        await context.sync();
        return range.values[0][0];
      });
    expect(await read()).toBe('a');
    expect(await read()).toBe('typed');
  });

  it('evaluates DATE(1904,1,1) in the workbook’s date system', async () => {
    const evaluate = (excel: StrictExcel) =>
      excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1);
        result.load('value');
        await context.sync();
        return result.value;
      });
    expect(await evaluate(book())).toBe(1462);
    expect(await evaluate(new StrictExcel([], { date1904: true }))).toBe(0);
  });
});
