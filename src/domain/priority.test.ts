import fc from 'fast-check';
import { priorityScores } from './priority';

describe('the priority score', () => {
  it('follows the documented formula', () => {
    const scores = priorityScores([
      { totals: [{ currency: 'EUR', open: 100 }], daysOverdue: 120, brokenPromises: 0 },
      { totals: [{ currency: 'EUR', open: 900 }], daysOverdue: 0, brokenPromises: 1 },
      { totals: [{ currency: 'USD', open: 5 }], daysOverdue: 60, brokenPromises: 9 },
    ]);
    expect(scores).toEqual([40, 65, 50 + 20 + 45]);
  });

  it('ranks amounts within their currency the same as counting every smaller peer', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('EUR', 'USD'), fc.integer({ min: 0, max: 50 }), fc.integer({ min: -5, max: 200 })), { maxLength: 60 }), (rows) => {
        const actions = rows.map(([currency, open, days]) => ({ totals: [{ currency, open }], daysOverdue: days, brokenPromises: 0 }));
        const expected = actions.map((a) => {
          const peers = actions.filter((p) => p.totals[0].currency === a.totals[0].currency).map((p) => p.totals[0].open);
          const rank = peers.length <= 1 ? 1 : peers.filter((o) => o < a.totals[0].open).length / (peers.length - 1);
          return Math.round(50 * rank + (40 * Math.min(Math.max(a.daysOverdue, 0), 120)) / 120);
        });
        expect(priorityScores(actions)).toEqual(expected);
      }),
    );
  });
});
