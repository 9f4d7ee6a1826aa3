// Plain JavaScript, shared by the server in front of Next (scripts/serve.mjs) and the app.
import { BlockList, isIP } from 'node:net';

/** The header through which scripts/serve.mjs tells the app the address of the socket's peer. */
export const PEER_HEADER = 'x-communique-peer';

/**
 * Set by scripts/serve.mjs in its own environment: the peer header is believed only in a process
 * started by it (under plain `next start` a client could write the header itself).
 */
export const PEER_HEADER_MARK = 'COMMUNIQUE_PEER_HEADER';

/** Headers a client could use to pretend to be someone or somewhere else; only trusted proxies may send them. */
export const FORWARDING_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
];

/** `::ffff:192.0.2.1` is the IPv4 address 192.0.2.1 on a dual-stack socket. */
export function normalizeAddress(address) {
  const trimmed = String(address ?? '').trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/**
 * The proxies whose forwarding headers are believed: TRUSTED_PROXIES, comma-separated addresses
 * or CIDR ranges (`10.0.0.0/8`, `127.0.0.1`, `::1`). None by default.
 */
export function trustedProxies(value = process.env.TRUSTED_PROXIES) {
  const list = new BlockList();
  for (const entry of String(value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const type = isIP(normalizeAddress(address)) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(normalizeAddress(address))) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or range`);
    if (bits === undefined) list.addAddress(normalizeAddress(address), type);
    else list.addSubnet(normalizeAddress(address), Number(bits), type);
  }
  return { has: (address) => isTrusted(list, address) };
}

function isTrusted(list, address) {
  const normalized = normalizeAddress(address);
  const version = isIP(normalized);
  return version !== 0 && list.check(normalized, version === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the right-most
 * address of X-Forwarded-For that is not itself a trusted proxy (entries to its left were written
 * by the client and prove nothing).
 */
export function clientAddress(peer, forwardedFor, trusted = trustedProxies()) {
  let address = normalizeAddress(peer);
  if (!address) return 'unknown';
  const chain = String(forwardedFor ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter(Boolean);
  while (trusted.has(address) && chain.length) {
    const next = chain.pop();
    if (!isIP(next)) break;
    address = next;
  }
  return address;
}

/**
 * Rewrites a request's headers (Node's lower-case header object) in place before Next sees it:
 * forwarding headers are dropped unless the peer is a trusted proxy, and the peer header is set
 * from the socket, whatever the client sent.
 */
export function sanitizeForwarding(headers, peer, trusted = trustedProxies()) {
  process.env[PEER_HEADER_MARK] = 'set';
  delete headers[PEER_HEADER];
  if (!trusted.has(peer)) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers[PEER_HEADER] = normalizeAddress(peer) || 'unknown';
  return headers;
}
