import { z } from 'zod';

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));

/** A zone the runtime knows by its IANA id, or UTC. */
export const TimeZone = z.string().refine((zone) => TIME_ZONES.has(zone) || zone === 'UTC', 'invalid_time_zone');

/** Every zone a person may choose, UTC first. */
export const TIME_ZONE_CHOICES = ['UTC', ...TIME_ZONES];
