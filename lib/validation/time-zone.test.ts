import { describe, expect, it } from 'vitest';
import { TimeZoneInput } from './accounts';

describe('the zone a person chooses in their account', () => {
  it('accepts a zone the runtime knows, and UTC', () => {
    expect(TimeZoneInput.parse({ timeZone: 'Europe/Madrid' })).toEqual({ timeZone: 'Europe/Madrid' });
    expect(TimeZoneInput.parse({ timeZone: 'UTC' })).toEqual({ timeZone: 'UTC' });
  });

  it('reads the empty choice as “my office’s zone”', () => {
    expect(TimeZoneInput.parse({ timeZone: '' })).toEqual({ timeZone: null });
  });

  it.each(['Mars/Olympus_Mons', 'america/panama', '+05:00', undefined])('refuses %s', (timeZone) => {
    const parsed = TimeZoneInput.safeParse({ timeZone });
    expect(parsed.success).toBe(false);
  });
});
