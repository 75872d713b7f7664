import { msalTokenProvider, type MsalAuthResult, type MsalClient, type MsalModule } from './msalTokenProvider';
import { OutlookError } from './outlookError';

const CLIENT_ID = '2b0a6a8e-7c1d-4e5f-9a3b-1c2d3e4f5a6b';
const ACCOUNT = { homeAccountId: 'uid.tid', username: 'anna@contoso.example' };

/** MSAL's errors as the library throws them: a name and a stable errorCode. */
const msalError = (name: string, errorCode: string) => Object.assign(new Error(`${errorCode}: details that may name the user`), { name, errorCode });
const interactionRequired = () => msalError('InteractionRequiredAuthError', 'interaction_required');

type Step = (request: { scopes: string[]; account?: unknown; loginHint?: string; forceRefresh?: boolean }) => Promise<MsalAuthResult>;

/** A fake MSAL that records every call and answers from the scripted steps. */
function fakeMsal(script: { silent?: Step; sso?: Step; popup?: Step; accounts?: (typeof ACCOUNT)[] } = {}) {
  const calls: string[] = [];
  const configurations: unknown[] = [];
  let active: typeof ACCOUNT | null = null;
  const unexpected = (name: string): Step => async () => {
    throw new Error(`unexpected ${name}`);
  };
  const client: MsalClient = {
    getActiveAccount: () => active,
    getAllAccounts: () => script.accounts ?? [],
    setActiveAccount: (account) => {
      calls.push(`setActiveAccount ${account?.username}`);
      active = account as typeof ACCOUNT | null;
    },
    acquireTokenSilent: async (request) => {
      calls.push(`acquireTokenSilent ${request.scopes.join(' ')}${request.account ? ' ' + request.account.username : ''}${request.forceRefresh ? ' forceRefresh' : ''}`);
      return (script.silent ?? unexpected('silent'))(request);
    },
    ssoSilent: async (request) => {
      calls.push(`ssoSilent ${request.loginHint}${request.forceRefresh ? ' forceRefresh' : ''}`);
      return (script.sso ?? unexpected('sso'))(request);
    },
    acquireTokenPopup: async (request) => {
      calls.push('acquireTokenPopup');
      return (script.popup ?? unexpected('popup'))(request);
    },
  };
  let loads = 0;
  const module: MsalModule = {
    createNestablePublicClientApplication: async (configuration) => {
      configurations.push(configuration);
      return client;
    },
  };
  const loadMsal = async () => {
    loads++;
    return module;
  };
  return { calls, configurations, loadMsal, loads: () => loads };
}

const token = (accessToken: string, account: typeof ACCOUNT | null = ACCOUNT) => async () => ({ accessToken, account });

async function errorOf(promise: Promise<unknown>): Promise<OutlookError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutlookError);
  return error as OutlookError;
}

describe('msalTokenProvider', () => {
  it('gets the token silently, loading MSAL once with the client id from settings', async () => {
    const msal = fakeMsal({ silent: token('silent-token') });
    const provider = msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal });
    expect(msal.loads()).toBe(0); // nothing heavy is loaded until a token is needed
    expect(await provider.getToken(['Mail.ReadWrite'])).toBe('silent-token');
    expect(await provider.getToken(['Mail.ReadWrite'])).toBe('silent-token');
    expect(msal.loads()).toBe(1);
    expect(msal.configurations).toEqual([{ auth: { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/common' } }]);
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite', 'acquireTokenSilent Mail.ReadWrite']);
  });

  it('uses a known account for the silent request', async () => {
    const msal = fakeMsal({ silent: token('t'), accounts: [ACCOUNT] });
    await msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal }).getToken(['Mail.ReadWrite']);
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite anna@contoso.example']);
  });

  it('falls back to a popup when interaction is required, then remembers the account', async () => {
    let silentCalls = 0;
    const msal = fakeMsal({
      silent: async (request) => {
        if (silentCalls++ === 0) throw interactionRequired();
        return { accessToken: `silent-for-${(request.account as typeof ACCOUNT).username}`, account: ACCOUNT };
      },
      popup: token('popup-token'),
    });
    const provider = msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal });
    expect(await provider.getToken(['Mail.ReadWrite'])).toBe('popup-token');
    expect(await provider.getToken(['Mail.ReadWrite'])).toBe('silent-for-anna@contoso.example');
    expect(msal.calls).toEqual([
      'acquireTokenSilent Mail.ReadWrite',
      'acquireTokenPopup',
      'setActiveAccount anna@contoso.example',
      'acquireTokenSilent Mail.ReadWrite anna@contoso.example',
    ]);
  });

  it('tries ssoSilent with the Office user as hint before any popup', async () => {
    const msal = fakeMsal({ silent: async () => Promise.reject(interactionRequired()), sso: token('sso-token') });
    const provider = msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal, loginHint: async () => 'anna@contoso.example' });
    expect(await provider.getToken(['Mail.ReadWrite'])).toBe('sso-token');
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite', 'ssoSilent anna@contoso.example', 'setActiveAccount anna@contoso.example']);
  });

  it('bypasses MSAL\'s cache when asked: forceRefresh reaches acquireTokenSilent', async () => {
    const msal = fakeMsal({ silent: async (request) => ({ accessToken: request.forceRefresh ? 'fresh-token' : 'cached-token', account: ACCOUNT }), accounts: [ACCOUNT] });
    const provider = msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal });
    expect(await provider.getToken(['Mail.ReadWrite'])).toBe('cached-token');
    expect(await provider.getToken(['Mail.ReadWrite'], { forceRefresh: true })).toBe('fresh-token');
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite anna@contoso.example', 'acquireTokenSilent Mail.ReadWrite anna@contoso.example forceRefresh']);
  });

  it('passes forceRefresh on to ssoSilent too, which nested app authentication would otherwise answer from the cache', async () => {
    const msal = fakeMsal({
      silent: async () => Promise.reject(interactionRequired()),
      sso: async (request) => ({ accessToken: request.forceRefresh ? 'fresh-token' : 'cached-token', account: ACCOUNT }),
    });
    const provider = msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal, loginHint: async () => 'anna@contoso.example' });
    expect(await provider.getToken(['Mail.ReadWrite'], { forceRefresh: true })).toBe('fresh-token');
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite forceRefresh', 'ssoSilent anna@contoso.example forceRefresh', 'setActiveAccount anna@contoso.example']);
  });

  it('does not answer a forced request with a sign-in already running without it, but waits for it to settle', async () => {
    let release: (value: MsalAuthResult) => void = () => undefined;
    const msal = fakeMsal({
      silent: (request) => (request.forceRefresh ? token('fresh-token')() : new Promise((resolve) => (release = resolve))),
    });
    const provider = msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal });
    const cached = provider.getToken(['Mail.ReadWrite']);
    const forced = [provider.getToken(['Mail.ReadWrite'], { forceRefresh: true }), provider.getToken(['Mail.ReadWrite'], { forceRefresh: true })];
    // Any caller may share a forced sign-in: its token is fresh.
    const later = provider.getToken(['Mail.ReadWrite']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite']); // one sign-in at a time
    release({ accessToken: 'cached-token', account: ACCOUNT });
    expect(await Promise.all([cached, ...forced, later])).toEqual(['cached-token', 'fresh-token', 'fresh-token', 'fresh-token']);
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite', 'acquireTokenSilent Mail.ReadWrite forceRefresh']);
  });

  it('turns a cancelled popup into a typed error that says what to do', async () => {
    const msal = fakeMsal({
      silent: async () => Promise.reject(interactionRequired()),
      popup: async () => Promise.reject(msalError('BrowserAuthError', 'user_cancelled')),
    });
    const error = await errorOf(msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal }).getToken(['Mail.ReadWrite']));
    expect(error.code).toBe('sign-in-cancelled');
    expect(error.message).toMatch(/Sign-in was cancelled.*\.eml/);
    expect(error.message).not.toContain('details that may name the user');
  });

  it('says so when the popup is blocked', async () => {
    const msal = fakeMsal({
      silent: async () => Promise.reject(interactionRequired()),
      popup: async () => Promise.reject(msalError('BrowserAuthError', 'popup_window_error')),
    });
    const error = await errorOf(msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal }).getToken(['Mail.ReadWrite']));
    expect(error.code).toBe('sign-in-popup-blocked');
  });

  it('does not open a popup when offline: it would not help', async () => {
    const msal = fakeMsal({ silent: async () => Promise.reject(msalError('BrowserAuthError', 'no_network_connectivity')) });
    const error = await errorOf(msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal }).getToken(['Mail.ReadWrite']));
    expect(error.code).toBe('sign-in-unavailable');
    expect(msal.calls).toEqual(['acquireTokenSilent Mail.ReadWrite']);
  });

  it('names the MSAL error code of any other failure, never its text', async () => {
    const msal = fakeMsal({
      silent: async () => Promise.reject(interactionRequired()),
      popup: async () => Promise.reject(msalError('ServerError', 'invalid_client')),
    });
    const error = await errorOf(msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal }).getToken(['Mail.ReadWrite']));
    expect(error.code).toBe('sign-in-failed');
    expect(error.message).toContain('(invalid_client)');
    expect(error.message).not.toContain('details');
  });

  it('refuses a missing or malformed client id before loading anything', async () => {
    const msal = fakeMsal();
    for (const clientId of ['', 'my-app', `${CLIENT_ID}x`]) {
      const error = await errorOf(msalTokenProvider({ clientId, loadMsal: msal.loadMsal }).getToken(['Mail.ReadWrite']));
      expect(error.code).toBe('sign-in-not-configured');
      expect(error.message).toMatch(/Dunning settings.*README/);
    }
    expect(msal.loads()).toBe(0);
  });

  it('reports a library that cannot be loaded, and loads again next time', async () => {
    const msal = fakeMsal({ silent: token('t') });
    let fail = true;
    const provider = msalTokenProvider({
      clientId: CLIENT_ID,
      loadMsal: async () => {
        if (fail) throw new Error('ChunkLoadError: Loading chunk msal failed');
        return msal.loadMsal();
      },
    });
    expect((await errorOf(provider.getToken(['Mail.ReadWrite']))).code).toBe('sign-in-unavailable');
    fail = false;
    expect(await provider.getToken(['Mail.ReadWrite'])).toBe('t');
  });

  it('shares one sign-in between concurrent requests, so only one popup opens', async () => {
    let release: (value: MsalAuthResult) => void = () => undefined;
    const msal = fakeMsal({
      silent: async () => Promise.reject(interactionRequired()),
      popup: () => new Promise((resolve) => (release = resolve)),
    });
    const provider = msalTokenProvider({ clientId: CLIENT_ID, loadMsal: msal.loadMsal });
    const both = Promise.all([provider.getToken(['Mail.ReadWrite']), provider.getToken(['Mail.ReadWrite'])]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release({ accessToken: 'one-popup', account: ACCOUNT });
    expect(await both).toEqual(['one-popup', 'one-popup']);
    expect(msal.calls.filter((c) => c === 'acquireTokenPopup')).toHaveLength(1);
  });
});
