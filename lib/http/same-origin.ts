import { siteUrl } from '@/lib/portal/urls';

/** The origins this app answers under: the public site (SITE_URL) and the addresses it is configured with. */
export function configuredOrigins(): Set<string> {
  const origins = new Set<string>();
  for (const url of [siteUrl(), process.env.AUTH_URL, process.env.INTERNAL_URL]) {
    if (!url) continue;
    try {
      origins.add(new URL(url).origin);
    } catch {
      // A malformed optional setting names no origin.
    }
  }
  return origins;
}

/**
 * Whether a state-changing request came from one of the app's own pages. The browser's
 * Sec-Fetch-Site says so when it sends one; otherwise its Origin must be a configured origin.
 * Browsers send one or the other with every POST, PUT and DELETE, so a request with neither is
 * refused as well. Host and X-Forwarded-Host play no part.
 */
export function isSameOrigin(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  const origin = headers.get('origin');
  if (site && site !== 'same-origin') return false;
  if (origin === null || origin === 'null') return site === 'same-origin';
  return configuredOrigins().has(origin);
}

/** 403 for a state-changing request from another site, before anything is read or changed. */
export function refuseCrossOrigin(request: Request): Response | undefined {
  if (isSameOrigin(request.headers)) return undefined;
  request.body?.cancel().catch(() => {});
  return Response.json({ ok: false, error: 'cross_origin' }, { status: 403, headers: { 'cache-control': 'no-store' } });
}
