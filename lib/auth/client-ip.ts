/**
 * The address that sent the request. The last `x-forwarded-for` entry is the one added by the
 * proxy in front of the app (Next.js adds it itself without one); earlier entries come from the
 * client and could be forged to dodge the per-address limit.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip') || 'unknown';
}
