import { cellText } from '../domain/cellText';
import { localDate, type LocalDate } from '../domain/localDate';
import { DUNNING_SETTINGS_SHEET } from '../workbook/ownedSheets';
import { invoiceRows, memoryHost, sampleBook } from '../../test/dom/paneHarness';
import { day } from '../../test/support/grids';
import { createDesk, type RefreshStage } from './desk';
import { DeskError } from './deskError';

const asOf = day('2026-11-30');

describe('the desk', () => {
  it('reads, plans and writes in that order, and lists the header texts for the mapping', async () => {
    const stages: RefreshStage[] = [];
    const host = memoryHost(sampleBook());
    const run = await createDesk(host).refresh({ asOf, columns: {} }, (stage) => stages.push(stage));
    expect(stages).toEqual(['reading', 'planning', 'writing']);
    expect(run.headers).toEqual(invoiceRows()[0]);
    expect(run.result.plan.actions.map((a) => a.customer)).toEqual(['Acme Ltd', 'Bolt GmbH']);
    expect(host.written).toHaveLength(1);
  });

  it('passes column overrides to the engine as the policy’s columns', async () => {
    const run = await createDesk(memoryHost(sampleBook())).refresh({ asOf, columns: { customer: 'Email' } });
    expect(run.result.source.columns.customer).toBe('Email');
  });

  it('turns an engine refusal into an explained error and writes nothing', async () => {
    const host = memoryHost(sampleBook([['Notes']]));
    await expect(createDesk(host).refresh({ asOf, columns: {} })).rejects.toMatchObject({ name: 'DeskError', code: 'no-invoice-table' });
    expect(host.written).toEqual([]);
  });

  it('lets the host explain its own failures first', async () => {
    const host = memoryHost(sampleBook(), {
      reader: async () => {
        throw new Error('busy');
      },
      describeError: (e) => (e instanceof Error && e.message === 'busy' ? new DeskError('excel-busy', 'cell edit mode') : null),
    });
    await expect(createDesk(host).refresh({ asOf, columns: {} })).rejects.toMatchObject({ code: 'excel-busy', detail: 'cell edit mode' });
  });

  it('loads the holiday calendar only when the settings name a country', async () => {
    const book = sampleBook();
    const calendars: string[] = [];
    let loads = 0;
    const christmas = localDate(2026, 12, 25) as LocalDate;
    const host = memoryHost(book, {
      holidays: async () => {
        loads++;
        return {
          publicHolidays: async (country) => {
            calendars.push(country);
            return [christmas];
          },
        };
      },
    });
    const reads = jest.spyOn(book, 'readSheet');
    const desk = createDesk(host);
    await desk.refresh({ asOf, columns: {} });
    expect([loads, calendars]).toEqual([0, []]);

    const settings = book.grid(DUNNING_SETTINGS_SHEET);
    const row = settings.rows.findIndex((r) => cellText(r[0]) === 'Public holidays of country');
    book.set(DUNNING_SETTINGS_SHEET, row + 1, 1, 'PL');
    reads.mockClear();
    const run = await desk.refresh({ asOf, columns: {} });
    expect([loads, calendars]).toEqual([1, ['PL']]);
    // One pass over the workbook: the calendar is fetched mid-refresh, not by refreshing again.
    expect(reads.mock.calls.filter(([name, options]) => name === run.result.source.sheet && options?.maxRows === undefined)).toHaveLength(1);
  });

  it('keeps column overrides where the host keeps them, and in memory nowhere else', async () => {
    const desk = createDesk(memoryHost(sampleBook()));
    expect(await desk.loadColumns()).toEqual({});
    await desk.saveColumns({ invoice: 'Doc #' });
    expect(await desk.loadColumns()).toEqual({ invoice: 'Doc #' });
    const bare = createDesk(memoryHost(sampleBook(), { columns: undefined }));
    await bare.saveColumns({ invoice: 'Doc #' });
    expect(await bare.loadColumns()).toEqual({});
  });

  it('offers open, download and go-to-cell only where the host can', () => {
    const office = createDesk(memoryHost(sampleBook(), { goToCell: async () => undefined }));
    expect([office.openWorkbook, office.downloadWorkbook, typeof office.goToCell]).toEqual([undefined, undefined, 'function']);
  });
});
