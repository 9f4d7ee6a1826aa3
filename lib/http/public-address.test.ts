import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './public-address';

describe('which addresses the server may fetch pasted images from', () => {
  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450::1'])(
    'accepts the public address %s',
    (address) => expect(isPublicAddress(address)).toBe(true),
  );

  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback, anywhere in 127/8', '127.255.0.9'],
    ['the unspecified address', '0.0.0.0'],
    ['"this network"', '0.1.2.3'],
    ['private 10/8', '10.12.0.1'],
    ['private 172.16/12, first', '172.16.0.1'],
    ['private 172.16/12, last', '172.31.255.254'],
    ['private 192.168/16', '192.168.1.20'],
    ['link-local, where cloud metadata lives', '169.254.169.254'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['multicast', '224.0.0.251'],
    ['broadcast', '255.255.255.255'],
    ['documentation', '203.0.113.7'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 unique local (fc00::/7)', 'fd12:3456::1'],
    ['IPv6 unique local, fc half', 'fc00::1'],
    ['IPv6 link-local (fe80::/10)', 'fe80::1'],
    ['IPv6 link-local, upper end', 'febf::1'],
    ['IPv6 multicast', 'ff02::1'],
    ['IPv6 documentation', '2001:db8::1'],
    ['IPv4-mapped loopback, dotted', '::ffff:127.0.0.1'],
    ['IPv4-mapped loopback, in hex groups', '::ffff:7f00:1'],
    ['IPv4-mapped private address', '::ffff:10.0.0.1'],
    ['IPv4-compatible loopback', '::127.0.0.1'],
    ['NAT64 to a private address', '64:ff9b::192.168.0.1'],
    ['6to4 to loopback', '2002:7f00:1::1'],
    ['a bracketed IPv6 loopback as URLs write it', '[::1]'],
    ['a host name, which must be resolved first', 'localhost'],
    ['an empty string', ''],
  ])('refuses %s (%s)', (_what, address) => expect(isPublicAddress(address)).toBe(false));

  it('judges an IPv4-mapped public address by its IPv4 address', () => {
    expect(isPublicAddress('::ffff:93.184.216.34')).toBe(true);
  });
});
