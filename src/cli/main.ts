import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { lazyHolidaySource } from '../app/holidaySource';
import { RefreshError, refresh } from '../app/refresh';
import { toReport } from '../app/report';
import { type LocalDate, localDate, parseIsoDate } from '../domain/localDate';
import { parsePolicy } from '../domain/policy';
import { XlsxError, newXlsxWorkbook, openXlsx } from '../adapters/xlsx/xlsxWorkbook';
import type { OutSheet, WorkbookReader } from '../workbook/ports';
import { type RefreshArgs, USAGE, UsageError, parseArgs } from './args';
import { csvDataSheet } from './csvDataSheet';
import { draftFiles } from './draftFiles';
import { writeFilesAtomically } from './files';
import { nodeZipCodec } from './nodeZipCodec';
import { summaryText } from './summaryText';

/** Today's date on this machine's calendar: the CLI's default as-of date (the engine has none). */
function localToday(): LocalDate {
  const now = new Date();
  return localDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as LocalDate;
}

/** The `--policy` JSON, checked on its own so a mistake is a usage error before any reading. */
async function loadPolicy(file: string | undefined): Promise<unknown> {
  if (file === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the policy ${file}: ${(error as Error).message}`);
  }
  const result = parsePolicy(json);
  if (!result.ok) throw new UsageError(`the policy ${file} is not valid: ${result.errors.join('; ')}`);
  return json;
}

async function loadHolidays() {
  const { dateHolidaysSource } = await import('../adapters/holidays/dateHolidaysSource');
  return dateHolidaysSource();
}

type InputKind = 'xlsx' | 'csv';

function inputKind(file: string): InputKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  throw new UsageError(`${file}: only .xlsx, .xlsm and .csv files can be refreshed`);
}

function defaultOutput(input: string, kind: InputKind): string {
  const ext = kind === 'csv' ? '.xlsx' : path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, path.extname(input))}.refreshed${ext}`);
}

async function runRefresh(args: RefreshArgs): Promise<number> {
  const asOf = args.asOf === undefined ? localToday() : parseIsoDate(args.asOf);
  if (asOf === null) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, got "${args.asOf}"`);
  const kind = inputKind(args.input);
  if (args.inPlace && kind === 'csv') throw new UsageError('--in-place needs an .xlsx workbook: a CSV file cannot hold the product\'s sheets');
  const output = args.inPlace ? args.input : (args.out ?? defaultOutput(args.input, kind));
  if (!args.inPlace && path.resolve(output) === path.resolve(args.input)) {
    throw new UsageError('the output would overwrite the input: use --in-place to update the input workbook');
  }
  const policy = await loadPolicy(args.policy);

  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(args.input);
  } catch (error) {
    throw new UsageError(`cannot read ${args.input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const codec = nodeZipCodec();
  const workbook = kind === 'xlsx' ? openXlsx(bytes, codec) : null;
  // Excel sheet names: at most 31 characters, none of []:*?/\
  const csvName = path.basename(args.input, path.extname(args.input)).replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Invoices';
  // The CSV reader (encodings, delimiters) loads only for a CSV file.
  const reader: WorkbookReader = workbook ?? (await import('../adapters/csv/readCsv')).readCsv(bytes, csvName);
  const result = await refresh(reader, { asOf, sheet: args.sheet, policy, holidays: lazyHolidaySource(loadHolidays) });

  const sheets: OutSheet[] = result.sheets;
  const outputBytes = workbook
    ? await workbook.withOwnedSheets(sheets)
    : await newXlsxWorkbook([csvDataSheet(await reader.readSheet(reader.sheetNames()[0])), ...sheets], codec);
  const files: Array<{ path: string; data: Uint8Array | string }> = [{ path: output, data: outputBytes }];
  let drafts: ReturnType<typeof draftFiles> | undefined;
  if (args.drafts !== undefined) {
    await fs.mkdir(args.drafts, { recursive: true }).catch((error: Error) => {
      throw new UsageError(`cannot create the drafts folder ${args.drafts}: ${error.message}`);
    });
    drafts = draftFiles(result, args.drafts);
    files.push(...drafts.files);
  }
  const json = args.json === undefined ? undefined : `${JSON.stringify(drafts ? { ...toReport(result), drafts: drafts.entries } : toReport(result), null, 2)}\n`;
  if (json !== undefined && args.json !== undefined && args.json !== '-') files.push({ path: args.json, data: json });
  await writeFilesAtomically(files);

  const log = args.json === '-' ? process.stderr : process.stdout;
  if (json !== undefined && args.json === '-') process.stdout.write(json);
  const wrote = [output, args.json && args.json !== '-' ? args.json : '', drafts ? `${drafts.entries.length} draft${drafts.entries.length === 1 ? '' : 's'} in ${args.drafts}` : ''];
  log.write(`${summaryText(result)}\nWrote ${wrote.filter(Boolean).join(', ')}\n`);
  return 0;
}

/** The product's package.json: the nearest above `dir`, which is dist/cli in the bundle and dist/src/cli as tsc builds it. */
function packageJsonAbove(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    const file = path.join(at, 'package.json');
    if (existsSync(file) || path.dirname(at) === at) return file;
  }
}

/** Entry point: returns the exit code (0 done, 2 usage or input problem, 1 unexpected failure). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (parsed.command === 'version') {
      const manifest = JSON.parse(await fs.readFile(packageJsonAbove(__dirname), 'utf8')) as { version: string };
      process.stdout.write(`${manifest.version}\n`);
      return 0;
    }
    return await runRefresh(parsed.args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RefreshError || error instanceof XlsxError) {
      process.stderr.write(`dunning-desk: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`dunning-desk: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
