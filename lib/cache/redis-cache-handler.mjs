// Next's route and data cache kept in Redis, so that every app instance serves the same pages and
// one invalidated tag reaches them all. next.config.ts plugs it in when REDIS_URL is set.
// Next loads this file with a plain `import()` at run time, uncompiled: it is JavaScript and
// reaches nothing through the `@/` alias.
import fs from 'node:fs';
import path from 'node:path';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import pino from 'pino';

// Same shape as lib/log.ts, which this uncompiled file cannot import.
const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'communique', component: 'cache' } });

/** A Redis that answers slower than this is treated as absent: the page renders without the cache. */
export const REDIS_TIMEOUT_MS = 500;

/** Runs one Redis operation within the timeout; a failure is logged as a warning and answered with `fallback`. */
async function bounded(operation, key, run, fallback, { timeoutMs = REDIS_TIMEOUT_MS, logger = log } = {}) {
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
}

/**
 * Wraps a cache handler so that a failing or slow Redis is a cache miss (get), a skipped write
 * (set, delete) or a skipped invalidation (revalidateTag), logged as a warning, never an error page.
 */
export function missOnFailure(handler, options = {}) {
  return {
    name: `${handler.name}-miss-on-failure`,
    get: (key, meta) => bounded('get', key, () => handler.get(key, meta), null, options),
    set: (key, value, ctx) => bounded('set', key, () => handler.set(key, value, ctx), undefined, options),
    revalidateTag: (tag) => bounded('revalidateTag', tag, () => handler.revalidateTag(tag), undefined, options),
    delete: (key) => bounded('delete', key, async () => handler.delete?.(key), undefined, options),
  };
}

/**
 * The library's entries are read as stale once a tag they carry has a timestamp, in this hash,
 * later than the entry itself: writing the timestamps of several tags is one command, wherever the
 * entries are and however many there are (the library's own invalidation scans every entry's tags
 * once per tag).
 */
const EXPIRED_TAGS_KEY = '__revalidated_tags__';

/** Marks every entry carrying one of these tags as stale, on every instance, from now on. */
export async function expireTags(client, keyPrefix, tags, now = Date.now()) {
  if (tags.length === 0) return;
  if (!client.isReady) throw new Error('Redis is not connected');
  await client.hSet(keyPrefix + EXPIRED_TAGS_KEY, Object.fromEntries(tags.map((tag) => [tag, String(now)])));
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

/** Waits, up to the timeout, for a client that is still connecting (a process's first request may need it). */
async function connected(client, timeoutMs = REDIS_TIMEOUT_MS) {
  if (client.isReady) return;
  await new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once('ready', done);
  });
}

/** It reconnects on its own, and until it is ready every read is a miss. */
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

let shared;

/** One client per process, and the keys' prefix, which carries the build id: a new deploy never serves pages that point at the old build's scripts. */
function sharedRedis(buildId) {
  shared ??= {
    client: connectRedis(process.env.REDIS_URL),
    keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? 'communique:'}${buildId ?? 'unknown-build'}:`,
  };
  return shared;
}

function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8');
  } catch {
    return undefined;
  }
}

// CacheHandler calls this once per process and shares the result between its instances.
CacheHandler.onCreation(({ buildId }) => {
  const { client, keyPrefix } = sharedRedis(buildId);
  const redisStrings = tagRouteResponses(createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS }));
  const revalidateTag = async (tag) => {
    await connected(client);
    await expireTags(client, keyPrefix, [tag]);
  };
  return { handlers: [missOnFailure({ ...redisStrings, revalidateTag })] };
});

/**
 * Next applies a route handler's `revalidateTag` only after the response has gone, so an instance
 * asked to refresh a page (POST /api/revalidate) would answer before the other instances could know.
 * `expireTags` in lib/cache/revalidate.ts calls this hook too, and resolves once Redis holds the timestamps.
 */
export const EXPIRE_TAGS_HOOK = Symbol.for('communique.cache.expireTags');

class SharedCacheHandler extends CacheHandler {
  constructor(context) {
    super(context);
    globalThis[EXPIRE_TAGS_HOOK] ??= (tags) => {
      const { client, keyPrefix } = sharedRedis(readBuildId(context.serverDistDir));
      const expire = async () => {
        await connected(client);
        await expireTags(client, keyPrefix, tags);
      };
      return bounded('expireTags', tags.join(','), expire, undefined);
    };
  }
}

export default SharedCacheHandler;
