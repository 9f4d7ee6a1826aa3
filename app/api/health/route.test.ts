import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/test/database';
import { redisProbeClient } from '@/lib/dal/health';
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
    expect(body).toEqual({ status: 'degraded', database: { status: 'up' }, redis: { status: 'down' } });
  });

  it('tells the public up or down only, never an error text, a latency or a driver', async () => {
    process.env.REDIS_URL = 'redis://health-user:secret@127.0.0.1:1';
    const { body } = await health();
    expect(body).toEqual({ status: 'degraded', database: { status: 'up' }, redis: { status: 'down' } });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|health-user|ECONNREFUSED|latency|pglite/);
  });

  it('adds no listener to the Redis connection per probe while Redis is down', async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    await health();
    const client = redisProbeClient()!;
    const before = { ready: client.listenerCount('ready'), error: client.listenerCount('error') };
    for (let probe = 0; probe < 5; probe += 1) await health();
    expect({ ready: client.listenerCount('ready'), error: client.listenerCount('error') }).toEqual(before);
  });

  it.runIf(process.env.TEST_REDIS_URL)('reports a reachable Redis as up', async () => {
    process.env.REDIS_URL = process.env.TEST_REDIS_URL;
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', database: { status: 'up' }, redis: { status: 'up' } });
  });
});
