// What the cache handlers (local-cache-handler.mjs, redis-cache-handler.mjs) add to a page or route
// response as Next hands it over to be stored. Next stores and then sends that same object, so
// what is set here holds for the first response as well as for every one served from the cache.
// This uses only `cacheHandler`'s documented interface: `set(key, data, ctx)`, where a page's
// `data` carries its `status`, its `headers` and, in them, its cache tags (`x-next-cache-tags`).
import {
  edgePurgeUrls,
  statusOfTags,
  surrogateKeyHeaders,
  surrogateKeysOf,
  tagsOfHeader,
} from '../edge/surrogate-keys.mjs';

const TAGS_HEADER = 'x-next-cache-tags';

/**
 * Where lib/cache/revalidate.ts finds the handler's own invalidation, to apply an invalidation at
 * once rather than when Next gets round to it (after a route handler's response, at the end of a
 * server action): the edge is purged right after, and must not fetch the old page again meanwhile.
 */
export const EXPIRE_TAGS_HOOK = Symbol.for('communique.cache.expireTags');

/**
 * Completes a page or route response before it is stored: a page that declared `http-status:410`
 * (or 404) in its tags gets that status, and, when an edge caches the portal, the response lists
 * its tags as surrogate keys. Changes `value` in place and returns it.
 */
export function completePortalEntry(value, { edge }) {
  if (value?.kind !== 'APP_PAGE' && value?.kind !== 'APP_ROUTE') return value;
  const tags = tagsOfHeader(value.headers?.[TAGS_HEADER]);
  if (value.kind === 'APP_PAGE' && (value.status === undefined || value.status === 200)) {
    const status = statusOfTags(tags);
    if (status !== undefined) value.status = status;
  }
  if (edge) value.headers = { ...value.headers, ...surrogateKeyHeaders(surrogateKeysOf(tags)) };
  return value;
}

/** A cache handler class whose `set` completes portal responses first (see completePortalEntry). */
export function withPortalEntries(Handler, { edge = edgePurgeUrls().length > 0 } = {}) {
  return class PortalCacheHandler extends Handler {
    set(key, value, ctx) {
      completePortalEntry(value, { edge });
      return super.set(key, value, ctx);
    }
  };
}
