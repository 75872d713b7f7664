/**
 * Seconds to wait from a Retry-After value (RFC 9110 10.2.3): a number of seconds, which is what
 * Graph sends, or an HTTP-date. Null when absent or unreadable, so the caller falls back to its
 * own backoff rather than retrying at once.
 * @example retryAfterSeconds('1', Date.now()) // 1
 */
export function retryAfterSeconds(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (!/[A-Za-z]/.test(text) || Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}
