import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { LISTING_PARAMS } from '@/lib/publications/listing-params';
import proxy, { config } from './proxy';

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

  it('stays out of the way of cached portal pages, the API and files', () => {
    for (const url of [
      '/fr',
      '/en/news/some-release',
      '/es/search?q=agua',
      '/fr/qui-sommes-nous',
      '/api/health',
      '/media/ab/ab12cd/w960.webp',
      '/media/ab/ab12cd',
      '/api/media',
      '/api/media/4b1c/file',
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

describe('the pages rendered for each request', () => {
  const NONCE_PAGES = [
    '/workspace',
    '/workspace/media',
    '/workspace/releases/4b1c',
    '/login',
    '/logout',
    '/preview/abc',
    '/embargo/abc',
  ];
  const scriptSources = (policy: string | null) => policy?.split('; ').find((part) => part.startsWith('script-src '));

  it('go through the proxy, which gives each a policy of its own', () => {
    for (const url of NONCE_PAGES) expect(runsFor(url), url).toBe(true);
  });

  it("allow only the scripts that carry this request's nonce, and what they load, never inline ones", async () => {
    for (const url of NONCE_PAGES) {
      const response = await proxy(new NextRequest(`http://localhost${url}`));
      const policy = response!.headers.get('content-security-policy');
      expect(scriptSources(policy), url).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
      expect(scriptSources(policy), url).not.toContain('unsafe-inline');
      // Next reads the nonce from the request's header when it renders the page.
      expect(response!.headers.get('x-middleware-request-content-security-policy'), url).toBe(policy);
    }
  });

  it('get a new nonce on every request', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      const policy = (await proxy(new NextRequest('http://localhost/workspace')))!.headers.get(
        'content-security-policy',
      );
      nonces.add(/'nonce-([^']+)'/.exec(policy!)![1]!);
    }
    expect(nonces.size).toBe(20);
  });
});
