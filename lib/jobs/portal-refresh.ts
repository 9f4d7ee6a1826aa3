import { log } from '@/lib/log';

/** Where a process without a request of its own reaches the app to refresh the portal's cache. */
export function appUrl(): string {
  return process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** Registered by the cache handler (lib/cache/portal-entries.mjs): applies an invalidation at once. */
const EXPIRE_TAGS_HOOK = Symbol.for('communique.cache.expireTags');
type ExpireTags = (tags: string[]) => Promise<void>;

/** True inside the Next server (the worker the app starts itself); false in `npm run worker`. */
export const insideApp = () => process.env.NEXT_RUNTIME === 'nodejs';

/**
 * Expires the portal's cached pages and feeds carrying these tags: the work of one `portal-refresh`
 * job. Inside the app it asks the cache handler directly, without an HTTP round trip; a worker
 * running apart asks the app through POST /api/revalidate with REVALIDATE_SECRET. Throws when the
 * refresh did not happen, so that the job is tried again; expiring a tag twice is harmless.
 */
export async function refreshPortalTags(tags: string[]): Promise<'in-process' | 'http' | 'nothing-cached'> {
  if (tags.length === 0) return 'nothing-cached';
  const expire = (globalThis as { [EXPIRE_TAGS_HOOK]?: ExpireTags })[EXPIRE_TAGS_HOOK];
  if (expire) {
    await expire(tags);
    return 'in-process';
  }
  if (insideApp()) {
    // The cache handler registers itself on the first request that uses the cache: before that, this
    // process has cached nothing. A shared cache (Redis) may hold other instances' pages, though.
    if (process.env.REDIS_URL) throw new Error('the shared cache is not open yet in this process');
    return 'nothing-cached';
  }
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) {
    // Only in development: a worker apart refuses to start in production without the secret.
    log.warn({ tags: tags.length }, 'REVALIDATE_SECRET is not set: the portal keeps serving its cached pages');
    return 'nothing-cached';
  }
  const response = await fetch(new URL('/api/revalidate', appUrl()), {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(5_000),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`the app refused the portal refresh: ${response.status}`);
  return 'http';
}
