/** The first instant of a `YYYY-MM-DD` day in UTC, for "from" filters. */
export const utcDayStart = (day: string) => new Date(`${day}T00:00:00Z`);
/** The first instant after a `YYYY-MM-DD` day in UTC, for inclusive "to" filters. */
export const utcDayAfter = (day: string) => new Date(utcDayStart(day).getTime() + 86_400_000);
