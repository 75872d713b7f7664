import * as path from 'node:path';

/** The CLI as bin/dunning-desk.js runs it: the bundle webpack.config.js builds. */
const CLI_BUNDLE = path.join(__dirname, '../cli/dunning-desk.js');

/**
 * One CLI run in its own process, through the same `main` as bin/dunning-desk.js, reporting
 * its peak memory: `node dist/bench/cliRun.js IN.xlsx OUT.xlsx` prints { ms, peakRssMb }.
 * The time includes loading the CLI's code, which a user waits for too.
 */
async function run(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const { main } = (await import(CLI_BUNDLE)) as typeof import('../src/cli/main');
  const stdout = process.stdout.write.bind(process.stdout);
  // The CLI's own summary would mix with the measurement on stdout.
  process.stdout.write = (() => true) as typeof process.stdout.write;
  const code = await main(['refresh', input, '--as-of', '2026-11-30', '--out', output]);
  process.stdout.write = stdout;
  if (code !== 0) throw new Error(`the CLI failed with exit code ${code}`);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  stdout(`${JSON.stringify({ ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

void run();
