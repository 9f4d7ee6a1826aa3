import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/portal/urls';

/** Who a mailing went to: a portal subscriber or an office's media contact. */
export type RecipientKind = 'subscriber' | 'contact';
export type Recipient = { kind: RecipientKind; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KIND_CODES: Record<RecipientKind, string> = { subscriber: 's', contact: 'c' };

function signature(payload: string): string {
  // Its own purpose in the MAC, so that no other value signed with the same key passes for a link.
  return createHmac('sha256', authSecret()).update(`recipient-link\u0000${payload}`).digest('base64url');
}

/**
 * A token naming one recipient, signed with the app's key: it goes in every message's links
 * (preferences, one-click unsubscribe) and needs no storage. It does not expire: a message read a
 * year later must still unsubscribe its reader.
 */
export function recipientToken(recipient: Recipient): string {
  const payload = `${KIND_CODES[recipient.kind]}.${recipient.id}`;
  return `${payload}.${signature(payload)}`;
}

/** The recipient a token names, or null when it is malformed or its signature is wrong. */
export function readRecipientToken(token: string): Recipient | null {
  const match = /^([sc])\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || !UUID.test(match[2]!)) return null;
  const payload = `${match[1]}.${match[2]}`;
  const expected = Buffer.from(signature(payload));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { kind: match[1] === 's' ? 'subscriber' : 'contact', id: match[2]! };
}

/** The page where a recipient changes their choices, pauses or unsubscribes, in their language. */
export function preferencesUrl(recipient: Recipient, locale: Locale): string {
  return absoluteUrl(`/${locale}/subscribe/preferences/${recipientToken(recipient)}`);
}

/** The RFC 8058 one-click address: a POST to it unsubscribes at once (List-Unsubscribe). */
export function oneClickUnsubscribeUrl(recipient: Recipient): string {
  return absoluteUrl(`/api/unsubscribe/${recipientToken(recipient)}`);
}
