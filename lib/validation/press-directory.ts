import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';
import { CONTACT_LIMITS, PHONE_PATTERN } from './contact';
import { DRAFT_LIMITS } from './release-draft';

export const TEMPLATE_LIMITS = {
  name: 120,
  sections: 3,
  heading: 120,
  text: 4000,
  paragraphs: 20,
  contacts: 5,
} as const;

/** A line of text: control characters refused. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'too_long')
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'invalid');

const optionalEmail = z.union([
  z.literal('').transform(() => ''),
  z.string().trim().toLowerCase().max(CONTACT_LIMITS.email, 'too_long').pipe(z.email('invalid_email')),
]);

/** A directory entry: the fields a release's contact takes, and the languages the person speaks to the press in. */
export const PressOfficerInput = z.object({
  officeId: z.uuid('required'),
  name: line(CONTACT_LIMITS.name).min(1, 'required'),
  role: line(CONTACT_LIMITS.role),
  email: optionalEmail,
  phones: z
    .array(z.string().trim())
    .max(CONTACT_LIMITS.phones, 'too_many')
    .transform((phones) => phones.filter(Boolean))
    .pipe(z.array(z.string().max(CONTACT_LIMITS.phone, 'too_long').regex(PHONE_PATTERN, 'invalid_phone'))),
  languages: z.array(z.enum(LOCALES, 'invalid')).max(LOCALES.length),
});
export type PressOfficerInput = z.infer<typeof PressOfficerInput>;

export const UpdatePressOfficerInput = PressOfficerInput.extend({ officerId: z.uuid() });
export type UpdatePressOfficerInput = z.infer<typeof UpdatePressOfficerInput>;

export const PressOfficerIdInput = z.object({ officerId: z.uuid() });
export type PressOfficerIdInput = z.infer<typeof PressOfficerIdInput>;

/** A section's text as typed: paragraphs are separated by a blank line, and single line breaks are joined. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

const section = z
  .object({
    heading: line(TEMPLATE_LIMITS.heading),
    text: z.string().max(TEMPLATE_LIMITS.text, 'too_long'),
  })
  .transform(({ heading, text }) => ({ heading, paragraphs: paragraphsOf(text) }))
  .refine((value) => value.paragraphs.length <= TEMPLATE_LIMITS.paragraphs, 'too_long');

const uniqueIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max, 'too_many')
    .refine((ids) => new Set(ids).size === ids.length, 'invalid');

/**
 * A release template. `officeId` empty means the whole organisation (only headquarters keeps
 * those); sections nobody filled in are dropped.
 */
export const ReleaseTemplateInput = z.object({
  officeId: z.union([z.literal('').transform(() => null), z.uuid()]),
  name: line(TEMPLATE_LIMITS.name).min(1, 'required'),
  language: z.enum(LOCALES, 'invalid'),
  sections: z
    .array(section)
    .max(TEMPLATE_LIMITS.sections, 'too_many')
    .transform((sections) => sections.filter((one) => one.heading !== '' || one.paragraphs.length > 0)),
  topicIds: uniqueIds(DRAFT_LIMITS.topics),
  officerIds: uniqueIds(TEMPLATE_LIMITS.contacts),
});
export type ReleaseTemplateInput = z.infer<typeof ReleaseTemplateInput>;

export const UpdateReleaseTemplateInput = ReleaseTemplateInput.extend({ templateId: z.uuid() });
export type UpdateReleaseTemplateInput = z.infer<typeof UpdateReleaseTemplateInput>;

export const ReleaseTemplateIdInput = z.object({ templateId: z.uuid() });
export type ReleaseTemplateIdInput = z.infer<typeof ReleaseTemplateIdInput>;
