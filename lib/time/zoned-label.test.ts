import { describe, expect, it } from 'vitest';
import { timeInZone } from './zoned-label';

const instant = new Date('2026-12-07T15:30:00Z');

describe('an instant as read in a time zone', () => {
  it('gives the wall-clock time of the zone and the zone’s readable name', () => {
    expect(timeInZone(instant, 'America/Panama', 'en')).toEqual({
      time: 'Dec 7, 2026, 10:30 AM',
      zone: 'Eastern Standard Time (Panama)',
    });
  });

  it('reads the same instant differently in another zone and language', () => {
    expect(timeInZone(instant, 'Europe/Paris', 'fr', 'long')).toEqual({
      time: '7 décembre 2026 à 16:30',
      zone: 'heure normale d’Europe centrale (Paris)',
    });
  });

  it('names UTC as such, never by a raw id', () => {
    expect(timeInZone(instant, 'UTC', 'es').zone).toBe('UTC');
  });
});
