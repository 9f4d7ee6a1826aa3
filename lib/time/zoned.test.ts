import { describe, expect, it } from 'vitest';
import { utcToZonedLocal, zonedLocalToUtc } from './zoned';

describe('embargo times in an office’s time zone', () => {
  it('reads 09:30 in Panama as 14:30 UTC', () => {
    expect(zonedLocalToUtc('2026-05-04T09:30', 'America/Panama')).toEqual(new Date('2026-05-04T14:30:00Z'));
  });

  it('follows summer time in Geneva', () => {
    expect(zonedLocalToUtc('2026-01-15T12:00', 'Europe/Zurich')).toEqual(new Date('2026-01-15T11:00:00Z'));
    expect(zonedLocalToUtc('2026-07-15T12:00', 'Europe/Zurich')).toEqual(new Date('2026-07-15T10:00:00Z'));
  });

  it('handles offsets that are not whole hours', () => {
    expect(zonedLocalToUtc('2026-03-01T08:00', 'Asia/Kathmandu')).toEqual(new Date('2026-03-01T02:15:00Z'));
  });

  it('refuses malformed or impossible times', () => {
    for (const value of ['', '2026-02-30T10:00', '2026-05-04 09:30', '2026-05-04T24:00', 'demain']) {
      expect(zonedLocalToUtc(value, 'Africa/Dakar'), value).toBeUndefined();
    }
  });

  it('shows an instant back as the office’s wall-clock time', () => {
    expect(utcToZonedLocal(new Date('2026-05-04T14:30:00Z'), 'America/Panama')).toBe('2026-05-04T09:30');
  });
});
