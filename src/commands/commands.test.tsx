/**
 * The ribbon command end to end: office.js stood in for by a small fake, Excel by the strict
 * in-memory Excel the Office adapter is tested on. Registered under the manifest's function
 * name, it refreshes the workbook through the real adapter, shows the outcome in a notice dialog
 * in the user's language, and always tells Office it has finished.
 */
import { invoiceRows } from '../../test/dom/paneHarness';
import { type SeedCell, StrictExcel } from '../../test/support/strictExcel';

type Handler = (event: { completed(): void }) => void;

function fakeOffice(excel: StrictExcel) {
  const handlers = new Map<string, Handler>();
  const dialogs: string[] = [];
  const office = {
    onReady: (callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: 'Excel', platform: 'PC' });
    },
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    context: {
      displayLanguage: 'pl-PL',
      requirements: { isSetSupported: (name: string, version: string) => name === 'DialogApi' || excel.isSetSupported(name, version) },
      document: { settings: { get: () => null, set: () => undefined, saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }) } },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          dialogs.push(url);
          const listeners = new Map<string, () => void>();
          callback({ status: 'succeeded', value: { close: () => undefined, addEventHandler: (type: string, l: () => void) => listeners.set(type, l) } });
          // The user reads the notice and clicks Close.
          setTimeout(() => listeners.get('dialogMessageReceived')?.(), 0);
        },
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    HostType: { Excel: 'Excel' },
  };
  return { office, handlers, dialogs };
}

describe('the Refresh aging ribbon command', () => {
  it('refreshes the workbook in Excel, shows the outcome in the user’s language and completes', async () => {
    const excel = new StrictExcel([{ name: 'Invoices', rows: invoiceRows() as SeedCell[][] }]);
    const { office, handlers, dialogs } = fakeOffice(excel);
    Object.assign(globalThis, { Office: office, Excel: { run: excel.run.bind(excel) } });
    await import('./commands');
    const handler = handlers.get('refreshAging');
    expect(handler).toBeDefined();

    const completed = new Promise<void>((resolve) => handler?.({ completed: resolve }));
    await completed;
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]);
    expect(url.pathname).toMatch(/\/notice\.html$/);
    expect(url.searchParams.get('lang')).toBe('pl-PL');
    // Five invoice rows, one unreadable (its date): four read, whatever today's date is.
    expect(url.searchParams.get('m')).toMatch(/^Wiekowanie odświeżone: 4 faktury, na dziś \d+ (działanie|działania|działań)(, 1 problem \(zob\. arkusz Issues\))?\.$/);
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(['Invoices', 'Aging summary', "Today's actions", 'Collections log', 'Dunning settings']));
  });
});
