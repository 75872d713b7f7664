import type { Draft } from '../../domain/draft';
import { copyDraft, copyRich, type ClipboardHost } from './copyDraft';

const DRAFT: Draft = {
  actionId: 'a1',
  kind: 'email',
  to: ['ap@acme.example'],
  cc: [],
  replyTo: null,
  subject: 'Faktura 1043',
  text: 'Szanowni Państwo,\nprosimy o zapłatę.',
  html: '<p>Szanowni Państwo,</p><p>prosimy o zapłatę.</p>',
  language: 'pl',
  languageNote: null,
  attachments: [],
};

/** A host whose layers fail as told, recording what each was given. */
function fakeHost(fail: { rich?: Error; exec?: 'refuse' | Error; manual?: Error } = {}) {
  const calls: Array<[string, ...string[]]> = [];
  const host: ClipboardHost = {
    writeRich: async (text, html) => {
      calls.push(['writeRich', text, html]);
      if (fail.rich) throw fail.rich;
    },
    execCommandCopy: (text, html) => {
      calls.push(['execCommandCopy', text, html]);
      if (fail.exec instanceof Error) throw fail.exec;
      return fail.exec !== 'refuse';
    },
    showForManualCopy: (text) => {
      calls.push(['showForManualCopy', text]);
      if (fail.manual) throw fail.manual;
    },
  };
  return { host, calls };
}

const denied = () => Object.assign(new Error('Write permission denied.'), { name: 'NotAllowedError' });

describe('copyDraft', () => {
  it('uses the Clipboard API with both text and HTML when it is allowed', async () => {
    const { host, calls } = fakeHost();
    expect(await copyDraft(DRAFT, host)).toEqual({ method: 'clipboard-api', message: expect.stringContaining('Copied with formatting'), problems: [] });
    expect(calls).toEqual([['writeRich', DRAFT.text, DRAFT.html]]);
  });

  it('calls the Clipboard API before awaiting anything, while the click still counts', () => {
    const { host, calls } = fakeHost();
    void copyDraft(DRAFT, host);
    expect(calls).toHaveLength(1);
  });

  it('falls back to execCommand when the Clipboard API is refused', async () => {
    const { host, calls } = fakeHost({ rich: denied() });
    const result = await copyDraft(DRAFT, host);
    expect(result).toEqual({
      method: 'exec-command',
      message: expect.stringContaining('Copied with formatting'),
      problems: ['clipboard-api: NotAllowedError: Write permission denied.'],
    });
    expect(calls.map((c) => c[0])).toEqual(['writeRich', 'execCommandCopy']);
    expect(calls[1]).toEqual(['execCommandCopy', DRAFT.text, DRAFT.html]);
  });

  it.each([
    ['refuses', 'refuse' as const, 'exec-command: the browser refused to copy'],
    ['throws', new Error('execCommand is not a function'), 'exec-command: Error: execCommand is not a function'],
  ])('shows a selected text box when execCommand also %s, and says to press Ctrl+C', async (_, exec, problem) => {
    const { host, calls } = fakeHost({ rich: new TypeError('navigator.clipboard is undefined'), exec });
    const result = await copyDraft(DRAFT, host);
    expect(result.method).toBe('manual');
    expect(result.message).toMatch(/press Ctrl\+C/);
    expect(result.problems).toEqual(['clipboard-api: TypeError: navigator.clipboard is undefined', problem]);
    expect(calls.at(-1)).toEqual(['showForManualCopy', DRAFT.text]);
  });

  it('says what to do instead when nothing works', async () => {
    const { host } = fakeHost({ rich: denied(), exec: 'refuse', manual: new Error('no document') });
    const result = await copyDraft(DRAFT, host);
    expect(result.method).toBe('none');
    expect(result.message).toMatch(/\.eml/);
    expect(result.problems).toHaveLength(3);
  });

  it('copies any text and HTML pair, e.g. the subject', async () => {
    const { host, calls } = fakeHost();
    await copyRich({ text: DRAFT.subject, html: DRAFT.subject }, host);
    expect(calls).toEqual([['writeRich', 'Faktura 1043', 'Faktura 1043']]);
  });
});
