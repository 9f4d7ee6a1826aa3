import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

export const VERSION_MESSAGE_MAX = 500;
export const PREVIEW_LINK_DAYS = { min: 1, max: 30, default: 7 } as const;

/** "Save version": a snapshot of the working copy, with a required note of what changed. */
export const SaveVersionInput = z.object({
  releaseId: z.uuid(),
  message: z.string().trim().min(1, 'required').max(VERSION_MESSAGE_MAX, 'too_long'),
});
export type SaveVersionInput = z.infer<typeof SaveVersionInput>;

/** "Restore this revision", against the working copy's version the person was looking at. */
export const RestoreRevisionInput = z.object({
  releaseId: z.uuid(),
  revisionNumber: z.coerce.number().int().positive(),
  expectedVersion: z.coerce.number().int().positive(),
});
export type RestoreRevisionInput = z.infer<typeof RestoreRevisionInput>;

/** Two revision numbers to compare, as the history page puts them in the URL. */
export const CompareRevisionsInput = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
export type CompareRevisionsInput = z.infer<typeof CompareRevisionsInput>;

export const CreatePreviewLinkInput = z.object({
  releaseId: z.uuid(),
  days: z.coerce
    .number()
    .int('invalid_days')
    .min(PREVIEW_LINK_DAYS.min, 'invalid_days')
    .max(PREVIEW_LINK_DAYS.max, 'invalid_days'),
});
export type CreatePreviewLinkInput = z.infer<typeof CreatePreviewLinkInput>;

export const RevokePreviewLinkInput = z.object({ releaseId: z.uuid(), linkId: z.uuid() });
export type RevokePreviewLinkInput = z.infer<typeof RevokePreviewLinkInput>;

export const CreateTranslationInput = z.object({ sourceId: z.uuid(), language: z.enum(LOCALES) });
export type CreateTranslationInput = z.infer<typeof CreateTranslationInput>;

/** "The translation follows the source again": up to the source revision the person compared against. */
export const AcknowledgeSourceInput = z.object({ releaseId: z.uuid(), toNumber: z.coerce.number().int().positive() });
export type AcknowledgeSourceInput = z.infer<typeof AcknowledgeSourceInput>;

/** A preview token as `/preview/[token]` receives it: 32 bytes in base64url. */
export const PreviewToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
