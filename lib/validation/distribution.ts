import { z } from 'zod';

/** The most lists one release may go to: more is a slip of the hand, not a plan. */
export const RELEASE_LISTS_MAX = 50;

/** The media lists chosen for a release: the whole choice, replacing the one before. */
export const ReleaseListsInput = z.object({
  releaseId: z.uuid(),
  listIds: z
    .array(z.uuid())
    .max(RELEASE_LISTS_MAX, 'too_many')
    .transform((ids) => [...new Set(ids)]),
});
export type ReleaseListsInput = z.infer<typeof ReleaseListsInput>;
