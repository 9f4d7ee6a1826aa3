import { describe, expect, it } from 'vitest';
import { CONTACT_LIMITS, ContactInput, PHONE_PATTERN } from './contact';

describe('a contact’s phone numbers', () => {
  it('fit in the phone field: the longest number the pattern accepts is as long as the field allows', () => {
    const longest = `+1${'2'.repeat(29)}, poste 123456`;
    expect(longest).toHaveLength(CONTACT_LIMITS.phone);
    expect(PHONE_PATTERN.test(longest)).toBe(true);
    expect(PHONE_PATTERN.test(`${longest}7`)).toBe(false);
  });

  it(`are at most ${CONTACT_LIMITS.phones} per contact`, () => {
    const phones = (count: number) => Array.from({ length: count }, (_, at) => `+507 555 010${at}`);
    expect(ContactInput.safeParse({ name: 'Ana Ríos', phones: phones(CONTACT_LIMITS.phones) }).success).toBe(true);
    expect(ContactInput.safeParse({ name: 'Ana Ríos', phones: phones(CONTACT_LIMITS.phones + 1) }).success).toBe(false);
  });
});
