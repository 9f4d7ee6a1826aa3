/**
 * The job system on PostgreSQL: how late scheduled releases are published after their embargo
 * time, and how many jobs per second the workers complete.
 *
 *   npm run bench:jobs [-- --releases 60 --jobs 2000 --workers 2]
 *
 * A throwaway database is created on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), migrated, and dropped at the end. Workers run in
 * this process, each on a job system of its own (its own pg-boss and pool), as separate app
 * instances would.
 * - lateness: `--releases` approved releases are scheduled through applyTransition() at times
 *   spread over the next seconds (never two in the same 100 ms); the database is polled (10 ms
 *   apart) for each committed publish. Lateness = first seen published − embargo time: it includes
 *   the wait for the job, the publish transaction and its commit, plus up to one poll.
 * - throughput: `--jobs` portal-refresh jobs (the refresh itself a no-op) sent at once, then the
 *   time until all are completed; and 300 releases due at the same instant (written as scheduled,
 *   their jobs created in bulk), the time until all are published (real publishes: revision, transition, audit, public read model, refresh job).
 *
 * Writes bench/results/jobs.json and .md.
 */
import fs from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { inArray, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { closeDatabase, db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { offices, releases, releaseTopics, topics, users } from '@/db/schema';
import { richTextFromBlocks } from '@/db/seed/rich-text-from-blocks';
import { createJobSystem } from '@/lib/dal/job-system';
import { sendPortalRefresh } from '@/lib/dal/jobs';
import { applyTransition } from '@/lib/dal/transitions';
import { queueMissingJobs } from '@/lib/jobs/recover';
import { startWorker, type Worker } from '@/lib/jobs/worker';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { loadAverage } from './load-average';

const { values } = parseArgs({
  options: { releases: { type: 'string' }, jobs: { type: 'string' }, workers: { type: 'string' } },
});
const RELEASES = Number(values.releases ?? 60);
const JOBS = Number(values.jobs ?? 2000);
const WORKERS = Number(values.workers ?? 2);
const SAME_INSTANT = 300;
const GOAL = { medianMs: 200, p99Ms: 1000 };

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `communique_jobs_${Date.now().toString(36)}`;
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${name}`;
const loadAtStart = loadAverage();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round1 = (n: number) => Math.round(n * 10) / 10;

async function withServer<T>(work: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

const body = richTextFromBlocks([{ paragraph: Array.from({ length: 90 }, (_, i) => `mot${i}`).join(' ') }]);
const READY = {
  title: 'Un centre d’accueil ouvre à Tahoua',
  summary: 'Le centre accueillera les personnes de retour.',
  datelineCity: 'Niamey',
  datelineCountry: 'Niger',
  contacts: [{ name: 'Awa Diop', phones: ['+227 20 55 50 60'] }],
  body,
  bodyText: toPlainText(body),
};

async function newsroom() {
  const [office] = await db
    .insert(offices)
    .values({
      code: 'bench',
      kind: 'hq',
      names: { fr: 'Bureau', en: 'Office', es: 'Oficina' },
      cities: { fr: 'Genève', en: 'Genève', es: 'Genève' },
      countryCode: 'CH',
      timeZone: 'Europe/Zurich',
      defaultLanguage: 'fr',
    })
    .returning();
  const person = (role: 'writer' | 'editor') => ({
    email: `${role}@bench.example.org`,
    name: role,
    passwordHash: 'not-a-hash',
    role,
    officeId: office!.id,
    uiLanguage: 'fr' as const,
  });
  const [writer] = await db.insert(users).values(person('writer')).returning();
  const [editor] = await db.insert(users).values(person('editor')).returning();
  const [topic] = await db
    .insert(topics)
    .values({ slug: 'health', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } })
    .returning();
  let n = 0;
  const release = async (values: Partial<typeof releases.$inferInsert>) => {
    const [row] = await db
      .insert(releases)
      .values({ language: 'fr', slug: `bench-${++n}`, officeId: office!.id, authorId: writer!.id, ...READY, ...values })
      .returning();
    await db.insert(releaseTopics).values({ releaseId: row!.id, topicId: topic!.id });
    return row!;
  };
  return { release, editor: { kind: 'user' as const, id: editor!.id, role: 'editor' as const } };
}

async function publishedIds(ids: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: releases.id })
    .from(releases)
    .where(sql`${releases.state} = 'published' and ${inArray(releases.id, ids)}`);
  return rows.map((row) => row.id);
}

async function main() {
  await withServer((admin) => admin.unsafe(`create database ${name}`));
  process.env.DATABASE_URL = databaseUrl.toString();
  const workers: Worker[] = [];
  try {
    await migrateDatabase();
    const { release, editor } = await newsroom();
    const hook = Symbol.for('communique.cache.expireTags');
    (globalThis as Record<symbol, unknown>)[hook] = async () => {};
    for (let i = 0; i < WORKERS; i += 1) workers.push(startWorker({ send: undefined, boss: await createJobSystem() }));
    await Promise.all(workers.map((worker) => worker.ready));

    // Lateness: releases scheduled at spread times, each published once by whichever worker.
    const scheduled: { id: string; at: number }[] = [];
    const seen = new Map<string, number>();
    let scheduling = true;
    // Watches the database from the start, while the later releases are still being scheduled.
    const watching = (async () => {
      while (scheduling || seen.size < scheduled.length) {
        const now = Date.now();
        const waiting = scheduled
          .filter((entry) => !seen.has(entry.id) && entry.at <= now + 50)
          .map((entry) => entry.id);
        if (waiting.length) for (const id of await publishedIds(waiting)) seen.set(id, Date.now());
        if (scheduled.length && Date.now() > scheduled.at(-1)!.at + 60_000)
          throw new Error('not published within a minute');
        await sleep(10);
      }
    })();
    const first = Date.now() + 3_000;
    for (let i = 0; i < RELEASES; i += 1) {
      const row = await release({ state: 'approved' });
      // Never in the past: under load, scheduling one release may take longer than the spacing.
      const at = Math.max(first + i * 200, Date.now() + 1_000) + Math.floor(Math.random() * 100);
      const result = await applyTransition(editor, row.id, 'schedule', { scheduledAt: new Date(at) });
      if (!result.ok) throw new Error(`schedule refused: ${result.reason}`);
      scheduled.push({ id: row.id, at });
    }
    scheduling = false;
    await watching;
    const lateness = scheduled.map((entry) => seen.get(entry.id)! - entry.at).sort((a, b) => a - b);

    // Throughput of the queue itself: portal refreshes with nothing to refresh.
    await Promise.all(workers.map((worker) => worker.stop({ timeoutMs: 1_000 })));
    workers.length = 0;
    for (let i = 0; i < JOBS; i += 1) await sendPortalRefresh(undefined, [`publication:fr:bench-refresh-${i}`]);
    const completedRefreshes = async () =>
      Number(
        (
          (await db.execute(
            sql`select count(*)::int as n from pgboss.job where name = 'portal-refresh' and state = 'completed' and data->'tags'->>0 like 'publication:fr:bench-refresh-%'`,
          )) as unknown as { n: number }[]
        )[0]!.n,
      );
    const refreshStart = performance.now();
    for (let i = 0; i < WORKERS; i += 1) workers.push(startWorker({ send: undefined, boss: await createJobSystem() }));
    await Promise.all(workers.map((worker) => worker.ready));
    while ((await completedRefreshes()) < JOBS) await sleep(20);
    const refreshSeconds = (performance.now() - refreshStart) / 1000;

    // Real publishes: releases due at the same instant.
    // Written as scheduled in one go and given their jobs in bulk (applyTransition one by one is slower
    // than the time it would leave).
    const instant = new Date(Date.now() + 3_000 + SAME_INSTANT * 20);
    const due: string[] = [];
    for (let i = 0; i < SAME_INSTANT; i += 1)
      due.push((await release({ state: 'scheduled', scheduledAt: instant })).id);
    await queueMissingJobs();
    const wait = instant.getTime() - Date.now();
    if (wait < 0) throw new Error('scheduling the releases took longer than the time left');
    await sleep(wait);
    while ((await publishedIds(due)).length < due.length) await sleep(20);
    const publishSeconds = (Date.now() - instant.getTime()) / 1000;

    const [{ version }] = (await db.execute(sql`select version()`)) as unknown as [{ version: string }];
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, Node ${process.version}`,
      database: version.split(',')[0],
      loadAverage: { start: loadAtStart, end: loadAverage() },
      workers: WORKERS,
      lateness: {
        releases: lateness.length,
        medianMs: round1(percentile(lateness, 50)),
        p95Ms: round1(percentile(lateness, 95)),
        p99Ms: round1(percentile(lateness, 99)),
        maxMs: round1(lateness.at(-1)!),
        goal: GOAL,
        met: percentile(lateness, 50) <= GOAL.medianMs && percentile(lateness, 99) <= GOAL.p99Ms,
      },
      refreshJobs: { jobs: JOBS, seconds: round1(refreshSeconds), jobsPerSecond: round1(JOBS / refreshSeconds) },
      publishJobs: {
        releases: SAME_INSTANT,
        seconds: round1(publishSeconds),
        jobsPerSecond: round1(SAME_INSTANT / publishSeconds),
      },
    };
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync('bench/results/jobs.json', `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(
      'bench/results/jobs.md',
      `# Background jobs on PostgreSQL (${result.date}, ${result.machine}, ${result.database})

Measured under load: the machine is shared (2 cores, other builds and test suites running), so
these figures are an upper bound. Load average at start ${result.loadAverage.start}; at end ${result.loadAverage.end}.

- workers: ${WORKERS}, each with its own pg-boss and pool, in one process; polling every 0.5 s, and each
  woken at the next embargo time
- lateness: ${RELEASES} releases scheduled through applyTransition() ~200 ms apart; the database polled every
  10 ms for the committed publish; lateness = first seen published − embargo time (includes up to one poll)
- refresh jobs: ${JOBS} portal-refresh jobs (the refresh a no-op) sent first, then the workers started
- publish jobs: ${SAME_INSTANT} releases scheduled for the same instant; time from it until all are published

Goal: median ≤ ${GOAL.medianMs} ms, p99 ≤ ${GOAL.p99Ms} ms after the embargo time.

| measure | count | median ms | p95 ms | p99 ms | max ms | goal |
|---|---|---|---|---|---|---|
| embargo time → publish committed | ${result.lateness.releases} | ${result.lateness.medianMs} | ${result.lateness.p95Ms} | ${result.lateness.p99Ms} | ${result.lateness.maxMs} | ${result.lateness.met ? 'met' : 'not met'} |

| throughput | jobs | seconds | jobs/s |
|---|---|---|---|
| portal-refresh jobs (queue overhead) | ${JOBS} | ${result.refreshJobs.seconds} | ${result.refreshJobs.jobsPerSecond} |
| scheduled publishes due at one instant | ${SAME_INSTANT} | ${result.publishJobs.seconds} | ${result.publishJobs.jobsPerSecond} |
`,
    );
    console.log(fs.readFileSync('bench/results/jobs.md', 'utf8'));
  } finally {
    await Promise.all(workers.map((worker) => worker.stop({ timeoutMs: 1_000 }).catch(() => undefined)));
    await closeDatabase();
    await withServer((admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
  }
}

await main();
process.exit(0);
