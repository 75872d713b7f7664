import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { ROOT, runCli, tempDir } from '../support/cli';

const SAMPLE = path.join(ROOT, 'samples/receivables.xlsx');

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function smallWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 'Call Acme after lunch';
  const ws = wb.addWorksheet('AR');
  ws.addRow(['Receivables']);
  ws.addRow([]);
  ws.addRow(['Invoice', 'Customer', 'Invoice Date', 'Due Date', 'Amount', 'Currency']);
  ws.addRow(['INV-1', '=cmd|calc', new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), 1200.5, 'EUR']);
  ws.addRow(['INV-2', 'Bolt', new Date(Date.UTC(2026, 10, 1)), 'not a date', 99, 'EUR']);
  await wb.xlsx.writeFile(file);
}

function entries(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

describe('dunning-desk refresh (the command line contract)', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = tempDir();
    input = path.join(dir, 'ar.xlsx');
    await smallWorkbook(input);
  });

  it('writes <input>.refreshed.xlsx beside the input and leaves the input byte-identical', () => {
    const before = sha(input);
    const run = runCli(['refresh', input, '--as-of', '2026-11-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Aged 1 invoice rows from sheet "AR" (header on row 3) as of 2026-11-30.');
    expect(run.stdout).toContain('EUR: current 0.00 | 1-30 1,200.50');
    expect(run.stdout).toContain(`Wrote ${path.join(dir, 'ar.refreshed.xlsx')}`);
    expect(sha(input)).toBe(before);
    expect(existsSync(path.join(dir, 'ar.refreshed.xlsx'))).toBe(true);
  });

  it('adds the summary and issues sheets, keeps user text as text, and exceljs reads it back', async () => {
    const out = path.join(dir, 'checked.xlsx');
    expect(runCli(['refresh', input, '--as-of', '2026-11-30', '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Notes', 'AR', 'Aging summary', 'Issues', "Today's actions", 'Collections log', 'Dunning settings', 'Templates']);
    const summary = wb.getWorksheet('Aging summary')!;
    const values = summary.getSheetValues().flat().filter((v) => v !== undefined && v !== null);
    expect(values).toEqual(expect.arrayContaining(['=cmd|calc', 'EUR', 1200.5]));
    const issues = wb.getWorksheet('Issues')!;
    expect(JSON.stringify(issues.getSheetValues())).toContain('not a date');
    const xml = new TextDecoder().decode(Object.entries(entries(out)).find(([name]) => name.startsWith('xl/worksheets/') && new TextDecoder().decode(entries(out)[name]).includes('cmd|calc'))![1]);
    expect(xml).not.toMatch(/<f>[^<]*cmd/);
  });

  it('prints the JSON report with --json -', () => {
    const run = runCli(['refresh', input, '--as-of', '2026-11-30', '--out', path.join(dir, 'j.xlsx'), '--json', '-']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      version: 1,
      asOf: '2026-11-30',
      source: { sheet: 'AR', headerRow: 3, columns: { invoice: 'Invoice', customer: 'Customer', dueDate: 'Due Date', amount: 'Amount', currency: 'Currency' } },
      invoices: [{ row: 4, invoice: 'INV-1', customer: '=cmd|calc', currency: 'EUR', invoiceDate: '2026-10-01', dueDate: '2026-10-31', dueDateSource: 'sheet', amount: '1200.50', open: '1200.50', status: 'open', daysOverdue: 30, bucket: '1-30' }],
      skipped: [{ row: 1, reason: 'above the header row' }, { row: 3, reason: 'header row' }, { row: 5, reason: expect.stringContaining('Due Date') }],
      issues: [{ row: 5, column: 'Due Date', value: 'not a date', message: expect.stringContaining('not a date') }],
      summary: { byCurrency: { EUR: { current: '0.00', '1-30': '1200.50', '31-60': '0.00', '61-90': '0.00', '91-120': '0.00', 'over-120': '0.00', total: '1200.50', invoices: 1 } } },
    });
    expect(run.stderr).toContain('Aged 1 invoice rows');
  });

  it('updates the workbook in place, keeping the user\'s sheets, and a second refresh changes nothing', () => {
    const work = path.join(dir, 'inplace.xlsx');
    writeFileSync(work, readFileSync(input));
    const original = entries(work);
    expect(runCli(['refresh', work, '--as-of', '2026-11-30', '--in-place']).code).toBe(0);
    const first = entries(work);
    for (const [name, data] of Object.entries(original)) {
      if (['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml'].includes(name)) continue;
      expect([name, Buffer.from(first[name]).equals(Buffer.from(data))]).toEqual([name, true]);
    }
    const afterFirst = sha(work);
    expect(runCli(['refresh', work, '--as-of', '2026-11-30', '--in-place']).code).toBe(0);
    expect(sha(work)).toBe(afterFirst);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [[], /Usage/],
    [['refresh'], /needs an input file/],
    [['refresh', 'x.xlsx', '--as-of', '30/11/2026'], /--as-of must be a date written YYYY-MM-DD/],
    [['refresh', 'x.xlsx', '--colour'], /unknown option --colour/],
    [['refresh', 'missing.xlsx', '--as-of', '2026-11-30'], /cannot read missing\.xlsx: no such file/],
    [['refresh', 'x.pdf'], /only \.xlsx, \.xlsm and \.csv/],
  ])('rejects %j with exit 2 and one line on stderr', (args, message) => {
    const run = runCli(args as string[], dir);
    if ((args as string[]).length === 0) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(message);
      return;
    }
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['garbage.xlsx', Buffer.from('this is not a workbook at all'), /not|zip/i],
    ['locked.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), /password-protected/],
  ])('refuses %s with exit 2 and writes no output', (name, bytes, message) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const run = runCli(['refresh', file, '--as-of', '2026-11-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(file.replace('.xlsx', '.refreshed.xlsx'))).toBe(false);
  });

  it('refuses a workbook with no invoice table and writes nothing', async () => {
    const file = path.join(dir, 'contacts.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('People').addRow(['Name', 'Phone']);
    await wb.xlsx.writeFile(file);
    const run = runCli(['refresh', file, '--as-of', '2026-11-30', '--json', path.join(dir, 'none.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no invoice table found/);
    expect(existsSync(path.join(dir, 'contacts.refreshed.xlsx'))).toBe(false);
    expect(existsSync(path.join(dir, 'none.json'))).toBe(false);
  });

  it('refuses a broken policy, naming the setting, and writes nothing', () => {
    const policy = path.join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ aging: { buckets: [60, 30] } }));
    const run = runCli(['refresh', input, '--as-of', '2026-11-30', '--policy', policy, '--out', path.join(dir, 'p.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/aging\.buckets\[1\]/);
    expect(existsSync(path.join(dir, 'p.xlsx'))).toBe(false);
  });

  it('will not overwrite the input without --in-place, nor name an unknown sheet', () => {
    expect(runCli(['refresh', input, '--out', input]).stderr).toMatch(/use --in-place/);
    const run = runCli(['refresh', input, '--sheet', 'Nope', '--out', path.join(dir, 'n.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no sheet named "Nope" \(sheets: "Notes", "AR"\)/);
  });

  it('turns a CSV file into a workbook holding its rows as text plus the summary', async () => {
    const csv = path.join(dir, 'export.csv');
    writeFileSync(csv, 'Invoice;Customer;Due Date;Amount\n000123;Acme;01.10.2026;"1 234,50"\n=1+1;Bolt;01.11.2026;10\n');
    const run = runCli(['refresh', csv, '--as-of', '2026-11-30', '--json', path.join(dir, 'csv.json')]);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'export.refreshed.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['export', 'Aging summary', "Today's actions", 'Collections log', 'Dunning settings', 'Templates']);
    const data = wb.getWorksheet('export')!;
    expect(data.getCell('A2').value).toBe('000123');
    expect(data.getCell('A3').value).toBe('=1+1');
    const report = JSON.parse(readFileSync(path.join(dir, 'csv.json'), 'utf8'));
    expect(report.invoices.map((i: { row: number; amount: string }) => [i.row, i.amount])).toEqual([[2, '1234.50'], [3, '10.00']]);
  });

  it('runs the bundled sample (the quick start)', () => {
    if (!existsSync(SAMPLE)) throw new Error('samples/receivables.xlsx is missing');
    const dir2 = tempDir();
    const run = runCli(['refresh', SAMPLE, '--as-of', '2026-11-30', '--out', path.join(dir2, 'sample.xlsx'), '--json', path.join(dir2, 's.json')]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir2, 's.json'), 'utf8'));
    expect(report.invoices.length).toBeGreaterThan(250);
    expect(Object.keys(report.summary.byCurrency).length).toBeGreaterThanOrEqual(3);
    expect(report.issues.length).toBeGreaterThan(0);
  });

  it('says its version, from the package it is built from, and its usage', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/dunning-desk refresh/);
  });
});
