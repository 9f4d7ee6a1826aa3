/**
 * The pages rendered for each request, never cached or shared: the workspace, the sign-in and
 * sign-out pages, preview links and journalists' embargo links. Their scripts run under a per-request nonce (proxy.ts); every
 * other response carries the portal's policy. Next reads `source` patterns at build time.
 */
export const NONCE_PREFIXES = ['workspace', 'login', 'logout', 'preview', 'embargo'] as const;
const NOT_NONCE_SOURCE = `/((?!(?:${NONCE_PREFIXES.join('|')})(?:/|$)).*)`;

/** Whether a path is one of the pages whose scripts run under a nonce. */
export function takesNonce(pathname: string): boolean {
  return NONCE_PREFIXES.some((prefix) => pathname === `/${prefix}` || pathname.startsWith(`/${prefix}/`));
}

/**
 * The Content-Security-Policy. With a nonce, only scripts carrying it run, and those they load
 * ('strict-dynamic'): Next puts the nonce on its own inline and external scripts when it renders.
 * Without one, for the portal's pages, which are rendered once and served to everyone from the
 * cache and the edge (a nonce in a shared page would be no secret), inline scripts stay allowed:
 * Next inlines its bootstrap and the page data (`self.__next_f`) into every page. Styles allow
 * inline `style` attributes everywhere (React and the editor write them); they run no code.
 */
export function contentSecurityPolicy(production: boolean, nonce?: string): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${production ? '' : ' ws:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Headers sent with every response, as Next's `headers()` rules: the portal's CSP goes with every
 * path but the nonce pages, whose policy proxy.ts writes for each request.
 */
export function securityHeaders(production: boolean) {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
      ],
    },
    {
      source: NOT_NONCE_SOURCE,
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(production) }],
    },
  ];
}

/**
 * HSTS, sent only on responses to HTTPS requests: over plain HTTP it means nothing and would tell
 * the truth to nobody. The app itself speaks HTTP behind the proxy that ends TLS, so "HTTPS" is
 * what that proxy says in X-Forwarded-Proto, which the server in front of Next only keeps from a
 * trusted proxy (TRUSTED_PROXIES). For Next's `headers()`, as a rule with a condition.
 */
export function httpsOnlyHeaders(production: boolean) {
  if (!production) return [];
  return [
    {
      source: '/:path*',
      has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https(,.*)?' }],
      headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
    },
  ];
}
