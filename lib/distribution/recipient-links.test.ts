import { describe, expect, it } from 'vitest';
import { oneClickUnsubscribeUrl, preferencesUrl, readRecipientToken, recipientToken } from './recipient-links';

const subscriber = { kind: 'subscriber' as const, id: '6f1c2b9e-4d1a-4c3b-9a7e-2f5d8c1b0a93' };
const contact = { kind: 'contact' as const, id: '0b7e6a54-2c1d-4f3e-8a9b-7c6d5e4f3a21' };

describe('recipient links', () => {
  it('name the recipient they were made for', () => {
    expect(readRecipientToken(recipientToken(subscriber))).toEqual(subscriber);
    expect(readRecipientToken(recipientToken(contact))).toEqual(contact);
  });

  it('refuse a token whose recipient was changed', () => {
    const token = recipientToken(subscriber);
    expect(readRecipientToken(token.replace(subscriber.id, contact.id))).toBeNull();
    expect(readRecipientToken(`c${token.slice(1)}`)).toBeNull();
  });

  it('refuse anything that is not a token', () => {
    for (const bad of ['', 'x', `s.${subscriber.id}`, `s.${subscriber.id}.${'A'.repeat(43)}`, '../../etc/passwd'])
      expect(readRecipientToken(bad)).toBeNull();
  });

  it('point to the portal, in the recipient’s language', () => {
    expect(preferencesUrl(subscriber, 'es')).toMatch(/^https?:\/\/[^/]+\/es\/subscribe\/preferences\/s\./);
    expect(oneClickUnsubscribeUrl(contact)).toMatch(/^https?:\/\/[^/]+\/api\/unsubscribe\/c\./);
  });
});
