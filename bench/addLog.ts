/**
 * The bench workbook after two months of use: `node dist/bench/addLog.js IN.xlsx OUT.xlsx` writes
 * OUT with IN's Collections log replaced by the one the engine benchmark plans against
 * (syntheticLog over IN's invoice sheet: one to three contacts for one invoice in five), written
 * by the product's own .xlsx writer, and prints { entries } as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { openXlsx } from '../src/adapters/xlsx/xlsxWorkbook';
import { parseIsoDate } from '../src/domain/localDate';
import { EMPTY_LOG, collectionsLogSheet } from '../src/workbook/collectionsLogSheet';
import { syntheticLog } from './syntheticGrid';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const book = openXlsx(readFileSync(input));
  const log = syntheticLog(await book.readSheet('Invoices'), parseIsoDate('2026-11-29')!);
  writeFileSync(output, await book.withOwnedSheets([collectionsLogSheet(EMPTY_LOG, log, book.date1904)]));
  process.stdout.write(`${JSON.stringify({ entries: log.length })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
