import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { RefreshResult } from '../../app/refresh';
import type { Draft } from '../../domain/draft';
import type { Action } from '../../domain/planActions';
import { draftFile } from '../draftFile';
import { ActionCard } from './ActionCard';
import { useDeliveries, useStrings } from './deskContext';
import { DraftPreview } from './DraftPreview';
import { type OutlookDraftItem, OutlookDraftsPanel } from './OutlookDraftsPanel';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  customer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  notice: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

/** Actions grouped by customer, in the plan's priority order (the first action of a customer places it). */
export function groupByCustomer(actions: readonly Action[]): Array<{ customer: string; actions: Action[] }> {
  const groups = new Map<string, { customer: string; actions: Action[] }>();
  for (const action of actions) {
    const key = action.customer.trim().toLowerCase();
    const group = groups.get(key) ?? { customer: action.customer, actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The refresh's problems that kept an action from being drafted: the engine starts each with
 * "<customer>, <step>: ".
 */
function draftProblems(result: RefreshResult, action: Action): string[] {
  const prefix = `${oneLine(action.customer) || '(no customer name)'}, ${action.level.id}: `;
  return result.issues.filter((issue) => issue.message.startsWith(prefix)).map((issue) => issue.message);
}

export interface ActionsViewProps {
  result: RefreshResult | null;
  /** Renders an action's draft slot; by default the draft preview, when deliveries are wired in. */
  draftFor?: (action: Action, draft: Draft | null) => ReactNode;
}

export function ActionsView({ result, draftFor }: ActionsViewProps) {
  const strings = useStrings();
  const deliveries = useDeliveries();
  const styles = useStyles();
  const drafts = useMemo(() => {
    const byAction = new Map<string, Draft | null>();
    result?.plan.actions.forEach((action, i) => byAction.set(action.id, result.draftFor(i)));
    return byAction;
  }, [result]);
  const emails = useMemo<OutlookDraftItem[]>(
    () => (result?.plan.actions ?? []).flatMap((action) => {
      const draft = drafts.get(action.id);
      return draft && draft.kind === 'email' ? [{ draft, customer: action.customer }] : [];
    }),
    [result, drafts],
  );

  if (!result) return <Text className={styles.muted}>{strings.actionsEmpty}</Text>;
  if (result.plan.actions.length === 0) return <Text>{strings.actionsNone}</Text>;
  const replyTo = result.policy.drafts.replyTo;
  const slot =
    draftFor ??
    (deliveries
      ? (action: Action, draft: Draft | null) => (
          <DraftPreview
            action={action}
            draft={draft}
            file={draftFile(action, replyTo)}
            problems={draft ? [] : draftProblems(result, action)}
            heldBySettings={result.notices.length > 0}
          />
        )
      : undefined);
  return (
    <div className={styles.view}>
      {result.notices.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.drafts.setupTitle}</MessageBarTitle>
            {result.notices.map((notice) => (
              <span key={notice} className={styles.notice}>
                {notice}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {deliveries && emails.length > 0 && <OutlookDraftsPanel items={emails} clientId={result.policy.drafts.graphClientId} />}
      <ul className={styles.list} aria-label={strings.actionsCount(result.plan.actions.length)}>
        {groupByCustomer(result.plan.actions).map((group) => (
          <li key={group.customer} className={styles.customer}>
            <h2 className={styles.heading}>{group.customer}</h2>
            {group.actions.map((action) => (
              <ActionCard key={action.id} action={action} draft={slot?.(action, drafts.get(action.id) ?? null)} />
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
