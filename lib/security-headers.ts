/**
 * Headers sent with every response. Scripts may be inline because Next.js inlines its bootstrap
 * and the portal's pages are cached and shared, so a per-request nonce is not an option.
 */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${production ? '' : ' ws:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
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
