import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/dunning-desk.js');
const BUNDLE = path.join(ROOT, 'dist/cli/dunning-desk.js');
/** What the CLI bundle is built from. */
const BUNDLED = ['cli', 'app', 'domain', 'workbook', 'adapters'].map((dir) => path.join(ROOT, 'src', dir));

/** When the newest product source (tests left out) under `dir` last changed. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

let built = false;

/** Tests run the bundle bin/dunning-desk.js loads: one built before the last change to the sources would test old code. */
function assertBuilt(): void {
  if (built) return;
  const rebuild = 'run `npm run build:node` (npm test builds it)';
  if (!existsSync(BUNDLE)) throw new Error(`the CLI is not built: ${rebuild}`);
  if (statSync(BUNDLE).mtimeMs < Math.max(...BUNDLED.map(newestSource))) throw new Error(`the CLI bundle is older than its sources: ${rebuild}`);
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real, built command line (`npm test` builds it first). */
export function runCli(args: string[], cwd = ROOT): CliRun {
  assertBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'dunning-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
