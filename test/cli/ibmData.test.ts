/**
 * The real CLI on real data: 2,466 invoices from IBM's public accounts-receivable sample, kept in
 * ../shared/data (present in CI, absent from a user's clone, where this suite is skipped and
 * jest lists it as skipped). Open counts and totals are recomputed here independently, with
 * plain string and integer arithmetic, and must match the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli, tempDir } from '../support/cli';

const DATA = path.resolve(ROOT, '../shared/data/ibm-accounts-receivable.csv');
const available = existsSync(DATA);
if (!available) console.warn(`Skipping the IBM data tests: ${DATA} is not here (it ships with the team's shared data).`);

interface Row { invoiceDate: string; dueDate: string; settled: string; cents: number }

/** M/D/YYYY -> YYYY-MM-DD, which compares correctly as a string. */
function iso(mdy: string): string {
  const [m, d, y] = mdy.split('/');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function daysFromIso(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

function loadRows(): Row[] {
  const lines = readFileSync(DATA, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const [whole, fraction = ''] = cells[col('InvoiceAmount')].split('.');
    return {
      invoiceDate: iso(cells[col('InvoiceDate')]),
      dueDate: iso(cells[col('DueDate')]),
      settled: iso(cells[col('SettledDate')]),
      cents: Number(whole) * 100 + Number(fraction.padEnd(2, '0')),
    };
  });
}

function centsText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

(available ? describe : describe.skip)('refresh on the IBM receivables sample (../shared/data)', () => {
  const rows = available ? loadRows() : [];
  const edges = [30, 60, 90, 120];
  const ids = ['current', '1-30', '31-60', '61-90', '91-120', 'over-120'];

  it.each(['2012-06-30', '2013-03-15', '2013-12-31', '2014-09-01'])('matches an independent count and total as of %s', (asOf) => {
    const dir = tempDir();
    const json = path.join(dir, 'report.json');
    const run = runCli(['refresh', DATA, '--as-of', asOf, '--out', path.join(dir, 'out.xlsx'), '--json', json]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));

    const open = rows.filter((r) => r.invoiceDate <= asOf && asOf < r.settled);
    const buckets = new Map<string, number>(ids.map((id) => [id, 0]));
    for (const r of open) {
      const age = daysFromIso(asOf) - daysFromIso(r.dueDate);
      const id = age <= 0 ? 'current' : (ids[edges.findIndex((e) => age <= e) + 1] ?? 'over-120');
      buckets.set(id, buckets.get(id)! + r.cents);
    }
    const total = open.reduce((sum, r) => sum + r.cents, 0);

    expect(report.invoices).toHaveLength(rows.length);
    expect(report.skipped).toEqual([{ row: 1, reason: 'header row' }]);
    expect(report.issues).toEqual([]);
    const summary = report.summary.byCurrency.XXX ?? { invoices: 0, total: '0.00' };
    expect(summary.invoices).toBe(open.length);
    expect(summary.total).toBe(centsText(total));
    if (open.length > 0) for (const id of ids) expect([id, summary[id]]).toEqual([id, centsText(buckets.get(id)!)]);
    const notIssued = rows.filter((r) => r.invoiceDate > asOf).length;
    expect(report.invoices.filter((i: { status: string }) => i.status === 'not-issued')).toHaveLength(notIssued);
  });
});
