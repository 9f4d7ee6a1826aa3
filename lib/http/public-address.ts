import { isIP } from 'node:net';

/**
 * Whether a server may fetch from this IP address for a user: only public unicast addresses. Every
 * private, loopback, link-local, shared, multicast, documentation and reserved range is refused,
 * and an IPv6 address that carries an IPv4 one (mapped, compatible, NAT64, 6to4) is judged by it.
 * Anything that is not an IP address at all is refused too.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const version = isIP(bare);
  if (version === 4) return isPublicV4(parseV4(bare));
  if (version === 6) return isPublicV6(parseV6(bare));
  return false;
}

/** Ranges no public server lives in (RFC 6890 and its updates), as [first address, prefix length]. */
const NON_PUBLIC_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 included
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast included
];

const NON_PUBLIC_V6: [string, number][] = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible form (checked apart below)
  ['100::', 64], // discard
  ['2001::', 23], // protocol assignments, Teredo included
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

function parseV4(address: string): bigint {
  return address.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(address: string): bigint {
  let text = address.toLowerCase().replace(/%.*$/, '');
  // A trailing dotted IPv4 part becomes two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseV4(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(missing).fill('0'), ...tailGroups];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const inRange = (value: bigint, bits: number, [start, prefix]: [string, number], parse: (a: string) => bigint) =>
  value >> BigInt(bits - prefix) === parse(start) >> BigInt(bits - prefix);

function isPublicV4(value: bigint): boolean {
  return !NON_PUBLIC_V4.some((range) => inRange(value, 32, range, parseV4));
}

function isPublicV6(value: bigint): boolean {
  const low32 = value & 0xffffffffn;
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d (NAT64) reach an IPv4 host.
  if (value >> 32n === 0xffffn || value >> 32n === 0n || value >> 32n === 0x64ff9b0000000000000000n) {
    return value >> 32n !== 0n || low32 > 1n ? isPublicV4(low32) : false;
  }
  // 2002:aabb:ccdd::/48 (6to4) reaches the IPv4 host aa.bb.cc.dd.
  if (value >> 112n === 0x2002n) return isPublicV4((value >> 80n) & 0xffffffffn);
  // Only global unicast (2000::/3) is public at all.
  if (value >> 125n !== 1n) return false;
  return !NON_PUBLIC_V6.some((range) => inRange(value, 128, range, parseV6));
}
