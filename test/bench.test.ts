import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './support/cli';

interface SmokeResults {
  engine: Array<{ rows: number; invoices: number; logEntries: number; actions: number; ms: number; peakRssMb: number }>;
  cli: { rows: number; ms: number; peakRssMb: number; floorMs: number; peer: { seconds: number } | { unavailable: string } };
  cliWithLog: { rows: number; logEntries: number; ms: number; peakRssMb: number };
  office: Array<{ rows: number; syncs: number; largestRequestBytes: number }>;
  officeWithLog: { rows: number; logEntries: number; syncs: number; largestRequestBytes: number };
}

// `npm run bench` is not run by the tests (its sizes take minutes and its times are only
// meaningful side by side). This runs every measurement of it once, small, so a change that
// breaks the benchmark shows up here rather than the next time someone measures.
describe('npm run bench, at smoke sizes', () => {
  it('runs every measurement and writes the table as JSON', () => {
    const script = path.join(ROOT, 'dist/bench/bench.js');
    if (!existsSync(script)) throw new Error('the bench is not built: run `npx tsc -b` (npm test does this)');
    const dir = tempDir('dunning-bench-test-');
    let results: SmokeResults;
    try {
      const run = spawnSync(process.execPath, [script, '--smoke', dir], { encoding: 'utf8' });
      // With stderr, so a failure says why.
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
      expect(run.stdout).toMatch(/CLI \/ floor = \d+\.\d\dx/);
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      results = JSON.parse(readFileSync(path.join(dir, files[0]), 'utf8')) as SmokeResults;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [engine] = results.engine;
    expect(engine).toMatchObject({ rows: 1000, invoices: 1000 });
    expect(engine.logEntries).toBeGreaterThan(0);
    expect(engine.actions).toBeGreaterThan(0);
    expect(results.cli.rows).toBe(2000);
    expect(results.cli.ms).toBeGreaterThan(0);
    expect(results.cli.floorMs).toBeGreaterThan(0);
    // The pandas peer is optional: where Debian's pandas is missing the bench says so.
    const { peer } = results.cli;
    if ('seconds' in peer) expect(peer.seconds).toBeGreaterThan(0);
    else expect(peer.unavailable).toMatch(/peer/);
    const [office] = results.office;
    expect(office.rows).toBe(1000);
    expect(office.syncs).toBeGreaterThan(0);
    expect(office.largestRequestBytes).toBeLessThan(4 * 1024 * 1024);
    // The same workbook two months on, through the CLI and through Office.
    expect(results.cliWithLog).toMatchObject({ rows: 2000 });
    expect(results.cliWithLog.logEntries).toBeGreaterThan(0);
    expect(results.cliWithLog.ms).toBeGreaterThan(0);
    expect(results.officeWithLog).toMatchObject({ rows: 1000 });
    expect(results.officeWithLog.logEntries).toBeGreaterThan(0);
    // Its log is read on every refresh: more to move than without it.
    expect(results.officeWithLog.syncs).toBeGreaterThanOrEqual(office.syncs);
  });
});
