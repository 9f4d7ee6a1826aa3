import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/test/database';
import { GET } from './route';

vi.mock('next/server', () => ({ connection: async () => {} }));

beforeAll(async () => {
  await freshDatabase();
});
afterEach(() => {
  delete process.env.REDIS_URL;
});

async function health() {
  const response = await GET();
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: await response.json() };
}

describe('the health endpoint', () => {
  it('reports the database as up and Redis as not configured on a single instance', async () => {
    const { status, cacheControl, body } = await health();
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-store');
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up' }, redis: { status: 'not_configured' } });
  });

  it('answers 503 degraded when the configured Redis does not answer, with the database still up', async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'degraded', database: { status: 'up' }, redis: { status: 'down' } });
    expect(body.redis.error).toEqual(expect.any(String));
  });

  it.runIf(process.env.TEST_REDIS_URL)('reports a reachable Redis as up with its latency', async () => {
    process.env.REDIS_URL = process.env.TEST_REDIS_URL;
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', redis: { status: 'up', latencyMs: expect.any(Number) } });
  });
});
