import { z } from 'zod';

/** Digits, spaces and the punctuation phone numbers are written with, and an optional extension. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().\-/]{3,29}(,? ?(ext\.?|poste|ext|anexo) ?[0-9]{1,6})?$/i;

export const CONTACT_LIMITS = {
  name: 120,
  role: 160,
  office: 200,
  /** The longest number `PHONE_PATTERN` accepts, extension included: a field's `maxLength`, the pattern checks. */
  phone: 45,
  phones: 5,
  email: 254,
} as const;

/** A press contact as stored on releases, revisions, publications and offices. */
export const ContactInput = z.object({
  name: z.string().trim().min(1).max(CONTACT_LIMITS.name),
  role: z.string().trim().max(CONTACT_LIMITS.role).optional(),
  office: z.string().trim().max(CONTACT_LIMITS.office).optional(),
  phones: z.array(z.string().trim().regex(PHONE_PATTERN, 'invalid_phone')).max(CONTACT_LIMITS.phones),
  email: z.email('invalid_email').max(CONTACT_LIMITS.email).optional(),
});

export type Contact = z.infer<typeof ContactInput>;
