import { lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { releases, transitions } from '@/db/schema';
import { createJobSystem } from '@/lib/dal/job-system';
import { freshDatabase } from '@/test/database';
import { fakePortalCache, jobsIn, newsroomForJobs, until } from '@/test/jobs';
import { QUEUES } from './queues';
import { queueMissingJobs } from './recover';
import { startWorker, type Worker } from './worker';

const COUNT = 1_000;
let db: Database;
const workers: Worker[] = [];
const cache = fakePortalCache();

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop({ timeoutMs: 1_000 })));
  cache.remove();
});

describe('many releases due at the same second', () => {
  it('publishes each of 1,000 exactly once with three workers, and refreshes every page', async () => {
    const newsroom = await newsroomForJobs(db);
    const scheduledAt = new Date(Math.ceil((Date.now() + 8_000) / 1000) * 1000);
    const due: { id: string; slug: string }[] = [];
    for (let i = 0; i < COUNT; i += 1) {
      const release = await newsroom.release({ state: 'scheduled', scheduledAt });
      due.push({ id: release.id, slug: release.slug });
    }
    // Written without jobs, as before the job system: every worker's start creates the missing ones, once.
    for (let i = 0; i < 3; i += 1) {
      const worker = startWorker({ send: undefined, boss: await createJobSystem() });
      workers.push(worker);
    }
    await Promise.all(workers.map((worker) => worker.ready));
    await queueMissingJobs();
    expect(await jobsIn(db, QUEUES.scheduledPublish)).toHaveLength(COUNT);

    const started = Date.now();
    await until(
      async () => {
        const [row] = (await db
          .select({ n: sql<number>`count(*)::int` })
          .from(releases)
          .where(sql`${releases.state} = 'published'`)) as [{ n: number }];
        return row.n === COUNT;
      },
      240_000,
      'all published',
    );
    const allPublishedMs = Date.now() - Math.max(started, scheduledAt.getTime());

    const publishes = (await db
      .select({ releaseId: transitions.releaseId, n: sql<number>`count(*)::int` })
      .from(transitions)
      .where(sql`${transitions.name} = 'publish'`)
      .groupBy(transitions.releaseId)) as { releaseId: string; n: number }[];
    expect(publishes).toHaveLength(COUNT);
    expect(publishes.every((row) => row.n === 1)).toBe(true);
    const early = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(releases)
      .where(lt(releases.firstPublishedAt, scheduledAt));
    expect(early[0]!.n).toBe(0);

    // Every release page was refreshed (its own tag among the portal's refreshes).
    await until(
      () => {
        const refreshed = new Set(cache.calls.flat());
        return due.every((release) => refreshed.has(`publication:fr:${release.slug}`));
      },
      120_000,
      'every page refreshed',
    );
    console.log(`1,000 releases due at one second: all published ${allPublishedMs} ms after it`);
  }, 420_000);
});
