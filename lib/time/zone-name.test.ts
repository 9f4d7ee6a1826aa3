import { describe, expect, it } from 'vitest';
import { zoneDisplayName } from './zone-name';

describe('a time zone as people read it', () => {
  it.each([
    ['America/Panama', 'en', 'Eastern Standard Time (Panama)'],
    ['America/Mexico_City', 'es', 'hora estándar central (Mexico City)'],
    ['Asia/Manila', 'fr', 'heure normale des Philippines (Manila)'],
  ])('names %s in %s by its generic name and its place', (zone, locale, name) => {
    expect(zoneDisplayName(zone, locale)).toBe(name);
  });

  it('never shows the raw id with its slash and underscore', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(zoneDisplayName(zone, 'fr')).not.toMatch(/[/_]/);
  });

  it('calls UTC by its name', () => {
    expect(zoneDisplayName('UTC', 'es')).toBe('UTC');
  });
});
