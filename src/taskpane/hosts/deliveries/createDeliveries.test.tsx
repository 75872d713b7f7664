/**
 * The pane's deliveries over the real Outlook adapter (copy, mail link, .eml, Graph with MSAL
 * sign-in), on a fake platform and a fake Graph: what each way does, and what it reports.
 */
import { simpleParser } from 'mailparser';
import { setImmediate } from 'node:timers';
import type { FetchLike } from '../../../adapters/outlook/fetchLike';
import type { MsalModule } from '../../../adapters/outlook/msalTokenProvider';
import type { Draft } from '../../../domain/draft';
import { localDate } from '../../../domain/localDate';
import type { CopyTarget, DraftFile } from '../../deliveries';
import { createDeliveries, type DeliveryLoaders } from './createDeliveries';
import type { DeliveryPlatform } from './platform';

// mailparser schedules with Node's setImmediate, which jsdom's window does not carry.
Object.assign(globalThis, { setImmediate: globalThis.setImmediate ?? setImmediate });

const CLIENT_ID = '2b0a6a8e-7c1d-4e5f-9a3b-1c2d3e4f5a6b';
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOi.SECRET-ACCESS-TOKEN.signature';
const FILE: DraftFile = { baseName: '2026-11-30-Acme-Ltd-notice-1', date: localDate(2026, 11, 30)!, messageIdDomain: 'northwind.example' };

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    actionId: '2026-11-30-0a1b2c3d',
    kind: 'email',
    to: ['ar@acme.test'],
    cc: [],
    replyTo: 'ar@northwind.example',
    subject: 'Überfällige Zahlung — INV-1',
    text: 'Dear Acme,\n\nINV-1 is overdue.\n\nRegards,\nAna',
    html: '<p>Dear Acme,</p><p>INV-1 is overdue.</p>',
    language: 'en',
    languageNote: null,
    attachments: [],
    ...overrides,
  };
}

interface Recorded {
  downloads: Array<{ name: string; text: string; type: string }>;
  mailto: string[];
  webLinks: string[];
  requests: Array<{ url: string; authorization: string; body: string }>;
}

/** A Graph that answers each $batch from the script, recording what it was sent. */
function fakeGraph(answer: (requests: Array<{ id: string }>) => { status: number; body: unknown }, recorded: Recorded): FetchLike {
  return async (url, init) => {
    recorded.requests.push({ url, authorization: init.headers.Authorization ?? '', body: init.body ?? '' });
    const { requests } = JSON.parse(init.body ?? '{}') as { requests: Array<{ id: string }> };
    const { status, body } = answer(requests);
    return { status, headers: { get: () => null }, text: async () => JSON.stringify(body) };
  };
}

const fakeMsal: MsalModule = {
  async createNestablePublicClientApplication() {
    return {
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
      acquireTokenSilent: async () => ({ accessToken: TOKEN, account: { homeAccountId: 'uid.tid', username: 'ana@northwind.example' } }),
      ssoSilent: async () => {
        throw new Error('unexpected');
      },
      acquireTokenPopup: async () => {
        throw new Error('unexpected');
      },
    };
  },
};

const loaders: DeliveryLoaders = {
  outlook: () => import('./outlookKit'),
  graph: () => import('./graphKit'),
  msal: async () => fakeMsal,
};

function platform(options: Partial<DeliveryPlatform> & { graph?: FetchLike } = {}): { platform: DeliveryPlatform; recorded: Recorded } {
  const recorded: Recorded = { downloads: [], mailto: [], webLinks: [], requests: [] };
  const { graph, ...rest } = options;
  return {
    recorded,
    platform: {
      document,
      downloads: 'blob',
      download: (name, bytes, type) => recorded.downloads.push({ name, text: new TextDecoder().decode(bytes), type }),
      canPrint: false,
      openMailto: (url) => (recorded.mailto.push(url), true),
      openWebLink: (url) => recorded.webLinks.push(url),
      ...(graph ? { signIn: { fetch: graph, redirectUri: 'https://localhost:3000/taskpane.html' } } : {}),
      ...rest,
    },
  };
}

function copyTarget(): CopyTarget {
  const box = document.createElement('div');
  document.body.appendChild(box);
  return { box, label: 'Текст письма выделен: нажмите Ctrl+C, чтобы скопировать' };
}

describe('the pane’s deliveries over the Outlook adapter', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('copies through the Clipboard API when the browser allows it', async () => {
    const written: Array<Record<string, string>> = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    Object.assign(window, { ClipboardItem: FakeClipboardItem });
    Object.defineProperty(window.navigator, 'clipboard', {
      configurable: true,
      value: {
        write: async (items: FakeClipboardItem[]) => {
          const texts: Record<string, string> = {};
          for (const [type, blob] of Object.entries(items[0].items)) texts[type] = new TextDecoder().decode(await blob.arrayBuffer());
          written.push(texts);
        },
      },
    });
    try {
      const { platform: p } = platform();
      const outcome = await createDeliveries(p, loaders).copy(draft(), copyTarget());
      expect(outcome).toEqual({ method: 'clipboard-api', problems: [] });
      expect(written).toEqual([{ 'text/plain': draft().text, 'text/html': draft().html }]);
    } finally {
      Reflect.deleteProperty(window.navigator, 'clipboard');
      Reflect.deleteProperty(window, 'ClipboardItem');
    }
  });

  it('falls back to a selected text box, named in the pane’s language, when nothing may copy', async () => {
    const { platform: p } = platform();
    const target = copyTarget();
    const outcome = await createDeliveries(p, loaders).copy(draft(), target);
    // jsdom has neither the Clipboard API nor execCommand('copy'), like a locked-down webview.
    expect(outcome.method).toBe('manual');
    expect(outcome.problems).toEqual([expect.stringMatching(/^clipboard-api: /), expect.stringMatching(/^exec-command: /)]);
    const box = target.box.querySelector('textarea');
    expect(box?.value).toBe(draft().text);
    expect(box?.getAttribute('aria-label')).toBe(target.label);
    expect(document.activeElement).toBe(box);
    // A second copy replaces the box rather than adding another.
    await createDeliveries(p, loaders).copy(draft(), target);
    expect(target.box.querySelectorAll('textarea')).toHaveLength(1);
  });

  it('opens a short draft as a mail link, and says a long one is too long, by how much, opening nothing', async () => {
    const { platform: p, recorded } = platform();
    const deliveries = createDeliveries(p, loaders);
    expect(await deliveries.mailto(draft())).toEqual({ kind: 'opened' });
    expect(recorded.mailto).toEqual([expect.stringMatching(/^mailto:ar@acme\.test\?subject=%C3%9Cberf%C3%A4llige%20Zahlung/)]);

    const long = await deliveries.mailto(draft({ text: 'x'.repeat(2000) }));
    expect(long).toEqual({ kind: 'too-long', length: expect.any(Number), budget: 1800 });
    expect(long.kind === 'too-long' && long.length).toBeGreaterThan(2000);
    expect(recorded.mailto).toHaveLength(1);
  });

  it('says when the host blocked the mail link', async () => {
    const { platform: p } = platform({ openMailto: () => false });
    expect(await createDeliveries(p, loaders).mailto(draft())).toEqual({ kind: 'blocked', detail: expect.any(String) });
  });

  it('saves an .eml that an independent MIME parser reads back, as a download or as a data: link', async () => {
    const { platform: p, recorded } = platform();
    expect(await createDeliveries(p, loaders).saveEml(draft(), FILE)).toEqual({ kind: 'downloaded', fileName: '2026-11-30-Acme-Ltd-notice-1.eml' });
    const [file] = recorded.downloads;
    expect([file.name, file.type]).toEqual(['2026-11-30-Acme-Ltd-notice-1.eml', 'message/rfc822']);
    const mail = await simpleParser(file.text);
    expect(mail.subject).toBe('Überfällige Zahlung — INV-1');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text?.trim()).toBe(draft().text);
    expect(mail.messageId).toMatch(/@northwind\.example>$/);

    const desktop = platform({ downloads: 'data-link' });
    const link = await createDeliveries(desktop.platform, loaders).saveEml(draft(), FILE);
    expect(desktop.recorded.downloads).toEqual([]);
    if (link.kind !== 'link') throw new Error(`expected a link, got ${link.kind}`);
    expect(link.href).toMatch(/^data:message\/rfc822;base64,/);
    const decoded = Buffer.from(link.href.split(',')[1], 'base64').toString('utf8');
    expect(decoded).toBe(file.text);
  });

  it('explains an .eml that cannot be written safely instead of making a broken file', async () => {
    const { platform: p, recorded } = platform();
    const outcome = await createDeliveries(p, loaders).saveEml(draft({ to: ['not an address'] }), FILE);
    expect(outcome).toEqual({ kind: 'failed', detail: expect.stringContaining('is not a usable email address') });
    expect(recorded.downloads).toEqual([]);
  });

  it('hands a letter over as an .html file where the window cannot print', async () => {
    const { platform: p, recorded } = platform({ canPrint: false });
    const letter = draft({ kind: 'letter', html: '<!DOCTYPE html><html><head><title>Demand</title></head><body><p>Letter</p></body></html>' });
    expect(await createDeliveries(p, loaders).printLetter(letter, FILE)).toEqual({ kind: 'downloaded', fileName: '2026-11-30-Acme-Ltd-notice-1.html' });
    expect(recorded.downloads.map((d) => [d.name, d.type, d.text])).toEqual([['2026-11-30-Acme-Ltd-notice-1.html', 'text/html;charset=utf-8', letter.html]]);
  });

  it('offers no Outlook drafts where nobody can sign in', () => {
    expect(createDeliveries(platform().platform, loaders).createOutlookDrafts).toBeUndefined();
  });

  it('creates Outlook drafts through Graph with the signed-in token, and reports each', async () => {
    const recorded: Recorded = { downloads: [], mailto: [], webLinks: [], requests: [] };
    const graph = fakeGraph(
      (requests) => ({
        status: 200,
        body: {
          responses: requests.map((r) =>
            r.id === '2'
              ? { id: r.id, status: 400, headers: {}, body: { error: { code: 'ErrorInvalidRecipients', message: 'The recipient is not valid.' } } }
              : { id: r.id, status: 201, headers: {}, body: { id: `AAMk-${r.id}`, webLink: `https://outlook.office365.com/owa/?ItemID=${r.id}` } },
          ),
        },
      }),
      recorded,
    );
    const { platform: p, recorded: opened } = platform({ graph });
    const deliveries = createDeliveries(p, loaders);
    const outcome = await deliveries.createOutlookDrafts!([draft({ actionId: 'a-1' }), draft({ actionId: 'a-2' })], { clientId: CLIENT_ID });
    expect(outcome).toEqual({
      kind: 'done',
      created: [{ actionId: 'a-1', webLink: 'https://outlook.office365.com/owa/?ItemID=1' }],
      failed: [{ actionId: 'a-2', message: expect.stringContaining('ErrorInvalidRecipients') }],
    });
    expect(recorded.requests.map((r) => [r.url, r.authorization])).toEqual([['https://graph.microsoft.com/v1.0/$batch', `Bearer ${TOKEN}`]]);
    deliveries.openWebLink('javascript:alert(1)');
    deliveries.openWebLink('https://outlook.office365.com/owa/?ItemID=1');
    expect(opened.webLinks).toEqual(['https://outlook.office365.com/owa/?ItemID=1']);
  });

  it('turns a 401 into “sign in again” with what was created, never carrying the token', async () => {
    const recorded: Recorded = { downloads: [], mailto: [], webLinks: [], requests: [] };
    // A Graph that echoes the token back in its error, as a misbehaving proxy might.
    const graph = fakeGraph(() => ({ status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: `Access token ${TOKEN} has expired.` } } }), recorded);
    const { platform: p } = platform({ graph });
    const outcome = await createDeliveries(p, loaders).createOutlookDrafts!([draft({ actionId: 'a-1' }), draft({ actionId: 'a-2' })], { clientId: CLIENT_ID });
    expect(outcome).toEqual({
      kind: 'stopped',
      reason: 'sign-in-again',
      detail: expect.stringContaining('401 InvalidAuthenticationToken'),
      created: [],
      failed: [],
      notCreated: ['a-1', 'a-2'],
    });
    expect(JSON.stringify(outcome)).not.toContain('SECRET-ACCESS-TOKEN');
  });

  it('turns a 403 into “permission needed”', async () => {
    const recorded: Recorded = { downloads: [], mailto: [], webLinks: [], requests: [] };
    const graph = fakeGraph(() => ({ status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } } }), recorded);
    const outcome = await createDeliveries(platform({ graph }).platform, loaders).createOutlookDrafts!([draft()], { clientId: CLIENT_ID });
    expect(outcome).toMatchObject({ kind: 'stopped', reason: 'permission', notCreated: [draft().actionId] });
  });

  it('says sign-in is not set up when the client id is not one, sending nothing', async () => {
    const recorded: Recorded = { downloads: [], mailto: [], webLinks: [], requests: [] };
    const graph = fakeGraph(() => ({ status: 500, body: null }), recorded);
    const outcome = await createDeliveries(platform({ graph }).platform, loaders).createOutlookDrafts!([draft()], { clientId: 'not-a-guid' });
    expect(outcome).toEqual({ kind: 'sign-in', problem: 'not-configured', detail: expect.stringContaining('application (client) id') });
    expect(recorded.requests).toEqual([]);
  });

  it('says sign-in could not start when MSAL cannot be loaded (offline)', async () => {
    const recorded: Recorded = { downloads: [], mailto: [], webLinks: [], requests: [] };
    const graph = fakeGraph(() => ({ status: 500, body: null }), recorded);
    const offline: DeliveryLoaders = { ...loaders, msal: () => Promise.reject(new Error('ChunkLoadError: Loading chunk msal failed')) };
    const outcome = await createDeliveries(platform({ graph }).platform, offline).createOutlookDrafts!([draft()], { clientId: CLIENT_ID });
    expect(outcome).toEqual({ kind: 'sign-in', problem: 'unavailable', detail: expect.any(String) });
  });
});
