import { afterEach, describe, expect, it, vi } from 'vitest';
import { authSecret } from './secret';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the session-signing secret', () => {
  it('is required in production, with a message that says how to make one', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AUTH_SECRET', '');
    expect(() => authSecret()).toThrow(/AUTH_SECRET is not set/);
  });

  it('is read from AUTH_SECRET when set', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AUTH_SECRET', 'a-real-secret');
    expect(authSecret()).toBe('a-real-secret');
  });

  it('has a development default, so that `npm run dev` needs no setup', () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('AUTH_SECRET', '');
    expect(authSecret()).toMatch(/development/);
  });
});
