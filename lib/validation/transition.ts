import { z } from 'zod';
import { TRANSITION_NAMES } from '@/lib/workflow/transitions';

/** The longest comment a workflow step takes ("what needs to change"). */
export const TRANSITION_COMMENT_MAX = 5000;

/** A workflow button press: which release, which transition, and what that transition needs. */
export const TransitionRequestInput = z.object({
  releaseId: z.uuid(),
  transition: z.enum(TRANSITION_NAMES),
  comment: z.string().trim().max(TRANSITION_COMMENT_MAX).optional(),
  /** Wall-clock time in the release's office time zone, as <input type="datetime-local"> sends it. */
  scheduledAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'invalid_datetime')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** A re-publish of a live release mailed to journalists as a correction (a check box: "on" or absent). */
  correction: z.union([z.boolean(), z.literal('on').transform(() => true)]).optional(),
});

export type TransitionRequestInput = z.infer<typeof TransitionRequestInput>;
