// Next's route and data cache kept in this process, for a single `next start` (next.config.ts plugs
// in redis-cache-handler.mjs instead when REDIS_URL is set). Next loads this file with a plain
// `import()` at run time, uncompiled: it is JavaScript and reaches nothing through the `@/` alias.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import { EXPIRE_TAGS_HOOK, withPortalEntries } from './portal-entries.mjs';

/**
 * A bound on what the process keeps, least recently used dropped first, measured as the entries'
 * JSON length (a page's flight data counts about three times its bytes there). Next's default
 * cache also wrote every entry to disk, without a bound: every distinct address a visitor made up
 * (an unknown slug, a search) stayed there for good. Pages dropped here render again on their next
 * request; at scale the edge in front keeps them (docs/architecture.md, "The edge").
 */
export const LOCAL_CACHE_LIMITS = { maxItemsNumber: 5_000, maxItemSizeBytes: 128 * 1024 * 1024 };

const entries = createLruHandler(LOCAL_CACHE_LIMITS);

CacheHandler.onCreation(() => ({ handlers: [entries] }));

class LocalCacheHandler extends CacheHandler {
  constructor(context) {
    super(context);
    globalThis[EXPIRE_TAGS_HOOK] ??= async (tags) => {
      for (const tag of tags) await entries.revalidateTag(tag);
    };
  }
}

export default withPortalEntries(LocalCacheHandler);
