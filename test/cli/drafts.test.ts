/**
 * `refresh --drafts DIR`: the real CLI writes today's reminders, each .eml read back by an
 * independent MIME parser (mailparser), each letter as a page; files it did not write are safe.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import { ROOT, runCli, tempDir } from '../support/cli';

const SAMPLE = path.join(ROOT, 'samples/receivables.xlsx');

function policyFile(dir: string, extra: Record<string, unknown> = {}): string {
  const file = path.join(dir, 'policy.json');
  writeFileSync(file, JSON.stringify({ drafts: { senderName: 'Anna Nowak', company: 'Acme Supplies Ltd', paymentDetails: 'IBAN DE89 3704 0044 0532 0130 00', replyTo: 'ar@acme-supplies.test', ...extra } }));
  return file;
}

describe('refresh --drafts', () => {
  it('writes an .eml per email action and an .html per letter action, listed in the report', async () => {
    const dir = tempDir();
    const drafts = path.join(dir, 'drafts');
    const json = path.join(dir, 'r.json');
    const run = runCli(['refresh', SAMPLE, '--as-of', '2026-12-21', '--out', path.join(dir, 'o.xlsx'), '--json', json, '--policy', policyFile(dir, { attachStatement: true }), '--drafts', drafts]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const emails = report.actions.filter((a: { channel: string }) => a.channel === 'email');
    expect(report.drafts.length).toBeGreaterThan(0);
    expect(report.drafts.filter((d: { file: string }) => d.file.endsWith('.eml')).length).toBeLessThanOrEqual(emails.length);
    expect(readdirSync(drafts).filter((f) => !f.startsWith('.')).sort()).toEqual(report.drafts.map((d: { file: string }) => d.file).sort());

    for (const entry of report.drafts.filter((d: { file: string }) => d.file.endsWith('.eml'))) {
      const parsed = await simpleParser(readFileSync(path.join(drafts, entry.file)));
      expect(parsed.subject).toBe(entry.subject);
      expect(parsed.headers.get('x-unsent')).toBe('1');
      expect((parsed.to as { value: Array<{ address: string }> }).value.map((v) => v.address)).toEqual(entry.to);
      expect(parsed.text).toContain('IBAN DE89 3704 0044 0532 0130 00');
      expect(parsed.html).toContain('<table');
      expect(parsed.headers.has('bcc')).toBe(false);
      // The statement: the customer's open invoices, each a line of the CSV.
      const [statement] = parsed.attachments;
      expect(statement.filename).toMatch(/^statement-.+\.csv$/);
      const lines = statement.content.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Invoice,Invoice date,Due date,Days overdue,Open,Currency');
      const customer = report.actions.find((a: { id: string }) => a.id === entry.action);
      const open = report.invoices.filter((i: { customer: string; open: string }) => i.customer === customer.customer && Number(i.open) > 0);
      expect(lines).toHaveLength(open.length + 1);
    }
    const languages = new Set(report.drafts.map((d: { language: string }) => d.language));
    expect(languages.size).toBeGreaterThan(1);
    for (const entry of report.drafts.filter((d: { file: string }) => d.file.endsWith('.html'))) {
      expect(readFileSync(path.join(drafts, entry.file), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    }
  });

  it('never overwrites a file it did not write, and replaces its own on the next run', () => {
    const dir = tempDir();
    const drafts = path.join(dir, 'drafts');
    const args = ['refresh', SAMPLE, '--as-of', '2026-12-21', '--out', path.join(dir, 'o.xlsx'), '--json', '-', '--policy', policyFile(dir), '--drafts', drafts];
    const first = JSON.parse(runCli(args).stdout);
    const mine = first.drafts[0].file;
    const second = JSON.parse(runCli(args).stdout);
    expect(second.drafts[0].file).toBe(mine);
    expect(existsSync(path.join(drafts, '.dunning-desk-drafts.json'))).toBe(true);

    // A folder where someone already has a file under the name a draft would take:
    const other = path.join(dir, 'other');
    const theirs = path.join(other, mine);
    mkdirSync(other);
    writeFileSync(theirs, 'not a draft of ours');
    const third = JSON.parse(runCli([...args.slice(0, -1), other]).stdout);
    expect(readFileSync(theirs, 'utf8')).toBe('not a draft of ours');
    expect(third.drafts[0].file).toBe(mine.replace(/\.(eml|html)$/, '-2.$1'));
  });
});
