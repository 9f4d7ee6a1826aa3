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
import { EXPIRE_TAGS_HOOK, withPortalEntries } from './portal-entries.mjs';

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
    logger.warn(
      { operation, key, err: error instanceof Error ? error.message : String(error) },
      'shared cache unavailable, treated as a miss',
    );
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
 * a cached route handler's response (static page URLs, feeds, sitemap), which then no invalidation
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

/**
 * How much process memory copies of shared entries may take. A cached page is read from Redis
 * once per process and then only checked: the whole entry crossing the network and being parsed
 * on every request cost CPU and memory (bench/results/redis-cache.md).
 */
export const NEAR_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Where the hash of expired tags also holds, per cache key, the `lastModified` of the entry Redis
 * holds now: one HMGET then checks a copy's version and its tags. No tag starts with a NUL.
 */
const versionField = (key) => `\u0000version:${key}`;

/** Roughly what an entry holds in memory: its text (two bytes a character at most) and its buffers. */
export function entrySize(entry) {
  let size = 1024;
  const visit = (part) => {
    if (typeof part === 'string') size += part.length * 2;
    else if (Buffer.isBuffer(part)) size += part.length;
    else if (part instanceof Map) for (const item of part.values()) visit(item);
    else if (part && typeof part === 'object') for (const item of Object.values(part)) visit(item);
  };
  visit(entry?.value);
  return size;
}

/**
 * Keeps the entries this process has read or written, least recently used dropped first, and
 * serves one again only once Redis has said, in one round trip of a few bytes, that it still
 * holds that version and that none of its tags has expired since. Another instance's publish
 * therefore shows here on the next request, as it would without the copy.
 */
export function withNearCache(handler, { client, keyPrefix, maxBytes = NEAR_CACHE_BYTES }) {
  const held = new Map();
  let heldBytes = 0;
  const stateKey = keyPrefix + EXPIRED_TAGS_KEY;

  const forget = (key) => {
    const copy = held.get(key);
    if (!copy) return;
    held.delete(key);
    heldBytes -= copy.size;
  };
  const keep = (key, entry) => {
    forget(key);
    const size = entrySize(entry);
    if (size > maxBytes / 4) return;
    held.set(key, { entry, size });
    heldBytes += size;
    for (const [oldest, copy] of held) {
      if (heldBytes <= maxBytes) break;
      held.delete(oldest);
      heldBytes -= copy.size;
    }
  };
  // Checks asked for in one turn of the event loop go to Redis together, as one HMGET, each sent
  // after its request arrived: under load, one command answers many requests.
  let waiting = null;
  const flush = async () => {
    const batch = waiting;
    waiting = null;
    const fields = [...new Set(batch.flatMap((check) => check.fields))];
    try {
      const values = await client.hmGet(stateKey, fields);
      const byField = new Map(fields.map((field, index) => [field, values[index]]));
      for (const check of batch) check.resolve(check.fields.map((field) => byField.get(field) ?? null));
    } catch (error) {
      for (const check of batch) check.reject(error);
    }
  };
  const readState = (fields) =>
    new Promise((resolve, reject) => {
      if (!waiting) {
        waiting = [];
        setImmediate(flush);
      }
      waiting.push({ fields, resolve, reject });
    });
  const isCurrent = async (entry, key, implicitTags) => {
    const tags = [...new Set([...(entry.tags ?? []), ...implicitTags])];
    const [version, ...expiredAt] = await readState([versionField(key), ...tags]);
    return (
      version === String(entry.lastModified) && expiredAt.every((time) => !time || Number(time) <= entry.lastModified)
    );
  };

  return {
    ...handler,
    name: `${handler.name}-near-cache`,
    async get(key, meta) {
      const copy = held.get(key);
      if (copy) {
        if (await isCurrent(copy.entry, key, meta?.implicitTags ?? [])) {
          held.delete(key);
          held.set(key, copy);
          return copy.entry;
        }
        forget(key);
      }
      const entry = await handler.get(key, meta);
      if (entry) keep(key, entry);
      return entry;
    },
    async set(key, entry, ctx) {
      forget(key);
      await handler.set(key, entry, ctx);
      // A write that only applies when the key is new may not be the one Redis holds: keep no copy then.
      if (ctx?.setOnlyIfNotExists) return;
      await client.hSet(stateKey, versionField(key), String(entry.lastModified));
      keep(key, entry);
    },
    async delete(key) {
      forget(key);
      await handler.delete?.(key);
      await client.hDel(stateKey, versionField(key));
    },
  };
}

/** Clients that have been connected once: a lost connection is then an outage, not worth waiting for. */
const connectedOnce = new WeakSet();

/** Waits, up to the timeout, for a client that is still connecting (a process's first request may need it). */
async function connected(client, timeoutMs = REDIS_TIMEOUT_MS) {
  if (client.isReady || connectedOnce.has(client)) return;
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
    log.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'Redis unreachable: pages render without the shared cache until it is back',
    );
  });
  client.on('ready', () => {
    connectedOnce.add(client);
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
  const redisStrings = tagRouteResponses(
    withNearCache(createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS }), { client, keyPrefix }),
  );
  const revalidateTag = async (tag) => {
    await connected(client);
    await expireTags(client, keyPrefix, [tag]);
  };
  return { handlers: [missOnFailure({ ...redisStrings, revalidateTag })] };
});

/**
 * Next applies a route handler's `revalidateTag` only after the response has gone, so an instance
 * asked to refresh a page (POST /api/revalidate) would answer before the other instances could know.
 * lib/cache/revalidate.ts calls this hook too, and it resolves once Redis holds the timestamps.
 */
export { EXPIRE_TAGS_HOOK };

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

export default withPortalEntries(SharedCacheHandler);
