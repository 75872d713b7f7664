import { outlookErrors } from './outlookError';
import type { TokenProvider } from './tokenProvider';

/**
 * The few MSAL.js (@azure/msal-browser) members this provider uses, declared structurally so
 * the adapter compiles and is tested without the library, and the library (a few hundred KB)
 * is loaded only when someone actually creates Outlook drafts.
 */
export interface MsalAccount {
  homeAccountId: string;
  username: string;
}

export interface MsalAuthResult {
  accessToken: string;
  account: MsalAccount | null;
}

export interface MsalClient {
  getActiveAccount(): MsalAccount | null;
  getAllAccounts(): MsalAccount[];
  setActiveAccount(account: MsalAccount | null): void;
  /** `forceRefresh` skips MSAL's token cache: a network (or, under NAA, host) request for a new token. */
  acquireTokenSilent(request: { scopes: string[]; account?: MsalAccount; forceRefresh?: boolean }): Promise<MsalAuthResult>;
  /**
   * `forceRefresh` is not in MSAL's SsoSilentRequest type, but nested app authentication
   * answers ssoSilent from the same cache as acquireTokenSilent unless it is set (outside NAA
   * ssoSilent always asks the server and ignores it).
   */
  ssoSilent(request: { scopes: string[]; loginHint?: string; forceRefresh?: boolean }): Promise<MsalAuthResult>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<MsalAuthResult>;
}

export interface MsalModule {
  /** Nested app authentication inside Office when the host supports it; a normal public client otherwise. */
  createNestablePublicClientApplication(configuration: { auth: { clientId: string; authority?: string; redirectUri?: string } }): Promise<MsalClient>;
}

export interface MsalTokenProviderOptions {
  /** The Microsoft Entra app registration's application (client) id, from "Dunning settings". */
  clientId: string;
  /** Loads MSAL on first use; the host passes `() => import('@azure/msal-browser')`. */
  loadMsal: () => Promise<MsalModule>;
  /** Default https://login.microsoftonline.com/common (work and school accounts of any tenant). */
  authority?: string;
  /** Needed only for the popup fallback outside nested app authentication. */
  redirectUri?: string;
  /** The signed-in Office user's name (Office.auth.getAuthContext), letting ssoSilent pick the right account. */
  loginHint?: () => Promise<string | undefined>;
}

const noop = () => undefined;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A popup cannot help with these: the network or the sign-in service is unreachable. */
const NETWORK = new Set(['network_error', 'no_network_connectivity', 'endpoints_resolution_error', 'post_request_failed', 'get_request_failed']);
const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);

/** MSAL errors carry a stable errorCode; only that (sanitised) ever reaches a message, never MSAL's text. */
function errorCodeOf(error: unknown): string {
  const e = typeof error === 'object' && error !== null ? (error as { errorCode?: unknown; name?: unknown }) : {};
  const code = typeof e.errorCode === 'string' && e.errorCode !== '' ? e.errorCode : typeof e.name === 'string' ? e.name : 'unknown_error';
  return code.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 60) || 'unknown_error';
}

/**
 * Signs in with MSAL.js nested app authentication (NAA: the Office host brokers the token, so
 * the user normally sees nothing) behind the TokenProvider interface. Tries silently first
 * (the cached or host-provided account, then ssoSilent with the Office user as hint), and
 * only then a popup; after a popup the account is remembered so the next call is silent.
 * With `forceRefresh` the silent steps bypass MSAL's cache (the popup always signs in afresh).
 * Failures become OutlookErrors that say what to do. Tokens are returned to the caller only.
 */
export function msalTokenProvider(options: MsalTokenProviderOptions): TokenProvider {
  let client: Promise<MsalClient> | null = null;
  const inFlight = new Map<string, { token: Promise<string>; forced: boolean }>();

  const getClient = (): Promise<MsalClient> => {
    if (!GUID.test(options.clientId.trim())) return Promise.reject(outlookErrors.signInNotConfigured(options.clientId));
    if (client) return client;
    const created = (async () => {
      let msal: MsalModule;
      try {
        msal = await options.loadMsal();
      } catch {
        throw outlookErrors.signInUnavailable();
      }
      try {
        return await msal.createNestablePublicClientApplication({
          auth: {
            clientId: options.clientId.trim(),
            authority: options.authority ?? 'https://login.microsoftonline.com/common',
            ...(options.redirectUri === undefined ? {} : { redirectUri: options.redirectUri }),
          },
        });
      } catch (error) {
        throw outlookErrors.signInFailed(errorCodeOf(error));
      }
    })();
    client = created;
    // A failed load is not kept: the next attempt (back online, say) loads again.
    created.catch(() => {
      if (client === created) client = null;
    });
    return created;
  };

  const acquire = async (scopes: string[], forceRefresh: boolean): Promise<string> => {
    const pca = await getClient();
    const silentFailure = (error: unknown) => {
      if (NETWORK.has(errorCodeOf(error))) throw outlookErrors.signInUnavailable();
    };
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      const result = await pca.acquireTokenSilent(account === undefined ? { scopes, forceRefresh } : { scopes, account, forceRefresh });
      return result.accessToken;
    } catch (error) {
      // Usually InteractionRequiredAuthError (consent, expired session) or no account yet.
      silentFailure(error);
    }
    let loginHint: string | undefined;
    try {
      loginHint = await options.loginHint?.();
    } catch {
      loginHint = undefined;
    }
    if (loginHint) {
      try {
        const result = await pca.ssoSilent({ scopes, loginHint, forceRefresh });
        if (result.account) pca.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        silentFailure(error);
      }
    }
    try {
      const result = await pca.acquireTokenPopup(loginHint ? { scopes, loginHint } : { scopes });
      if (result.account) pca.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'user_cancelled') throw outlookErrors.signInCancelled();
      if (POPUP_BLOCKED.has(code)) throw outlookErrors.signInPopupBlocked();
      if (NETWORK.has(code)) throw outlookErrors.signInUnavailable();
      throw outlookErrors.signInFailed(code);
    }
  };

  return {
    getToken(scopes, request) {
      // Two drafts buttons pressed at once must not open two popups (MSAL refuses the second anyway).
      const key = [...scopes].sort().join(' ');
      const forced = request?.forceRefresh === true;
      const running = inFlight.get(key);
      // A fresh token serves anyone; one possibly from the cache cannot serve a caller whose token was just refused.
      if (running && (running.forced || !forced)) return running.token;
      // That caller waits for the running sign-in to settle first, so there is still one popup at a time.
      const token: Promise<string> = (running ? running.token.then(noop, noop) : Promise.resolve())
        .then(() => acquire(scopes, forced))
        .finally(() => {
          if (inFlight.get(key)?.token === token) inFlight.delete(key);
        });
      inFlight.set(key, { token, forced });
      return token;
    },
  };
}
