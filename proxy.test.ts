import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it, vi } from 'vitest';
import { LISTING_PARAMS } from '@/lib/publications/listing-params';
import { config } from './proxy';

// Only the matcher is under test; the language routing is next-intl's.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe('the proxy', () => {
  it('runs for paths without a language, to send visitors to theirs', () => {
    expect(runsFor('/')).toBe(true);
    expect(runsFor('/news')).toBe(true);
    expect(runsFor('/de/nachrichten')).toBe(true);
    expect(runsFor('/french-page')).toBe(true);
    expect(runsFor('/mediateca')).toBe(true);
  });

  it('runs for a filtered news listing, whose filters it turns into a cached path', () => {
    for (const key of LISTING_PARAMS) expect(runsFor(`/es/news?${key}=2`), key).toBe(true);
  });

  it('leaves the unfiltered news listing to the rewrite in next.config', () => {
    expect(runsFor('/fr/news')).toBe(false);
    expect(runsFor('/fr/news?utm_source=newsletter')).toBe(false);
  });

  it('stays out of the way of cached portal pages, the workspace, the API and files', () => {
    for (const url of [
      '/fr',
      '/en/news/some-release',
      '/es/search?q=agua',
      '/fr/qui-sommes-nous',
      '/workspace',
      '/api/health',
      '/preview/abc',
      '/media/ab/ab12cd/w960.webp',
      '/media/ab/ab12cd',
      '/api/media',
      '/workspace/media',
      '/_next/static/x.js',
    ]) {
      expect(runsFor(url), url).toBe(false);
    }
  });

  it('answers file-like paths outside its own prefixes, except the files served at the root', () => {
    for (const url of ['/wp-login.php', '/.env', '/foo/bar.txt', '/.git/config', '/a/b/c.php'])
      expect(runsFor(url), url).toBe(true);
    for (const url of ['/robots.txt', '/sitemap.xml', '/favicon.ico']) expect(runsFor(url), url).toBe(false);
  });
});
