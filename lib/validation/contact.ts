import { z } from 'zod';

/** Digits, spaces and the punctuation phone numbers are written with, and an optional extension. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().\-/]{3,29}(,? ?(ext\.?|poste|ext|anexo) ?[0-9]{1,6})?$/i;

/** A press contact as stored on releases, revisions, publications and offices. */
export const ContactInput = z.object({
  name: z.string().trim().min(1).max(120),
  role: z.string().trim().max(160).optional(),
  office: z.string().trim().max(200).optional(),
  phones: z.array(z.string().trim().regex(PHONE_PATTERN, 'invalid_phone')).max(5),
  email: z.email('invalid_email').max(254).optional(),
});

export type Contact = z.infer<typeof ContactInput>;
