/**
 * `npm run bench`: the performance goals of README ("Performance"), measured, with ratios
 * against peers run on the same machine in the same run (absolute times on a shared machine are
 * noise; ratios are not). Prints one table and writes it as JSON under bench/results/.
 * Each measurement runs in its own process so its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/bench');

/** What one bench run measures: `npm run bench` takes the full sizes, a test the smoke ones. */
interface Plan {
  engineRows: number[];
  engineRuns: number;
  cliRows: number;
  cliRuns: number;
  officeRows: number[];
  /** Rows of the Office measurement whose workbook also holds two months of Collections log. */
  officeLogRows: number;
  /** Where the JSON goes. */
  resultsDir: string;
}

const FULL: Plan = {
  engineRows: [10_000, 100_000, 1_000_000],
  // The median of three runs by time: one run on a shared machine can be off by a third.
  engineRuns: 3,
  cliRows: 100_000,
  cliRuns: 5,
  officeRows: [1_000, 10_000, 100_000, 500_000],
  officeLogRows: 100_000,
  resultsDir: path.join(ROOT, 'bench/results'),
};

/**
 * `--smoke DIR`: every measurement once at a small size, results in DIR. Only shows that the
 * bench still runs end to end (a test does this); its numbers mean nothing.
 */
function smokePlan(resultsDir: string): Plan {
  return { engineRows: [1_000], engineRuns: 1, cliRows: 2_000, cliRuns: 1, officeRows: [1_000], officeLogRows: 1_000, resultsDir };
}

function node(script: string, args: string[]): Record<string, number> {
  const result = spawnSync(process.execPath, [path.join(DIST, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

/**
 * Yesterday's refresh of the bench workbook, with the sender's details given once as a user
 * would: the timed runs then find the product's sheets (settings with a company and a sender,
 * yesterday's actions, the log) and draft every reminder, as a real morning refresh does.
 */
function refreshYesterday(input: string, work: string): void {
  const policy = path.join(work, 'policy.json');
  writeFileSync(policy, JSON.stringify({ drafts: { company: 'Bench Supplies Ltd', senderName: 'Alex Clerk', paymentDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874' } }));
  const args = [path.join(ROOT, 'bin/dunning-desk.js'), 'refresh', input, '--as-of', '2026-11-27', '--policy', policy, '--in-place'];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`yesterday's refresh failed: ${result.stderr}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Debian's python first: that is where python3-pandas and python3-openpyxl install. */
function pandasPeer(input: string, output: string): { seconds: number } | { unavailable: string } {
  for (const python of ['/usr/bin/python3', 'python3']) {
    if (python.startsWith('/') && !existsSync(python)) continue;
    const result = spawnSync(python, [path.join(ROOT, 'bench/peers/pandas_aging.py'), input, '2026-11-30', output], { encoding: 'utf8' });
    if (result.status === 0) return { seconds: JSON.parse(result.stdout).seconds as number };
    if (result.status !== 3) return { unavailable: `the peer failed: ${result.stderr.trim()}` };
  }
  return { unavailable: 'peer unavailable (install python3-pandas and python3-openpyxl)' };
}

interface BundleSizes {
  entries: Record<string, { raw: number; gzip: number }>;
  lazy: Array<{ name: string; raw: number; gzip: number }>;
}

/** The task pane's JavaScript, as the last site build measured it (`npm run build` writes it). */
function bundleLines(results: Record<string, unknown>): string[] {
  const file = path.join(ROOT, 'dist/bundle-sizes.json');
  if (!existsSync(file)) return ['Task pane bundle: no site build yet (run `npm run build`, then the bench).'];
  const sizes = JSON.parse(readFileSync(file, 'utf8')) as BundleSizes;
  results.bundle = sizes;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const pane = sizes.entries.taskpane;
  return [
    'Task pane JavaScript (last site build)',
    `  initial: ${kb(pane.raw)} raw, ${kb(pane.gzip)} gzip (goal < 250 KB gzip)`,
    ...sizes.lazy.map((chunk) => `  lazy ${chunk.name}: ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip`),
  ];
}

function main(plan: Plan): void {
  const work = mkdtempSync(path.join(tmpdir(), 'dunning-bench-'));
  const lines: string[] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
  try {
    const engine = plan.engineRows.map((rows) => {
      const runs = Array.from({ length: plan.engineRuns }, () => node('engineRun.js', [String(rows)])).sort((a, b) => a.ms - b.ms);
      return { ...runs[Math.floor(runs.length / 2)], peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) } as Record<string, number>;
    });
    results.engine = engine;
    lines.push(`Engine (parse -> age -> plan against a Collections log, synthetic grids, one core), median of ${plan.engineRuns}`);
    for (const e of engine) {
      const ageRate = Math.round(e.rows / (e.ageMs / 1000));
      lines.push(`  ${String(e.rows).padStart(9)} rows  ${String(e.rowsPerSecond).padStart(9)} rows/s  (to aged: ${ageRate} rows/s; ${e.logEntries} log entries)  peak ${e.peakRssMb} MB`);
    }

    const input = path.join(work, `invoices-${plan.cliRows}.xlsx`);
    node('makeBenchWorkbook.js', [input, String(plan.cliRows), '1']);
    refreshYesterday(input, work);
    // Taken in turns, so a slow spell on a shared machine weighs on both sides of the ratio.
    const cli: Array<Record<string, number>> = [];
    const floor: Array<Record<string, number>> = [];
    for (let i = 0; i < plan.cliRuns; i++) {
      cli.push(node('cliRun.js', [input, path.join(work, `out-${i}.xlsx`)]));
      floor.push(node('floor.js', [input]));
    }
    const cliMs = median(cli.map((r) => r.ms));
    const floorMs = median(floor.map((r) => r.ms));
    const peer = pandasPeer(input, path.join(work, 'peer.xlsx'));
    results.cli = { rows: plan.cliRows, ms: cliMs, peakRssMb: Math.max(...cli.map((r) => r.peakRssMb)), floorMs, peer };
    lines.push(`CLI end to end, ${plan.cliRows}-row .xlsx refreshed the day before (read, age, plan, draft, write), median of ${plan.cliRuns}`);
    lines.push(`  dunning-desk refresh   ${cliMs} ms, peak ${Math.max(...cli.map((r) => r.peakRssMb))} MB`);
    lines.push(`  floor (unzip + scan)   ${Math.round(floorMs)} ms   -> CLI / floor = ${(cliMs / floorMs).toFixed(2)}x (goal <= 2.5x)`);
    if ('seconds' in peer) {
      lines.push(`  pandas + openpyxl      ${Math.round(peer.seconds * 1000)} ms   -> CLI / peer = ${(cliMs / (peer.seconds * 1000)).toFixed(3)}x (goal <= 0.15x)`);
    } else lines.push(`  pandas + openpyxl      ${peer.unavailable}`);
    // The same workbook two months on: the log is read, planned against and written every time.
    const agedInput = path.join(work, `aged-${plan.cliRows}.xlsx`);
    const { entries } = node('addLog.js', [input, agedInput]);
    const agedRuns = Array.from({ length: plan.cliRuns }, (_, i) => node('cliRun.js', [agedInput, path.join(work, `aged-out-${i}.xlsx`)]));
    const agedMs = median(agedRuns.map((r) => r.ms));
    const agedPeak = Math.max(...agedRuns.map((r) => r.peakRssMb));
    results.cliWithLog = { rows: plan.cliRows, logEntries: entries, ms: agedMs, peakRssMb: agedPeak };
    lines.push(`  with two months of Collections log (${entries} entries)   ${agedMs} ms, peak ${agedPeak} MB (${(agedMs / cliMs).toFixed(2)}x the day-old workbook)`);
    const office = plan.officeRows.map((rows) => node('officeRun.js', [String(rows)]));
    // The same sheet in a workbook used for two months: the log is read and written on every refresh.
    const aged = node('officeRun.js', [String(plan.officeLogRows), 'log']);
    results.office = office;
    results.officeWithLog = aged;
    lines.push('Office adapter on the strict in-memory Excel (read, refresh, write), per refresh');
    const officeLine = (o: Record<string, number>, what: string) =>
      `  ${what}  ${String(o.syncs).padStart(3)} syncs (goal <= 10 at 100k)  largest request ${(o.largestRequestBytes / 1e6).toFixed(2)} MB, response ${(o.largestResponseBytes / 1e6).toFixed(2)} MB (limit 4 MB)  engine ${o.engineMs} ms`;
    for (const o of office) lines.push(officeLine(o, `${String(o.rows).padStart(9)} rows`));
    lines.push(officeLine(aged, `${String(aged.rows).padStart(9)} rows two months on: a ${aged.logEntries}-entry Collections log, refreshed the day before`));
    lines.push(...bundleLines(results));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  const dir = plan.resultsDir;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${(results.date as string).slice(0, 19).replace(/[:T]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`Written to ${path.relative(ROOT, file)}\n`);
}

const smoke = process.argv.indexOf('--smoke');
main(smoke === -1 ? FULL : smokePlan(path.resolve(process.argv[smoke + 1] ?? path.join(tmpdir(), 'dunning-bench-smoke'))));
