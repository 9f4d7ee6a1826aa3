import { describe, expect, it } from 'vitest';
import { httpsOnlyHeaders, securityHeaders } from './security-headers';

const asRecord = (production: boolean) =>
  Object.fromEntries(securityHeaders(production).map(({ key, value }) => [key, value]));

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
