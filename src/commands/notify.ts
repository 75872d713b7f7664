import type { Strings } from '../taskpane/i18n/strings';

/** Closes the notice by itself, so a ribbon click never leaves a dialog hanging. */
const NOTICE_MS = 20_000;
/** Dialog URLs are length-limited; the message is a sentence or two anyway. */
const MAX_MESSAGE = 1500;

/**
 * Shows the outcome of a ribbon command in a small Office dialog (Excel has no toast API for
 * add-ins). Resolves when the dialog is gone; resolves at once where dialogs are unsupported.
 */
export function notify(message: string, strings: Strings): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      resolve();
      return;
    }
    const url = new URL('notice.html', window.location.href);
    url.search = new URLSearchParams({ m: message.slice(0, MAX_MESSAGE), lang: strings.locale, close: strings.close }).toString();
    Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      const finish = (close: boolean) => {
        clearTimeout(timer);
        if (close) dialog.close();
        resolve();
      };
      const timer = setTimeout(() => finish(true), NOTICE_MS);
      // The notice's Close button messages us; the user closing the window is an event.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
    });
  });
}
