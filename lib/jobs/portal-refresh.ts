import type { PublicationChange } from '@/lib/dal/transitions';
import { log } from '@/lib/log';

/** Where a process without a request of its own reaches the app to refresh the portal's cache. */
export function appUrl(): string {
  return process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/**
 * Next only invalidates cache tags inside a request, so the worker asks the app to do it through
 * POST /api/revalidate. A failure is logged; the page then refreshes on its next publish.
 */
export async function refreshPortal(publication: PublicationChange): Promise<boolean> {
  return askAppToRefresh({ language: publication.language, slug: publication.slug });
}

/** The same for any public cache tags (what the command-line import wrote). */
export async function refreshPortalTags(tags: string[]): Promise<boolean> {
  return tags.length === 0 || askAppToRefresh({ tags });
}

async function askAppToRefresh(what: { language: string; slug: string } | { tags: string[] }): Promise<boolean> {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) {
    log.warn(what, 'REVALIDATE_SECRET is not set: the portal keeps serving its cached pages');
    return false;
  }
  try {
    const response = await fetch(new URL('/api/revalidate', appUrl()), {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(what),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) log.error({ status: response.status, ...what }, 'portal refresh refused');
    return response.ok;
  } catch (error) {
    log.error({ err: error, ...what }, 'portal refresh failed');
    return false;
  }
}
