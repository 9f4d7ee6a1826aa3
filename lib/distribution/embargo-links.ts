import { createHash, createHmac } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { absoluteUrl } from '@/lib/portal/urls';

/**
 * The token of one advance send's delivery: an HMAC of the delivery's id with the app's key, so
 * that the worker writing the message after the transaction computes it again, and only its
 * SHA-256 is stored (distribution_deliveries.embargo_token_hash). Without the key, the database
 * alone opens no link; rotating the key ends every embargo link at once.
 */
export function embargoToken(deliveryId: string): string {
  // Its own purpose in the MAC, so that no other value signed with the same key passes for a link.
  return createHmac('sha256', authSecret()).update(`embargo-link\u0000${deliveryId}`).digest('base64url');
}

export const hashEmbargoToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token as embargoToken writes them: 43 base64url characters. */
export const EMBARGO_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The recipient's own page of the embargoed text. */
export function embargoUrl(deliveryId: string): string {
  return absoluteUrl(`/embargo/${embargoToken(deliveryId)}`);
}
