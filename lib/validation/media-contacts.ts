import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

export const MEDIA_CONTACT_LIMITS = {
  name: 200,
  outlet: 200,
  email: 254,
  beat: 200,
  phone: 60,
  notes: 4000,
  consentSource: 300,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A line of text: control characters refused, so no name or outlet can carry a header break into a message. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'too_long')
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'invalid');

/** An e-mail address as stored: trimmed and lower-cased, so that one address is one contact. */
export const MediaContactEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(MEDIA_CONTACT_LIMITS.email, 'too_long')
  .pipe(z.email('invalid_email'));

const languages = z.array(z.enum(LOCALES, 'invalid')).min(1, 'required').max(LOCALES.length);
const ids = z.array(z.uuid()).max(100, 'too_many');
const day = z.union([
  z.literal('').transform(() => null),
  z
    .string()
    .regex(ISO_DATE, 'invalid_date')
    .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'invalid_date'),
]);

export const MediaContactInput = z.object({
  officeId: z.uuid('required'),
  name: line(MEDIA_CONTACT_LIMITS.name).min(1, 'required'),
  outlet: line(MEDIA_CONTACT_LIMITS.outlet),
  email: MediaContactEmail,
  languages,
  regionIds: ids,
  topicIds: ids,
  beat: line(MEDIA_CONTACT_LIMITS.beat),
  phone: line(MEDIA_CONTACT_LIMITS.phone),
  notes: z.string().trim().max(MEDIA_CONTACT_LIMITS.notes, 'too_long'),
  consentSource: line(MEDIA_CONTACT_LIMITS.consentSource),
  consentDate: day,
  status: z.enum(['active', 'unsubscribed', 'bounced'], 'invalid'),
});
export type MediaContactInput = z.infer<typeof MediaContactInput>;

export const UpdateMediaContactInput = MediaContactInput.extend({ contactId: z.uuid() });
export type UpdateMediaContactInput = z.infer<typeof UpdateMediaContactInput>;

export const MediaContactIdInput = z.object({ contactId: z.uuid() });
export type MediaContactIdInput = z.infer<typeof MediaContactIdInput>;

/**
 * What a saved-filter list matches: any of the languages, a contact covering any of the offices
 * (or an office under one of them), any of the topics, and the beat's words; an empty part
 * matches everyone. Stored as JSON on the list and read back through this schema.
 */
export const MediaListFilter = z.object({
  languages: z.array(z.enum(LOCALES)).max(LOCALES.length).default([]),
  officeIds: z.array(z.uuid()).max(100).default([]),
  topicIds: z.array(z.uuid()).max(100).default([]),
  beat: z.string().trim().max(MEDIA_CONTACT_LIMITS.beat, 'too_long').default(''),
});
export type MediaListFilter = z.infer<typeof MediaListFilter>;

export const CreateMediaListInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('static'),
    officeId: z.uuid('required'),
    name: line(200).min(1, 'required'),
  }),
  z.object({
    kind: z.literal('filter'),
    officeId: z.uuid('required'),
    name: line(200).min(1, 'required'),
    filter: MediaListFilter,
  }),
]);
export type CreateMediaListInput = z.infer<typeof CreateMediaListInput>;

export const MediaListIdInput = z.object({ listId: z.uuid() });
export type MediaListIdInput = z.infer<typeof MediaListIdInput>;

export const MediaListMemberInput = z.object({ listId: z.uuid(), contactId: z.uuid('required') });
export type MediaListMemberInput = z.infer<typeof MediaListMemberInput>;

/** The contact fields a CSV column can fill. */
export const IMPORT_FIELDS = [
  'name',
  'outlet',
  'email',
  'languages',
  'regions',
  'topics',
  'beat',
  'phone',
  'notes',
  'consentSource',
  'consentDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (by its index in the file) fills each field; name and e-mail must be mapped. */
export const ImportMapping = z
  .partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(199))
  .refine((mapping) => mapping.email !== undefined, { message: 'required', path: ['email'] })
  .refine((mapping) => mapping.name !== undefined, { message: 'required', path: ['name'] });
export type ImportMapping = z.infer<typeof ImportMapping>;

/** The import form's fields besides the file: the office that will hold the contacts, the step, the mapping. */
export const ImportRequestInput = z.discriminatedUnion('step', [
  z.object({ step: z.literal('preview'), officeId: z.uuid('required') }),
  z.object({ step: z.literal('import'), officeId: z.uuid('required'), mapping: ImportMapping }),
]);
export type ImportRequestInput = z.infer<typeof ImportRequestInput>;
