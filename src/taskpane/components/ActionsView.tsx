import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { RefreshResult } from '../../app/refresh';
import type { Action } from '../../domain/planActions';
import { ActionCard } from './ActionCard';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  customer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
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

export interface ActionsViewProps {
  result: RefreshResult | null;
  draftFor?: (action: Action) => ReactNode;
}

export function ActionsView({ result, draftFor }: ActionsViewProps) {
  const strings = useStrings();
  const styles = useStyles();
  if (!result) return <Text className={styles.muted}>{strings.actionsEmpty}</Text>;
  if (result.plan.actions.length === 0) return <Text>{strings.actionsNone}</Text>;
  return (
    <ul className={styles.list} aria-label={strings.actionsCount(result.plan.actions.length)}>
      {groupByCustomer(result.plan.actions).map((group) => (
        <li key={group.customer} className={styles.customer}>
          <h2 className={styles.heading}>{group.customer}</h2>
          {group.actions.map((action) => (
            <ActionCard key={action.id} action={action} draft={draftFor?.(action)} />
          ))}
        </li>
      ))}
    </ul>
  );
}
