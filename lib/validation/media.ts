import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '@/lib/media/attachment-types';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import { LOCALES } from '@/lib/i18n/locales';

export const ALT_MAX = 500;
export const CREDIT_MAX = 300;

export const altText = z.string().trim().min(1, 'alt_required').max(ALT_MAX, 'alt_too_long');
export const creditText = z.string().trim().max(CREDIT_MAX, 'credit_too_long');

/** The alt text and credit of an image as it is used in one language; the picker checks them before inserting. */
export const MediaCaptionInput = z.object({ alt: altText, credit: creditText.default('') });
export type MediaCaptionInput = z.infer<typeof MediaCaptionInput>;

/**
 * One image upload, as the picker posts it. The file's type is decided later by its bytes
 * (lib/media/process.ts), never by its name or the browser's claim.
 */
export const MediaUploadInput = MediaCaptionInput.extend({
  file: z
    .instanceof(File, { message: 'no_file' })
    // A browser sends an empty, nameless file when the picker was left empty.
    .refine((file) => file.size > 0, 'no_file')
    .refine((file) => file.size <= MAX_MEDIA_BYTES, 'too_large'),
  language: z.enum(LOCALES, 'invalid_language'),
});
export type MediaUploadInput = z.infer<typeof MediaUploadInput>;

export const MediaSearchInput = z.object({
  q: z
    .string()
    // Control characters (a NUL above all, which no database text may hold) read as spaces.
    .transform((q) => q.replace(/[\u0000-\u001f\u007f]/g, ' '))
    .pipe(z.string().trim().max(200))
    .optional()
    .transform((q) => q || undefined),
  limit: z.coerce.number<string | number | undefined>().int().min(1).max(100).default(48),
});
export type MediaSearchInput = z.infer<typeof MediaSearchInput>;

/** The optional alt text of one language on the library page: an empty field removes that language's text. */
const optionalAlt = z.string().trim().max(ALT_MAX, 'alt_too_long').default('');

export const CAPTION_MAX = 500;
/** The optional caption of one language: what a release's main image says under it, above the credit. */
const optionalCaption = z.string().trim().max(CAPTION_MAX, 'caption_too_long').default('');

/** The library's edit of one image's alt texts and captions (fr/en/es) and credit. */
export const MediaDetailsInput = z.object({
  mediaId: z.uuid(),
  altFr: optionalAlt,
  altEn: optionalAlt,
  altEs: optionalAlt,
  captionFr: optionalCaption,
  captionEn: optionalCaption,
  captionEs: optionalCaption,
  credit: creditText.default(''),
});
export type MediaDetailsInput = z.infer<typeof MediaDetailsInput>;

/** A new file for an existing image; checked by its bytes like an upload (lib/media/process.ts). */
export const MediaReplaceInput = z.object({
  mediaId: z.uuid(),
  file: MediaUploadInput.shape.file,
});
export type MediaReplaceInput = z.infer<typeof MediaReplaceInput>;

export const MediaDeleteInput = z.object({ mediaId: z.uuid() });
export type MediaDeleteInput = z.infer<typeof MediaDeleteInput>;

export const ATTACHMENT_TITLE_MAX = 200;

/**
 * A document attached to a release from its editor (multipart: `file`, `title`). Its type is decided
 * by its bytes (lib/media/documents.ts); the title is what the downloads box says, else the file name.
 */
export const AttachmentUploadInput = z.object({
  releaseId: z.uuid(),
  file: z
    .instanceof(File, { message: 'no_file' })
    .refine((file) => file.size > 0, 'no_file')
    .refine((file) => file.size <= MAX_ATTACHMENT_BYTES, 'too_large'),
  title: z
    .string()
    .transform((title) => title.replace(/[\u0000-\u001f\u007f]/g, ' '))
    .pipe(z.string().trim().max(ATTACHMENT_TITLE_MAX, 'title_too_long'))
    .default(''),
});
export type AttachmentUploadInput = z.infer<typeof AttachmentUploadInput>;

/**
 * An image pasted into a release's text, to bring into the library: either the address it had
 * on its site (http or https; the server checks where it points) or, for a picture the clipboard
 * carried itself, its bytes. Never both.
 */
export const PastedImageInput = z.union([
  z.object({
    releaseId: z.uuid(),
    language: z.enum(LOCALES, 'invalid_language'),
    url: z
      .string()
      .max(2048, 'invalid_url')
      .regex(/^https?:\/\//i, 'invalid_url'),
    file: z.undefined().optional(),
  }),
  z.object({
    releaseId: z.uuid(),
    language: z.enum(LOCALES, 'invalid_language'),
    url: z.undefined().optional(),
    file: z
      .instanceof(File, { message: 'no_file' })
      .refine((file) => file.size > 0, 'no_file')
      .refine((file) => file.size <= MAX_MEDIA_BYTES, 'too_large'),
  }),
]);
export type PastedImageInput = z.infer<typeof PastedImageInput>;
