import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Action } from '../../domain/planActions';
import { NO_CURRENCY } from '../../domain/summarize';
import { formatAmount, formatDate } from '../format';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  step: { fontWeight: tokens.fontWeightSemibold },
  amount: { marginLeft: 'auto', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground2 },
  invoices: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  draft: { borderTop: `1px dashed ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
});

export interface ActionCardProps {
  action: Action;
  /** What the drafts feature renders for this action; the slot is left out when there is none. */
  draft?: ReactNode;
}

/** One contact with one customer today: the step, the amount, why, and the invoices it covers. */
export function ActionCard({ action, draft }: ActionCardProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [lead, ...others] = action.totals;
  return (
    <article className={styles.card} aria-label={`${action.customer}: ${action.level.name}`}>
      <div className={styles.top}>
        <Badge appearance="tint" color={action.tone === 'friendly' ? 'success' : action.tone === 'firm' ? 'warning' : 'danger'}>
          {strings.channel[action.channel]}
        </Badge>
        <Text className={styles.step}>
          {action.level.name} <span className={styles.muted}>({action.level.id})</span>
        </Text>
        <Text className={styles.amount}>{formatAmount(lead.open, lead.currency, strings.locale)}</Text>
      </div>
      {others.length > 0 && (
        <Text size={200} className={styles.muted}>
          + {others.map((t) => formatAmount(t.open, t.currency, strings.locale)).join(', ')}
        </Text>
      )}
      <Text size={200}>
        <span className={styles.muted}>{strings.why}: </span>
        {action.why}
      </Text>
      <Text size={200} className={styles.muted}>
        {strings.priority} {action.priority} · {strings.oldestDue} {formatDate(action.oldestDue, strings.locale)} ({strings.daysOverdue(action.daysOverdue)})
        {action.email || action.phone ? ` · ${strings.contact}: ${[action.email, action.phone].filter(Boolean).join(', ')}` : ''}
      </Text>
      <ul className={styles.invoices} aria-label={strings.invoices}>
        {action.invoices.map(({ invoice, step }) => (
          <li key={`${invoice.row}`}>
            <Text size={200}>
              {invoice.invoice} — {formatAmount(invoice.open, invoice.currency ?? NO_CURRENCY, strings.locale)} — {step.level.id} ({strings.daysOverdue(invoice.daysOverdue)})
            </Text>
          </li>
        ))}
      </ul>
      {draft !== undefined && draft !== null && (
        <section className={styles.draft} aria-label={strings.draftSlot(action.customer)} data-slot="draft">
          {draft}
        </section>
      )}
    </article>
  );
}
