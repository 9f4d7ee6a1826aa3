import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invalidatePortal, revalidatePublication } from './revalidate';
import { CACHE_TAGS, publicationTags } from './tags';

const calls = vi.hoisted(() => ({
  updateTag: [] as string[],
  revalidateTag: [] as [string, unknown][],
  order: [] as string[],
  woken: [] as string[],
}));
vi.mock('next/cache', () => ({
  updateTag: (tag: string) => calls.updateTag.push(tag),
  revalidateTag: (tag: string, profile: unknown) => calls.revalidateTag.push([tag, profile]),
}));
vi.mock('@/lib/dal/jobs', () => ({
  wakeLocalWorker: (queue: string) => {
    calls.order.push(`wake ${queue}`);
    calls.woken.push(queue);
  },
}));

const panama = {
  language: 'fr' as const,
  slug: 'accord-main-d-oeuvre',
  translationGroupId: 'f0b1c2d3-0000-4000-8000-000000000001',
  topics: ['labour-migration', 'partnerships'],
  regionCode: 'americas',
};

beforeEach(() => {
  calls.updateTag.length = 0;
  calls.revalidateTag.length = 0;
  calls.order.length = 0;
  calls.woken.length = 0;
});

describe('the tags of a publication', () => {
  it('name its page, its translations, the lists of its language, its related boxes and the sitemap', () => {
    expect(publicationTags(panama)).toEqual([
      'publication:fr:accord-main-d-oeuvre',
      'translations:f0b1c2d3-0000-4000-8000-000000000001',
      'publications:fr',
      'related:fr:topic:labour-migration',
      'related:fr:topic:partnerships',
      'related:fr:region:americas',
      'sitemap',
    ]);
  });

  it('leave the other languages, static pages and menus alone', () => {
    const tags = publicationTags(panama);
    for (const untouched of [
      CACHE_TAGS.publications('en'),
      CACHE_TAGS.publications('es'),
      CACHE_TAGS.pages,
      CACHE_TAGS.menus,
    ]) {
      expect(tags).not.toContain(untouched);
    }
  });

  it('have no region tag for a headquarters release', () => {
    expect(publicationTags({ ...panama, regionCode: null }).some((tag) => tag.includes(':region:'))).toBe(false);
  });
});

describe('revalidating a publication', () => {
  it('uses updateTag from a server action, so the editor sees the change on the next request', async () => {
    const tags = await revalidatePublication(panama, 'server-action');
    expect(calls.updateTag).toEqual(tags);
    expect(calls.revalidateTag).toEqual([]);
  });

  it('expires the tags at once from a route handler instead of serving a stale copy first', async () => {
    const tags = await revalidatePublication(panama, 'route-handler');
    expect(calls.revalidateTag).toEqual(tags.map((tag) => [tag, { expire: 0 }]));
    expect(calls.updateTag).toEqual([]);
  });

  it('tells the shared cache before answering from a route handler, since Next expires tags there only after the response', async () => {
    const told: string[][] = [];
    const hook = Symbol.for('communique.cache.expireTags');
    Object.assign(globalThis, { [hook]: async (tags: string[]) => void told.push(tags) });
    try {
      const tags = await revalidatePublication(panama, 'route-handler');
      expect(told).toEqual([tags]);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[hook];
    }
  });
});

describe('every invalidation of the portal', () => {
  it('leaves the edges to the portal-refresh job of its transaction, and wakes this process’s worker for it', async () => {
    const hook = Symbol.for('communique.cache.expireTags');
    Object.assign(globalThis, { [hook]: async () => void calls.order.push('cache handler') });
    try {
      await invalidatePortal([CACHE_TAGS.menus], 'server-action');
      await revalidatePublication(panama, 'route-handler');
      expect(calls.order).toEqual(['cache handler', 'wake portal-refresh', 'cache handler', 'wake portal-refresh']);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[hook];
    }
  });
});
