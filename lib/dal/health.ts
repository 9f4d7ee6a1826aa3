import 'server-only';
import { createClient } from '@redis/client';
import { sql } from 'drizzle-orm';
import { db, databaseDriver, type DatabaseDriver } from '@/db/client';

export type DependencyHealth = { status: 'up' | 'down'; latencyMs: number; error?: string };
export type RedisHealth = DependencyHealth | { status: 'not_configured' };

const PROBE_TIMEOUT_MS = 2_000;

/** Runs a probe bounded in time, so that a hung connection reads as down instead of hanging the check. */
async function probe(run: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}

/** A round trip to the database. */
export async function checkDatabase(): Promise<DependencyHealth & { driver: DatabaseDriver }> {
  const driver = databaseDriver();
  return { ...(await probe(() => db.execute(sql`select 1`))), driver };
}

function connectProbe(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: PROBE_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5_000) },
  });
  // The outcome of each probe is the report; connection errors need no other listener than this one.
  client.on('error', () => {});
  client.connect().catch(() => {});
  return client;
}

type RedisClient = ReturnType<typeof connectProbe>;
let redis: { url: string; client: RedisClient } | undefined;

/** One connection per process for the probe; it reconnects on its own after an outage. */
function redisClient(url: string): RedisClient {
  if (redis?.url === url) return redis.client;
  void redis?.client.destroy();
  redis = { url, client: connectProbe(url) };
  return redis.client;
}

/** Waits for the connection within the probe's time; its listeners go away whatever happens. */
function whenReady(client: RedisClient): Promise<void> {
  if (client.isReady) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onReady = () => settle();
    const onError = (error: unknown) => settle(error);
    const timer = setTimeout(() => settle(new Error('not connected')), PROBE_TIMEOUT_MS);
    client.on('ready', onReady);
    client.on('error', onError);
  });
}

async function ping(client: RedisClient): Promise<void> {
  await whenReady(client);
  await client.ping();
}

/** The probe's connection, for tests that count what it listens to. */
export const redisProbeClient = () => redis?.client;

/** A PING to the shared cache (REDIS_URL), or `not_configured` when the instance runs without one. */
export async function checkRedis(): Promise<RedisHealth> {
  const url = process.env.REDIS_URL;
  if (!url) return { status: 'not_configured' };
  return probe(() => ping(redisClient(url)));
}
