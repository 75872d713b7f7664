import { localDate } from '../../domain/localDate';
import { mailDate } from './mailDate';

describe('mailDate', () => {
  it('writes RFC 5322 dates that JS reads back as the same moment', () => {
    expect(mailDate(localDate(2026, 11, 30)!)).toBe('Mon, 30 Nov 2026 12:00:00 +0000');
    const text = mailDate({ date: localDate(2024, 2, 29)!, hour: 7, minute: 5, offsetMinutes: -330 });
    expect(text).toBe('Thu, 29 Feb 2024 07:05:00 -0530');
    expect(new Date(text!).toISOString()).toBe('2024-02-29T12:35:00.000Z');
  });

  it('refuses impossible times', () => {
    const date = localDate(2026, 1, 1)!;
    expect(mailDate({ date, hour: 24, minute: 0, offsetMinutes: 0 })).toBeNull();
    expect(mailDate({ date, hour: 1, minute: 60, offsetMinutes: 0 })).toBeNull();
    expect(mailDate({ date, hour: 1, minute: 0, offsetMinutes: 15 * 60 })).toBeNull();
    expect(mailDate({ date, hour: 1.5, minute: 0, offsetMinutes: 0 })).toBeNull();
  });

  it('takes an RFC 5322 string as written, and refuses anything else', () => {
    expect(mailDate('Mon, 30 Nov 2026 09:00:00 +0100')).toBe('Mon, 30 Nov 2026 09:00:00 +0100');
    expect(mailDate('30 Nov 2026 09:00 -0500')).toBe('30 Nov 2026 09:00 -0500');
    for (const bad of ['2026-11-30', 'Mon, 30 Nov 2026 24:00:00 +0000', 'Mon, 32 Nov 2026 09:00:00 +0000', 'Mon, 30 Nov 2026 09:00:00 +0000\r\nBcc: x@y.z']) {
      expect(mailDate(bad)).toBeNull();
    }
  });
});
