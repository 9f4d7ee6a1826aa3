import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_HEADER, sanitizeForwarding, trustedProxies } from './forwarded.mjs';

const edge = trustedProxies('10.0.0.0/8, 127.0.0.1, ::1');
const none = trustedProxies('');

describe('the trusted proxies', () => {
  it('are none by default, and take addresses and ranges in either family', () => {
    expect(trustedProxies(undefined).has('127.0.0.1')).toBe(false);
    expect(edge.has('10.1.2.3')).toBe(true);
    expect(edge.has('::ffff:10.1.2.3')).toBe(true);
    expect(edge.has('::1')).toBe(true);
    expect(edge.has('11.0.0.1')).toBe(false);
    expect(edge.has('not an address')).toBe(false);
  });

  it('refuse a setting that is not an address, rather than trust the wrong peer', () => {
    expect(() => trustedProxies('10.0.0.0/8, edge.internal')).toThrow(/edge\.internal/);
  });
});

describe("a client's address", () => {
  it('is the socket peer when that peer is no trusted proxy, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('198.51.100.4', '203.0.113.9', none)).toBe('198.51.100.4');
    expect(clientAddress('::ffff:198.51.100.4', '203.0.113.9, 10.0.0.1', edge)).toBe('198.51.100.4');
  });

  it('behind trusted proxies, is the right-most address that is not one of them', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9, 198.51.100.4, 10.0.0.7', edge)).toBe('198.51.100.4');
    // What the client wrote to the left of the first untrusted address is never read.
    expect(clientAddress('10.0.0.2', 'forged, 198.51.100.4', edge)).toBe('198.51.100.4');
  });

  it('stays the proxy when the chain holds something that is not an address', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.4, garbage', edge)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', undefined, edge)).toBe('10.0.0.2');
    expect(clientAddress(undefined, '198.51.100.4', edge)).toBe('unknown');
  });
});

describe('the headers Next receives', () => {
  const forged = () => ({
    host: 'news.example.org',
    'x-forwarded-for': '203.0.113.9',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    'x-real-ip': '203.0.113.9',
    forwarded: 'for=203.0.113.9;host=evil.example',
    [PEER_HEADER]: '203.0.113.9',
  });

  it('lose every forwarding header, and the peer header the client wrote, when the peer is untrusted', () => {
    expect(sanitizeForwarding(forged(), '198.51.100.4', edge)).toEqual({
      host: 'news.example.org',
      [PEER_HEADER]: '198.51.100.4',
    });
  });

  it("keep a trusted proxy's forwarding headers, with the peer header from the socket", () => {
    expect(sanitizeForwarding(forged(), '::ffff:10.0.0.7', edge)).toMatchObject({
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-host': 'evil.example',
      [PEER_HEADER]: '10.0.0.7',
    });
  });
});
