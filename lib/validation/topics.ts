import { z } from 'zod';

const label = z.string().trim().min(1, 'required').max(80, 'too_long');
const labels = { labelFr: label, labelEn: label, labelEs: label };

export const CreateTopicInput = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_slug')
    .max(60, 'too_long'),
  ...labels,
});
export type CreateTopicInput = z.infer<typeof CreateTopicInput>;

export const RenameTopicInput = z.object({ topicId: z.uuid(), ...labels });
export type RenameTopicInput = z.infer<typeof RenameTopicInput>;

export const MergeTopicInput = z.object({ topicId: z.uuid(), intoId: z.uuid('required') });
export type MergeTopicInput = z.infer<typeof MergeTopicInput>;

export const RetireTopicInput = z.object({ topicId: z.uuid() });
export type RetireTopicInput = z.infer<typeof RetireTopicInput>;
