import 'server-only';
import { unstable_cache } from 'next/cache';

/** What a portal page may answer besides 200: an address never used, or a release or page withdrawn. */
export type PageStatus = 404 | 410;

/**
 * Makes the page being rendered answer with `status`, and be cached with it, its content unchanged.
 * Next lets a page choose no status but through notFound(), which swaps the page for a not-found
 * boundary that, in a page rendered on first request, only the browser's JavaScript fills in. What
 * a render does hand back with its HTML is its cache tags, so the status travels as one. Under
 * `next dev`, which renders a page for each request and collects no tags, the page answers 200.
 */
export async function answerWithStatus(status: PageStatus): Promise<void> {
  // The tag's shape is what patches/next+16.4.6.patch reads.
  const tags = [`http-status:${status}`];
  await unstable_cache(async () => status, ['page-status', String(status)], { tags })();
}
