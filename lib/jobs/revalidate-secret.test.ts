import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertRevalidateSecretForWorkerApart } from './revalidate-secret';

afterEach(() => vi.unstubAllEnvs());

describe('the secret a worker apart refreshes the portal with', () => {
  it('is required in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('REVALIDATE_SECRET', '');
    expect(() => assertRevalidateSecretForWorkerApart()).toThrow(/REVALIDATE_SECRET is not set/);
    vi.stubEnv('REVALIDATE_SECRET', 'a-long-random-secret');
    expect(() => assertRevalidateSecretForWorkerApart()).not.toThrow();
  });

  it('is optional in development, and during the build', () => {
    vi.stubEnv('REVALIDATE_SECRET', '');
    vi.stubEnv('NODE_ENV', 'development');
    expect(() => assertRevalidateSecretForWorkerApart()).not.toThrow();
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    expect(() => assertRevalidateSecretForWorkerApart()).not.toThrow();
  });
});
