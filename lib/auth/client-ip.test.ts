import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PEER_HEADER, PEER_HEADER_MARK } from '@/lib/http/forwarded.mjs';
import { clientIp } from './client-ip';

beforeEach(() => {
  process.env[PEER_HEADER_MARK] = 'set';
});
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

describe('the address of a request', () => {
  it('is the peer the server saw, not the X-Forwarded-For the client wrote', () => {
    const headers = new Headers({ [PEER_HEADER]: '198.51.100.4', 'x-forwarded-for': '203.0.113.9' });
    expect(clientIp(headers)).toBe('198.51.100.4');
  });

  it('behind a proxy named in TRUSTED_PROXIES, is the address the proxy appended', () => {
    process.env.TRUSTED_PROXIES = '127.0.0.1';
    const headers = new Headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '203.0.113.9, 198.51.100.4' });
    expect(clientIp(headers)).toBe('198.51.100.4');
  });

  it('is "unknown" outside the server that sets the peer header, never what the client wrote', () => {
    delete process.env[PEER_HEADER_MARK];
    const headers = new Headers({ [PEER_HEADER]: '203.0.113.9', 'x-forwarded-for': '203.0.113.9' });
    expect(clientIp(headers)).toBe('unknown');
  });
});
