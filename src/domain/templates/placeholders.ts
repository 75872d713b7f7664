/**
 * The placeholders a template may use, `{{name}}` in its subject or body. `renderTemplate`
 * documents what each one stands for.
 */
export const PLACEHOLDERS = [
  'customer',
  'invoices',
  'total',
  'oldest_due_date',
  'days_overdue',
  'deadline',
  'company',
  'sender',
  'payment_details',
  'late_fee',
  'phone',
  'email',
  'date',
  'step',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

export function isPlaceholder(name: string): name is Placeholder {
  return KNOWN.has(name);
}

/** The known placeholder closest to a misspelt one ("totl" -> "total"), or null when none is close. */
export function closestPlaceholder(name: string): Placeholder | null {
  let best: Placeholder | null = null;
  let bestDistance = Infinity;
  for (const candidate of PLACEHOLDERS) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor((best?.length ?? 0) / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
