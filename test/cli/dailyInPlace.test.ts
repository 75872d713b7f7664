/**
 * The CLI as a clerk uses it day to day: refresh in place, mark statuses in Excel (here exceljs
 * plays Excel, saving the whole workbook as Excel would), refresh in place again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { runCli, tempDir } from '../support/cli';
import { undeclaredPrefixes } from '../support/namespaces';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function invoiceWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Invoices');
  ws.addRow(['Invoice', 'Customer', 'Due Date', 'Amount', 'Currency', 'Email']);
  ws.addRow(['A-1', 'Acme', new Date(Date.UTC(2026, 9, 15)), 1200, 'EUR', 'ap@acme.test']);
  ws.addRow(['A-2', 'Acme', new Date(Date.UTC(2026, 10, 2)), 300, 'EUR', 'ap@acme.test']);
  ws.addRow(['W-1', 'Wawel', new Date(Date.UTC(2026, 10, 10)), 500, 'PLN', 'biuro@wawel.test']);
  await wb.xlsx.writeFile(file);
}

/** Marks the customer's row of Today's actions Done with a note, as the clerk does in Excel. */
async function markDone(file: string, customer: string, note: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const actions = wb.getWorksheet("Today's actions")!;
  let headerRow = 0;
  actions.eachRow((row, n) => { if (row.getCell(1).value === 'Priority') headerRow = n; });
  const header = (actions.getRow(headerRow).values as unknown[]).map(String);
  let marked = false;
  actions.eachRow((row, n) => {
    if (n <= headerRow || row.getCell(header.indexOf('Customer')).value !== customer) return;
    row.getCell(header.indexOf('Status')).value = 'Done';
    row.getCell(header.indexOf('Note')).value = note;
    marked = true;
  });
  if (!marked) throw new Error(`no action for ${customer}`);
  await wb.xlsx.writeFile(file);
}

/** The Collections log part's rows, each with its number and its XML exactly as stored. */
function logRows(file: string): Array<{ number: number; xml: string }> {
  const xml = logXml(file);
  return [...xml.matchAll(/<row [^>]*?r="(\d+)"[^>]*>.*?<\/row>/gs)].map((m) => ({ number: Number(m[1]), xml: m[0] }));
}

/** The Collections log part's XML. */
function logXml(file: string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const text = (name: string) => strFromU8(parts[name]);
  const id = /<sheet [^>]*name="Collections log"[^>]*r:id="(\w+)"/.exec(text('xl/workbook.xml'))![1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(text('xl/_rels/workbook.xml.rels'))![1];
  return text(`xl/${target.replace(/^\/?xl\//, '')}`);
}

describe('refresh --in-place, day after day', () => {
  it('records what the clerk marked in Excel exactly once', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ar.xlsx');
    await invoiceWorkbook(file);
    expect(runCli(['refresh', file, '--as-of', '2026-11-30', '--in-place']).code).toBe(0);

    await markDone(file, 'Acme', 'Ann will pay Friday');

    const json = path.join(dir, 'r.json');
    const run = runCli(['refresh', file, '--as-of', '2026-11-30', '--in-place', '--json', json]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('2 new entries in the Collections log');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.logged).toBe(2);
    expect(report.actions.map((a: { customer: string }) => a.customer)).toEqual(['Wawel']);

    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(file);
    const log: string[] = [];
    check.getWorksheet('Collections log')!.eachRow((row) => log.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))).join('|')));
    expect(log).toEqual(expect.arrayContaining([
      expect.stringMatching(/^2026-11-30\|A-1\|Acme\|notice-1\|email\|Done\|\|Ann will pay Friday\|2026-11-30-/),
      expect.stringMatching(/^2026-11-30\|A-2\|Acme\|notice-1\|email\|Done\|\|Ann will pay Friday\|2026-11-30-/),
    ]));

    const settled = sha(file);
    expect(runCli(['refresh', file, '--as-of', '2026-11-30', '--in-place']).code).toBe(0);
    expect(sha(file)).toBe(settled);
  });

  it("leaves the log's rows as Excel saved them, and only adds the day's entries below", async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ar.xlsx');
    await invoiceWorkbook(file);
    expect(runCli(['refresh', file, '--as-of', '2026-11-30', '--in-place']).code).toBe(0);
    await markDone(file, 'Acme', 'Ann will pay Friday');
    expect(runCli(['refresh', file, '--as-of', '2026-11-30', '--in-place']).code).toBe(0);

    // In Excel the clerk makes a logged note bold, marks the next customer, and saves.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Collections log')!.getCell('H5').font = { bold: true };
    await wb.xlsx.writeFile(file);
    await markDone(file, 'Wawel', 'paid in cash');
    const rowsBefore = logRows(file);
    expect(rowsBefore.map((r) => r.number)).toEqual([1, 2, 4, 5, 6]);

    const run = runCli(['refresh', file, '--as-of', '2026-11-30', '--in-place', '--json', '-']);
    expect(JSON.parse(run.stdout).logged).toBe(1);
    const rowsAfter = logRows(file);
    // Rows 5 and 6 byte for byte; the new entry below them, inside the table.
    expect(rowsAfter.slice(3, 5)).toEqual(rowsBefore.slice(3, 5));
    expect(rowsAfter.map((r) => r.number)).toEqual([1, 2, 4, 5, 6, 7]);
    // exceljs, like Excel, writes x14ac:dyDescent on its rows: the part declares it.
    expect(rowsAfter[3].xml).toContain('x14ac:');
    expect(undeclaredPrefixes(logXml(file))).toEqual([]);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(file);
    const log = check.getWorksheet('Collections log')!;
    expect(log.getCell('H5').font?.bold).toBe(true);
    expect(log.getCell('H7').value).toBe('paid in cash');
    expect(Object.values((log as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables).map((t) => t.table.tableRef)).toEqual(['A4:I7']);
  });

  it('skips a country\'s public holidays when the settings name the country', () => {
    const dir = tempDir();
    const file = path.join(dir, 'pl.xlsx');
    writeFileSync(file, '');
    return invoiceWorkbook(file).then(() => {
      const policy = path.join(dir, 'pl.json');
      writeFileSync(policy, JSON.stringify({ escalation: { holidayCountry: 'PL' } }));
      // W-1 is due Tuesday 2026-11-10; notice-1 (due + 1) falls on 11 November, Polish Independence Day.
      const step = (args: string[]) => {
        const run = runCli(['refresh', file, '--as-of', '2026-11-11', '--out', path.join(dir, 'o.xlsx'), '--json', '-', ...args]);
        return JSON.parse(run.stdout).invoices.find((i: { invoice: string }) => i.invoice === 'W-1').nextStep;
      };
      expect(step([])).toMatchObject({ id: 'notice-1', date: '2026-11-11', dueToday: true });
      expect(step(['--policy', policy])).toMatchObject({ id: 'notice-1', date: '2026-11-12', dueToday: false });
    });
  });
});
