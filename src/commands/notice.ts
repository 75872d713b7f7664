/**
 * The small page the ribbon command shows its outcome in (see notify.ts). Plain DOM: it must
 * open instantly, and the message arrives in the URL, so it is set as text, never as HTML.
 */
// A module, not a script: its names must not collide with window's (close, message).
export {};

const params = new URLSearchParams(window.location.search);
const message = document.getElementById('message');
const close = document.getElementById('close');
if (message) message.textContent = params.get('m') ?? '';
document.documentElement.lang = params.get('lang') ?? 'en';
if (close instanceof HTMLButtonElement) {
  close.textContent = params.get('close') ?? 'Close';
  close.addEventListener('click', () => {
    // Inside Office the dialog is closed by the command that opened it; a plain tab just closes.
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
    else window.close();
  });
  close.focus();
}
