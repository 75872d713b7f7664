import { act, fireEvent, screen, within } from '@testing-library/react';
import { createDesk, draftingBook, memoryHost, renderPane } from '../../../test/dom/paneHarness';
import { type FakeOutcomes, fakeDeliveries } from '../../../test/dom/fakeDeliveries';
import type { Draft } from '../../domain/draft';
import type { GraphOutcome } from '../deliveries';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';

/** The pane refreshed on the sample with drafting settings: two email drafts, Acme's and Bolt's. */
async function pane(outcomes: FakeOutcomes, settings: Record<string, unknown> = { graphClientId: CLIENT_ID }) {
  const deliveries = fakeDeliveries(outcomes);
  await renderPane(createDesk(memoryHost(await draftingBook(settings))), { deliveries });
  fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
  await screen.findByText(/invoices read from “Invoices”/);
  const panel = screen.getByRole('region', { name: 'Outlook drafts' });
  return { deliveries, panel };
}

const byCustomer = (drafts: readonly Draft[], customer: string) => drafts.find((d) => d.subject.includes(customer))!;

async function create(panel: HTMLElement, name: string | RegExp = 'Create 2 Outlook drafts') {
  await act(async () => fireEvent.click(within(panel).getByRole('button', { name })));
}

const results = (panel: HTMLElement) => within(panel).getAllByRole('listitem').map((li) => li.textContent);

describe('Create Outlook drafts', () => {
  it('creates every email draft at once and reports each', async () => {
    const { deliveries, panel } = await pane({
      graph: (drafts) => ({ kind: 'done', created: drafts.map((d, i) => ({ actionId: d.actionId, webLink: `https://outlook.office.com/mail/drafts/id/${i}` })), failed: [] }),
    });
    expect(panel.textContent).toContain('Nothing is sent.');
    await create(panel);
    const [call] = deliveries.calls.filter((c) => c[0] === 'createOutlookDrafts');
    expect(call).toHaveLength(4);
    expect(call[1]).toBe(CLIENT_ID);
    expect(within(panel).getByRole('status').textContent).toContain('2 drafts created in your Outlook Drafts folder');
    expect(results(panel)).toEqual([expect.stringMatching(/^Acme Ltd — created/), expect.stringMatching(/^Bolt GmbH — created/)]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Open the draft for Bolt GmbH in Outlook on the web' }));
    expect(deliveries.calls).toContainEqual(['openWebLink', 'https://outlook.office.com/mail/drafts/id/1']);
    // Created once: pressing again would leave duplicates in the Drafts folder, so it is off and says why.
    const again = within(panel).getByRole('button', { name: 'Create 0 Outlook drafts' });
    expect(again.getAttribute('aria-disabled')).toBe('true');
    expect(panel.textContent).toContain('All 2 drafts are in your Outlook Drafts folder.');
  });

  it('reports a partial success draft by draft, and offers only the failed ones again', async () => {
    const { deliveries, panel } = await pane({
      graph: (drafts): GraphOutcome => {
        const acme = byCustomer(drafts, 'Acme Ltd');
        const bolt = byCustomer(drafts, 'Bolt GmbH');
        if (!acme) return { kind: 'done', created: [{ actionId: bolt.actionId, webLink: null }], failed: [] };
        return {
          kind: 'done',
          created: [{ actionId: acme.actionId, webLink: null }],
          failed: [{ actionId: bolt.actionId, message: 'Outlook refused this draft (400 ErrorInvalidRecipients): The recipient is not valid.' }],
        };
      },
    });
    await create(panel);
    const status = within(panel).getByRole('status');
    expect(status.textContent).toContain('1 draft created, 1 failed');
    expect(results(panel)).toEqual(['Acme Ltd — created', 'Bolt GmbH — failed: Outlook refused this draft (400 ErrorInvalidRecipients): The recipient is not valid.']);
    await create(panel, 'Create 1 Outlook draft');
    const calls = deliveries.calls.filter((c) => c[0] === 'createOutlookDrafts');
    expect(calls[1]).toHaveLength(3);
    expect(within(panel).getByRole('status').textContent).toContain('1 draft created in your Outlook Drafts folder');
  });

  it('stops on 401 with “sign in again”, keeps what was created, and creates only the rest after signing in', async () => {
    let attempt = 0;
    const { deliveries, panel } = await pane({
      graph: (drafts): GraphOutcome => {
        attempt++;
        if (attempt === 1) {
          const [first, ...rest] = drafts;
          return {
            kind: 'stopped',
            reason: 'sign-in-again',
            detail: 'Outlook did not accept your sign-in (401 InvalidAuthenticationToken): it has expired or was revoked. Sign in again, then create the remaining drafts. 1 draft was created before this and are in your Drafts folder; the others were not.',
            created: [{ actionId: first.actionId, webLink: null }],
            failed: [],
            notCreated: rest.map((d) => d.actionId),
          };
        }
        return { kind: 'done', created: drafts.map((d) => ({ actionId: d.actionId, webLink: null })), failed: [] };
      },
    });
    await create(panel);
    const status = within(panel).getByRole('status');
    expect(within(status).getByText('Sign in again')).toBeTruthy();
    expect(status.textContent).toContain('401 InvalidAuthenticationToken');
    expect(results(panel)).toEqual(['Acme Ltd — created', 'Bolt GmbH — not created yet']);
    await create(panel, 'Sign in and create the remaining 1');
    const calls = deliveries.calls.filter((c) => c[0] === 'createOutlookDrafts');
    expect(calls).toHaveLength(2);
    expect(calls[1].slice(2)).toEqual([calls[0][3]]);
    expect(within(panel).getByRole('status').textContent).toContain('1 draft created in your Outlook Drafts folder');
    expect(panel.textContent).toContain('All 2 drafts are in your Outlook Drafts folder.');
  });

  it('explains a 403: an administrator must grant the permission', async () => {
    const { panel } = await pane({
      graph: (drafts) => ({ kind: 'stopped', reason: 'permission', detail: 'Outlook refused to create drafts in your mailbox (403 ErrorAccessDenied).', created: [], failed: [], notCreated: drafts.map((d) => d.actionId) }),
    });
    await create(panel);
    const status = within(panel).getByRole('status');
    expect(within(status).getByText('Permission needed')).toBeTruthy();
    expect(status.textContent).toContain('must grant Dunning Desk the Mail.ReadWrite permission');
    expect(within(status).queryByRole('button', { name: /Sign in and create/ })).toBeNull();
  });

  it.each([
    ['cancelled', 'Sign-in was cancelled'],
    ['popup-blocked', 'The sign-in window was blocked'],
    ['unavailable', 'Sign-in could not start'],
  ] as const)('explains a sign-in that gave no token: %s', async (problem, title) => {
    const { panel } = await pane({ graph: () => ({ kind: 'sign-in', problem, detail: 'details' }) });
    await create(panel);
    expect(within(within(panel).getByRole('status')).getByText(title)).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Create 2 Outlook drafts' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('is off, and says how to switch it on, when no app registration is set', async () => {
    const { deliveries, panel } = await pane({ graph: () => ({ kind: 'done', created: [], failed: [] }) }, {});
    const button = within(panel).getByRole('button', { name: 'Create 2 Outlook drafts' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toContain('Microsoft Graph client id in the Dunning settings sheet');
    fireEvent.click(button);
    expect(deliveries.calls.filter((c) => c[0] === 'createOutlookDrafts')).toEqual([]);
  });

  it('is off in the standalone page, which cannot sign in to Microsoft 365', async () => {
    const { panel } = await pane({});
    const button = within(panel).getByRole('button', { name: 'Create 2 Outlook drafts' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Creating Outlook drafts needs Excel, where you are signed in to Microsoft 365: open Dunning Desk in Excel. Here, use Save .eml on each draft.',
    );
  });
});
