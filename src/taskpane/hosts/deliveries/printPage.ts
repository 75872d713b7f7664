/** How long a printed page's frame is kept: some browsers read it after print() returns. */
const KEEP_MS = 60_000;

/**
 * Prints an HTML page (a letter) from a hidden frame, without opening a window (pop-ups are
 * blocked in Office). The frame runs no script (no allow-scripts in its sandbox); it shares the
 * pane's origin only so that the pane can call its print(), and allow-modals lets the print
 * dialog open. Resolves true once print() was called, false when the browser refused.
 */
export function printPage(doc: Document, html: string): Promise<boolean> {
  doc.querySelectorAll('iframe[data-dunning-print]').forEach((old) => old.remove());
  return new Promise((resolve) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('data-dunning-print', '');
    frame.tabIndex = -1;
    frame.title = 'print';
    // Off-screen at A4 size rather than display:none, which some browsers print as a blank page.
    frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:210mm;height:297mm;border:0';
    frame.addEventListener(
      'load',
      () => {
        let printed = false;
        try {
          const view = frame.contentWindow;
          if (view && typeof view.print === 'function') {
            view.focus();
            view.print();
            printed = true;
          }
        } catch {
          printed = false;
        }
        setTimeout(() => frame.remove(), KEEP_MS);
        resolve(printed);
      },
      { once: true },
    );
    frame.srcdoc = html;
    doc.body.appendChild(frame);
  });
}
