import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePortalCache } from '@/test/jobs';
import { refreshPortalTags } from './portal-refresh';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('refreshing the portal', () => {
  it('asks the cache handler directly inside the app, without an HTTP request', async () => {
    const cache = fakePortalCache();
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    try {
      expect(await refreshPortalTags(['sitemap'])).toBe('in-process');
    } finally {
      cache.remove();
    }
    expect(cache.calls).toEqual([['sitemap']]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks the app with the secret when it runs apart, and fails when the app refuses, to be tried again', async () => {
    vi.stubEnv('REVALIDATE_SECRET', 'test-only-secret');
    vi.stubEnv('INTERNAL_URL', 'http://127.0.0.1:3999');
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);

    expect(await refreshPortalTags(['sitemap', 'menus'])).toBe('http');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [URL, RequestInit];
    expect(url.toString()).toBe('http://127.0.0.1:3999/api/revalidate');
    expect(init.headers).toMatchObject({ authorization: 'Bearer test-only-secret' });
    expect(JSON.parse(String(init.body))).toEqual({ tags: ['sitemap', 'menus'] });

    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 401 }));
    await expect(refreshPortalTags(['sitemap'])).rejects.toThrow(/401/);
  });
});
