import { describe, expect, it } from 'vitest';
import { isAcceptableCallbackUrl } from './callback-url';

const origins = new Set(['https://news.example.org']);

describe("a sign-in or sign-out's callbackUrl", () => {
  it('may be a path of the site, or an address on its origin', () => {
    for (const value of ['/workspace', '/login?notice=signed_out', 'https://news.example.org/workspace'])
      expect(isAcceptableCallbackUrl(value, origins), value).toBe(true);
  });

  it('may not be malformed, another site, a script or carry control characters', () => {
    for (const value of [
      'http://[',
      'https://',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'https://evil.example/',
      '/workspace\u0000',
      `/${'a'.repeat(3000)}`,
    ])
      expect(isAcceptableCallbackUrl(value, origins), value).toBe(false);
  });
});
