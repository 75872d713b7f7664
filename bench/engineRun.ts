/**
 * One engine measurement in its own process, so peak memory is this run's alone:
 * `node dist/bench/engineRun.js ROWS` prints { rows, ms, rowsPerSecond, peakRssMb } as JSON.
 */
import { bucketIds } from '../src/domain/bucket';
import { findColumns } from '../src/domain/detectColumns';
import { parseIsoDate } from '../src/domain/localDate';
import { DEFAULT_POLICY } from '../src/domain/policy';
import { readInvoices } from '../src/domain/readInvoices';
import { summarize } from '../src/domain/summarize';
import { syntheticGrid } from './syntheticGrid';

function main(): void {
  const rows = Number(process.argv[2] ?? 100000);
  const grid = syntheticGrid(rows);
  const asOf = parseIsoDate('2026-11-30')!;
  const started = process.hrtime.bigint();
  const map = findColumns(grid);
  if (!map) throw new Error('synthetic grid has no header');
  const reading = readInvoices(grid, map, { asOf, policy: DEFAULT_POLICY, date1904: false });
  summarize(reading.invoices, bucketIds(DEFAULT_POLICY.aging.buckets).length);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ rows, ms: Math.round(ms), rowsPerSecond: Math.round(rows / (ms / 1000)), peakRssMb: Math.round(peakRssMb), invoices: reading.invoices.length, issues: reading.issues.length })}\n`);
}

main();
