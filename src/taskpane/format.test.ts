import { day } from '../../test/support/grids';
import { bucketLabel, formatAmount, formatDate } from './format';
import { en } from './i18n/en';
import { pl } from './i18n/pl';

describe('formatting for the pane', () => {
  it('shows amounts with the currency’s own decimals and the code', () => {
    expect(formatAmount(123456, 'EUR', 'en-US')).toBe('1,234.56 EUR');
    expect(formatAmount(1500, 'JPY', 'en-US')).toBe('1,500 JPY');
    expect(formatAmount(-5, 'USD', 'en-US')).toBe('-0.05 USD');
    // Polish groups only from five digits (CLDR minimumGroupingDigits 2).
    expect(formatAmount(123456, 'PLN', 'pl-PL')).toBe('1234,56 PLN');
    expect(formatAmount(1234567, 'PLN', 'pl-PL')).toMatch(/^12\s345,67 PLN$/);
  });

  it('shows a calendar date without shifting it by a time zone', () => {
    expect(formatDate(day('2026-01-01'), 'en-US')).toBe('Jan 1, 2026');
  });

  it('names the buckets', () => {
    expect(['current', '1-30', 'over-120', 'odd'].map((id) => bucketLabel(id, en))).toEqual(['Current', '1–30 days', 'Over 120 days', 'odd']);
    expect(bucketLabel('31-60', pl)).toBe('31–60 dni');
  });
});
