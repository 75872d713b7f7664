/**
 * One fixture workbook per export layout (QuickBooks, Xero, 1C, Polish, Indonesian, and a
 * hostile hand-made sheet), each with an expected report worked out by hand from the rows
 * (test/fixtures/layouts/<name>.expected.json; regenerate the workbooks with
 * scripts/makeLayoutFixtures.ts, never the expectations).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { refresh } from '../src/app/refresh';
import { toReport } from '../src/app/report';
import { readCsv } from '../src/adapters/csv/readCsv';
import { openXlsx } from '../src/adapters/xlsx/xlsxWorkbook';
import { parseIsoDate } from '../src/domain/localDate';
import type { WorkbookReader } from '../src/workbook/ports';

const DIR = path.join(__dirname, 'fixtures/layouts');

interface Expected {
  asOf: string;
  sheet: string;
  headerRow: number;
  invoices: Array<{ row: number; invoice: string; customer: string; dueDate: string | null; open: string; status: string; bucket: string | null }>;
  skippedRows: number[];
  issueRows: number[];
}

async function check(reader: WorkbookReader, expected: Expected, sheet?: string) {
  const result = await refresh(reader, { asOf: parseIsoDate(expected.asOf)! });
  const report = toReport(result);
  expect(report.source.sheet).toBe(sheet ?? expected.sheet);
  expect(report.source.headerRow).toBe(expected.headerRow);
  expect(report.invoices.map(({ row, invoice, customer, dueDate, open, status, bucket }) => ({ row, invoice, customer, dueDate, open, status, bucket })))
    .toEqual(expected.invoices);
  expect(report.skipped.filter((s) => s.reason !== 'blank row').map((s) => s.row)).toEqual(expected.skippedRows);
  expect([...new Set(report.issues.map((i) => i.row))].sort((a, b) => a - b)).toEqual(expected.issueRows);
  return report;
}

function expectedFor(name: string): Expected {
  return JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
}

describe('export layouts read as a person would read them', () => {
  it.each(['quickbooks', 'xero', 'onec', 'polish', 'indonesian', 'hostile'])('%s', async (name) => {
    await check(openXlsx(readFileSync(path.join(DIR, `${name}.xlsx`))), expectedFor(name));
  });

  it('reads the 1C export as a Windows-1251 CSV with ";" the same way', async () => {
    await check(readCsv(readFileSync(path.join(DIR, 'onec.csv')), 'onec'), expectedFor('onec'), 'onec');
  });

  it('keeps hostile text as data: formulas stay text and line breaks stay inside the value', async () => {
    const report = await check(openXlsx(readFileSync(path.join(DIR, 'hostile.xlsx'))), expectedFor('hostile'));
    expect(report.invoices.map((i) => i.customer)).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","click")', 'Acme\r\nBcc: x@y.z']));
  });
});
