import { describe, expect, it } from 'vitest';
import { waitingDuration } from './waiting';

const now = new Date('2026-11-23T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('how long a release has waited', () => {
  it('counts minutes in the first hour', () => {
    expect(waitingDuration(ago(5 * 60_000), now)).toEqual({ value: 5, unit: 'minute' });
  });

  it('counts whole hours in the first day', () => {
    expect(waitingDuration(ago(5.5 * 3_600_000), now)).toEqual({ value: 5, unit: 'hour' });
  });

  it('counts whole days after that', () => {
    expect(waitingDuration(ago(3.9 * 86_400_000), now)).toEqual({ value: 3, unit: 'day' });
  });

  it('never reports a negative wait when clocks disagree', () => {
    expect(waitingDuration(new Date(now.getTime() + 60_000), now)).toEqual({ value: 0, unit: 'minute' });
  });
});
