import { deliveryJobs, listQueuedDeliveryIdsWithoutJob } from '@/lib/dal/distributions';
import { listPendingMessageIds } from '@/lib/dal/outbox';
import { listScheduledReleases } from '@/lib/dal/scheduler';
import { jobs } from '@/lib/dal/job-system';
import { QUEUES } from './queues';
import { stableJobId, type NotificationMailJob, type ScheduledPublishJob } from '@/lib/dal/jobs';

const CHUNK = 500;

/**
 * Gives every scheduled release its publish job, every unsent outbox message its mail job and every
 * queued distribution delivery a distribution-mail job (the ones without, in batches), if they
 * have none: what was written before jobs existed, or whose job pg-boss has since deleted.
 * The jobs' ids come from what they are for, so a job that exists is never created twice. Run by
 * every worker at start and every few minutes.
 */
export async function queueMissingJobs(): Promise<{ publishes: number; messages: number; deliveries: number }> {
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
  let deliveries = 0;
  const batches = deliveryJobs(await listQueuedDeliveryIdsWithoutJob());
  for (let i = 0; i < batches.length; i += CHUNK) {
    const created = new Set(
      (await boss.insert(QUEUES.distributionMail, batches.slice(i, i + CHUNK), { returnId: true })) ?? [],
    );
    for (const batch of batches.slice(i, i + CHUNK))
      if (created.has(batch.id)) deliveries += 'deliveryIds' in batch.data ? batch.data.deliveryIds.length : 1;
  }
  return { publishes, messages, deliveries };
}
