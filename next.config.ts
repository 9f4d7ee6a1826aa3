import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/**
 * Several instances share one cache in Redis (REDIS_URL, read when `next start` loads this file),
 * so that a publish invalidated on one is seen by all; without it each process keeps its own.
 * Next's own memory cache is off then, since its copies would outlive an invalidation made
 * elsewhere; the handler keeps copies that it checks with Redis before each use. The build never
 * writes to Redis: it renders no page that reads data.
 * No `cacheHandlers` entry: the app has no 'use cache' function, only `unstable_cache`, ISR
 * pages and tagged `fetch`, which all go through `cacheHandler`.
 */
function sharedCache(phase: string): Pick<NextConfig, 'cacheHandler' | 'cacheMaxMemorySize'> {
  if (!process.env.REDIS_URL || phase === PHASE_PRODUCTION_BUILD) return {};
  return { cacheHandler: path.resolve('lib/cache/redis-cache-handler.mjs'), cacheMaxMemorySize: 0 };
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

const nextConfig = (phase: string): NextConfig => ({
  ...sharedCache(phase),
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from disk.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', 'happy-dom'],
  poweredByHeader: false,
  // An ETag is a hash of the whole page, computed again on every request for a cached page: it
  // doubled the CPU of serving one (bench/results/throughput.md). Pages change only on publish,
  // which invalidates them; media and built assets keep their immutable caching.
  generateEtags: false,
  typedRoutes: false,
  experimental: {
    fetchCacheKeyPrefix: cachedReadsKeyPrefix(phase),
    // The legacy import page uploads up to 20 MB of dumps (UPLOAD_LIMITS), plus room for the multipart framing.
    serverActions: { bodySizeLimit: '21mb' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production') },
      // Preview links show unpublished text: no search engine, no shared cache may keep them.
      {
        source: '/preview/:token*',
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
    ];
  },
});

export default function config(phase: string): NextConfig {
  return withNextIntl(nextConfig(phase));
}
