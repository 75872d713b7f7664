import type { LogEntry } from './collectionsLog';
import { parseIsoDate } from './localDate';
import { notYetLogged } from './recordMarks';

const DAY = parseIsoDate('2026-11-30')!;
const entry = (actionId: string, invoice: string, outcome: LogEntry['outcome'] = 'done'): LogEntry => ({
  date: DAY, invoice, customer: 'Acme', step: 'reminder', channel: 'email', outcome, until: null, note: '', actionId,
});
const keys = (entries: readonly LogEntry[]) => entries.map((e) => `${e.actionId} ${e.invoice} ${e.outcome}`);

describe('notYetLogged', () => {
  it('drops what the log already holds for the same action, invoice and outcome, and nothing else', () => {
    const log = [entry('2026-11-30-aa', 'A-1'), entry('2026-11-30-bb', 'B-1'), entry('', 'C-1'), ...Array.from({ length: 1000 }, (_, i) => entry(`old-${i}`, `X-${i}`))];
    const marks = [
      entry('2026-11-30-aa', 'A-1'),
      entry('2026-11-30-aa', 'A-2'),
      entry('2026-11-30-aa', 'A-1', 'promised'),
      entry('2026-11-30-bb', 'B-1'),
      entry('2026-11-30-cc', 'C-1'),
      entry('2026-11-30-cc', 'C-1'),
      entry('', 'C-1'),
      entry('', 'C-1'),
    ];
    expect(keys(notYetLogged(marks, log))).toEqual(['2026-11-30-aa A-2 done', '2026-11-30-aa A-1 promised', '2026-11-30-cc C-1 done', ' C-1 done', ' C-1 done']);
    expect(notYetLogged([], log)).toEqual([]);
    expect(keys(notYetLogged(marks.slice(0, 2), []))).toEqual(keys(marks.slice(0, 2)));
  });
});
