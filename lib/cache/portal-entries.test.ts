import { describe, expect, it, vi } from 'vitest';
import { completePortalEntry, withPortalEntries } from './portal-entries.mjs';

const TAGS = 'publication:fr:retrait,menus,_N_T_/layout,_N_T_/fr/news/retrait,http-status:410';

function pageEntry(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'APP_PAGE',
    html: '<p>Ce communiqué a été retiré</p>',
    rscData: Buffer.from('0:{}'),
    headers: { 'x-next-cache-tags': TAGS } as Record<string, string>,
    status: undefined as number | undefined,
    ...overrides,
  };
}

describe('a page handed to the cache', () => {
  it('is stored with the status its render declared in an http-status tag', () => {
    const entry = completePortalEntry(pageEntry(), { edge: false });
    expect(entry.status).toBe(410);
  });

  it('is changed in place, so that the first response, sent from the same object, has the status too', () => {
    const entry = pageEntry();
    completePortalEntry(entry, { edge: false });
    expect(entry.status).toBe(410);
  });

  it("keeps a status Next set itself (notFound()'s 404, a redirect)", () => {
    expect(completePortalEntry(pageEntry({ status: 308 }), { edge: false }).status).toBe(308);
  });

  it('answers 200 as rendered when no status tag is present', () => {
    const entry = pageEntry({ headers: { 'x-next-cache-tags': 'publications:fr,menus' } });
    expect(completePortalEntry(entry, { edge: false }).status).toBeUndefined();
  });

  it('lists its own tags as surrogate keys when an edge caches the portal, without the path or status tags', () => {
    const entry = completePortalEntry(pageEntry(), { edge: true });
    expect(entry.headers).toMatchObject({
      xkey: 'publication:fr:retrait menus',
      'surrogate-key': 'publication:fr:retrait menus',
      'cache-tag': 'publication:fr:retrait,menus',
    });
  });

  it('gets no surrogate keys without an edge, and no header at all when it has no tags', () => {
    expect(completePortalEntry(pageEntry(), { edge: false }).headers).not.toHaveProperty('xkey');
    const untagged = completePortalEntry(pageEntry({ headers: {} }), { edge: true });
    expect(untagged.headers).toEqual({});
  });
});

describe('a route response handed to the cache (a feed, the sitemap)', () => {
  it('gets surrogate keys but keeps its status', () => {
    const entry = completePortalEntry(
      {
        kind: 'APP_ROUTE',
        status: 200,
        body: Buffer.from('<rss/>'),
        headers: { 'x-next-cache-tags': 'publications:en' },
      },
      { edge: true },
    );
    expect(entry).toMatchObject({ status: 200, headers: { xkey: 'publications:en' } });
  });
});

describe('a cached data read', () => {
  it('is stored untouched', () => {
    const data = { kind: 'FETCH', data: { body: '[]', headers: {}, url: '' }, revalidate: 60 };
    expect(completePortalEntry(structuredClone(data), { edge: true })).toEqual(data);
  });
});

describe('the cache handler wrapper', () => {
  it('completes the entry before the wrapped handler stores it', async () => {
    const stored = vi.fn();
    class Base {
      async set(key: string, value: unknown, _ctx: unknown) {
        stored(key, structuredClone(value));
      }
    }
    const Handler = withPortalEntries(Base, { edge: true });
    await new Handler().set('/fr/news/retrait', pageEntry(), {});
    expect(stored).toHaveBeenCalledWith(
      '/fr/news/retrait',
      expect.objectContaining({
        status: 410,
        headers: expect.objectContaining({ xkey: 'publication:fr:retrait menus' }),
      }),
    );
  });
});
