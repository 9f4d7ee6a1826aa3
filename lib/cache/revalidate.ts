import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { log } from '@/lib/log';
import { sendEdgePurge } from '@/lib/dal/jobs';
import { publicationTags, type PublicationCacheKey } from './tags';

/** Where the invalidation runs: `updateTag` only works in a server action, route handlers expire tags instead. */
export type InvalidationContext = 'server-action' | 'route-handler';

/** Registered by the cache handler (lib/cache/portal-entries.mjs): applies an invalidation at once. */
const EXPIRE_TAGS_HOOK = Symbol.for('communique.cache.expireTags');
type ExpireTags = (tags: string[]) => Promise<void>;

/**
 * Invalidates public cache tags: the pages and feeds that carry one render afresh on their next
 * request, on every instance, and every edge drops its copies. Every invalidation of the portal
 * goes through here; call it after the transaction that changed the data has committed.
 * From a server action it calls `updateTag` (the person acting sees the change on the next
 * request); from a route handler `revalidateTag(tag, { expire: 0 })` (never a stale copy first).
 * Next applies either only after the action or the response has finished, so the cache handler is
 * also told at once: the edge is purged next and may ask for the page again straight away.
 */
export async function invalidatePortal(tags: string[], context: InvalidationContext): Promise<void> {
  if (context === 'server-action') tags.forEach((tag) => updateTag(tag));
  else tags.forEach((tag) => revalidateTag(tag, { expire: 0 }));
  await (globalThis as { [EXPIRE_TAGS_HOOK]?: ExpireTags })[EXPIRE_TAGS_HOOK]?.(tags);
  // The edges' copies, keyed by the same tags: an `edge-purge` job, retried until every edge has
  // confirmed. (A workflow change also has a `portal-refresh` job from its transaction, which purges too.)
  await sendEdgePurge(tags).catch((error: unknown) =>
    log.error({ err: error instanceof Error ? error.message : String(error), tags }, 'edge purge not queued'),
  );
}

/** Expires tags from a route handler (see invalidatePortal). */
export async function expireTags(tags: string[]): Promise<void> {
  await invalidatePortal(tags, 'route-handler');
}

/**
 * Invalidates exactly the pages and feeds that show this publication, so that the next request
 * renders them afresh (never a stale copy), on every instance and every edge. Call it after the
 * transaction that published, updated or withdrew the release has committed.
 */
export async function revalidatePublication(
  publication: PublicationCacheKey,
  context: InvalidationContext,
): Promise<string[]> {
  const tags = publicationTags(publication);
  await invalidatePortal(tags, context);
  return tags;
}
