import { zoneDisplayName } from './zone-name';

export type TimeStyle = 'long' | 'medium';

/**
 * An instant as read in a time zone, in a language: the date and time, and the zone's readable
 * name to label them with ("7 Dec 2026, 10:30" and "Eastern Standard Time (Panama)").
 */
export function timeInZone(
  instant: Date,
  timeZone: string,
  locale: string,
  style: TimeStyle = 'medium',
): { time: string; zone: string } {
  return {
    time: new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short', timeZone }).format(instant),
    zone: zoneDisplayName(timeZone, locale),
  };
}
