/**
 * Aging bucket ids from the policy's edges. With [30, 60, 90, 120]: "current" (age <= 0),
 * "1-30", "31-60", "61-90", "91-120", "over-120" — the QuickBooks/Odoo convention where an
 * invoice due today is still current.
 * @example bucketIds([30, 60]) // ["current", "1-30", "31-60", "over-60"]
 */
export function bucketIds(edges: readonly number[]): string[] {
  const ids = ['current'];
  let lower = 1;
  for (const edge of edges) {
    ids.push(`${lower}-${edge}`);
    lower = edge + 1;
  }
  ids.push(`over-${edges[edges.length - 1]}`);
  return ids;
}

/**
 * Index into `bucketIds(edges)` for an age in days.
 * @example bucketIndex(0, [30, 60]) // 0; bucketIndex(31, [30, 60]) // 2; bucketIndex(61, [30, 60]) // 3
 */
export function bucketIndex(age: number, edges: readonly number[]): number {
  if (age <= 0) return 0;
  let i = 0;
  while (i < edges.length && age > edges[i]) i++;
  return i + 1;
}
