import type { Draft } from '../../domain/draft';

/**
 * The three ways a task pane can put text on the clipboard, from best to last resort. Excel on
 * the web often blocks the first (the add-in's iframe has no clipboard-write permission), the
 * desktop webviews sometimes the second; the third always works because the user does it.
 */
export interface ClipboardHost {
  /** (a) The async Clipboard API, text/plain and text/html in one ClipboardItem. Rejects when unavailable or refused. */
  writeRich(text: string, html: string): Promise<void>;
  /** (b) document.execCommand('copy') over a hidden contenteditable holding the HTML. False (or throws) when refused. */
  execCommandCopy(text: string, html: string): boolean;
  /** (c) Shows the text in a read-only text box, selected, for the user to copy with Ctrl+C. */
  showForManualCopy(text: string): void;
}

export type CopyMethod = 'clipboard-api' | 'exec-command' | 'manual' | 'none';

export interface CopyResult {
  /** Which way worked ('none' when even the text box could not be shown). */
  method: CopyMethod;
  /** For the user: what happened and what to do next. */
  message: string;
  /** Why each earlier way failed, for support; not for the user. */
  problems: string[];
}

const COPIED = 'Copied with formatting. Open a new message in Outlook and paste it (Ctrl+V).';
const MANUAL =
  'This window does not allow copying automatically. The message is selected in the box below: press Ctrl+C (Cmd+C on a Mac) and paste it into Outlook. It is plain text; to keep the formatting, save the draft as an .eml file instead.';
const NONE = 'Copying is not possible here. Save the draft as an .eml file, or open it as a mail link, instead.';

const explain = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);

/**
 * Puts a text and HTML pair on the clipboard through the first way the host allows, and says
 * which worked. The Clipboard API is called before anything is awaited: browsers allow it only
 * within the click that started the copy, and the execCommand fallback follows at once for
 * the same reason (a refusal comes back quickly, well within that window).
 */
export async function copyRich(content: { text: string; html: string }, host: ClipboardHost): Promise<CopyResult> {
  const problems: string[] = [];
  try {
    await host.writeRich(content.text, content.html);
    return { method: 'clipboard-api', message: COPIED, problems };
  } catch (error) {
    problems.push(`clipboard-api: ${explain(error)}`);
  }
  try {
    if (host.execCommandCopy(content.text, content.html)) return { method: 'exec-command', message: COPIED, problems };
    problems.push('exec-command: the browser refused to copy');
  } catch (error) {
    problems.push(`exec-command: ${explain(error)}`);
  }
  try {
    host.showForManualCopy(content.text);
    return { method: 'manual', message: MANUAL, problems };
  } catch (error) {
    problems.push(`manual: ${explain(error)}`);
  }
  return { method: 'none', message: NONE, problems };
}

/**
 * Copies a draft's body (plain text and HTML) for pasting into a new Outlook message.
 * The subject and recipients are short; the UI copies them with `copyRich` on their own buttons.
 * @example await copyDraft(draft, clipboardDom(document, box)) // { method: 'exec-command', message: 'Copied with formatting...' }
 */
export function copyDraft(draft: Draft, host: ClipboardHost): Promise<CopyResult> {
  return copyRich({ text: draft.text, html: draft.html }, host);
}
