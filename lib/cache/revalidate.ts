import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { wakeLocalWorker } from '@/lib/dal/jobs';
import { QUEUES } from '@/lib/jobs/queues';
import { publicationTags, type PublicationCacheKey } from './tags';

/** Where the invalidation runs: `updateTag` only works in a server action, route handlers expire tags instead. */
export type InvalidationContext = 'server-action' | 'route-handler';

/** Registered by the cache handler (lib/cache/portal-entries.mjs): applies an invalidation at once. */
const EXPIRE_TAGS_HOOK = Symbol.for('communique.cache.expireTags');
type ExpireTags = (tags: string[]) => Promise<void>;

/**
 * Invalidates public cache tags in this process at once, so that the person acting sees the change
 * on their next request. Call it after the transaction that changed the data has committed: that
 * transaction has queued a `portal-refresh` job with the same tags (`sendPortalRefresh`), which a
 * worker takes the moment it commits (LISTEN/NOTIFY), expires the tags on every instance and purges
 * the edges, retried until it has; the change reaches the public even if this process dies now.
 * From a server action it calls `updateTag` (the person acting sees the change on the next
 * request); from a route handler `revalidateTag(tag, { expire: 0 })` (never a stale copy first).
 * Next applies either only after the action or the response has finished, so the cache handler is
 * also told at once.
 */
export async function invalidatePortal(tags: string[], context: InvalidationContext): Promise<void> {
  if (context === 'server-action') tags.forEach((tag) => updateTag(tag));
  else tags.forEach((tag) => revalidateTag(tag, { expire: 0 }));
  await (globalThis as { [EXPIRE_TAGS_HOOK]?: ExpireTags })[EXPIRE_TAGS_HOOK]?.(tags);
  // NOTIFY has already woken the workers listening; this process's own is told too, in case its
  // listener is down (then it would wait for its next poll).
  wakeLocalWorker(QUEUES.portalRefresh);
}

/** Expires tags from a route handler (see invalidatePortal). */
export async function expireTags(tags: string[]): Promise<void> {
  await invalidatePortal(tags, 'route-handler');
}

/**
 * Invalidates exactly the pages and feeds that show this publication in this process, so that the
 * next request renders them afresh (never a stale copy); the transaction's `portal-refresh` job
 * does it on every instance and edge. Call it after the transaction that published, updated or
 * withdrew the release has committed.
 */
export async function revalidatePublication(
  publication: PublicationCacheKey,
  context: InvalidationContext,
): Promise<string[]> {
  const tags = publicationTags(publication);
  await invalidatePortal(tags, context);
  return tags;
}
