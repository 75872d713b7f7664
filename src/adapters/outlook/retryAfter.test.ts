import { retryAfterSeconds } from './retryAfter';

describe('retryAfterSeconds', () => {
  const now = Date.UTC(2026, 10, 30, 12, 0, 0);
  it('reads seconds and HTTP-dates, and nothing else', () => {
    expect(retryAfterSeconds('1', now)).toBe(1);
    expect(retryAfterSeconds(' 120 ', now)).toBe(120);
    expect(retryAfterSeconds('Mon, 30 Nov 2026 12:00:05 GMT', now)).toBe(5);
    expect(retryAfterSeconds('Mon, 30 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds(null, now)).toBeNull();
    expect(retryAfterSeconds('-1', now)).toBeNull();
    expect(retryAfterSeconds('1.5', now)).toBeNull();
    expect(retryAfterSeconds('soon', now)).toBeNull();
  });
});
