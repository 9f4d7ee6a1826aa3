import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { publicationTags, type PublicationCacheKey } from './tags';

/** Where the invalidation runs: `updateTag` only works in a server action, route handlers expire tags instead. */
export type InvalidationContext = 'server-action' | 'route-handler';

/** Registered by lib/cache/redis-cache-handler.mjs when several instances share the cache in Redis. */
const EXPIRE_TAGS_HOOK = Symbol.for('communique.cache.expireTags');
type ExpireTags = (tags: string[]) => Promise<void>;

/**
 * Expires tags from a route handler. Next applies a route handler's `revalidateTag` only after the
 * response has gone, too late for a caller that requests the page from another instance next:
 * the shared cache is told before this resolves.
 */
export async function expireTags(tags: string[]): Promise<void> {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  await (globalThis as { [EXPIRE_TAGS_HOOK]?: ExpireTags })[EXPIRE_TAGS_HOOK]?.(tags);
}

/**
 * Invalidates exactly the pages and feeds that show this publication, so that the next request
 * renders them afresh (never a stale copy), on every instance. Call it after the transaction that
 * published, updated or withdrew the release has committed.
 */
export async function revalidatePublication(
  publication: PublicationCacheKey,
  context: InvalidationContext,
): Promise<string[]> {
  const tags = publicationTags(publication);
  if (context === 'server-action') tags.forEach((tag) => updateTag(tag));
  else await expireTags(tags);
  return tags;
}
