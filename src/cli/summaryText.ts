import type { RefreshResult } from '../app/refresh';
import { formatIsoDate } from '../domain/localDate';
import { formatMinorUnits, minorDigits } from '../domain/money';
import { NO_CURRENCY } from '../domain/summarize';

function grouped(minor: number, currency: string): string {
  const plain = formatMinorUnits(minor, minorDigits(currency === NO_CURRENCY ? null : currency));
  return plain.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** The few lines printed after a refresh: what was read, the totals, and what needs a look. */
export function summaryText(result: RefreshResult): string {
  const { reading, source } = result;
  const lines = [
    `Aged ${reading.invoices.length} invoice rows from sheet "${source.sheet}" (header on row ${source.headerRow}) as of ${formatIsoDate(result.asOf)}.`,
  ];
  for (const [currency, totals] of result.summary.byCurrency) {
    const buckets = totals.buckets.map((minor, i) => `${result.bucketIds[i]} ${grouped(minor, currency)}`).join(' | ');
    lines.push(`  ${currency}: ${buckets} | total ${grouped(totals.total, currency)} (${totals.invoices} open)`);
  }
  if (result.summary.byCurrency.has(NO_CURRENCY)) {
    lines.push(`  ${NO_CURRENCY} = amounts that name no currency: set "defaultCurrency" in the policy.`);
  }
  const notRead = reading.skipped.filter((s) => s.reason !== 'blank row').length;
  const problems = result.issues.length;
  lines.push(`  ${notRead} rows not read as invoices, ${problems} problem${problems === 1 ? '' : 's'}${problems > 0 ? ' (see the "Issues" sheet)' : ''}.`);
  const channels = new Map<string, number>();
  for (const action of result.plan.actions) channels.set(action.channel, (channels.get(action.channel) ?? 0) + 1);
  const byChannel = [...channels].map(([channel, n]) => `${n} ${channel}`).join(', ');
  lines.push(`Today's actions: ${result.plan.actions.length}${byChannel ? ` (${byChannel})` : ''}; ${result.logged.length} new entr${result.logged.length === 1 ? 'y' : 'ies'} in the Collections log.`);
  for (const notice of result.notices) lines.push(`Note: ${notice}.`);
  return lines.join('\n');
}
