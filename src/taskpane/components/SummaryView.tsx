import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { RefreshResult } from '../../app/refresh';
import { bucketLabel, formatAmount } from '../format';
import { AgingChart } from './AgingChart';
import { useStrings } from './deskContext';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  currency: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  amount: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  // The header cell lays its content out in a flex box: alignment goes on that box.
  amountHeader: { '& > div': { justifyContent: 'flex-end' } },
  total: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Open amounts per aging bucket, one block per currency (currencies are never added together). */
export function SummaryView({ result }: { result: RefreshResult | null }) {
  const strings = useStrings();
  const styles = useStyles();
  if (!result) return <Text className={styles.muted}>{strings.summaryEmpty}</Text>;
  const currencies = [...result.summary.byCurrency];
  if (currencies.length === 0) return <Text>{strings.summaryNone}</Text>;
  return (
    <div className={styles.list}>
      {currencies.map(([currency, totals]) => (
        <section key={currency} className={styles.currency} aria-labelledby={`summary-${currency}`}>
          <h2 id={`summary-${currency}`} className={styles.heading}>
            {currency}
          </h2>
          <Text size={200} className={styles.muted}>
            {strings.total} {formatAmount(totals.total, currency, strings.locale)} · {strings.openInvoices(totals.invoices)}
          </Text>
          <AgingChart currency={currency} bucketIds={result.bucketIds} totals={totals.buckets} />
          <Table size="extra-small" aria-labelledby={`summary-${currency}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.bucket}</TableHeaderCell>
                <TableHeaderCell className={styles.amountHeader}>{strings.amount}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.bucketIds.map((id, i) => (
                <TableRow key={id}>
                  <TableCell>{bucketLabel(id, strings)}</TableCell>
                  <TableCell className={styles.amount}>{formatAmount(totals.buckets[i], currency, strings.locale)}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell className={styles.total}>{strings.total}</TableCell>
                <TableCell className={mergeClasses(styles.amount, styles.total)}>{formatAmount(totals.total, currency, strings.locale)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </section>
      ))}
    </div>
  );
}
