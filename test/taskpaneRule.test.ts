/**
 * The task pane's components never reach Office, Excel or an adapter: only the composition root
 * (src/taskpane/index.tsx and src/taskpane/hosts/) wires those in. The lint rule fails the build.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function lint(file: string, code: string): string[] {
  const bin = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
  const run = spawnSync(process.execPath, [bin, '--stdin', '--stdin-filename', path.join(ROOT, file), '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
  return result.messages.map((m) => m.message);
}

describe('the task pane’s composition rule', () => {
  it.each([
    ['src/taskpane/components/X.tsx', "import { openXlsx } from '../../adapters/xlsx/xlsxWorkbook';\nexport const x = openXlsx;", /composition root/],
    ['src/taskpane/components/X.tsx', "import { createBrowserHost } from '../hosts/browserHost';\nexport const x = createBrowserHost;", /composition root/],
    ['src/taskpane/desk.ts', "import * as office from '../adapters/office';\nexport const x = office;", /composition root/],
    ['src/taskpane/components/X.tsx', 'export const x = () => Office.context.displayLanguage;', /Office belongs to the composition root/],
    ['src/taskpane/components/X.tsx', 'export const x = () => Excel.run(async () => undefined);', /Excel belongs to the composition root/],
  ])('rejects %s reaching past the desk', (file, code, message) => {
    expect(lint(file, code)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it.each([
    ['src/taskpane/index.tsx', "import { bootOffice } from './hosts/bootOffice';\nexport const x = () => Office.onReady() && bootOffice;"],
    ['src/taskpane/hosts/x.ts', "import { openXlsx } from '../../adapters/xlsx/xlsxWorkbook';\nexport const x = () => Excel.run(async () => openXlsx);"],
    ['src/taskpane/components/X.tsx', "import type { Action } from '../../domain/planActions';\nimport { useDesk } from './deskContext';\nexport type A = Action;\nexport const x = useDesk;"],
  ])('lets %s do its job', (file, code) => {
    expect(lint(file, code)).toEqual([]);
  });
});
