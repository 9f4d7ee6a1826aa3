// Next's route and data cache kept in Redis, so that every app instance serves the same pages and
// one invalidated tag reaches them all. next.config.ts plugs it in when REDIS_URL is set.
// Next loads this file with a plain `import()` at run time, uncompiled: it is JavaScript and
// reaches nothing through the `@/` alias.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import pino from 'pino';

// Same shape as lib/log.ts, which this uncompiled file cannot import.
const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'communique', component: 'cache' } });

/** A Redis that answers slower than this is treated as absent: the page renders without the cache. */
export const REDIS_TIMEOUT_MS = 500;

/**
 * Wraps a cache handler so that a failing or slow Redis is a cache miss (get), a skipped write
 * (set, delete) or a skipped invalidation (revalidateTag), logged as a warning, never an error page.
 */
export function missOnFailure(handler, { timeoutMs = REDIS_TIMEOUT_MS, logger = log } = {}) {
  const bounded = async (operation, key, run, fallback) => {
    let timer;
    try {
      return await Promise.race([
        run(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (error) {
      logger.warn({ operation, key, err: error instanceof Error ? error.message : String(error) }, 'shared cache unavailable, treated as a miss');
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    name: `${handler.name}-miss-on-failure`,
    get: (key, meta) => bounded('get', key, () => handler.get(key, meta), null),
    set: (key, value, ctx) => bounded('set', key, () => handler.set(key, value, ctx), undefined),
    revalidateTag: (tag) => bounded('revalidateTag', tag, () => handler.revalidateTag(tag), undefined),
    delete: (key) => bounded('delete', key, async () => handler.delete?.(key), undefined),
  };
}

/**
 * The library tags a cached page with the tags Next put in its `x-next-cache-tags` header, but not
 * a cached route handler's response (our release URLs, feeds, sitemap), which then no invalidation
 * could reach on another instance. Give route responses their header's tags too.
 */
export function withRouteTags(entry) {
  if (entry?.value?.kind !== 'APP_ROUTE') return entry;
  const header = entry.value.headers?.['x-next-cache-tags'];
  const routeTags = Array.isArray(header) ? header : typeof header === 'string' ? header.split(',') : [];
  return { ...entry, tags: [...new Set([...entry.tags, ...routeTags])] };
}

function tagRouteResponses(handler) {
  return { ...handler, set: (key, entry, ctx) => handler.set(key, withRouteTags(entry), ctx) };
}

/** One client per process; it reconnects on its own, and until it is ready every read is a miss. */
function connectRedis(url) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5_000) },
  });
  let down = false;
  client.on('error', (error) => {
    // The client retries every few seconds while Redis is away: warn once per outage, not per retry.
    if (down) return;
    down = true;
    log.warn({ err: error instanceof Error ? error.message : String(error) }, 'Redis unreachable: pages render without the shared cache until it is back');
  });
  client.on('ready', () => {
    if (down) log.info('Redis reachable again: shared cache restored');
    down = false;
  });
  client.connect().catch(() => {
    // Reported by the 'error' listener; the client keeps retrying.
  });
  return client;
}

// CacheHandler calls this once per process and shares the result between its instances.
// Keys carry the build id: a new deploy never serves pages that point at the old build's scripts.
CacheHandler.onCreation(({ buildId }) => ({
  handlers: [
    missOnFailure(
      tagRouteResponses(createRedisHandler({
        client: connectRedis(process.env.REDIS_URL),
        keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? 'communique:'}${buildId ?? 'unknown-build'}:`,
        timeoutMs: REDIS_TIMEOUT_MS,
      })),
    ),
  ],
}));

export default CacheHandler;
