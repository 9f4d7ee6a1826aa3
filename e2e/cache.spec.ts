import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoRelease, releaseUrl } from './demo';

const SECRET = process.env.REVALIDATE_SECRET ?? 'e2e-only-revalidate-secret';
const panamaFr = demoRelease('panama-labour-corridor-fr');
const bangladesh = demoRelease('bangladesh-monsoon-preparedness-en');

async function cacheStatus(request: APIRequestContext, url: string): Promise<string | undefined> {
  const response = await request.get(url);
  expect(response.ok()).toBe(true);
  return response.headers()['x-nextjs-cache'];
}

test.describe('the public cache', () => {
  test('serves a release page from the cache once it has been rendered', async ({ request }) => {
    await request.get(releaseUrl(panamaFr));
    expect(await cacheStatus(request, releaseUrl(panamaFr))).toBe('HIT');
  });

  test('renders exactly the pages of a publication afresh right after it is revalidated', async ({ request }) => {
    for (const url of [releaseUrl(panamaFr), releaseUrl(bangladesh), '/fr', '/en']) await request.get(url);

    const response = await request.post('/api/revalidate', {
      headers: { authorization: `Bearer ${SECRET}` },
      data: { language: 'fr', slug: panamaFr.slug },
    });
    expect(response.status()).toBe(200);
    expect((await response.json()).tags).toContain(`publication:fr:${panamaFr.slug}`);

    // Not a stale copy served once more: the very next request renders the page again.
    expect(await cacheStatus(request, releaseUrl(panamaFr))).toBe('MISS');
    expect(await cacheStatus(request, '/fr')).toBe('MISS');
    const page = await request.get(releaseUrl(panamaFr));
    expect(await page.text()).toContain(panamaFr.title);
    // Pages that do not show this release stay cached.
    expect(await cacheStatus(request, releaseUrl(bangladesh))).toBe('HIT');
    expect(await cacheStatus(request, '/en')).toBe('HIT');
  });

  test('renders afresh the pages carrying the tags it is given, as the command-line import asks', async ({
    request,
  }) => {
    for (const url of [releaseUrl(bangladesh), '/en']) await request.get(url);
    const response = await request.post('/api/revalidate', {
      headers: { authorization: `Bearer ${SECRET}` },
      data: { tags: [`publication:en:${bangladesh.slug}`] },
    });
    expect(response.status()).toBe(200);
    expect(await cacheStatus(request, releaseUrl(bangladesh))).toBe('MISS');
    expect(await cacheStatus(request, '/en')).toBe('HIT');

    const invalid = await request.post('/api/revalidate', {
      headers: { authorization: `Bearer ${SECRET}` },
      data: { tags: ['<script>', 'publication:en:x'] },
    });
    expect(invalid.status()).toBe(400);
  });

  test('refuses to revalidate without the secret, and changes nothing', async ({ request }) => {
    await request.get(releaseUrl(panamaFr));
    const response = await request.post('/api/revalidate', {
      headers: { authorization: 'Bearer not-the-secret' },
      data: { language: 'fr', slug: panamaFr.slug },
    });
    expect(response.status()).toBe(401);
    expect(await cacheStatus(request, releaseUrl(panamaFr))).toBe('HIT');
  });
});
