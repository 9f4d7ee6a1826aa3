import { afterEach, describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

afterEach(() => {
  delete process.env.SITE_URL;
});

const from = (headers: Record<string, string>) => isSameOrigin(new Headers(headers));

describe('a state-changing request', () => {
  it('is accepted from the configured site origin, or when the browser says it is same-origin', () => {
    process.env.SITE_URL = 'https://news.example.org';
    expect(from({ origin: 'https://news.example.org' })).toBe(true);
    expect(from({ 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(from({ 'sec-fetch-site': 'same-origin', origin: 'https://news.example.org' })).toBe(true);
  });

  it('is refused from another site, a null origin, or with no sign of where it came from', () => {
    process.env.SITE_URL = 'https://news.example.org';
    expect(from({ origin: 'https://evil.example' })).toBe(false);
    expect(from({ origin: 'null' })).toBe(false);
    expect(from({ 'sec-fetch-site': 'cross-site', origin: 'https://news.example.org' })).toBe(false);
    expect(from({ 'sec-fetch-site': 'same-site' })).toBe(false);
    expect(from({})).toBe(false);
  });

  it('cannot be made same-origin by X-Forwarded-Host or Host', () => {
    process.env.SITE_URL = 'https://news.example.org';
    expect(from({ origin: 'https://evil.example', host: 'evil.example', 'x-forwarded-host': 'evil.example' })).toBe(
      false,
    );
  });
});
