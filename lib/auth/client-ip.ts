/**
 * The address that sent the request, for the per-address sign-in limit. The last
 * `x-forwarded-for` entry is the one added by the proxy in front of the app; earlier entries
 * come from the client. Without a proxy, Next.js fills the header with the socket's address only
 * when the client sent none, so production should run behind a proxy that appends to it. The
 * per-account lockout does not depend on this address.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip') || 'unknown';
}
