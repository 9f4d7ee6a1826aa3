import { listPendingMessageIds } from '@/lib/dal/outbox';
import { listScheduledReleases } from '@/lib/dal/scheduler';
import { jobs } from '@/lib/dal/job-system';
import { QUEUES } from './queues';
import { stableJobId, type NotificationMailJob, type ScheduledPublishJob } from '@/lib/dal/jobs';

const CHUNK = 500;

/**
 * Gives every scheduled release its publish job and every unsent outbox message its mail job, if
 * they have none: what was written before jobs existed, or whose job pg-boss has since deleted.
 * The jobs' ids come from what they are for, so a job that exists is never created twice. Run by
 * every worker at start and every few minutes.
 */
export async function queueMissingJobs(): Promise<{ publishes: number; messages: number }> {
  const boss = await jobs();
  let publishes = 0;
  let messages = 0;
  const scheduled = await listScheduledReleases();
  for (let i = 0; i < scheduled.length; i += CHUNK) {
    const created = await boss.insert(
      QUEUES.scheduledPublish,
      scheduled.slice(i, i + CHUNK).map(({ id, scheduledAt }) => {
        const data: ScheduledPublishJob = { releaseId: id, scheduledAt: scheduledAt.toISOString() };
        return { id: stableJobId('scheduled-publish', id, data.scheduledAt), data, startAfter: scheduledAt };
      }),
      { returnId: true },
    );
    publishes += created?.length ?? 0;
  }
  const pending = await listPendingMessageIds();
  for (let i = 0; i < pending.length; i += CHUNK) {
    const created = await boss.insert(
      QUEUES.notificationMail,
      pending
        .slice(i, i + CHUNK)
        .map((messageId) => ({ id: messageId, data: { messageId } satisfies NotificationMailJob })),
      { returnId: true },
    );
    messages += created?.length ?? 0;
  }
  return { publishes, messages };
}
