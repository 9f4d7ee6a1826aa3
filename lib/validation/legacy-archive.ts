import { z } from 'zod';

/** An editor's "promote to the current news" or "return to the archive" on an imported release. */
export const ArchivePromotionInput = z.object({
  releaseId: z.uuid(),
  promote: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export type ArchivePromotionInput = z.infer<typeof ArchivePromotionInput>;
