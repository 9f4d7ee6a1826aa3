import { z } from 'zod';
import { SLUG_PATTERN } from '@/db/schema/releases';
import { MAX_SLUG_LENGTH } from '@/lib/importer/slug';

/** A release's address after /<language>/news/: what an editor may type. */
export const ReleaseSlugInput = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'required')
  .max(MAX_SLUG_LENGTH, 'slug_too_long')
  .regex(new RegExp(SLUG_PATTERN), 'invalid_release_slug');

export const ChangeReleaseSlugInput = z.object({ releaseId: z.uuid(), slug: ReleaseSlugInput });
export type ChangeReleaseSlugInput = z.infer<typeof ChangeReleaseSlugInput>;
