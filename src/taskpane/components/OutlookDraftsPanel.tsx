import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { Draft } from '../../domain/draft';
import type { GraphCreated, GraphFailed, GraphOutcome } from '../deliveries';
import type { ErrorText, OutlookDraftStrings } from '../i18n/strings';
import { useDeliveries, useStrings } from './deskContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  todo: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { overflowWrap: 'anywhere' },
});

export interface OutlookDraftItem {
  draft: Draft;
  customer: string;
}

export interface OutlookDraftsPanelProps {
  /** Today's email drafts, in the plan's order. */
  items: readonly OutlookDraftItem[];
  /** The Entra app registration from Dunning settings; null = not set up. */
  clientId: string | null;
}

interface Outcome {
  intent: MessageBarIntent;
  title: string;
  todo?: string;
  detail?: string;
  created: readonly GraphCreated[];
  failed: readonly GraphFailed[];
  notCreated: readonly string[];
  /** Sign in again and create these (after a 401). */
  retry: readonly string[];
}

function describe(outcome: GraphOutcome, o: OutlookDraftStrings): Outcome {
  const none = { created: [], failed: [], notCreated: [], retry: [] };
  const text = (t: ErrorText) => ({ title: t.title, todo: t.todo });
  switch (outcome.kind) {
    case 'done': {
      const { created, failed } = outcome;
      const intent: MessageBarIntent = failed.length === 0 ? 'success' : created.length === 0 ? 'error' : 'warning';
      const title = failed.length === 0 ? o.doneAll(created.length) : created.length === 0 ? o.doneNone(failed.length) : o.donePartly(created.length, failed.length);
      return { ...none, intent, title, created, failed };
    }
    case 'stopped':
      return {
        intent: 'error',
        ...text(o.stopped[outcome.reason]),
        detail: outcome.detail,
        created: outcome.created,
        failed: outcome.failed,
        notCreated: outcome.notCreated,
        retry: outcome.reason === 'sign-in-again' ? outcome.notCreated : [],
      };
    case 'sign-in':
      return { ...none, intent: outcome.problem === 'cancelled' ? 'warning' : 'error', ...text(o.signIn[outcome.problem]), detail: outcome.detail };
    case 'error':
      return { ...none, intent: 'error', ...text(o.error), detail: outcome.detail };
  }
}

/**
 * "Create Outlook drafts": every email draft at once, into the user's Drafts folder through
 * Microsoft Graph. Off, with the reason in words, where no one can sign in (the standalone page)
 * or no app registration is set. Reports each draft's fate; a draft created here is not created
 * twice, and after "sign in again" only the drafts not yet created are sent.
 */
export function OutlookDraftsPanel({ items, clientId }: OutlookDraftsPanelProps) {
  const strings = useStrings();
  const deliveries = useDeliveries();
  const styles = useStyles();
  const o = strings.drafts.outlook;
  const ids = useId();
  const [created, setCreated] = useState<ReadonlySet<string>>(new Set());
  const [running, setRunning] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    // New drafts (a refresh): nothing of them has been created yet.
    setCreated(new Set());
    setOutcome(null);
  }, [items]);

  const customerOf = new Map(items.map((item) => [item.draft.actionId, item.customer]));
  const remaining = items.filter((item) => !created.has(item.draft.actionId));
  const create = deliveries?.createOutlookDrafts?.bind(deliveries);
  const why = !create ? o.needsExcel : clientId === null ? o.needsClientId : remaining.length === 0 && items.length > 0 ? o.allCreated(items.length) : null;

  const start = async (batch: readonly OutlookDraftItem[]) => {
    if (!create || clientId === null || batch.length === 0) return;
    setRunning(batch.length);
    setOutcome(null);
    let result: GraphOutcome;
    try {
      result = await create(batch.map((item) => item.draft), { clientId });
    } catch (error) {
      result = { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
    }
    const made = result.kind === 'done' || result.kind === 'stopped' ? result.created : [];
    setCreated((before) => new Set([...before, ...made.map((c) => c.actionId)]));
    setOutcome(describe(result, o));
    setRunning(null);
  };

  const name = (actionId: string) => customerOf.get(actionId) ?? actionId;
  const off = why !== null || running !== null;

  return (
    <section className={styles.root} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.heading}>
        {o.title}
      </h2>
      <Text size={200} className={styles.muted}>
        {o.intro}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="secondary"
          size="small"
          disabledFocusable={off}
          aria-describedby={why ? `${ids}-why` : undefined}
          onClick={() => void start(remaining)}
        >
          {o.create(remaining.length)}
        </Button>
        {running !== null && <Spinner size="tiny" label={o.creating(running)} />}
      </div>
      {why && (
        <Text id={`${ids}-why`} size={200}>
          {why}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{outcome.title}</MessageBarTitle>
              {outcome.todo && <span className={styles.todo}>{outcome.todo}</span>}
              {outcome.detail && <span className={styles.detail}>{outcome.detail}</span>}
              {outcome.created.length + outcome.failed.length + outcome.notCreated.length > 0 && (
                <ul className={styles.list} aria-label={o.results}>
                  {outcome.created.map((c) => (
                    <li key={`c-${c.actionId}`} className={styles.item}>
                      {name(c.actionId)} — {o.created}
                      {c.webLink && (
                        <>
                          {' '}
                          <Button size="small" appearance="transparent" aria-label={o.openDraft(name(c.actionId))} onClick={() => deliveries?.openWebLink(c.webLink ?? '')}>
                            ↗
                          </Button>
                        </>
                      )}
                    </li>
                  ))}
                  {outcome.failed.map((f) => (
                    <li key={`f-${f.actionId}`} className={styles.item}>
                      {name(f.actionId)} — {o.failed}: {f.message}
                    </li>
                  ))}
                  {outcome.notCreated.map((id) => (
                    <li key={`n-${id}`} className={styles.item}>
                      {name(id)} — {o.notCreated}
                    </li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            <MessageBarActions>
              {outcome.retry.length > 0 && (
                <Button size="small" disabled={running !== null} onClick={() => void start(items.filter((item) => outcome.retry.includes(item.draft.actionId)))}>
                  {o.retry(outcome.retry.length)}
                </Button>
              )}
              <Button size="small" appearance="transparent" onClick={() => setOutcome(null)}>
                {strings.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
