import { createHash } from 'node:crypto';
import type { Transaction } from '@/db/client';
import { edgePurgeUrls } from '@/lib/edge/surrogate-keys.mjs';
import { inTransaction, jobs, startedJobs } from '@/lib/dal/job-system';
import { QUEUES } from '@/lib/jobs/queues';

/**
 * The jobs the app creates. Those taking a transaction are written in it: a committed change
 * always has its job, a rolled-back one never does. The job system must already be started
 * (`await jobs()` before the transaction): on the embedded database, starting it inside a
 * transaction would wait for that transaction.
 */

export type PortalRefreshJob = { tags: string[] };
export type EdgePurgeJob = { tags: string[] };
export type ScheduledPublishJob = { releaseId: string; scheduledAt: string };
export type NotificationMailJob = { messageId: string };

/** A UUID that names one thing for good, so that sending the job for it twice creates one job. */
export function stableJobId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The publish of one release at its embargo time; the same release and time always make the same job. */
export async function sendScheduledPublish(tx: Transaction, releaseId: string, scheduledAt: Date): Promise<void> {
  const data: ScheduledPublishJob = { releaseId, scheduledAt: scheduledAt.toISOString() };
  await startedJobs().send(QUEUES.scheduledPublish, data, {
    id: stableJobId('scheduled-publish', releaseId, data.scheduledAt),
    startAfter: scheduledAt,
    db: inTransaction(tx),
  });
}

/** Refreshes the portal's pages and feeds carrying these cache tags (then purges the edges). */
export async function sendPortalRefresh(tx: Transaction | undefined, tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const data: PortalRefreshJob = { tags: [...new Set(tags)] };
  const boss = tx ? startedJobs() : await jobs();
  await boss.send(QUEUES.portalRefresh, data, tx ? { db: inTransaction(tx) } : {});
}

/** One e-mail per outbox message: the message's id is the job's, so it is queued once. */
export async function sendNotificationMail(tx: Transaction, messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await startedJobs().insert(
    QUEUES.notificationMail,
    messageIds.map((messageId) => ({ id: messageId, data: { messageId } satisfies NotificationMailJob })),
    { db: inTransaction(tx) },
  );
}

/** Where a worker running in this process says how to wake its worker of a queue (lib/jobs/worker.ts). */
const WAKE = Symbol.for('communique.jobs.wake');
type Wake = Partial<Record<string, () => void>>;

/** Tells this process's worker, if it runs one, to fetch the queue now rather than at its next poll. */
export function wakeLocalWorker(queue: string): void {
  (globalThis as { [WAKE]?: Wake })[WAKE]?.[queue]?.();
}

/** Registers how to wake this process's worker of a queue (undefined: no longer). */
export function registerLocalWorker(queue: string, wake: (() => void) | undefined): void {
  const holder = globalThis as { [WAKE]?: Wake };
  holder[WAKE] ??= {};
  holder[WAKE][queue] = wake;
}

/**
 * Purges these keys from every edge, retried until each has confirmed. Nothing without edges. The
 * worker of this process, if it runs one, takes it at once: a purge waits for no poll.
 */
export async function sendEdgePurge(tags: string[]): Promise<void> {
  if (tags.length === 0 || edgePurgeUrls().length === 0) return;
  const data: EdgePurgeJob = { tags: [...new Set(tags)] };
  await (await jobs()).send(QUEUES.edgePurge, data);
  wakeLocalWorker(QUEUES.edgePurge);
}
