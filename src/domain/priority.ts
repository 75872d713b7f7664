/**
 * The priority score that orders Today's actions, biggest risk first (README, "Priority"):
 *
 *   score = 50 x amount rank + 40 x min(days overdue, 120) / 120 + 15 x broken promises (max 3)
 *
 * The amount rank is the action's open amount ranked among today's actions in the same currency
 * (1 = the largest, 0 = the smallest; a lone action ranks 1), so amounts in different currencies
 * are never compared without exchange rates. Rounded to a whole number, 0 to 135.
 */
export interface Scorable {
  totals: ReadonlyArray<{ currency: string; open: number }>;
  daysOverdue: number;
  brokenPromises: number;
}

export function priorityScores(actions: readonly Scorable[]): number[] {
  const byCurrency = new Map<string, number[]>();
  for (const action of actions) {
    const main = action.totals[0];
    if (!main) continue;
    const list = byCurrency.get(main.currency) ?? [];
    list.push(main.open);
    byCurrency.set(main.currency, list);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => a - b);
  return actions.map((action) => {
    const main = action.totals[0];
    const peers = main ? byCurrency.get(main.currency)! : [];
    const below = main ? countBelow(peers, main.open) : 0;
    const rank = peers.length <= 1 ? 1 : below / (peers.length - 1);
    const age = Math.min(Math.max(action.daysOverdue, 0), 120) / 120;
    return Math.round(50 * rank + 40 * age + 15 * Math.min(action.brokenPromises, 3));
  });
}

/** How many of the sorted values are below `value` (binary search: a day can hold thousands of actions). */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
