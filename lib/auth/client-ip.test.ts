import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('the address of a sign-in attempt', () => {
  it('is the entry the nearest proxy appended, not one the client wrote first', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.4' }))).toBe('198.51.100.4');
  });

  it('falls back to x-real-ip, then to "unknown"', () => {
    expect(clientIp(new Headers({ 'x-real-ip': '198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});
