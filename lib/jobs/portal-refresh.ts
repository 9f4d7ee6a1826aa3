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
  return askAppToRefresh({ language: publication.language, slug: publication.slug }, { slug: publication.slug });
}

/** The same request for a list of cache tags: what an import run changed, in one call. */
export async function refreshPortalTags(tags: string[]): Promise<boolean> {
  if (tags.length === 0) return true;
  return askAppToRefresh({ tags }, { tags: tags.length });
}

async function askAppToRefresh(body: object, logged: object): Promise<boolean> {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) {
    log.warn(logged, 'REVALIDATE_SECRET is not set: the portal keeps serving its cached pages');
    return false;
  }
  try {
    const response = await fetch(new URL('/api/revalidate', appUrl()), {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) log.error({ ...logged, status: response.status }, 'portal refresh refused');
    return response.ok;
  } catch (error) {
    log.error({ ...logged, err: error }, 'portal refresh failed');
    return false;
  }
}
