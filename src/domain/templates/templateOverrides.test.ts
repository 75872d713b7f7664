import { DEFAULT_LADDER, type Level } from '../ladder';
import { type TemplateOverrideRow, NO_OVERRIDES, findOverride, readTemplateOverrides } from './templateOverrides';

const row = (extra: Partial<TemplateOverrideRow>): TemplateOverrideRow => ({
  step: 'notice-1', language: 'en', subject: 'Overdue: {{customer}}', body: 'Hello,\n\n{{invoices}}\n\n{{sender}}', cell: "'Templates'!A2", ...extra,
});
const read = (...rows: TemplateOverrideRow[]) => readTemplateOverrides(rows, DEFAULT_LADDER);

describe('readTemplateOverrides', () => {
  it('keeps a valid row as the template for its step and language', () => {
    const { overrides, problems } = read(row({ language: 'Polish' }));
    expect(problems).toEqual([]);
    expect(findOverride(overrides, 'notice-1', 'pl')).toEqual({
      stepId: 'notice-1', language: 'pl', template: { subject: 'Overdue: {{customer}}', body: 'Hello,\n\n{{invoices}}\n\n{{sender}}' }, cell: "'Templates'!A2",
    });
    expect(findOverride(overrides, 'notice-1', 'en')).toBeUndefined();
  });

  it('matches the step id regardless of case and spaces around it', () => {
    const { overrides } = read(row({ step: ' Notice-1 ' }));
    expect(findOverride(overrides, 'notice-1', 'en')).toBeDefined();
  });

  it('reports an unknown placeholder with the row\'s cell and ignores the row', () => {
    const { overrides, problems } = read(row({ body: 'Pay {{totl}}\n\n{{invoices}}', cell: "'Templates'!C4" }));
    expect(problems).toEqual([{ message: expect.stringMatching(/^body: unknown placeholder \{\{totl\}\} \(did you mean \{\{total\}\}\?\)/), cell: "'Templates'!C4" }]);
    expect(overrides.size).toBe(0);
  });

  it('reports broken braces in the subject and in the body', () => {
    const { problems } = read(row({ subject: 'Overdue {{total', body: '{{invoices}}\n\nPay {{ total }' }));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^subject: "\{\{" is not closed/),
      expect.stringMatching(/^body: "\{\{" is not closed/),
      expect.stringMatching(/^body: "\}" closes no placeholder/),
    ]);
  });

  it('reports a step that is not in the ladder, naming the ladder\'s steps', () => {
    const { problems } = read(row({ step: 'notice-3' }));
    expect(problems).toEqual([{ message: 'step "notice-3" is not in the ladder (pre-due, due-call, notice-1, call-1, notice-2, demand, legal)', cell: "'Templates'!A2" }]);
  });

  it('checks steps against the ladder in use, so a custom step can have its own template', () => {
    const ladder: Level[] = [{ ...DEFAULT_LADDER[2], id: 'hard' }];
    expect(readTemplateOverrides([row({ step: 'hard' })], ladder).problems).toEqual([]);
    expect(readTemplateOverrides([row({ step: 'notice-1' })], ladder).problems).toHaveLength(1);
  });

  it('reports a language the templates are not written in', () => {
    expect(read(row({ language: 'German' })).problems).toEqual([{ message: 'language "German" is not one the templates are written in (en, ru, pl, id)', cell: "'Templates'!A2" }]);
  });

  it('reports empty cells of a row that is not empty', () => {
    const { problems } = read(row({ step: '', language: '', subject: '', body: '' , cell: 'x' }), row({ step: 'demand', subject: ' ', body: '' }));
    expect(problems.map((p) => p.message)).toEqual(['the subject is empty', 'the body is empty']);
  });

  it('wants {{invoices}} in an email or letter body, not in a call script', () => {
    expect(read(row({ body: 'Please pay.' })).problems).toEqual([{ message: 'body: has no {{invoices}}; an email must show the customer which invoices are meant', cell: "'Templates'!A2" }]);
    expect(read(row({ step: 'demand', body: 'Please pay.' })).problems[0].message).toMatch(/a letter must show/);
    expect(read(row({ step: 'due-call', body: 'Ask when they pay.' })).problems).toEqual([]);
  });

  it('keeps the table out of the subject', () => {
    expect(read(row({ subject: 'Open: {{invoices}}' })).problems.map((p) => p.message)).toEqual(['subject: {{invoices}} is a table and belongs in the body']);
  });

  it('keeps the first of two rows for the same step and language and reports the second', () => {
    const { overrides, problems } = read(row({ cell: 'A2' }), row({ language: 'EN', subject: 'Second', cell: 'A3' }));
    expect(problems).toEqual([{ message: 'A2 already sets the template for notice-1 in en; this row is ignored', cell: 'A3' }]);
    expect(findOverride(overrides, 'notice-1', 'en')?.cell).toBe('A2');
  });

  it('has nothing in NO_OVERRIDES', () => {
    expect(findOverride(NO_OVERRIDES, 'notice-1', 'en')).toBeUndefined();
  });
});
