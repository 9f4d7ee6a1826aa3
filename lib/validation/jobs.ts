import { z } from 'zod';
import { ALL_QUEUES } from '@/lib/jobs/queues';

/** One job, as the admin screen's retry and cancel buttons name it. */
export const JobRefInput = z.object({
  queue: z.enum(ALL_QUEUES as [string, ...string[]]).transform((queue) => queue as (typeof ALL_QUEUES)[number]),
  id: z.uuid(),
});
export type JobRefInput = z.infer<typeof JobRefInput>;
