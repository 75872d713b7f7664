/**
 * The dependency rule fails the build, not just a review: the lint rule rejects an import
 * against the layers, and the core's tsconfig (no DOM, no Node types) rejects host globals.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');

/** The real eslint command with the project's config, fed the code as if it were `file`. */
async function lint(file: string, code: string): Promise<string[]> {
  const bin = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
  const run = spawnSync(process.execPath, [bin, '--stdin', '--stdin-filename', path.join(ROOT, file), '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
  return result.messages.map((m) => m.message);
}

function coreDiagnostics(code: string): string[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.core.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const file = path.join(ROOT, 'src/domain/__probe.ts');
  const host = ts.createCompilerHost({ ...parsed.options, noEmit: true });
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? code : readFile(name));
  host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([file], { ...parsed.options, noEmit: true, composite: false, incremental: false }, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the dependency rule', () => {
  it.each([
    ['src/domain/x.ts', "import { OutSheet } from '../workbook/ports';", /may not import workbook/],
    ['src/domain/x.ts', "import ExcelJS from 'exceljs';", /domain\/ imports only domain\/\* and date-fns/],
    ['src/workbook/x.ts', "import { refresh } from '../app/refresh';", /may not import app/],
    ['src/app/x.ts', "import { openXlsx } from '../adapters/xlsx/xlsxWorkbook';", /may not import adapters/],
    ['src/adapters/xlsx/x.ts', "import { main } from '../../cli/main';", /may not import cli/],
  ])('rejects %s importing against the layers', async (file, code, message) => {
    expect(await lint(file, `${code}\nexport const used = 1;\n`)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('lets a layer import the layers below it', async () => {
    expect(await lint('src/app/x.ts', "import type { OutSheet } from '../workbook/ports';\nimport { addDays } from '../domain/localDate';\nexport type T = OutSheet;\nexport const f = addDays;\n")).toEqual([]);
  });

  it.each([
    ['document.title', /Cannot find name 'document'/],
    ["Buffer.from('x')", /Cannot find name 'Buffer'/],
    ['Excel.run(async () => {})', /Cannot find name 'Excel'/],
  ])('does not compile host globals in the core: %s', (expression, message) => {
    expect(coreDiagnostics(`export const probe = () => ${expression};\n`)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
