import type { DateTimeFormatOptions } from 'next-intl';
import { getFormatter, getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { zoneDisplayName } from '@/lib/time/zone-name';
import type { TimeStyle } from '@/lib/time/zoned-label';

/**
 * Formats instants as read in a zone, each labelled with the zone's readable name: the release's
 * office zone for a release's times; unset, the reader's own zone (their setting, or their office's).
 */
export async function getZonedFormatter(timeZone?: string) {
  const [t, format, locale, readerZone] = await Promise.all([
    getTranslations('Time'),
    getFormatter(),
    getLocale(),
    getTimeZone(),
  ]);
  const zone = timeZone ?? readerZone;
  const name = zoneDisplayName(zone, locale);
  return (date: Date, options: DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }) =>
    t('inZone', { time: format.dateTime(date, { ...options, timeZone: zone }), zone: name });
}

type Props = {
  date: Date;
  /** The release's office zone for a release's times; unset, the reader's own zone. */
  timeZone?: string;
  style?: TimeStyle;
  className?: string;
};

/** A date and time labelled with the readable name of the zone it is read in. */
export async function ZonedTime({ date, timeZone, style = 'medium', className }: Props) {
  const when = await getZonedFormatter(timeZone);
  return (
    <time dateTime={date.toISOString()} className={className}>
      {when(date, { dateStyle: style, timeStyle: 'short' })}
    </time>
  );
}
