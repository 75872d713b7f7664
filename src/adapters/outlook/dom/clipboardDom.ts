import type { ClipboardHost } from '../copyDraft';

/** Elements that could run code, load a page or restyle the task pane once inside its DOM. */
const UNSAFE = 'script, style, link, meta, base, iframe, frame, frameset, object, embed, applet, form, template, noscript, svg, math';

/**
 * The draft's HTML as inert nodes for the live document. DOMParser builds a document that runs
 * no script and loads nothing; what could run once imported (event handler attributes,
 * javascript: URLs, scripts, frames) is removed first. The templates already escape every
 * sheet value; this is a second wall because this copy lands in the add-in's own page.
 */
function inertNodes(html: string, doc: Document): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll(UNSAFE).forEach((element) => element.remove());
  parsed.body.querySelectorAll('*').forEach((element) => {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc' || name === 'formaction' || /^(javascript|vbscript|data:text\/html)/.test(value)) {
        element.removeAttribute(attribute.name);
      }
    }
  });
  return Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true));
}

/**
 * The real ClipboardHost for a task pane (browser, Office webviews). `manualBox` is where the
 * last-resort text box goes; the UI owns it and removes the box when the user moves on.
 */
export function clipboardDom(doc: Document, manualBox: HTMLElement): ClipboardHost {
  return {
    async writeRich(text, html) {
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      if (!view?.navigator.clipboard?.write || typeof view.ClipboardItem !== 'function') {
        throw new Error('the asynchronous Clipboard API is not available here');
      }
      // Built synchronously inside the click, which Safari requires of a ClipboardItem.
      const item = new view.ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      });
      await view.navigator.clipboard.write([item]);
    },

    execCommandCopy(text, html) {
      const holder = doc.createElement('div');
      holder.contentEditable = 'true';
      holder.setAttribute('aria-hidden', 'true');
      // Off-screen rather than display:none, which cannot be selected and so would copy nothing.
      holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:600px;opacity:0;pointer-events:none;white-space:pre-wrap';
      holder.append(...inertNodes(html, doc));
      // Where the browser offers clipboardData (all but old Trident), set both flavours exactly;
      // elsewhere the selected contenteditable itself is copied as rich text.
      const onCopy = (event: ClipboardEvent) => {
        if (!event.clipboardData) return;
        event.clipboardData.setData('text/html', html);
        event.clipboardData.setData('text/plain', text);
        event.preventDefault();
      };
      const selection = doc.getSelection();
      const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      doc.body.appendChild(holder);
      doc.addEventListener('copy', onCopy);
      try {
        holder.focus({ preventScroll: true });
        const range = doc.createRange();
        range.selectNodeContents(holder);
        selection?.removeAllRanges();
        selection?.addRange(range);
        return doc.execCommand('copy');
      } finally {
        doc.removeEventListener('copy', onCopy);
        selection?.removeAllRanges();
        if (saved) selection?.addRange(saved);
        holder.remove();
        focused?.focus({ preventScroll: true });
      }
    },

    showForManualCopy(text) {
      manualBox.querySelector('textarea[data-dunning-copy]')?.remove();
      const box = doc.createElement('textarea');
      box.readOnly = true;
      box.value = text;
      box.dataset.dunningCopy = '';
      box.rows = Math.min(20, text.split('\n').length + 1);
      box.style.cssText = 'width:100%;box-sizing:border-box;font:inherit';
      box.setAttribute('aria-label', 'The message text, selected: press Ctrl+C to copy it');
      manualBox.appendChild(box);
      box.focus();
      box.select();
      // iOS selects nothing with select() alone.
      box.setSelectionRange(0, text.length);
    },
  };
}
