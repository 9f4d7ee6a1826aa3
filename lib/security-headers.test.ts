import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, httpsOnlyHeaders, securityHeaders, takesNonce } from './security-headers';

const asRecord = (production: boolean) =>
  Object.fromEntries(securityHeaders(production).flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])));

describe('the security headers', () => {
  it('forbid framing, sniffing and plugins, and keep scripts to our own origin', () => {
    const headers = asRecord(true);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("object-src 'none'");
    expect(headers['Content-Security-Policy']).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('let pages show images from our own origin, where uploads are served (/media/…)', () => {
    expect(asRecord(true)['Content-Security-Policy']).toMatch(/(^|; )img-src 'self'[ ;]/);
  });

  it('give the portal its policy on every path but the pages that render for each request', () => {
    const csp = securityHeaders(true).find((rule) =>
      rule.headers.some(({ key }) => key === 'Content-Security-Policy'),
    )!;
    const matches = (path: string) => new RegExp(`^${csp.source}$`).test(path);
    for (const path of ['/', '/fr', '/en/news/x', '/api/media', '/workspacex', '/previews'])
      expect([path, matches(path)]).toEqual([path, true]);
    for (const path of ['/workspace', '/workspace/media/x', '/login', '/logout', '/preview/abc', '/embargo/abc'])
      expect([path, matches(path), takesNonce(path)]).toEqual([path, false, true]);
  });

  it('with a nonce, allow only the scripts that carry it and what they load, never inline ones', () => {
    const policy = contentSecurityPolicy(true, 'bm9uY2U=');
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('allow eval only for the development server', () => {
    expect(asRecord(false)['Content-Security-Policy']).toContain("'unsafe-eval'");
    expect(asRecord(true)['Content-Security-Policy']).not.toContain("'unsafe-eval'");
  });

  it('send HSTS only in production, and only on requests a trusted proxy says came over HTTPS', () => {
    expect(asRecord(true)['Strict-Transport-Security']).toBeUndefined();
    expect(httpsOnlyHeaders(false)).toEqual([]);
    const [rule] = httpsOnlyHeaders(true);
    expect(rule!.headers).toEqual([{ key: 'Strict-Transport-Security', value: expect.stringMatching(/^max-age=\d+/) }]);
    const matches = (proto: string) => new RegExp(`^${rule!.has[0]!.value}$`).test(proto);
    expect([matches('https'), matches('https,http'), matches('http'), matches('http,https')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
