import type { ClipboardHost } from '../../../adapters/outlook/copyDraft';
import type { MsalModule } from '../../../adapters/outlook/msalTokenProvider';
import type { TokenProvider } from '../../../adapters/outlook/tokenProvider';
import type { Draft } from '../../../domain/draft';
import type { Deliveries, DraftFile, GraphOutcome, SaveOutcome, SignInProblem } from '../../deliveries';
import type { DeliveryPlatform } from './platform';
import { printPage } from './printPage';

type OutlookKit = typeof import('./outlookKit');
type GraphKit = typeof import('./graphKit');

/** Where the delivery code comes from: lazy chunks in the pane, the modules themselves in tests. */
export interface DeliveryLoaders {
  outlook(): Promise<OutlookKit>;
  graph(): Promise<GraphKit>;
  msal(): Promise<MsalModule>;
}

export const chunkLoaders: DeliveryLoaders = {
  outlook: () => import(/* webpackChunkName: "outlook" */ './outlookKit'),
  graph: () => import(/* webpackChunkName: "graph" */ './graphKit'),
  msal: () => import(/* webpackChunkName: "msal" */ '@azure/msal-browser'),
};

/**
 * A module loaded once; `now()` gives it without waiting once it has arrived, so a click can use
 * it within the click (the clipboard and new windows are only allowed there). A failed load is
 * forgotten, so the next click tries again.
 */
function lazy<T>(load: () => Promise<T>) {
  let value: T | undefined;
  let pending: Promise<T> | null = null;
  const get = (): Promise<T> => {
    if (!pending) {
      const started = load().then((loaded) => (value = loaded));
      started.catch(() => {
        if (pending === started) pending = null;
      });
      pending = started;
    }
    return pending;
  };
  return { get, now: () => value };
}

/** Runs `use` at once when the module is here (still inside the click), else after loading it. */
function withModule<T, R>(module: { get(): Promise<T>; now(): T | undefined }, use: (loaded: T) => R | Promise<R>): Promise<R> {
  const loaded = module.now();
  if (loaded !== undefined) {
    try {
      return Promise.resolve(use(loaded));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return module.get().then(use);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

/** The Outlook adapter's errors, recognised by their code so this file does not load the adapter. */
function outlookCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (name === 'OutlookError' || name === 'GraphAccessError') && typeof code === 'string' ? code : null;
}

const SIGN_IN_PROBLEMS: Readonly<Record<string, SignInProblem>> = {
  'sign-in-not-configured': 'not-configured',
  'sign-in-unavailable': 'unavailable',
  'sign-in-cancelled': 'cancelled',
  'sign-in-popup-blocked': 'popup-blocked',
  'sign-in-failed': 'failed',
};

interface AccessError {
  message: string;
  created: ReadonlyArray<{ actionId: string; webLink: string | null }>;
  failed: ReadonlyArray<{ actionId: string; message: string }>;
  notCreated: readonly string[];
}

/** A Graph run that did not finish, as an outcome the pane can explain. The token is never in any of it. */
function graphFailure(error: unknown): GraphOutcome {
  const code = outlookCode(error);
  if (code === 'graph-sign-in-again' || code === 'graph-permission') {
    const access = error as AccessError;
    return {
      kind: 'stopped',
      reason: code === 'graph-sign-in-again' ? 'sign-in-again' : 'permission',
      detail: access.message,
      created: access.created.map(({ actionId, webLink }) => ({ actionId, webLink })),
      failed: access.failed.map(({ actionId, message }) => ({ actionId, message })),
      notCreated: [...access.notCreated],
    };
  }
  const problem = code === null ? undefined : SIGN_IN_PROBLEMS[code];
  if (problem) return { kind: 'sign-in', problem, detail: messageOf(error) };
  return { kind: 'error', detail: messageOf(error) };
}

/**
 * The pane's deliveries over the Outlook adapter and a platform (hosts/deliveries/browserPlatform.ts,
 * officePlatform.ts). Each way says what happened: which copy method worked, why a mail link was
 * not made, whether the file was downloaded or offered as a link.
 */
export function createDeliveries(platform: DeliveryPlatform, loaders: DeliveryLoaders = chunkLoaders): Deliveries {
  const outlook = lazy(loaders.outlook);
  const graph = lazy(loaders.graph);
  const tokenProviders = new Map<string, TokenProvider>();

  const handOver = (baseName: string, extension: string, text: string, type: string): SaveOutcome => {
    const fileName = `${baseName}${extension}`;
    const bytes = utf8(text);
    if (platform.downloads === 'blob') {
      platform.download(fileName, bytes, type);
      return { kind: 'downloaded', fileName };
    }
    return { kind: 'link', fileName, href: `data:${type};base64,${base64(bytes)}` };
  };

  const letterFile = (draft: Draft, file: DraftFile) => handOver(file.baseName, '.html', draft.html, 'text/html;charset=utf-8');

  const deliveries: Deliveries = {
    prepare() {
      outlook.get().catch(() => undefined);
    },

    async copy(draft, target) {
      const result = await withModule(outlook, (kit) => {
        const dom = kit.clipboardDom(platform.document, target.box);
        const host: ClipboardHost = {
          writeRich: (text, html) => dom.writeRich(text, html),
          execCommandCopy: (text, html) => dom.execCommandCopy(text, html),
          showForManualCopy(text) {
            target.box.replaceChildren();
            dom.showForManualCopy(text);
            // The adapter's label is English; the pane names the box in its own language.
            target.box.querySelector('textarea')?.setAttribute('aria-label', target.label);
          },
        };
        return kit.copyDraft(draft, host);
      });
      return { method: result.method, problems: result.problems };
    },

    mailto(draft) {
      return withModule(outlook, (kit) => {
        const link = kit.mailtoLink(draft);
        if (!link.ok) {
          return link.code === 'too-long'
            ? { kind: 'too-long' as const, length: link.length, budget: kit.MAILTO_BUDGET }
            : { kind: 'invalid-address' as const, detail: link.reason };
        }
        return platform.openMailto(link.url) ? { kind: 'opened' as const } : { kind: 'blocked' as const, detail: 'the window for the mail link was blocked' };
      });
    },

    saveEml(draft, file) {
      return withModule(outlook, (kit): SaveOutcome => {
        let eml: string;
        try {
          eml = kit.draftToEml(draft, { date: file.date, messageIdDomain: file.messageIdDomain });
        } catch (error) {
          return { kind: 'failed', detail: messageOf(error) };
        }
        return handOver(file.baseName, '.eml', eml, 'message/rfc822');
      });
    },

    async printLetter(draft, file) {
      if (platform.canPrint && (await printPage(platform.document, draft.html))) return { kind: 'print-dialog' };
      return letterFile(draft, file);
    },

    async saveLetter(draft, file) {
      return letterFile(draft, file);
    },

    openWebLink(url) {
      // Only Graph's own https links are opened: nothing else may leave the pane this way.
      if (/^https:\/\//i.test(url)) platform.openWebLink(url);
    },
  };

  const signIn = platform.signIn;
  if (signIn) {
    deliveries.createOutlookDrafts = async (drafts, { clientId }) => {
      let kit: GraphKit;
      try {
        kit = await graph.get();
      } catch (error) {
        return { kind: 'sign-in', problem: 'unavailable', detail: messageOf(error) };
      }
      // One provider per app registration for the pane's life: after the first sign-in it is silent.
      let tokenProvider = tokenProviders.get(clientId);
      if (!tokenProvider) {
        tokenProvider = kit.msalTokenProvider({ clientId, loadMsal: loaders.msal, redirectUri: signIn.redirectUri, loginHint: signIn.loginHint });
        tokenProviders.set(clientId, tokenProvider);
      }
      try {
        const result = await kit.graphDrafts({ fetch: signIn.fetch, tokenProvider }).create(drafts);
        return {
          kind: 'done',
          created: result.created.map(({ actionId, webLink }) => ({ actionId, webLink })),
          failed: result.failed.map(({ actionId, message }) => ({ actionId, message })),
        };
      } catch (error) {
        return graphFailure(error);
      }
    };
  }
  return deliveries;
}
