export type WaitingDuration = { value: number; unit: 'minute' | 'hour' | 'day' };

/** How long something has waited, in the largest whole unit that is at least one. */
export function waitingDuration(since: Date, now: Date): WaitingDuration {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { value: hours, unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
}
