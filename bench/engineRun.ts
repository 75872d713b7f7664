/**
 * One engine measurement in its own process, so peak memory is this run's alone: a synthetic
 * invoice grid and its Collections log through parse -> age -> plan (find the columns, read and
 * age the invoices, sum the buckets, plan today's actions against the log's history).
 * `node dist/bench/engineRun.js ROWS` prints { rows, ms, rowsPerSecond, peakRssMb } as JSON.
 */
import { bucketIds } from '../src/domain/bucket';
import { findColumns } from '../src/domain/detectColumns';
import { parseIsoDate } from '../src/domain/localDate';
import { planCollections } from '../src/domain/planCollections';
import { DEFAULT_POLICY } from '../src/domain/policy';
import { readInvoices } from '../src/domain/readInvoices';
import { summarize } from '../src/domain/summarize';
import { syntheticGrid, syntheticLog } from './syntheticGrid';

function main(): void {
  const rows = Number(process.argv[2] ?? 100000);
  const grid = syntheticGrid(rows);
  const asOf = parseIsoDate('2026-11-30')!;
  const log = syntheticLog(grid, asOf);
  const started = process.hrtime.bigint();
  const map = findColumns(grid);
  if (!map) throw new Error('synthetic grid has no header');
  const reading = readInvoices(grid, map, { asOf, policy: DEFAULT_POLICY, date1904: false });
  summarize(reading.invoices, bucketIds(DEFAULT_POLICY.aging.buckets).length);
  const aged = process.hrtime.bigint();
  const plan = planCollections(reading.invoices, log, DEFAULT_POLICY.escalation, asOf, []);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ rows, ms: Math.round(ms), rowsPerSecond: Math.round(rows / (ms / 1000)), ageMs: Math.round(Number(aged - started) / 1e6), peakRssMb: Math.round(peakRssMb), invoices: reading.invoices.length, issues: reading.issues.length, logEntries: log.length, actions: plan.actions.length })}\n`);
}

main();
