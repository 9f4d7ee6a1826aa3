import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { publicationTags, type PublicationCacheKey } from './tags';

/** Where the invalidation runs: `updateTag` only works in a server action, route handlers expire tags instead. */
export type InvalidationContext = 'server-action' | 'route-handler';

/**
 * Invalidates exactly the pages and feeds that show this publication, so that the next request
 * renders them afresh (never a stale copy). Call it after the transaction that published,
 * updated or withdrew the release has committed.
 */
export function revalidatePublication(publication: PublicationCacheKey, context: InvalidationContext): string[] {
  const tags = publicationTags(publication);
  for (const tag of tags) {
    if (context === 'server-action') updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  return tags;
}
