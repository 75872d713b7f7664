import { act, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { createDesk, memoryHost, renderPane, sampleBook } from '../../../test/dom/paneHarness';
import { day } from '../../../test/support/grids';
import { en } from '../i18n/en';
import type { ThemeName, ThemeSource } from '../theme';
import { Shell } from './Shell';

/** axe in jsdom: colour contrast needs real rendering, which the Chromium tests check instead. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the pane shell', () => {
  it('follows the theme source live', async () => {
    let name: ThemeName = 'light';
    const listeners = new Set<() => void>();
    const theme: ThemeSource = { current: () => name, subscribe: (l) => (listeners.add(l), () => listeners.delete(l)) };
    let container: HTMLElement = document.body;
    await act(async () => {
      ({ container } = render(<Shell desk={createDesk(memoryHost(sampleBook()))} strings={en} theme={theme} today={day('2026-11-30')} />));
    });
    const root = container.querySelector('[data-theme]');
    expect(root?.getAttribute('data-theme')).toBe('light');
    act(() => {
      name = 'dark';
      listeners.forEach((l) => l());
    });
    expect(root?.getAttribute('data-theme')).toBe('dark');
  });

  it('labels every control in every view', async () => {
    await renderPane(createDesk(memoryHost(sampleBook(), { goToCell: async () => undefined })));
    const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    await settle();
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
    await screen.findByText(/invoices read from/);
    // The tabs' labels gained counts: their indicator re-measures in a later frame.
    await settle();
    for (const tab of [/Today’s actions/, /Summary/, /Problems/, /Columns/]) {
      // Fluent's tab indicator settles in a later frame: let it, inside act.
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      await settle();
      expect(await violations()).toEqual([]);
    }
  });

  it('reaches every control from the keyboard', async () => {
    await renderPane(createDesk(memoryHost(sampleBook())));
    const refresh = screen.getByRole('button', { name: 'Refresh aging' });
    refresh.focus();
    expect(document.activeElement).toBe(refresh);
    expect(screen.getByLabelText('As of').tabIndex).toBe(0);
    // Arrow keys between tabs are Fluent's (tabster); the Chromium tests press them for real.
  });
});
