import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { SEARCH_CACHE_SECONDS, searchPageTags } from './lib/cache/tags';
import { surrogateKeyHeaders } from './lib/edge/surrogate-keys.mjs';
import { LOCALES, type Locale } from './lib/i18n/locales';
import { httpsOnlyHeaders, securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/**
 * Next's route and data cache goes through a handler of ours, which stores a withdrawn page with the
 * 410 its render declared and gives each portal response its surrogate keys for the edge
 * (lib/cache/portal-entries.mjs). Several instances share one cache in Redis (REDIS_URL, read when
 * `next start` loads this file), so that a publish invalidated on one is seen by all; a single
 * instance keeps a bounded cache in its own memory. With Redis, Next's own memory cache is off,
 * since its copies would outlive an invalidation made elsewhere; the handler keeps copies that it
 * checks with Redis before each use. The build never writes to the cache: it renders no page that
 * reads data. `next dev` renders pages for each request and keeps Next's own data cache.
 * No `cacheHandlers` entry: the app has no 'use cache' function, only `unstable_cache`, ISR
 * pages and tagged `fetch`, which all go through `cacheHandler`.
 */
function cacheHandler(phase: string): Pick<NextConfig, 'cacheHandler' | 'cacheMaxMemorySize'> {
  if (phase === PHASE_PRODUCTION_BUILD) return {};
  if (process.env.REDIS_URL) {
    return { cacheHandler: path.resolve('lib/cache/redis-cache-handler.mjs'), cacheMaxMemorySize: 0 };
  }
  if (phase === PHASE_PRODUCTION_SERVER) return { cacheHandler: path.resolve('lib/cache/local-cache-handler.mjs') };
  return {};
}

/**
 * Cached reads (`unstable_cache`) are kept in `.next/cache`, which a rebuild leaves in place, under
 * keys made of their name and arguments only; a new build could then read what an older one stored
 * in another shape. Keyed by the build being served, they cannot.
 */
function cachedReadsKeyPrefix(phase: string): string | undefined {
  if (phase !== PHASE_PRODUCTION_SERVER) return undefined;
  return fs.readFileSync(path.resolve('.next', 'BUILD_ID'), 'utf8').trim();
}

/**
 * Search renders for each request, so no cache handler sees its tags: its surrogate keys are listed
 * here (`:locale` is the path's language), and an edge keeps a result for a short while only
 * (`Surrogate-Control`), whoever purges or not. Browsers ignore both headers.
 */
function searchEdgeHeaders(): { key: string; value: string }[] {
  const keys = surrogateKeyHeaders(searchPageTags(':locale' as Locale));
  return [
    { key: 'Surrogate-Control', value: `max-age=${SEARCH_CACHE_SECONDS}` },
    ...Object.entries(keys).map(([key, value]) => ({ key, value })),
  ];
}

const nextConfig = (phase: string): NextConfig => ({
  ...cacheHandler(phase),
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from disk.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', 'pg-boss', 'nodemailer'],
  poweredByHeader: false,
  // An ETag is a hash of the whole page, computed again on every request for a cached page: it
  // doubled the CPU of serving one (bench/results/throughput.md). Pages change only on publish,
  // which invalidates them; media and built assets keep their immutable caching.
  generateEtags: false,
  typedRoutes: false,
  // The build checks the app's own code: tests, benchmarks and scripts need devDependencies, which a
  // production install (`npm ci --omit=dev`) leaves out. `npm run typecheck` checks everything.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  experimental: {
    fetchCacheKeyPrefix: cachedReadsKeyPrefix(phase),
    // Every server action keeps Next's 1 MB, sign-in included; the two forms that upload files post
    // them to route handlers with their own limits (app/api/import, app/api/media/[id]/file). The
    // server in front of Next (scripts/serve.mjs) refuses a larger or chunked body with 413 or 411
    // before Next reads it (lib/http/request-limits.mjs).
    serverActions: { bodySizeLimit: '1mb' },
  },
  async headers() {
    return [
      ...securityHeaders(process.env.NODE_ENV === 'production'),
      ...httpsOnlyHeaders(process.env.NODE_ENV === 'production'),
      { source: `/:locale(${LOCALES.join('|')})/search`, headers: searchEdgeHeaders() },
      // Preview and embargo links, and a reader's confirmation and preferences pages, carry a secret in
      // their path and show what is not public: no search engine, no shared cache may keep them.
      ...[
        '/preview/:token*',
        '/embargo/:token*',
        `/:locale(${LOCALES.join('|')})/subscribe/confirm/:token*`,
        `/:locale(${LOCALES.join('|')})/subscribe/preferences/:token*`,
      ].map((source) => ({
        source,
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      })),
      // Where a spent or forged link of those leads: kept, not indexed.
      {
        source: `/:locale(${LOCALES.join('|')})/subscribe/invalid-link`,
        headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }],
      },
    ];
  },
});

export default function config(phase: string): NextConfig {
  return withNextIntl(nextConfig(phase));
}
