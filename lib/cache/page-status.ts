import 'server-only';
import { unstable_cache } from 'next/cache';
import { notFound } from 'next/navigation';

/** What a portal page may answer besides 200: an address never used, or a release or page withdrawn. */
export type PageStatus = 404 | 410;

/**
 * Makes the page being rendered answer with `status`, and be cached with it, its content unchanged.
 * Next lets a page choose no status but through notFound(), which swaps the page for a not-found
 * boundary that, in a page rendered on first request, only the browser's JavaScript fills in. What
 * a render does hand to the cache with its HTML is its cache tags, so the status travels as the tag
 * `http-status:<code>`, which our cache handler turns into the stored entry's status before Next
 * sends it (lib/cache/portal-entries.mjs): the first response and every cached one carry it.
 * `next dev` stores no page, so no handler sees the tag: there the page answers 404 through
 * notFound() (a withdrawn page then shows the not-found notice).
 */
export async function answerWithStatus(status: PageStatus): Promise<void> {
  if (process.env.NODE_ENV === 'development') notFound();
  const tags = [`http-status:${status}`];
  await unstable_cache(async () => status, ['page-status', String(status)], { tags })();
}
