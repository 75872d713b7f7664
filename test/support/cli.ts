import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/dunning-desk.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real, built command line (`npm test` builds it first with `tsc -b`). */
export function runCli(args: string[], cwd = ROOT): CliRun {
  if (!existsSync(path.join(ROOT, 'dist/src/cli/main.js'))) throw new Error('the CLI is not built: run `npx tsc -b` (npm test does this)');
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'dunning-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
