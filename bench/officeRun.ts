/**
 * One Office adapter measurement in its own process: `node dist/bench/officeRun.js ROWS [log]`
 * refreshes a synthetic invoice sheet of ROWS rows through OfficeWorkbook on the strict in-memory
 * Excel (read, refresh, write the product's sheets) and prints as JSON
 * { rows, logEntries, syncs, largestRequestBytes, largestResponseBytes, engineMs, ... }. With
 * `log`, the workbook is one two months on: it holds the Collections log the engine benchmark
 * plans against (syntheticLog), as the product writes it, and yesterday's refresh (Today's
 * actions, the other product sheets); each refresh reads them, so they weigh on the syncs as a
 * workbook ages.
 * `engineMs` is the engine's own time (refresh() minus the reads it waits on); `totalMs` is the
 * whole open-refresh-write with Excel in memory, i.e. the add-in's cost without Excel's.
 */
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { refresh } from '../src/app/refresh';
import type { LogEntry } from '../src/domain/collectionsLog';
import type { Grid } from '../src/domain/grid';
import { addDays, parseIsoDate } from '../src/domain/localDate';
import { EMPTY_LOG, collectionsLogSheet } from '../src/workbook/collectionsLogSheet';
import type { SheetGrid, WorkbookReader } from '../src/workbook/ports';
import { productSheetSeed } from '../test/support/productSheetSeed';
import { type SeedCell, type SeedSheet, StrictExcel } from '../test/support/strictExcel';
import { syntheticGrid, syntheticLog } from './syntheticGrid';

/** The grid's cells as the user's sheet holds them, number formats kept. */
function seedRows(grid: Grid): SeedCell[][] {
  return grid.rows.map((row, r) =>
    row.map((value, c) => {
      const format = grid.formats?.[r]?.[c];
      return format && value !== null && typeof value !== 'object' ? { value, format } : value;
    }),
  );
}

/** The Collections log sheet as the product writes it, holding `entries` in its table. */
function logSheet(entries: readonly LogEntry[]): SeedSheet {
  return productSheetSeed(collectionsLogSheet(EMPTY_LOG, entries, false));
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const withLog = process.argv[3] === 'log';
  const asOf = parseIsoDate('2026-11-30')!;
  const grid = syntheticGrid(rows);
  const log = withLog ? syntheticLog(grid, asOf) : [];
  const excel = new StrictExcel([{ name: 'Invoices', rows: seedRows(grid) }, ...(withLog ? [logSheet(log)] : [])]);
  if (withLog) {
    // A workbook in use is refreshed every morning: yesterday's refresh left Today's actions.
    const yesterday = await OfficeWorkbook.open(excel);
    await yesterday.writeOwnedSheets((await refresh(yesterday, { asOf: addDays(asOf, -1) })).sheets);
    excel.resetStats();
  }

  const started = process.hrtime.bigint();
  const book = await OfficeWorkbook.open(excel);
  // Time while any read is under way: sheets asked for together are read together.
  let readNs = 0n;
  let reading = 0;
  let since = 0n;
  const timed: WorkbookReader = {
    date1904: book.date1904,
    sheetNames: () => book.sheetNames(),
    readSheet: async (name, options): Promise<SheetGrid> => {
      if (reading++ === 0) since = process.hrtime.bigint();
      try {
        return await book.readSheet(name, options);
      } finally {
        if (--reading === 0) readNs += process.hrtime.bigint() - since;
      }
    },
  };
  const refreshStarted = process.hrtime.bigint();
  const result = await refresh(timed, { asOf });
  const refreshNs = process.hrtime.bigint() - refreshStarted;
  const readSyncs = excel.stats.syncs;
  await book.writeOwnedSheets(result.sheets);
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;

  const { stats } = excel;
  const movedBytes = stats.perSync.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  process.stdout.write(
    `${JSON.stringify({
      rows,
      logEntries: log.length,
      syncs: stats.syncs,
      largestRequestBytes: stats.largestRequestBytes,
      largestResponseBytes: stats.largestResponseBytes,
      engineMs: Math.round(Number(refreshNs - readNs) / 1e6),
      totalMs: Math.round(totalMs),
      readSyncs,
      writeSyncs: stats.syncs - readSyncs,
      runs: stats.runs,
      movedBytes,
      refusedForSize: stats.refusedForSize,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
