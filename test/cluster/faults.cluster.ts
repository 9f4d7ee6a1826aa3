import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { auditLog, releases, revisions } from '@/db/schema';
import { demoSourceKey, seedDemo } from '@/db/seed';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';
import { EMPTY_DOC } from '@/lib/rich-text/types';
import {
  SAME_SITE,
  cachedOn,
  clusterPorts,
  get,
  signIn,
  startCluster,
  startRedis,
  waitFor,
  type Cluster,
  type RedisServer,
} from './harness';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

// Faults under load on two `next start` instances of the current build (run `next build` first),
// on a PostgreSQL server and a Redis of this file's own, which it stops and starts again.
const PASSWORD = 'cluster-faults-password';
/** How long PostgreSQL stays down between its fast shutdown and its start. */
const OUTAGE_MS = 2_000;
const READERS = 6;
const MAX_READS = 20_000;
const SAVE_EVERY_MS = 200;
const MAX_SAVES = 400;
const RECOVERY_GOAL_MS = 5_000;

let postgresServer: PrivatePostgres;
let cluster: Cluster;
let redis: RedisServer;
let A: string;
let B: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function demoRelease(office: string, state: string) {
  const demo = DEMO_RELEASES.find((release) => release.office === office && release.state === state);
  if (!demo) throw new Error(`no demo release of ${office} in ${state}`);
  return demo;
}
async function releaseRow(office: string, state: string) {
  const [row] = await db
    .select()
    .from(releases)
    .where(eq(releases.sourceKey, demoSourceKey(demoRelease(office, state).key)));
  return row!;
}

const publicPage = (demo: { language: string; slug: string }) => `/${demo.language}/news/${demo.slug}`;
const PUBLIC_PAGES = [
  publicPage(demoRelease('panama', 'published')),
  publicPage(demoRelease('senegal', 'published')),
  '/fr/news',
  '/en/news',
  '/fr',
  '/es',
];

type Read = { at: number; status: number; cache: string | null; url: string; error?: string };

/** Readers that request the public pages on both instances, round robin, until stopped or MAX_READS. */
function readPublicPages() {
  const reads: Read[] = [];
  let running = true;
  const reader = async (offset: number) => {
    for (let n = offset; running && reads.length < MAX_READS; n += READERS) {
      const base = n % 2 ? A : B;
      const url = `${base}${PUBLIC_PAGES[n % PUBLIC_PAGES.length]}`;
      const at = performance.now();
      try {
        const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        reads.push({ at, status: response.status, cache: response.headers.get('x-nextjs-cache'), url });
      } catch (error) {
        const cause =
          error instanceof Error
            ? ((error.cause as { code?: string } | undefined)?.code ?? error.message)
            : String(error);
        reads.push({
          at,
          status: 0,
          cache: null,
          url,
          error: `${cause} after ${Math.round(performance.now() - at)} ms`,
        });
      }
    }
  };
  const done = Promise.all(Array.from({ length: READERS }, (_, offset) => reader(offset)));
  return {
    reads,
    stop: async () => {
      running = false;
      await done;
      return reads;
    },
  };
}

type Save = { at: number; answeredAt: number; title: string; status: number; reason?: string; version?: number };

/**
 * A writer's editor saving every SAVE_EVERY_MS, as use-autosave does: each text from the last
 * acknowledged version; after a failure the same text again; a conflict whose server copy is the
 * very text sent counts as acknowledged (that save reached the database before its answer was lost).
 */
function autosave(base: string, cookie: string, releaseId: string, firstVersion: number) {
  const saves: Save[] = [];
  let acknowledged = { version: firstVersion, title: '' };
  let running = true;
  const loop = async () => {
    let pending = 'Autosave under faults 1';
    for (let n = 1; running && saves.length < MAX_SAVES;) {
      const at = performance.now();
      const save: Save = { at, answeredAt: at, title: pending, status: 0 };
      try {
        const response = await fetch(`${base}/api/releases/${releaseId}/draft`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie, ...SAME_SITE },
          body: JSON.stringify({
            expectedVersion: acknowledged.version,
            draft: {
              title: pending,
              summary: '',
              datelineCity: '',
              datelineCountry: '',
              body: EMPTY_DOC,
              contacts: [],
              topicIds: [],
              heroMediaId: null,
            },
          }),
          signal: AbortSignal.timeout(10_000),
        });
        save.status = response.status;
        const text = await response.text();
        const answer = (() => {
          try {
            return JSON.parse(text) as {
              ok: boolean;
              reason?: string;
              version?: number;
              current?: { version: number; title: string };
            };
          } catch {
            return undefined;
          }
        })();
        save.reason = answer?.reason;
        const version = answer?.ok
          ? answer.version
          : answer?.reason === 'conflict' && answer.current?.title === pending
            ? answer.current.version
            : undefined;
        if (version !== undefined) {
          save.version = version;
          acknowledged = { version, title: pending };
          pending = `Autosave under faults ${++n}`;
        }
      } catch {
        save.status = 0;
      }
      save.answeredAt = performance.now();
      saves.push(save);
      await sleep(Math.max(0, at + SAVE_EVERY_MS - performance.now()));
    }
  };
  const done = loop();
  return {
    saves,
    acknowledged: () => acknowledged,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

function statusCounts(entries: { status: number }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of entries) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  postgresServer = startPrivatePostgres();
  process.env.DATABASE_URL = postgresServer.url;
  await migrateDatabase();
  await seedDemo(db, { password: PASSWORD });
  cluster = await startCluster({ ports: clusterPorts(['3013', '3014']), databaseUrl: postgresServer.url });
  redis = cluster.redis;
  [A, B] = cluster.instances.map((instance) => instance.url) as [string, string];
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  await redis?.stop();
  await closeDatabase();
  postgresServer?.remove();
}, 60_000);

describe('two instances under load while their dependencies fail', () => {
  it('keeps serving cached public pages through a PostgreSQL restart, answers autosaves 503 meanwhile, and loses no acknowledged save', async () => {
    const draft = await releaseRow('mexico', 'draft');
    const revisionsBefore = (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(revisions)
        .where(eq(revisions.releaseId, draft.id))
    )[0]!.n;
    for (const base of [A, B]) for (const page of PUBLIC_PAGES) await cachedOn(base, page);
    const cookie = await signIn(A, 'writer.mexico@example.org', PASSWORD);

    const readers = readPublicPages();
    const writer = autosave(A, cookie, draft.id, draft.version);
    await sleep(2_000);
    const downAt = performance.now();
    postgresServer.stop('fast');
    const stoppedAt = performance.now();
    await sleep(OUTAGE_MS);
    postgresServer.start();
    const upAt = performance.now();
    await waitFor(
      async () => writer.saves.some((save) => save.at > upAt && save.version !== undefined),
      'a save acknowledged after the restart',
      15_000,
    );
    await sleep(1_000);
    await writer.stop();
    const reads = await readers.stop();

    // Public pages: every request answered 200, during the outage too.
    const duringOutage = reads.filter((read) => read.at >= downAt && read.at <= upAt);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(reads.filter((read) => read.status !== 200)).toEqual([]);

    // Autosave: a clear 503 while PostgreSQL is away, nothing else but success, and back within the goal.
    const { saves } = writer;
    const refused = saves.filter((save) => save.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((save) => save.reason === 'unavailable')).toBe(true);
    expect(
      saves.filter(
        (save) => save.status !== 200 && save.status !== 503 && !(save.status === 409 && save.version !== undefined),
      ),
    ).toEqual([]);
    const firstBack = saves.find((save) => save.at > upAt && save.status === 200)!;
    expect(firstBack.answeredAt - upAt).toBeLessThanOrEqual(RECOVERY_GOAL_MS);

    // Acknowledged saves: versions rise one by one, the last one is what the database holds, and
    // each committed version has exactly one audit row (no save half-written, none lost).
    const acknowledgedVersions = saves.flatMap((save) => (save.version === undefined ? [] : [save.version]));
    expect(saves.some((save) => save.version !== undefined && save.answeredAt < downAt)).toBe(true);
    for (let i = 1; i < acknowledgedVersions.length; i++)
      expect(acknowledgedVersions[i]).toBe(acknowledgedVersions[i - 1]! + 1);
    const [stored] = await db.select().from(releases).where(eq(releases.id, draft.id));
    expect({ title: stored!.title, version: stored!.version }).toEqual(writer.acknowledged());
    const audited = await db
      .select({ version: sql<number>`(${auditLog.data} ->> 'version')::int` })
      .from(auditLog)
      .where(and(eq(auditLog.releaseId, draft.id), eq(auditLog.action, 'release.draft_saved')));
    expect(audited.map((row) => row.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: stored!.version - draft.version }, (_, i) => draft.version + 1 + i),
    );
    expect(
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(revisions)
          .where(eq(revisions.releaseId, draft.id))
      )[0]!.n,
    ).toBe(revisionsBefore);

    // The pool has recovered on both instances: as many pages that read the database at every
    // request (search) as the pool has connections answer 200 at once, soon after PostgreSQL is
    // back (timed, not bounded tightly: rendering them waits for the machine's CPUs). The driver
    // (postgres 3.4.9) keeps the shutdown's error on a connection that had a query in flight and
    // fails that connection's first query after reconnecting with it: those 500s are counted.
    const staleErrors: Record<string, number> = {};
    for (const base of [A, B]) {
      await waitFor(
        async () => {
          const answers = await Promise.all(
            Array.from({ length: 10 }, (_, i) =>
              get(base, `/fr/search?q=migration&n=${i}`, { signal: AbortSignal.timeout(15_000) }),
            ),
          );
          const failed = answers.filter((answer) => answer.status !== 200).length;
          staleErrors[base] = (staleErrors[base] ?? 0) + failed;
          return failed === 0;
        },
        `ten fresh pages at once on ${base}`,
        30_000,
      );
    }
    const freshPagesBackAfterStartMs = Math.round(performance.now() - upAt);

    const lastRefused = refused.at(-1)!;
    console.info(
      JSON.stringify({
        postgresRestart: { shutdownMs: Math.round(stoppedAt - downAt), downMs: Math.round(upAt - downAt) },
        autosave: {
          saves: saves.length,
          acknowledged: acknowledgedVersions.length,
          refused503: refused.length,
          firstRefusedAfterShutdownMs: Math.round(refused[0]!.at - downAt),
          lastRefusedBeforeStartMs: Math.round(upAt - lastRefused.at),
          firstSuccessAfterStartMs: Math.round(firstBack.answeredAt - upAt),
        },
        freshPages: { backAfterStartMs: freshPagesBackAfterStartMs, failedFirstQueriesByInstance: staleErrors },
        publicReads: { total: reads.length, duringOutage: duringOutage.length, statuses: statusCounts(reads) },
      }),
    );
  }, 120_000);

  it('keeps answering public pages without a 500 while Redis is stopped, reports itself degraded, and serves from the shared cache again once Redis is back', async () => {
    const readers = readPublicPages();
    await sleep(1_000);
    const downAt = performance.now();
    await redis.stop();
    for (const base of [A, B]) {
      await waitFor(
        async () => (await get(base, '/api/health')).status === 503,
        `${base} reporting Redis down`,
        10_000,
      );
      const health = await get(base, '/api/health');
      expect(await health.json()).toMatchObject({
        status: 'degraded',
        database: { status: 'up' },
        redis: { status: 'down' },
      });
    }
    await sleep(3_000);
    redis = await startRedis(redis.port);
    const upAt = performance.now();
    for (const base of [A, B])
      await waitFor(
        async () => (await get(base, '/api/health')).status === 200,
        `${base} reporting Redis up again`,
        20_000,
      );
    const healthyAt = performance.now();
    const reads = await readers.stop();

    expect(reads.filter((read) => read.at >= downAt && read.at <= upAt).length).toBeGreaterThan(0);
    expect(reads.filter((read) => read.status !== 200)).toEqual([]);

    // The restarted Redis is empty: a page rendered on A lands in it, and B serves it from there
    // at once (B keeps nothing in process memory: cacheMaxMemorySize is 0).
    const page = PUBLIC_PAGES[1]!;
    await cachedOn(A, page);
    const onB = await get(B, page);
    await onB.text();
    expect(onB.status).toBe(200);
    expect(onB.headers.get('x-nextjs-cache')).toBe('HIT');

    console.info(
      JSON.stringify({
        redisOutage: {
          downMs: Math.round(upAt - downAt),
          healthOkAfterStartMs: Math.round(healthyAt - upAt),
          reads: reads.length,
          statuses: statusCounts(reads),
        },
      }),
    );
  }, 120_000);
});
