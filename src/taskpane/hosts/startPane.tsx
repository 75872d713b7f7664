import { createRoot } from 'react-dom/client';
import { Shell } from '../components/Shell';
import { createDesk } from '../desk';
import { pickStrings } from '../i18n/pickStrings';
import { browserLanguage, browserTheme } from './browserEnvironment';
import { createBrowserHost } from './browserHost';
import { browserPlatform } from './deliveries/browserPlatform';
import { createDeliveries } from './deliveries/createDeliveries';
import { officePlatform } from './deliveries/officePlatform';
import { officeLanguage, officeTheme } from './officeEnvironment';
import { createOfficeHost } from './officeHost';
import { saveFile } from './saveFile';
import { today } from './today';

function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): preferences are then per session.
    return undefined;
  }
}

/**
 * Wires the pane for where it runs: Excel (an Office host) or the standalone page (a file the
 * user opens). `inExcel` comes from office.js; null or any other host means standalone.
 */
export function startPane(root: HTMLElement, officeHost: Office.HostType | null): void {
  // Office.HostType lives in office.js, so it is only read when a host was reported.
  const inExcel = officeHost !== null && officeHost === Office.HostType.Excel;
  const strings = pickStrings(inExcel ? officeLanguage() : browserLanguage());
  document.documentElement.lang = strings.locale;
  document.title = strings.appTitle;
  const host = inExcel ? createOfficeHost() : createBrowserHost({ save: saveFile, storage: localStorageOrNone() });
  // The drafts' ways out: the Outlook adapter is fetched when the first drafts are shown.
  const deliveries = createDeliveries(inExcel ? officePlatform() : browserPlatform());
  createRoot(root).render(
    <Shell desk={createDesk(host)} strings={strings} theme={inExcel ? officeTheme() : browserTheme()} today={today()} deliveries={deliveries} />,
  );
}

