import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';
import { describe, expect, it, vi } from 'vitest';
import { expireTags, missOnFailure, withRouteTags } from './redis-cache-handler.mjs';

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
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ err: 'no answer within 5 ms' }), expect.any(String));
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
    const inner: Handler = { name: 'redis-strings', get: async () => stored, set: vi.fn(async () => {}), revalidateTag: vi.fn(async () => {}) };
    const handler = missOnFailure(inner, { logger });
    await expect(handler.get('/fr/news', meta)).resolves.toBe(stored);
    await handler.revalidateTag('publications:fr');
    expect(inner.revalidateTag).toHaveBeenCalledWith('publications:fr');
    expect(logger.warn).not.toHaveBeenCalled();
  });
});

describe('tags of a cached route response', () => {
  it('adds the tags Next listed in its header, so that an invalidation on another instance reaches it', () => {
    const route = { ...entry, tags: [], value: { kind: 'APP_ROUTE', status: 200, body: Buffer.from(''), headers: { 'x-next-cache-tags': 'publication:fr:appel,sitemap' } } } as unknown as typeof entry; // the entry types of Next's internals are not exported
    expect(withRouteTags(route).tags).toEqual(['publication:fr:appel', 'sitemap']);
  });

  it('leaves pages and data entries as the library tagged them', () => {
    const page = { ...entry, value: { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'other' } } } as unknown as typeof entry; // as above
    expect(withRouteTags(page)).toBe(page);
  });
});

describe('expiring tags in the shared cache', () => {
  it('stamps every tag with the time in one command, which makes older entries carrying them stale on every instance', async () => {
    const client = { isReady: true, hSet: vi.fn(async () => 2) };
    await expireTags(client, 'communique:build:', ['publication:fr:appel', 'sitemap'], 1_700_000_000_000);
    expect(client.hSet).toHaveBeenCalledTimes(1);
    expect(client.hSet).toHaveBeenCalledWith('communique:build:__revalidated_tags__', { 'publication:fr:appel': '1700000000000', sitemap: '1700000000000' });
  });

  it('refuses to report success while Redis is not connected', async () => {
    await expect(expireTags({ isReady: false, hSet: vi.fn() }, 'communique:', ['sitemap'])).rejects.toThrow('not connected');
  });
});
