import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';
import { describe, expect, it, vi } from 'vitest';
import { entrySize, expireTags, missOnFailure, withNearCache, withRouteTags } from './redis-cache-handler.mjs';

const entry = { lastModified: 1, lifespan: null, tags: ['publications:fr'], value: null };
const meta = { implicitTags: [] };

function failingHandler(failure: () => Promise<never>): Handler {
  return { name: 'redis-strings', get: failure, set: failure, revalidateTag: failure, delete: failure };
}

const refused = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6390'));
const hanging = () => new Promise<never>(() => {});

describe('the shared cache when Redis fails', () => {
  it('answers a refused read as a miss and logs a warning', async () => {
    const logger = { warn: vi.fn() };
    const handler = missOnFailure(failingHandler(refused), { logger });
    await expect(handler.get('/fr/news', meta)).resolves.toBeNull();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ operation: 'get', key: '/fr/news', err: 'connect ECONNREFUSED 127.0.0.1:6390' }),
      expect.stringContaining('treated as a miss'),
    );
  });

  it('answers a read that never comes back as a miss once the timeout has passed', async () => {
    const logger = { warn: vi.fn() };
    const handler = missOnFailure(failingHandler(hanging), { timeoutMs: 5, logger });
    await expect(handler.get('/fr/news', meta)).resolves.toBeNull();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ err: 'no answer within 5 ms' }),
      expect.any(String),
    );
  });

  it('skips writes, deletions and invalidations instead of failing the request', async () => {
    const logger = { warn: vi.fn() };
    const handler = missOnFailure(failingHandler(refused), { logger });
    await expect(handler.set('/fr/news', entry, {})).resolves.toBeUndefined();
    await expect(handler.revalidateTag('publications:fr')).resolves.toBeUndefined();
    await expect(handler.delete?.('/fr/news')).resolves.toBeUndefined();
    expect(logger.warn.mock.calls.map(([details]) => details.operation)).toEqual(['set', 'revalidateTag', 'delete']);
  });

  it('passes answers through untouched while Redis works', async () => {
    const logger = { warn: vi.fn() };
    const stored = { ...entry, lastModified: 42 };
    const inner: Handler = {
      name: 'redis-strings',
      get: async () => stored,
      set: vi.fn(async () => {}),
      revalidateTag: vi.fn(async () => {}),
    };
    const handler = missOnFailure(inner, { logger });
    await expect(handler.get('/fr/news', meta)).resolves.toBe(stored);
    await handler.revalidateTag('publications:fr');
    expect(inner.revalidateTag).toHaveBeenCalledWith('publications:fr');
    expect(logger.warn).not.toHaveBeenCalled();
  });
});

describe('tags of a cached route response', () => {
  it('adds the tags Next listed in its header, so that an invalidation on another instance reaches it', () => {
    const route = {
      ...entry,
      tags: [],
      value: {
        kind: 'APP_ROUTE',
        status: 200,
        body: Buffer.from(''),
        headers: { 'x-next-cache-tags': 'publication:fr:appel,sitemap' },
      },
    } as unknown as typeof entry; // the entry types of Next's internals are not exported
    expect(withRouteTags(route).tags).toEqual(['publication:fr:appel', 'sitemap']);
  });

  it('leaves pages and data entries as the library tagged them', () => {
    const page = {
      ...entry,
      value: { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'other' } },
    } as unknown as typeof entry; // as above
    expect(withRouteTags(page)).toBe(page);
  });
});

describe('expiring tags in the shared cache', () => {
  it('stamps every tag with the time in one command, which makes older entries carrying them stale on every instance', async () => {
    const client = { isReady: true, hSet: vi.fn(async () => 2) };
    await expireTags(client, 'communique:build:', ['publication:fr:appel', 'sitemap'], 1_700_000_000_000);
    expect(client.hSet).toHaveBeenCalledTimes(1);
    expect(client.hSet).toHaveBeenCalledWith('communique:build:__revalidated_tags__', {
      'publication:fr:appel': '1700000000000',
      sitemap: '1700000000000',
    });
  });

  it('refuses to report success while Redis is not connected', async () => {
    await expect(expireTags({ isReady: false, hSet: vi.fn() }, 'communique:', ['sitemap'])).rejects.toThrow(
      'not connected',
    );
  });
});

describe('copies of shared entries kept in process memory', () => {
  type Stored = Parameters<Handler['set']>[1];
  const keyPrefix = 'communique:build:';

  /** Redis's hashes as the near cache reads them, and a store behind it that counts full reads. */
  function sharedRedis() {
    const hashes = new Map<string, Map<string, string>>();
    const hash = (key: string) => hashes.get(key) ?? hashes.set(key, new Map()).get(key)!;
    const client = {
      hmGet: vi.fn(async (key: string, fields: string[]) => fields.map((field) => hash(key).get(field) ?? null)),
      hSet: vi.fn(async (key: string, field: string, value: string) => void hash(key).set(field, value)),
      hDel: vi.fn(async (key: string, field: string) => void hash(key).delete(field)),
    };
    const entries = new Map<string, Stored>();
    const store = {
      name: 'redis-strings',
      get: vi.fn(async (key: string) => (entries.has(key) ? structuredClone(entries.get(key)!) : null)),
      set: vi.fn(async (key: string, value: Stored) => void entries.set(key, value)),
      revalidateTag: vi.fn(async () => {}),
      delete: vi.fn(async (key: string) => void entries.delete(key)),
    } satisfies Handler;
    const expire = (tag: string, at: number) => hash(`${keyPrefix}__revalidated_tags__`).set(tag, String(at));
    return { client, store, expire };
  }

  /** Two app instances, each with its copies, on one Redis. */
  function twoInstances() {
    const redis = sharedRedis();
    const instance = () => withNearCache(redis.store, { client: redis.client, keyPrefix });
    return { redis, instanceA: instance(), instanceB: instance() };
  }

  const page = (lastModified: number, html = 'Le Panama signe'): Stored =>
    ({
      lastModified,
      lifespan: null,
      tags: ['publication:fr:accord'],
      value: { kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status: 200 },
    }) as unknown as Stored; // Next's entry types are internal
  const meta = { implicitTags: ['_N_T_/fr/news/accord'] };

  it('reads a page from Redis once, then serves its copy after a check of a few bytes', async () => {
    const { redis, instanceA, instanceB } = twoInstances();
    await instanceA.set('/fr/news/accord', page(1000), {});

    const first = await instanceB.get('/fr/news/accord', meta);
    const second = await instanceB.get('/fr/news/accord', meta);

    expect(first).toMatchObject({ lastModified: 1000 });
    expect(second).toBe(first);
    expect(redis.store.get).toHaveBeenCalledTimes(1);
    expect(redis.client.hmGet).toHaveBeenLastCalledWith(`${keyPrefix}__revalidated_tags__`, [
      '\u0000version:/fr/news/accord',
      'publication:fr:accord',
      '_N_T_/fr/news/accord',
    ]);
  });

  it('checks the copies asked for in the same turn of the event loop with one Redis command', async () => {
    const redis = sharedRedis();
    const instance = withNearCache(redis.store, { client: redis.client, keyPrefix });
    await instance.set('/fr', page(1000), {});
    await instance.set('/en', page(1000), {});
    redis.client.hmGet.mockClear();

    const answers = await Promise.all(['/fr', '/en', '/fr', '/en'].map((key) => instance.get(key, meta)));

    expect(answers.map((answer) => answer?.lastModified)).toEqual([1000, 1000, 1000, 1000]);
    expect(redis.client.hmGet).toHaveBeenCalledTimes(1);
    expect(redis.store.get).not.toHaveBeenCalled();
  });

  it('answers every waiting check as a failure when Redis fails, so that each becomes a miss', async () => {
    const redis = sharedRedis();
    const instance = withNearCache(redis.store, { client: redis.client, keyPrefix });
    await instance.set('/fr', page(1000), {});
    redis.client.hmGet.mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:6379'));

    const answers = await Promise.allSettled([instance.get('/fr', meta), instance.get('/fr', meta)]);

    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected']);
    await expect(missOnFailure(instance, { logger: { warn: vi.fn() } }).get('/fr', meta)).resolves.toMatchObject({
      lastModified: 1000,
    });
  });

  it('drops its copy once another instance expires one of its tags, explicit or implicit', async () => {
    const { redis, instanceA, instanceB } = twoInstances();
    await instanceA.set('/fr/news/accord', page(1000), {});
    await instanceB.get('/fr/news/accord', meta);

    redis.expire('publication:fr:accord', 2000);
    await redis.store.delete('/fr/news/accord'); // the library's own read refuses it from now on
    await expect(instanceB.get('/fr/news/accord', meta)).resolves.toBeNull();

    await instanceA.set('/fr/news/accord', page(3000, 'Le Panama et le Costa Rica signent'), {});
    await expect(instanceB.get('/fr/news/accord', meta)).resolves.toMatchObject({
      value: { html: 'Le Panama et le Costa Rica signent' },
    });
    redis.expire('_N_T_/fr/news/accord', 4000);
    await redis.store.delete('/fr/news/accord');
    await expect(instanceB.get('/fr/news/accord', meta)).resolves.toBeNull();
  });

  it('fetches the newer version another instance wrote, even with no tag expired', async () => {
    const { redis, instanceA, instanceB } = twoInstances();
    await instanceA.set('/fr', page(1000, 'accueil, version 1'), {});
    await instanceB.get('/fr', meta);

    await instanceA.set('/fr', page(2000, 'accueil, version 2'), {});

    await expect(instanceB.get('/fr', meta)).resolves.toMatchObject({
      lastModified: 2000,
      value: { html: 'accueil, version 2' },
    });
    expect(redis.store.get).toHaveBeenCalledTimes(2);
  });

  it('forgets an entry deleted on this instance and on every other one', async () => {
    const { instanceA, instanceB } = twoInstances();
    await instanceA.set('/fr', page(1000), {});
    await instanceB.get('/fr', meta);

    await instanceA.delete?.('/fr');

    await expect(instanceA.get('/fr', meta)).resolves.toBeNull();
    await expect(instanceB.get('/fr', meta)).resolves.toBeNull();
  });

  it('keeps no copy of a write that applies only when the key is new', async () => {
    const redis = sharedRedis();
    const instance = withNearCache(redis.store, { client: redis.client, keyPrefix });
    await instance.set('/fr', page(1000), { setOnlyIfNotExists: true } as Parameters<Handler['set']>[2]);

    await instance.get('/fr', meta);

    expect(redis.store.get).toHaveBeenCalledTimes(1);
  });

  it('holds no more than its memory allowance, dropping the least recently used copy first', async () => {
    const redis = sharedRedis();
    const entryBytes = entrySize(page(1, 'x'.repeat(10_000)));
    const instance = withNearCache(redis.store, { client: redis.client, keyPrefix, maxBytes: entryBytes * 4 });
    for (const key of ['/fr', '/en', '/es', '/fr/news', '/en/news'])
      await instance.set(key, page(1, 'x'.repeat(10_000)), {});
    redis.store.get.mockClear();

    await instance.get('/en', meta);
    await instance.get('/fr', meta);

    expect(redis.store.get.mock.calls.map(([key]) => key)).toEqual(['/fr']);
  });
});
