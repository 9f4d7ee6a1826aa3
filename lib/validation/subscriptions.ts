import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

export const SUBSCRIPTION_LIMITS = {
  email: 254,
  /** Office codes and topic slugs are short identifiers. */
  choice: 80,
  choices: 100,
};

/** Any control character (CR and LF above all: a header break), or a Unicode line separator. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const noControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

/** An address as stored: trimmed and lower-cased, so that one mailbox is one subscriber. */
const email = z
  .string('required')
  .max(SUBSCRIPTION_LIMITS.email, 'too_long')
  .refine(noControlCharacters, 'control_characters')
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.string().min(1, 'required').pipe(z.email('invalid_email')));

const slug = z
  .string()
  .max(SUBSCRIPTION_LIMITS.choice, 'too_long')
  .refine(noControlCharacters, 'control_characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'unknown_choice');

const choices = z
  .array(slug)
  .max(SUBSCRIPTION_LIMITS.choices, 'too_many')
  .transform((values) => [...new Set(values)]);

/**
 * The languages in order of preference: the form's three "first, second, third choice" selects,
 * whose empty answers are dropped and whose repeats count once, at their first place.
 */
const languages = z
  .array(z.string().max(SUBSCRIPTION_LIMITS.choice, 'too_long'))
  .max(LOCALES.length, 'too_many')
  .transform((values) => [...new Set(values.filter((value) => value !== ''))])
  .pipe(z.array(z.enum(LOCALES, 'unknown_language')).min(1, 'required'));

/** What a reader chooses: the offices (a regional office for its region) and topics; none = all. */
export const SubscriptionChoicesInput = z.object({
  languages,
  offices: choices,
  topics: choices,
});
export type SubscriptionChoicesInput = z.infer<typeof SubscriptionChoicesInput>;

/** The portal's subscription form. */
export const SubscribeInput = SubscriptionChoicesInput.extend({
  email,
  locale: z.enum(LOCALES, 'unknown_language'),
});
export type SubscribeInput = z.infer<typeof SubscribeInput>;

/** The multi-value fields a form posts, read in the order they appear (`form.getAll`). */
export function subscriptionFormValues(form: FormData) {
  const strings = (name: string) => form.getAll(name).filter((value) => typeof value === 'string');
  return {
    email: form.get('email') ?? undefined,
    locale: form.get('locale') ?? undefined,
    languages: strings('languages'),
    offices: strings('offices'),
    topics: strings('topics'),
  };
}
