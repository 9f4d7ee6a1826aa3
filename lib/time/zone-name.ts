/**
 * A time zone as people name it, in their language: the zone's generic name and the place its id
 * is named after ("heure normale de l’Est nord-américain (Panama)"), never the raw id alone.
 */
export function zoneDisplayName(timeZone: string, locale: string): string {
  if (timeZone === 'UTC') return 'UTC';
  const generic = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(0))
    .find((part) => part.type === 'timeZoneName')?.value;
  const place = timeZone.split('/').at(-1)!.replaceAll('_', ' ');
  return generic && !/^(?:GMT|UTC)[+-]/.test(generic) ? `${generic} (${place})` : place;
}
