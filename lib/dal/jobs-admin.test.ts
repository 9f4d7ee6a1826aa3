import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { outbox } from '@/db/schema';
import { QUEUES } from '@/lib/jobs/queues';
import { actAs } from '@/test/fake-auth';
import { jobsIn } from '@/test/jobs';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { jobs } from './job-system';
import { cancelJobAsAdmin, listJobsForAdmin, retryJobAsAdmin } from './jobs-admin';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

/** A job that has used its only attempt, as a worker leaves it. */
async function failedJob(queue: (typeof QUEUES)[keyof typeof QUEUES], data: object, message: string) {
  const boss = await jobs();
  const id = crypto.randomUUID();
  await boss.send(queue, data, { id, retryLimit: 0 });
  const [job] = await boss.fetch(queue, { batchSize: 1 });
  expect(job?.id).toBe(id);
  await boss.fail(queue, id, { message });
  return id;
}

const stateOf = async (queue: string, id: string) => (await jobsIn(n.db, queue)).find((job) => job.id === id)?.state;

describe('the background jobs screen', () => {
  it('shows a failed job with its error and attempts, and a queued one, to admins', async () => {
    const failed = await failedJob(QUEUES.edgePurge, { tags: ['menus'] }, 'edge purge failed on 1 of 1 edges');
    const boss = await jobs();
    const queued = (await boss.send(QUEUES.portalRefresh, { tags: ['sitemap'] }, { startAfter: 3_600 }))!;

    actAs(n.people.admin);
    const overview = await listJobsForAdmin();

    expect(overview.failed.find((job) => job.id === failed)).toMatchObject({
      queue: 'edge-purge',
      view: 'failed',
      attempts: 1,
      maxAttempts: 1,
      error: 'edge purge failed on 1 of 1 edges',
      subject: 'menus',
    });
    expect(overview.queued.find((job) => job.id === queued)).toMatchObject({ view: 'queued', subject: 'sitemap' });
    expect(overview.queues.find((queue) => queue.queue === 'edge-purge')).toMatchObject({ failed: 1 });
  });

  it('retries a failed job, and puts its message back to pending for a mail job', async () => {
    const [message] = await n.db
      .insert(outbox)
      .values({ recipient: 'down@example.org', subject: 'S', body: 'B', status: 'failed', attempts: 7 })
      .returning();
    const id = await failedJob(QUEUES.notificationMail, { messageId: message!.id }, 'Greeting never received');

    actAs(n.people.admin);
    expect(await retryJobAsAdmin({ queue: QUEUES.notificationMail, id })).toEqual({ ok: true });

    expect(await stateOf(QUEUES.notificationMail, id)).toBe('retry');
    expect((await n.db.select().from(outbox).where(eq(outbox.id, message!.id)))[0]!.status).toBe('pending');
    // Only a failed job is retried.
    expect(await retryJobAsAdmin({ queue: QUEUES.notificationMail, id })).toEqual({
      ok: false,
      reason: 'not_retryable',
    });
  });

  it('cancels a queued job, and refuses to cancel one that has finished', async () => {
    const boss = await jobs();
    const queued = (await boss.send(QUEUES.edgePurge, { tags: ['pages'] }, { startAfter: 3_600 }))!;
    const failed = await failedJob(QUEUES.edgePurge, { tags: ['topics'] }, 'down');

    actAs(n.people.admin);
    expect(await cancelJobAsAdmin({ queue: QUEUES.edgePurge, id: queued })).toEqual({ ok: true });
    expect(await stateOf(QUEUES.edgePurge, queued)).toBe('cancelled');
    expect(await cancelJobAsAdmin({ queue: QUEUES.edgePurge, id: failed })).toEqual({
      ok: false,
      reason: 'not_cancellable',
    });
  });

  it('answers 404 to anyone but an admin, and changes nothing', async () => {
    const failed = await failedJob(QUEUES.portalRefresh, { tags: ['picks:fr'] }, 'down');
    const boss = await jobs();
    const queued = (await boss.send(QUEUES.portalRefresh, { tags: ['picks:es'] }, { startAfter: 3_600 }))!;

    for (const person of [n.people.panamaWriter, n.people.hqEditor]) {
      actAs(person);
      await expect(listJobsForAdmin()).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
      await expect(retryJobAsAdmin({ queue: QUEUES.portalRefresh, id: failed })).rejects.toMatchObject({
        digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
      });
      await expect(cancelJobAsAdmin({ queue: QUEUES.portalRefresh, id: queued })).rejects.toMatchObject({
        digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
      });
    }
    expect(await stateOf(QUEUES.portalRefresh, failed)).toBe('failed');
    expect(await stateOf(QUEUES.portalRefresh, queued)).toBe('created');
  });
});
