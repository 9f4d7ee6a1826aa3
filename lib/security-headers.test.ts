import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

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

  it('send HSTS in production only, and allow eval only for the development server', () => {
    expect(asRecord(true)['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect(asRecord(false)['Strict-Transport-Security']).toBeUndefined();
    expect(asRecord(false)['Content-Security-Policy']).toContain("'unsafe-eval'");
  });
});
