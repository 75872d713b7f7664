import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { AS_OF, createDesk, draftingBook, invoiceRows, memoryHost, renderPane, sampleBook } from '../../../test/dom/paneHarness';
import { type FakeOutcomes, fakeDeliveries } from '../../../test/dom/fakeDeliveries';
import { day } from '../../../test/support/grids';
import type { Draft } from '../../domain/draft';
import { DEFAULT_DRAFTS } from '../../domain/policy';
import type { Action } from '../../domain/planActions';
import { draftAction } from '../../domain/templates/draftAction';
import { exampleAction } from '../../domain/templates/exampleAction';
import { NO_OVERRIDES } from '../../domain/templates/templateOverrides';
import type { Deliveries } from '../deliveries';
import { draftFile } from '../draftFile';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import type { Strings } from '../i18n/strings';
import { DeliveriesContext, StringsContext } from './deskContext';
import { DraftPreview } from './DraftPreview';

const asOf = day(AS_OF);
const SENDER = { ...DEFAULT_DRAFTS, company: 'Northwind Supplies', senderName: 'Ana Kowalska', paymentDetails: 'IBAN DE89 3704 0044 0532 0130 00' };

/** A real draft from the engine for an example customer at a step of the default ladder. */
function example(stepId: string, language: 'en' | 'pl' = 'en'): { action: Action; draft: Draft } {
  const action = exampleAction(language, stepId, asOf);
  const { draft } = draftAction(action, SENDER, NO_OVERRIDES, asOf);
  if (!draft) throw new Error(`no ${stepId} draft`);
  return { action, draft };
}

function renderDraft(action: Action, draft: Draft | null, deliveries: Deliveries, strings: Strings = en) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={strings}>
        <DeliveriesContext.Provider value={deliveries}>
          <DraftPreview action={action} draft={draft} file={draftFile(action, null)} />
        </DeliveriesContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>,
  );
}

/** Clicks a delivery button and lets its outcome render. */
async function press(name: string | RegExp, scope: HTMLElement = document.body) {
  await act(async () => fireEvent.click(within(scope).getByRole('button', { name })));
}

const statusText = (scope: HTMLElement = document.body) =>
  within(scope)
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');

async function refreshedPane(outcomes: FakeOutcomes = {}, drafts: Record<string, unknown> = {}) {
  const deliveries = fakeDeliveries(outcomes);
  await renderPane(createDesk(memoryHost(await draftingBook(drafts))), { deliveries });
  fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
  await screen.findByText(/invoices read from “Invoices”/);
  const acme = screen.getByRole('region', { name: 'Draft for Acme Ltd' });
  return { deliveries, acme };
}

describe('the draft preview', () => {
  it('shows each action’s email: to whom, the subject, and the message in a frame that can run nothing', async () => {
    const { acme } = await refreshedPane();
    expect(acme.textContent).toContain('Email draft');
    expect(acme.textContent).toContain('in English');
    const fields = Array.from(acme.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(fields).toEqual([
      ['Subject', expect.stringContaining('(Acme Ltd)')],
      ['To', 'ar@acme.test'],
    ]);
    expect(acme.querySelector('iframe')).toBeNull();

    const toggle = within(acme).getByRole('button', { name: 'Show message' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const frame = within(acme).getByTitle('Message to Acme Ltd') as HTMLIFrameElement;
    expect(within(acme).getByRole('button', { name: 'Hide message' }).getAttribute('aria-controls')).toBe(frame.id);
    // Sandboxed with no permission at all: no scripts, no same-origin access, no forms, no pop-ups.
    expect(frame.getAttribute('sandbox')).toBe('');
    const page = frame.getAttribute('srcdoc') ?? '';
    expect(page).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(page).toContain('INV-1');
    expect(page).toContain('Ana Kowalska');
    expect(page).not.toMatch(/<script/i);
    // Bolt has its own draft; both are emails, so both can go to Outlook at once.
    expect(screen.getByRole('region', { name: 'Draft for Bolt GmbH' }).textContent).toContain('pay@bolt.test');
  });

  it.each([
    ['clipboard-api', 'Copied with formatting (Clipboard API).'],
    ['exec-command', 'Copied with formatting (the browser’s copy command; the Clipboard API is not allowed here).'],
    ['none', 'Copying is not possible here. Use Save .eml or Open in Outlook instead.'],
  ] as const)('says which way Copy worked: %s', async (method, message) => {
    const { acme, deliveries } = await refreshedPane({ copy: method });
    await press('Copy', acme);
    expect(statusText(acme)).toContain(message);
    expect(deliveries.calls).toContainEqual(['copy', expect.stringMatching(/^2026-11-30-/)]);
    expect(within(acme).queryByRole('textbox')).toBeNull();
  });

  it('falls back to a selected text box to copy by hand, and says so', async () => {
    const { acme } = await refreshedPane({ copy: 'manual' });
    await press('Copy', acme);
    expect(statusText(acme)).toContain('This window does not allow copying automatically. The message is selected in the box below');
    const box = within(acme).getByRole('textbox', { name: 'The message text, selected: press Ctrl+C to copy it' }) as HTMLTextAreaElement;
    expect(box.value).toContain('Dear');
    expect(box.readOnly).toBe(true);
    // The box goes once the user moves on to another way.
    await press('Save .eml', acme);
    expect(within(acme).queryByRole('textbox')).toBeNull();
  });

  it('opens a draft that fits as a mail link, and says so', async () => {
    const opened = await refreshedPane({ mailto: { kind: 'opened' } });
    await press('Open in Outlook', opened.acme);
    expect(statusText(opened.acme)).toContain('Your mail program was asked to open the message (a mail link).');
  });

  it('says a mail link would be too long, by how much, and points at Save .eml', async () => {
    const { acme, deliveries } = await refreshedPane({ mailto: { kind: 'too-long', length: 2305, budget: 1800 } });
    await press('Open in Outlook', acme);
    expect(statusText(acme)).toContain('Too long for a mail link: it would be 2,305 characters, over the 1,800 that mail programs take');
    await press('Save .eml instead', acme);
    expect(deliveries.calls.map((c) => c[0])).toEqual(['mailto', 'saveEml']);
    expect(statusText(acme)).toContain('Saved “2026-11-30-Acme-Ltd-notice-1.eml” to your downloads.');
  });

  it('names the attached statement, and says a mail link or a copy leaves it out', async () => {
    const { acme } = await refreshedPane({ mailto: { kind: 'opened' }, copy: 'exec-command' }, { attachStatement: true });
    const fields = Array.from(acme.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(fields).toContainEqual(['Attached', 'statement-Acme-Ltd.csv']);
    await press('Open in Outlook', acme);
    expect(statusText(acme)).toContain('The attachment is not included this way: attach it yourself, or use Save .eml, which carries it.');
    await press('Copy', acme);
    expect(statusText(acme)).toContain('Copied with formatting (the browser’s copy command');
    expect(statusText(acme)).toContain('The attachment is not included this way');
  });

  it.each([
    [{ kind: 'blocked', detail: 'the window was blocked' }, 'The mail link was blocked in this window. Use Save .eml or Copy instead.'],
    [{ kind: 'invalid-address', detail: 'To: "x@" is not a usable email address (no domain).' }, 'is not a usable email address (no domain).'],
  ] as const)('explains a mail link that could not be used: %o', async (outcome, message) => {
    const { acme } = await refreshedPane({ mailto: outcome });
    await press('Open in Outlook', acme);
    expect(statusText(acme)).toContain(message);
  });

  it('saves the .eml as a download, and says where it went', async () => {
    const downloaded = await refreshedPane();
    await press('Save .eml', downloaded.acme);
    expect(statusText(downloaded.acme)).toContain('Saved “2026-11-30-Acme-Ltd-notice-1.eml” to your downloads. Open it: Outlook shows it as a draft');
    expect(downloaded.deliveries.calls).toContainEqual(['saveEml', expect.any(String), '2026-11-30-Acme-Ltd-notice-1']);
  });

  it('offers the .eml as a data: link where the window blocks downloads', async () => {
    const href = 'data:message/rfc822;base64,RGF0ZTog';
    const { acme } = await refreshedPane({ saveEml: (file) => ({ kind: 'link', fileName: `${file.baseName}.eml`, href }) });
    await press('Save .eml', acme);
    expect(statusText(acme)).toContain('This window does not allow downloads, so the file is a link below instead');
    const link = within(acme).getByRole('link', { name: 'Save 2026-11-30-Acme-Ltd-notice-1.eml' });
    expect(link.getAttribute('href')).toBe(href);
    expect(link.getAttribute('download')).toBe('2026-11-30-Acme-Ltd-notice-1.eml');
  });

  it('explains an .eml that could not be made', async () => {
    const { acme } = await refreshedPane({ saveEml: () => ({ kind: 'failed', detail: 'Message-ID domain: "-" is not valid.' }) });
    await press('Save .eml', acme);
    expect(statusText(acme)).toContain('The file could not be made.');
    expect(statusText(acme)).toContain('Message-ID domain');
  });

  it('prints a letter, or hands it over as a file where the window cannot print, and says which', async () => {
    const { action, draft } = example('demand');
    expect(draft.kind).toBe('letter');
    const deliveries = fakeDeliveries();
    const { container, unmount } = renderDraft(action, draft, deliveries);
    expect(container.textContent).toContain('Letter');
    expect(within(container).queryByRole('button', { name: 'Open in Outlook' })).toBeNull();
    await press('Print letter', container);
    expect(statusText(container)).toContain('The letter went to the print dialog');
    await press('Save .html', container);
    expect(statusText(container)).toContain('Saved “2026-11-30-Northwind-Traders-Ltd-demand.html” to your downloads. Open it in a browser and print it.');
    fireEvent.click(within(container).getByRole('button', { name: 'Show message' }));
    const frame = within(container).getByTitle('Message to Northwind Traders Ltd');
    expect(frame.getAttribute('srcdoc')).toMatch(/^<!DOCTYPE html>[\s\S]*<head>\n<meta http-equiv="Content-Security-Policy"/);
    unmount();

    const cannotPrint = fakeDeliveries({ printLetter: (file) => ({ kind: 'link', fileName: `${file.baseName}.html`, href: 'data:text/html;base64,PGh0bWw+' }) });
    const again = renderDraft(action, draft, cannotPrint);
    await press('Print letter', again.container);
    expect(statusText(again.container)).toContain('This window cannot print, so the letter is a file instead');
    expect(within(again.container).getByRole('link', { name: 'Save 2026-11-30-Northwind-Traders-Ltd-demand.html' })).toBeTruthy();
  });

  it('shows a call script and a hand-off note as text for the clerk, to copy', async () => {
    for (const [step, kind] of [['call-1', 'Call script'], ['legal', 'Hand-off note']] as const) {
      const { action, draft } = example(step);
      expect(draft.kind).toBe('call-script');
      const { container, unmount } = renderDraft(action, draft, fakeDeliveries());
      expect(container.textContent).toContain(kind);
      expect(within(container).getAllByRole('button').map((b) => b.textContent)).toEqual(['Show message', 'Copy']);
      fireEvent.click(within(container).getByRole('button', { name: 'Show message' }));
      const text = within(container).getByLabelText(kind);
      expect(text.tagName).toBe('PRE');
      expect(text.textContent).toBe(draft.text);
      unmount();
    }
  });

  it('shows the language note when the draft is not in the customer’s language', async () => {
    const action = exampleAction('en', 'notice-1', asOf);
    const german = { ...action, invoices: action.invoices.map((p) => ({ ...p, invoice: { ...p.invoice, language: 'de' } })) };
    const { draft } = draftAction(german, SENDER, NO_OVERRIDES, asOf);
    expect(draft?.languageNote).toBeTruthy();
    const { container } = renderDraft(german, draft, fakeDeliveries());
    const fields = Array.from(container.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(fields).toContainEqual(['Language', draft?.languageNote]);
  });

  it('says why there are no drafts: the settings to fill in, once', async () => {
    await renderPane(createDesk(memoryHost(sampleBook())), { deliveries: fakeDeliveries() });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
    await screen.findByText(/invoices read from/);
    expect(screen.getByText('Reminder drafts need your settings')).toBeTruthy();
    expect(screen.getByText(/fill in Company and Sender name in Dunning settings to draft today's 2 reminders/)).toBeTruthy();
    // Said once above, not twenty times: the card only says it has no draft.
    expect(screen.getByRole('region', { name: 'Draft for Acme Ltd' }).textContent).toBe('No draft for this action. ');
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Outlook drafts' })).toBeNull();
  });

  it('says why one action has no draft: the problem the refresh found with it', async () => {
    const rows = invoiceRows().map((row) => (row[1] === 'Bolt GmbH' ? [...row.slice(0, 6), 'pay@@bolt'] : row));
    await renderPane(createDesk(memoryHost(await draftingBook({}, rows))), { deliveries: fakeDeliveries() });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
    await screen.findByText(/invoices read from/);
    const bolt = screen.getByRole('region', { name: 'Draft for Bolt GmbH' });
    expect(bolt.textContent).toMatch(/^No draft for this action\. Bolt GmbH, notice-1: "pay@@bolt" \(invoice sheet row 4\) is not a valid email address; no email drafted$/);
    expect(screen.getByRole('region', { name: 'Draft for Acme Ltd' }).textContent).toContain('Email draft');
    // Only Acme's email can go to Outlook.
    expect(within(screen.getByRole('region', { name: 'Outlook drafts' })).getByRole('button', { name: 'Create 1 Outlook draft' })).toBeTruthy();
  });

  it('speaks the display language', async () => {
    const { action, draft } = example('notice-1', 'pl');
    const { container } = renderDraft(action, draft, fakeDeliveries({ copy: 'exec-command' }), ru);
    expect(container.textContent).toContain('Черновик письма');
    expect(container.textContent).toContain('польский');
    await press('Копировать', container);
    expect(statusText(container)).toContain('Скопировано с оформлением (команда копирования браузера');
    expect(within(container).getByRole('button', { name: 'Сохранить .eml' })).toBeTruthy();
  });

  it('labels every control of the draft view, with a message open and an outcome shown', async () => {
    const { acme } = await refreshedPane({ copy: 'manual', graph: () => ({ kind: 'done', created: [], failed: [] }) });
    fireEvent.click(within(acme).getByRole('button', { name: 'Show message' }));
    await press('Copy', acme);
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    // Colour contrast needs real rendering (the Chromium test checks it); frames are scanned there too.
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } }, iframes: false });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
