import type { Draft } from '../../src/domain/draft';
import type {
  CopyMethod,
  CopyTarget,
  Deliveries,
  DraftFile,
  GraphOutcome,
  MailtoOutcome,
  PrintOutcome,
  SaveOutcome,
} from '../../src/taskpane/deliveries';

export interface FakeDeliveries extends Deliveries {
  /** Every call, in order, as [method, action ids or file name]. */
  calls: Array<[string, ...string[]]>;
}

export interface FakeOutcomes {
  copy?: CopyMethod;
  mailto?: MailtoOutcome;
  saveEml?: (file: DraftFile) => SaveOutcome;
  printLetter?: (file: DraftFile) => PrintOutcome;
  saveLetter?: (file: DraftFile) => SaveOutcome;
  /** Absent: the standalone page, where Outlook drafts cannot be created. */
  graph?: (drafts: readonly Draft[]) => GraphOutcome;
}

/**
 * Deliveries that answer as told and record what they were asked. The manual copy puts a text box
 * in the target, as the real clipboard adapter does, so the pane's handling of it is exercised.
 */
export function fakeDeliveries(outcomes: FakeOutcomes = {}): FakeDeliveries {
  const calls: FakeDeliveries['calls'] = [];
  const deliveries: FakeDeliveries = {
    calls,
    prepare: () => undefined,
    async copy(draft: Draft, target: CopyTarget) {
      calls.push(['copy', draft.actionId]);
      const method = outcomes.copy ?? 'clipboard-api';
      if (method === 'manual') {
        const box = document.createElement('textarea');
        box.readOnly = true;
        box.value = draft.text;
        box.setAttribute('aria-label', target.label);
        target.box.replaceChildren(box);
        box.select();
      }
      return { method, problems: method === 'clipboard-api' ? [] : ['clipboard-api: NotAllowedError'] };
    },
    async mailto(draft) {
      calls.push(['mailto', draft.actionId]);
      return outcomes.mailto ?? { kind: 'opened' };
    },
    async saveEml(draft, file) {
      calls.push(['saveEml', draft.actionId, file.baseName]);
      return outcomes.saveEml?.(file) ?? { kind: 'downloaded', fileName: `${file.baseName}.eml` };
    },
    async printLetter(draft, file) {
      calls.push(['printLetter', draft.actionId]);
      return outcomes.printLetter?.(file) ?? { kind: 'print-dialog' };
    },
    async saveLetter(draft, file) {
      calls.push(['saveLetter', draft.actionId]);
      return outcomes.saveLetter?.(file) ?? { kind: 'downloaded', fileName: `${file.baseName}.html` };
    },
    openWebLink(url) {
      calls.push(['openWebLink', url]);
    },
  };
  const graph = outcomes.graph;
  if (graph) {
    deliveries.createOutlookDrafts = async (drafts, { clientId }) => {
      calls.push(['createOutlookDrafts', clientId, ...drafts.map((d) => d.actionId)]);
      return graph(drafts);
    };
  }
  return deliveries;
}
