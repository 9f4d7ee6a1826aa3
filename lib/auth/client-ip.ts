import { clientAddress, PEER_HEADER, PEER_HEADER_MARK } from '@/lib/http/forwarded.mjs';

/**
 * The address that sent the request, for the per-address sign-in limit and the audit log. The
 * server in front of Next (scripts/serve.mjs) writes the socket's peer into a header of its own
 * (and drops whatever the client sent there); X-Forwarded-For is only read when that peer is one
 * of TRUSTED_PROXIES, from the right, skipping the trusted proxies themselves. Without that server
 * (plain `next start`) the address is "unknown" rather than one the client chose.
 */
export function clientIp(headers: Headers): string {
  if (process.env[PEER_HEADER_MARK] !== 'set') return 'unknown';
  return clientAddress(headers.get(PEER_HEADER), headers.get('x-forwarded-for'));
}
