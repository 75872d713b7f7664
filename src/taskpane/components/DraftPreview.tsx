import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarIntent,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { Draft } from '../../domain/draft';
import type { Action } from '../../domain/planActions';
import type { CopyOutcome, DraftFile, MailtoOutcome, PrintOutcome, SaveOutcome } from '../deliveries';
import type { DraftStrings, Strings } from '../i18n/strings';
import { useDeliveries, useStrings } from './deskContext';
import { DraftFrame } from './DraftFrame';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  kind: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  fields: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  script: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '320px',
    overflowY: 'auto',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  link: { display: 'inline-block', marginTop: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});

/** What the pane says after a delivery: which way worked, or why not and what to do instead. */
interface Status {
  intent: MessageBarIntent;
  text: string;
  detail?: string;
  /** A file offered as a link where downloads are blocked. */
  link?: { href: string; fileName: string };
  /** The next way to offer when this one could not be used. */
  next?: 'save-eml';
}

/** A copy or a mail link carries no attachment: the user is told, with the way that does. */
const withoutAttachment = (text: string, draft: Draft, d: DraftStrings) => (draft.attachments.length > 0 ? `${text} ${d.attachmentLeftOut}` : text);

function copyStatus(outcome: CopyOutcome, draft: Draft, d: DraftStrings): Status {
  const intent: MessageBarIntent = outcome.method === 'manual' ? 'warning' : outcome.method === 'none' ? 'error' : 'success';
  return { intent, text: outcome.method === 'none' ? d.copied.none : withoutAttachment(d.copied[outcome.method], draft, d) };
}

function mailtoStatus(outcome: MailtoOutcome, draft: Draft, d: DraftStrings): Status {
  switch (outcome.kind) {
    case 'opened':
      return { intent: 'info', text: withoutAttachment(d.mailOpened, draft, d) };
    case 'blocked':
      return { intent: 'warning', text: d.mailBlocked, next: 'save-eml' };
    case 'too-long':
      return { intent: 'warning', text: d.mailTooLong(outcome.length, outcome.budget), next: 'save-eml' };
    case 'invalid-address':
      return { intent: 'error', text: d.mailInvalid, detail: outcome.detail };
  }
}

function saveStatus(outcome: SaveOutcome, d: DraftStrings, saved: (fileName: string) => string, lead = ''): Status {
  const before = lead ? `${lead} ` : '';
  switch (outcome.kind) {
    case 'downloaded':
      return { intent: lead ? 'warning' : 'success', text: before + saved(outcome.fileName) };
    case 'link':
      return { intent: lead ? 'warning' : 'info', text: before + d.linkOffered, link: { href: outcome.href, fileName: outcome.fileName } };
    case 'failed':
      return { intent: 'error', text: d.saveFailed, detail: outcome.detail };
  }
}

function printStatus(outcome: PrintOutcome, d: DraftStrings): Status {
  return outcome.kind === 'print-dialog' ? { intent: 'info', text: d.printDialog } : saveStatus(outcome, d, d.letterSaved, d.printUnavailable);
}

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What the draft is, for the heading: a task step's "call script" is really a hand-off note. */
function kindLabel(action: Action, draft: Draft, strings: Strings): string {
  if (draft.kind === 'call-script') return strings.drafts.kind[action.channel === 'call' ? 'call' : 'task'];
  return strings.drafts.kind[draft.kind];
}

export interface DraftPreviewProps {
  action: Action;
  draft: Draft | null;
  /** The name and dates the draft is saved with. */
  file: DraftFile;
  /** Why there is no draft, when there is none (the refresh's issues about this action). */
  problems?: readonly string[];
  /** No draft because of the settings, which the view already explains once for every action. */
  heldBySettings?: boolean;
}

/**
 * One action's draft: what it is, to whom, the subject, the message on demand (HTML in a sandboxed
 * frame, or the clerk's text), and the ways to deliver it, each saying what happened.
 */
export function DraftPreview({ action, draft, file, problems = [], heldBySettings = false }: DraftPreviewProps) {
  const strings = useStrings();
  const deliveries = useDeliveries();
  const styles = useStyles();
  const d = strings.drafts;
  const ids = useId();
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    // A new refresh's draft: what was said about the previous one no longer holds.
    setStatus(null);
    box.current?.replaceChildren();
  }, [draft]);

  useEffect(() => {
    if (draft) deliveries?.prepare();
  }, [draft, deliveries]);

  if (!draft) {
    return (
      <div className={styles.root}>
        <Text size={200}>
          {d.none} {problems.length === 0 && !heldBySettings && d.noneSeeProblems}
        </Text>
        {problems.map((problem) => (
          <Text key={problem} size={200} className={styles.muted}>
            {problem}
          </Text>
        ))}
      </div>
    );
  }

  /**
   * Starts a delivery. `start` runs at once, inside the click: the clipboard and new windows are
   * allowed only there, so nothing may be awaited before it.
   */
  const run = <T,>(start: () => Promise<T>, describe: (outcome: T) => Status) => {
    if (!deliveries) return;
    box.current?.replaceChildren();
    let started: Promise<T>;
    try {
      started = start();
    } catch (error) {
      started = Promise.reject(error);
    }
    setBusy(true);
    started
      .then(
        (outcome) => setStatus(describe(outcome)),
        (error: unknown) => setStatus({ intent: 'error', text: d.failed, detail: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setBusy(false));
  };

  const copy = () => {
    const target = box.current;
    if (!deliveries || !target) return;
    run(() => deliveries.copy(draft, { box: target, label: d.manualBoxLabel }), (o) => copyStatus(o, draft, d));
  };
  const mailto = () => deliveries && run(() => deliveries.mailto(draft), (o) => mailtoStatus(o, draft, d));
  const saveEml = () => deliveries && run(() => deliveries.saveEml(draft, file), (o) => saveStatus(o, d, d.emlSaved));
  const print = () => deliveries && run(() => deliveries.printLetter(draft, file), (o) => printStatus(o, d));
  const saveHtml = () => deliveries && run(() => deliveries.saveLetter(draft, file), (o) => saveStatus(o, d, d.letterSaved));

  const bodyId = `${ids}-body`;
  const fields: Array<[string, string]> = [];
  if (draft.kind !== 'call-script') {
    fields.push([d.subject, draft.subject]);
    if (draft.to.length > 0) fields.push([d.to, draft.to.join('; ')]);
    if (draft.cc.length > 0) fields.push([d.cc, draft.cc.join('; ')]);
    if (draft.replyTo) fields.push([d.replyTo, draft.replyTo]);
    if (draft.attachments.length > 0) fields.push([d.attachments, draft.attachments.map((a) => a.filename).join(', ')]);
  }
  if (draft.languageNote) fields.push([d.languageNote, draft.languageNote]);

  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Text className={styles.kind}>{kindLabel(action, draft, strings)}</Text>
        <Text size={200} className={styles.muted}>
          {d.inLanguage(languageName(draft.language, strings.locale))}
        </Text>
      </div>
      {fields.length > 0 && (
        <dl className={styles.fields}>
          {fields.map(([term, value]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div>
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => setOpen(!open)}>
          {open ? d.hideMessage : d.showMessage}
        </Button>
      </div>
      {open &&
        (draft.kind === 'call-script' ? (
          <pre id={bodyId} className={styles.script} tabIndex={0} aria-label={kindLabel(action, draft, strings)}>
            {draft.text}
          </pre>
        ) : (
          <DraftFrame id={bodyId} html={draft.html} kind={draft.kind} language={draft.language} title={d.messageFrame(action.customer)} />
        ))}
      {deliveries && (
        <div className={styles.buttons} role="group" aria-label={d.deliver(action.customer)}>
          {draft.kind === 'email' && (
            <>
              <Button size="small" disabled={busy} onClick={copy}>
                {d.copy}
              </Button>
              <Button size="small" disabled={busy} onClick={mailto}>
                {d.openInOutlook}
              </Button>
              <Button size="small" disabled={busy} onClick={saveEml}>
                {d.saveEml}
              </Button>
            </>
          )}
          {draft.kind === 'letter' && (
            <>
              <Button size="small" disabled={busy} onClick={print}>
                {d.printLetter}
              </Button>
              <Button size="small" disabled={busy} onClick={saveHtml}>
                {d.saveHtml}
              </Button>
              <Button size="small" disabled={busy} onClick={copy}>
                {d.copy}
              </Button>
            </>
          )}
          {draft.kind === 'call-script' && (
            <Button size="small" disabled={busy} onClick={copy}>
              {d.copy}
            </Button>
          )}
        </div>
      )}
      {/* Always present, so that what a delivery says is announced when it appears. */}
      <div role="status" aria-live="polite">
        {status && (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody>
              {status.text}
              {status.detail && <span className={styles.detail}>{status.detail}</span>}
              {status.link && (
                <Link className={styles.link} href={status.link.href} download={status.link.fileName}>
                  {d.linkText(status.link.fileName)}
                </Link>
              )}
            </MessageBarBody>
            <MessageBarActions>
              {status.next === 'save-eml' && draft.kind === 'email' && (
                <Button size="small" onClick={saveEml}>
                  {d.saveEmlInstead}
                </Button>
              )}
              <Button size="small" appearance="transparent" onClick={() => setStatus(null)}>
                {strings.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {/* The last-resort copy box goes here (the deliveries put it in; it is selected for Ctrl+C). */}
      <div ref={box} />
    </div>
  );
}
