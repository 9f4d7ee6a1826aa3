import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { outbox, releases } from '@/db/schema';
import { publicationTags } from '@/lib/cache/tags';
import { applyTransition } from '@/lib/dal/transitions';
import { freshDatabase } from '@/test/database';
import { fakePortalCache, jobsIn, newsroomForJobs, until } from '@/test/jobs';
import { jobs } from '@/lib/dal/job-system';
import { createMailer } from './mailer';
import { QUEUES } from './queues';
import { queueMissingJobs } from './recover';
import { sendEdgePurge, sendNotificationMail, sendPortalRefresh, stableJobId } from '@/lib/dal/jobs';
import { startWorker, type Worker } from './worker';

let db: Database;
let newsroom: Awaited<ReturnType<typeof newsroomForJobs>>;
let worker: Worker | undefined;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  newsroom = await newsroomForJobs(db);
});

afterEach(async () => {
  await worker?.stop({ timeoutMs: 1_000 });
  worker = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/** A worker on its own job system, as another process would run (the test's own stays for sending). */
async function runWorker(options: Parameters<typeof startWorker>[0] = {}) {
  const { createJobSystem } = await import('@/lib/dal/job-system');
  worker = startWorker({ send: undefined, ...options, boss: await createJobSystem() });
  await worker.ready;
  return worker;
}

async function scheduleIn(ms: number) {
  const release = await newsroom.release({ state: 'approved' });
  const scheduledAt = new Date(Date.now() + ms);
  const scheduled = await applyTransition(newsroom.editorActor, release.id, 'schedule', { scheduledAt });
  expect(scheduled.ok).toBe(true);
  return { release, scheduledAt };
}

const reload = async (id: string) => (await db.select().from(releases).where(eq(releases.id, id)))[0]!;

describe('scheduled publishing through jobs', () => {
  it('publishes a release at its embargo time, once, and refreshes the portal in the same process', async () => {
    const cache = fakePortalCache();
    cleanups.push(cache.remove);
    const fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    const { release, scheduledAt } = await scheduleIn(2_500);
    expect((await jobsIn(db, QUEUES.scheduledPublish)).filter((job) => job.data.releaseId === release.id)).toHaveLength(
      1,
    );
    await runWorker();

    await until(async () => (await reload(release.id)).state === 'published', 15_000, 'published');
    const published = await reload(release.id);
    const lateness = published.lastPublishedAt!.getTime() - scheduledAt.getTime();
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(1_000);

    const tags = publicationTags({ ...published, topics: [], regionCode: null });
    await until(() => cache.calls.some((call) => call.includes(tags[0]!)), 10_000, 'refreshed');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('writes no job for a publish or a schedule that is rolled back', async () => {
    const release = await newsroom.release({ state: 'approved' });
    const later = await newsroom.release({ state: 'approved' });
    await jobs();
    await db
      .transaction(async (tx) => {
        expect((await applyTransition(newsroom.editorActor, release.id, 'publish', {}, new Date(), tx)).ok).toBe(true);
        const scheduledAt = new Date(Date.now() + 3_600_000);
        expect(
          (await applyTransition(newsroom.editorActor, later.id, 'schedule', { scheduledAt }, new Date(), tx)).ok,
        ).toBe(true);
        throw new Error('something later in the transaction failed');
      })
      .catch(() => undefined);

    expect((await reload(release.id)).state).toBe('approved');
    const refreshes = await jobsIn(db, QUEUES.portalRefresh);
    expect(
      refreshes.filter((job) => (job.data.tags as string[]).some((tag) => tag.endsWith(`:${release.slug}`))),
    ).toEqual([]);
    expect((await jobsIn(db, QUEUES.scheduledPublish)).filter((job) => job.data.releaseId === later.id)).toEqual([]);

    // The same publish committed has its refresh job.
    expect((await applyTransition(newsroom.editorActor, release.id, 'publish')).ok).toBe(true);
    const committed = (await jobsIn(db, QUEUES.portalRefresh)).filter((job) =>
      (job.data.tags as string[]).includes(`publication:fr:${release.slug}`),
    );
    expect(committed).toHaveLength(1);
  });
});

describe('retries', () => {
  it('refreshes the portal again after two failures, until it succeeds', async () => {
    let failures = 0;
    const cache = fakePortalCache((_, tags) => tags.includes('publications:es') && ++failures <= 2);
    cleanups.push(cache.remove);
    const spanish = () => cache.calls.filter((tags) => tags.includes('publications:es'));
    await sendPortalRefresh(undefined, ['publications:es']);
    await runWorker();

    await until(() => spanish().length >= 3, 20_000, 'third refresh');
    await until(async () => {
      const [job] = (await jobsIn(db, QUEUES.portalRefresh)).filter((row) =>
        (row.data.tags as string[]).includes('publications:es'),
      );
      return job?.state === 'completed';
    });
    const [job] = (await jobsIn(db, QUEUES.portalRefresh)).filter((row) =>
      (row.data.tags as string[]).includes('publications:es'),
    );
    expect(job).toMatchObject({ state: 'completed', retry_count: 2 });
    expect(spanish()).toHaveLength(3);
  }, 40_000);

  it('purges the edges again after failures, until every edge confirms', async () => {
    let requests = 0;
    const edge = http.createServer((request, response) => {
      if (request.headers['xkey-purge'] !== 'menus') return void response.writeHead(200).end();
      requests += 1;
      response.writeHead(requests <= 2 ? 503 : 200).end();
    });
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => edge.close(resolve)));
    vi.stubEnv('EDGE_PURGE_URLS', `http://127.0.0.1:${(edge.address() as AddressInfo).port}`);
    vi.stubEnv('EDGE_PURGE_SECRET', 'test-only-edge-secret');

    await sendEdgePurge(['menus']);
    await runWorker();

    await until(() => requests >= 3, 20_000, 'third purge');
    await until(async () => (await jobsIn(db, QUEUES.edgePurge)).at(-1)?.state === 'completed');
    expect(requests).toBe(3);
  }, 40_000);
});

describe('mail', () => {
  it('is sent apart: an SMTP server that accepts and never answers delays no scheduled publish', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => silent.close(resolve));
    });
    vi.stubEnv('SMTP_TIMEOUT_SECONDS', '1');
    const send = createMailer(`smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`);
    await jobs();
    const messages = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(outbox)
        .values(Array.from({ length: 5 }, (_, i) => ({ recipient: `r${i}@example.org`, subject: 'S', body: 'B' })))
        .returning({ id: outbox.id });
      await sendNotificationMail(
        tx,
        rows.map((row) => row.id),
      );
      return rows;
    });
    await runWorker({ send });
    await until(() => sockets.length > 0, 10_000, 'an SMTP connection');
    const { release, scheduledAt } = await scheduleIn(1_500);

    await until(async () => (await reload(release.id)).state === 'published', 15_000, 'published');
    expect((await reload(release.id)).lastPublishedAt!.getTime() - scheduledAt.getTime()).toBeLessThan(1_000);

    await until(async () => {
      const [first] = await db.select().from(outbox).where(eq(outbox.id, messages[0]!.id));
      return first!.lastError !== null;
    });
    const [first] = await db.select().from(outbox).where(eq(outbox.id, messages[0]!.id));
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first!.lastError).toMatch(/greeting|timeout/i);
  }, 40_000);

  it('waits in the outbox when no SMTP server is configured', async () => {
    const [message] = await db
      .insert(outbox)
      .values({ recipient: 'a@example.org', subject: 'S', body: 'B' })
      .returning();
    await queueMissingJobs();
    await runWorker({ send: undefined });
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect((await db.select().from(outbox).where(eq(outbox.id, message!.id)))[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
    });
    expect((await jobsIn(db, QUEUES.notificationMail)).find((job) => job.id === message!.id)?.state).toBe('created');
  });
});

describe('work written before jobs existed', () => {
  it('gets its jobs, once: scheduled releases and unsent messages', async () => {
    const scheduledAt = new Date(Date.now() + 3_600_000);
    const release = await newsroom.release({ state: 'scheduled', scheduledAt });
    const [message] = await db
      .insert(outbox)
      .values({ recipient: 'b@example.org', subject: 'S', body: 'B' })
      .returning();

    const first = await queueMissingJobs();
    const second = await queueMissingJobs();

    expect(first.publishes).toBeGreaterThanOrEqual(1);
    expect(first.messages).toBeGreaterThanOrEqual(1);
    expect(second).toEqual({ publishes: 0, messages: 0, deliveries: 0 });
    const publishJobs = (await jobsIn(db, QUEUES.scheduledPublish)).filter((job) => job.data.releaseId === release.id);
    expect(publishJobs.map((job) => job.id)).toEqual([
      stableJobId('scheduled-publish', release.id, scheduledAt.toISOString()),
    ]);
    expect((await jobsIn(db, QUEUES.notificationMail)).filter((job) => job.id === message!.id)).toHaveLength(1);
  });
});

describe('in the app', () => {
  it('takes a purge queued by its own process at once, without waiting for the next poll', async () => {
    const received: number[] = [];
    const edge = http.createServer((request, response) => {
      if (request.headers['xkey-purge'] === 'pages') received.push(Date.now());
      response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => edge.close(resolve)));
    vi.stubEnv('EDGE_PURGE_URLS', `http://127.0.0.1:${(edge.address() as AddressInfo).port}`);
    vi.stubEnv('EDGE_PURGE_SECRET', 'test-only-edge-secret');
    // The process's own worker, polling only every 5 s.
    worker = startWorker({ send: undefined, pollingIntervalSeconds: 5 });
    await worker.ready;
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const sent = Date.now();
    await sendEdgePurge(['pages']);
    await until(() => received.length > 0, 4_000, 'the purge');
    expect(received[0]! - sent).toBeLessThan(1_000);
  });
});

describe('a portal refresh', () => {
  /** A stand-in edge that records the keys of each purge and answers with `status(keys)`. */
  async function fakeEdge(status: (keys: string) => number = () => 200) {
    const purges: { keys: string; at: number }[] = [];
    const edge = http.createServer((request, response) => {
      const keys = String(request.headers['xkey-purge']);
      purges.push({ keys, at: Date.now() });
      response.writeHead(status(keys)).end();
    });
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => edge.close(resolve)));
    vi.stubEnv('EDGE_PURGE_URLS', `http://127.0.0.1:${(edge.address() as AddressInfo).port}`);
    vi.stubEnv('EDGE_PURGE_SECRET', 'test-only-edge-secret');
    return purges;
  }

  it('is taken the moment its transaction commits, by a worker in another process, which expires the pages, then purges the edges once', async () => {
    const purges = await fakeEdge();
    const cache = fakePortalCache();
    cleanups.push(cache.remove);
    // Polling only every 5 s: what wakes the worker is the commit's NOTIFY.
    await runWorker({ pollingIntervalSeconds: 5 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const release = await newsroom.release({ state: 'approved' });
    const committed = Date.now();
    expect((await applyTransition(newsroom.editorActor, release.id, 'publish')).ok).toBe(true);
    const page = `publication:fr:${release.slug}`;
    await until(() => purges.some((purge) => purge.keys.includes(page)), 4_000, 'the purge');
    expect(purges.find((purge) => purge.keys.includes(page))!.at - committed).toBeLessThan(1_000);
    expect(cache.calls.filter((tags) => tags.includes(page))).toHaveLength(1);

    await until(async () =>
      (await jobsIn(db, QUEUES.portalRefresh)).some(
        (job) => (job.data.tags as string[]).includes(page) && job.state === 'completed',
      ),
    );
    const [job] = (await jobsIn(db, QUEUES.portalRefresh)).filter((row) => (row.data.tags as string[]).includes(page));
    expect(job!.output).toMatchObject({ outcome: { refreshed: 'in-process', edges: 'purged' } });
    // One purge: no edge-purge job was needed after it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(purges.filter((purge) => purge.keys.includes(page))).toHaveLength(1);
    expect((await jobsIn(db, QUEUES.edgePurge)).filter((row) => (row.data.tags as string[]).includes(page))).toEqual(
      [],
    );
  }, 20_000);

  it('leaves an edge that refused the purge to an edge-purge job, without expiring the pages again', async () => {
    let refusals = 0;
    const purges = await fakeEdge((keys) => (keys.includes('offices') && ++refusals <= 1 ? 503 : 200));
    const cache = fakePortalCache();
    cleanups.push(cache.remove);
    await sendPortalRefresh(undefined, ['offices']);
    await runWorker();

    const offices = async (queue: string) =>
      (await jobsIn(db, queue)).filter((row) => (row.data.tags as string[]).includes('offices'));
    await until(async () => (await offices(QUEUES.edgePurge))[0]?.state === 'completed', 20_000, 'the second purge');
    await until(async () => (await offices(QUEUES.portalRefresh))[0]?.state === 'completed');
    const [refresh] = await offices(QUEUES.portalRefresh);
    expect(refresh).toMatchObject({
      state: 'completed',
      output: { outcome: { edges: 'retried in an edge-purge job' } },
    });
    expect(purges.filter((purge) => purge.keys === 'offices')).toHaveLength(2);
    expect(cache.calls.filter((tags) => tags.includes('offices'))).toHaveLength(1);
  }, 40_000);
});
