import { saveFile } from '../saveFile';
import type { DeliveryPlatform } from './platform';

/** Office.context.ui.openBrowserWindow: https links open in the user's browser, outside Office's window. */
const OPEN_BROWSER_WINDOW = ['OpenBrowserWindowApi', '1.1'] as const;
/** Office.auth.getAuthContext: the signed-in user, for a silent sign-in. */
const NESTED_APP_AUTH = ['NestedAppAuth', '1.1'] as const;

async function officeLoginHint(): Promise<string | undefined> {
  if (!Office.context.requirements.isSetSupported(...NESTED_APP_AUTH)) return undefined;
  const context = await Office.auth.getAuthContext();
  return context.loginHint || context.userPrincipalName || undefined;
}

/**
 * Inside Excel. Excel on the web is a browser, so downloads and printing work there; Office's
 * desktop windows (WebView2 on Windows, WKWebView on a Mac) block downloads, so files are offered
 * as data: links, and the Mac's has no print(). A mail link goes through window.open: Office
 * hands a link the pane cannot show to the system (openBrowserWindow takes http and https only,
 * so it is kept for web links).
 */
export function officePlatform(): DeliveryPlatform {
  const platform = Office.context.platform;
  const online = platform === Office.PlatformType.OfficeOnline;
  return {
    document,
    downloads: online ? 'blob' : 'data-link',
    download: saveFile,
    canPrint: online || platform === Office.PlatformType.PC,
    openMailto(url) {
      try {
        return window.open(url, '_blank') !== null;
      } catch {
        return false;
      }
    },
    openWebLink(url) {
      if (Office.context.requirements.isSetSupported(...OPEN_BROWSER_WINDOW)) Office.context.ui.openBrowserWindow(url);
      else window.open(url, '_blank', 'noopener');
    },
    signIn: {
      fetch: (url, init) => window.fetch(url, init),
      redirectUri: `${window.location.origin}${window.location.pathname}`,
      loginHint: officeLoginHint,
    },
  };
}
