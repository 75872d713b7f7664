import { act, fireEvent, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { openXlsx } from '../../adapters/xlsx/xlsxWorkbook';
import { renderPane } from '../../../test/dom/paneHarness';
import { createDesk } from '../desk';
import { createBrowserHost } from './browserHost';

const SAMPLE = readFileSync(path.join(__dirname, '../../../samples/receivables.xlsx'));

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

async function standalonePane() {
  const saved: Array<{ name: string; bytes: Uint8Array; type: string }> = [];
  const host = createBrowserHost({ save: (name, bytes, type) => saved.push({ name, bytes, type }), storage: memoryStorage() });
  await renderPane(createDesk(host));
  return saved;
}

async function openFile(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  await act(async () => fireEvent.change(input, { target: { files: [new File([bytes.slice()], name)] } }));
}

describe('standalone mode', () => {
  it('opens a workbook, refreshes it and downloads it with the product’s sheets', async () => {
    const saved = await standalonePane();
    expect((screen.getByRole('button', { name: 'Refresh aging' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Download workbook' }) as HTMLButtonElement).disabled).toBe(true);

    await openFile('receivables.xlsx', SAMPLE);
    await screen.findByText('Workbook: receivables.xlsx', {}, { timeout: 10000 });
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
    // A real 300-row workbook through the real engine: more than findBy's default second under load.
    await screen.findByText('299 invoices read from “Receivables” (header on row 4).', {}, { timeout: 20000 });
    expect(screen.getByRole('tab', { name: 'Today’s actions (20)' })).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download workbook' })));
    expect(saved.map((s) => [s.name, s.type])).toEqual([['receivables.refreshed.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']]);
    const names = openXlsx(saved[0].bytes).sheetNames();
    expect(names).toEqual(expect.arrayContaining(['Receivables', 'Aging summary', 'Issues', "Today's actions", 'Collections log', 'Dunning settings']));
  });

  it('explains a file that is not a workbook', async () => {
    await standalonePane();
    await openFile('notes.xlsx', new TextEncoder().encode('just text'));
    expect(await screen.findByText('This file is not an Excel workbook')).toBeTruthy();
    expect(screen.getByText('No workbook open yet. An .xlsx or .xlsm file. It never leaves this computer.')).toBeTruthy();
  });
});
