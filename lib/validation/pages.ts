import { z } from 'zod';
import { PAGE_PATH_PATTERN } from '@/db/schema/pages';
import { LOCALES } from '@/lib/i18n/locales';
import { richTextBody } from './release-draft';

export const PAGE_LIMITS = { title: 300, summary: 1000, path: 200 } as const;

const PATH = new RegExp(PAGE_PATH_PATTERN);

/** A page's nested path below the language, e.g. `qui-sommes-nous/structure`: the database checks the same pattern. */
export const PagePathInput = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'required')
  .max(PAGE_LIMITS.path, 'too_long')
  .regex(PATH, 'invalid_path');

const optionalUuid = z
  .uuid()
  .optional()
  .or(z.literal('').transform(() => undefined));

/** A page to create: language, title and path, optionally below a parent page whose path prefixes its own. */
export const NewPageInput = z.object({
  language: z.enum(LOCALES),
  title: z.string().trim().min(1, 'required').max(PAGE_LIMITS.title, 'too_long'),
  path: PagePathInput,
  parentId: optionalUuid,
});
export type NewPageInput = z.infer<typeof NewPageInput>;

/**
 * A page's working copy as the editor autosaves it; the body passes the same allowlist as a
 * release's. The path is the page's live address, so it changes only through RenamePageInput.
 */
export const PageDraftInput = z.strictObject({
  title: z.string().max(PAGE_LIMITS.title),
  summary: z.string().max(PAGE_LIMITS.summary),
  body: richTextBody,
});
export type PageDraftInput = z.infer<typeof PageDraftInput>;

/** One autosave of a page: the working copy and the version it was edited from. */
export const SavePageDraftInput = z.strictObject({
  expectedVersion: z.number().int().positive(),
  draft: PageDraftInput,
});

/** A new path for a page, checked against the same pattern as a new page's. */
export const RenamePageInput = z.object({ pageId: z.uuid(), path: PagePathInput });
export type RenamePageInput = z.infer<typeof RenamePageInput>;

export const PageIdInput = z.object({ pageId: z.uuid() });
export type PageIdInput = z.infer<typeof PageIdInput>;

export const SavePageVersionInput = z.object({
  pageId: z.uuid(),
  message: z.string().trim().min(1, 'required').max(500, 'too_long'),
});
export type SavePageVersionInput = z.infer<typeof SavePageVersionInput>;

export const RestorePageRevisionInput = z.object({
  pageId: z.uuid(),
  revisionNumber: z.coerce.number().int().positive(),
  expectedVersion: z.coerce.number().int().positive(),
});
export type RestorePageRevisionInput = z.infer<typeof RestorePageRevisionInput>;

export const CreatePageTranslationInput = z.object({ sourceId: z.uuid(), language: z.enum(LOCALES) });
export type CreatePageTranslationInput = z.infer<typeof CreatePageTranslationInput>;
