/**
 * Press distribution on PostgreSQL: one publish to 10,000 matching subscribers reading three
 * languages, delivered over SMTP to a local sink running as a process of its own.
 *
 *   npm run bench:distribution [-- --subscribers 10000 --rate 400 --first-run-only]
 *
 * At another count than 10,000, or with --first-run-only (no killed worker), the report is printed
 * and bench/results is left as it is: a smaller run on a busy machine is a probe, not a result.
 * The worker is stopped with SIGTERM after a --first-run-only run, so that a worker started with
 * BENCH_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=.data/prof' writes its profile.
 *
 * A throwaway database is created on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), migrated, and dropped at the end. The worker is
 * `npm run worker` as a process apart (SMTP_URL the sink, DISTRIBUTION_RATE_PER_SECOND `--rate`).
 * This process is the app: it publishes through applyTransition(), which writes the mailing, its
 * deliveries and their jobs in the publish's transaction.
 * - run 1: time from the publish to the last message in the sink (goal ≤ 60 s); the publish
 *   transaction's own time; the peak RSS (VmHWM) of this process and of the worker (goal ≤ 400 MB).
 * - run 2: another release to the same readers; the worker is killed with SIGKILL once half the
 *   messages are in the sink (the sink is polled every 100 ms, so the kill lands anywhere in a
 *   send), then started again: every address must have its message (no loss); Message-IDs are
 *   counted for duplicates.
 *
 * Writes bench/results/distribution.json and .md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { closeDatabase, db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { offices, releases, releaseTopics, topics, users } from '@/db/schema';
import { richTextFromBlocks } from '@/db/seed/rich-text-from-blocks';
import { jobs, stopJobs } from '@/lib/dal/job-system';
import { applyTransition } from '@/lib/dal/transitions';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { loadAverage } from './load-average';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string' },
    rate: { type: 'string' },
    'first-run-only': { type: 'boolean', default: false },
  },
});
const SUBSCRIBERS = Number(values.subscribers ?? 10_000);
const RATE = Number(values.rate ?? 400);
const FIRST_RUN_ONLY = values['first-run-only']!;
/** Only a full run (10,000 readers, the worker killed in run 2) replaces the committed results. */
const WRITE_RESULTS = SUBSCRIBERS === 10_000 && !FIRST_RUN_ONLY;
const GOAL = { seconds: 60, rssMb: 400 };
const LEASE_SECONDS = 10;

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `communique_distribution_${Date.now().toString(36)}`;
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${name}`;
const loadAtStart = loadAverage();
const round1 = (n: number) => Math.round(n * 10) / 10;

async function withServer<T>(work: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Peak resident set size of a process, in MB (VmHWM). */
function peakRssMb(pid: number | 'self'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return round1(Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024);
}

/** CPU time a process has used, user and system, in seconds. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return round1((Number(fields[11]) + Number(fields[12])) / 100);
}

type SinkStats = { received: number; distinct: number; duplicated: number; lastAt: number };

async function startSinkProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/smtp-sink-process.ts'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, SINK_COUNT_SUFFIX: '@bench.example.net' },
  });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (message: { port: number }) => resolve(message.port)),
  );
  const stats = () =>
    new Promise<SinkStats>((resolve) => {
      child.once('message', (message: SinkStats) => resolve(message));
      child.send('stats');
    });
  return { child, port, stats, reset: () => child.send('reset') };
}

function workerArguments(): string[] {
  const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  return scripts.worker!.split(' ').slice(1);
}

async function spawnWorker(env: Record<string, string>): Promise<ChildProcess> {
  const nodeArguments = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArguments, ...workerArguments()], {
    env: { ...process.env, ...env },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"worker started"')) resolve();
      if (output.length > 100_000) output = output.slice(-10_000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${output.slice(-2_000)}`)));
  });
  return child;
}

const body = richTextFromBlocks([
  { paragraph: Array.from({ length: 120 }, (_, i) => `mot${i}`).join(' ') },
  { paragraph: 'Le nouveau centre de santé de Tahoua accueillera ses premiers patients lundi.' },
]);
const READY = {
  summary: 'Le centre accueillera 300 patients par jour.',
  datelineCity: 'Niamey',
  datelineCountry: 'Niger',
  contacts: [{ name: 'Awa Diop', phones: ['+227 20 55 50 60'], email: 'presse@example.org' }],
  body,
  bodyText: toPlainText(body),
};

async function main() {
  await withServer((admin) => admin.unsafe(`create database ${name}`));
  process.env.DATABASE_URL = databaseUrl.toString();
  process.env.JOB_LEASE_SECONDS = String(LEASE_SECONDS);
  const sink = await startSinkProcess();
  // The portal refreshes the worker asks for after the translations' publishes: answered at once.
  const app = http.createServer((_, response) => response.end('{}'));
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const workerEnv = {
    DATABASE_URL: databaseUrl.toString(),
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    MAIL_FROM: 'Agence <presse@example.org>',
    DISTRIBUTION_RATE_PER_SECOND: String(RATE),
    JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    JOB_SUPERVISE_SECONDS: '1',
    REVALIDATE_SECRET: 'bench-only-refresh-secret',
    INTERNAL_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
  };
  let worker: ChildProcess | undefined;
  try {
    await migrateDatabase();
    await jobs();
    const [office] = await db
      .insert(offices)
      .values({
        code: 'bench',
        kind: 'hq',
        names: { fr: 'Bureau', en: 'Office', es: 'Oficina' },
        cities: { fr: 'Niamey', en: 'Niamey', es: 'Niamey' },
        countryCode: 'NE',
        timeZone: 'Africa/Niamey',
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
    const editorActor = { kind: 'user' as const, id: editor!.id, role: 'editor' as const };
    const [topic] = await db
      .insert(topics)
      .values({ slug: 'health', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } })
      .returning();
    let n = 0;
    /** A French release with its English and Spanish translations live already (published to nobody). */
    const releaseInThreeLanguages = async () => {
      const group = crypto.randomUUID();
      const make = async (language: 'fr' | 'en' | 'es', title: string) => {
        const [row] = await db
          .insert(releases)
          .values({
            language,
            slug: `bench-${++n}`,
            officeId: office!.id,
            authorId: writer!.id,
            translationGroupId: group,
            state: 'approved',
            title,
            ...READY,
          })
          .returning();
        await db.insert(releaseTopics).values({ releaseId: row!.id, topicId: topic!.id });
        return row!;
      };
      const french = await make('fr', `Un centre de santé ouvre à Tahoua (${n})`);
      await db.execute(sql`update subscribers set status = 'paused'`);
      for (const [language, title] of [
        ['en', 'A health centre opens in Tahoua'],
        ['es', 'Un centro de salud abre en Tahoua'],
      ] as const) {
        const result = await applyTransition(editorActor, (await make(language, title)).id, 'publish');
        if (!result.ok) throw new Error(`publish refused: ${result.reason}`);
      }
      await db.execute(sql`update subscribers set status = 'active'`);
      return french;
    };

    // Readers in three languages, a third each, some reading a second language.
    await db.execute(sql`
      insert into subscribers (email, locale, languages, status, confirmed_at)
      select 'reader' || i || '@bench.example.net', l[1], l, 'active', now()
      from generate_series(1, ${SUBSCRIBERS}) i,
        lateral (select (case i % 3 when 0 then array['fr'] when 1 then array['en', 'fr'] else array['es', 'en'] end)::text[] as l) langs`);

    const stillQueued = async (releaseId: string) =>
      Number(
        (
          (await db.execute(sql`
            select count(*)::int as n from distribution_deliveries dd join distributions d on d.id = dd.distribution_id
            where d.release_id = ${releaseId} and dd.status = 'queued'`)) as unknown as { n: number }[]
        )[0]!.n,
      ) > 0;
    const publishAndWait = async (releaseId: string, whileSending?: (stats: SinkStats) => Promise<void>) => {
      sink.reset();
      const started = performance.now();
      const startedAt = Date.now();
      const result = await applyTransition(editorActor, releaseId, 'publish');
      if (!result.ok) throw new Error(`publish refused: ${result.reason}`);
      const publishMs = performance.now() - started;
      let stats = await sink.stats();
      while (stats.distinct < SUBSCRIBERS) {
        if (Date.now() - startedAt > 1_200_000) throw new Error(`only ${stats.distinct} messages after 20 minutes`);
        await whileSending?.(stats);
        await sleep(100);
        stats = await sink.stats();
      }
      // Anything sent twice arrives after the last new message: a killed worker's batches are tried
      // again after their lease and the retry delay. Wait until no delivery is left queued.
      while (await stillQueued(releaseId)) {
        if (Date.now() - startedAt > 1_200_000) throw new Error('deliveries still queued after 20 minutes');
        await sleep(500);
      }
      await sleep(2_000);
      stats = await sink.stats();
      return { publishMs, seconds: (stats.lastAt - startedAt) / 1000, stats };
    };
    const deliveryCounts = async (releaseId: string) =>
      Object.fromEntries(
        (
          (await db.execute(sql`
            select dd.status, count(*)::int as n from distribution_deliveries dd
            join distributions d on d.id = dd.distribution_id where d.release_id = ${releaseId}
            group by dd.status`)) as unknown as { status: string; n: number }[]
        ).map((row) => [row.status, row.n]),
      );
    const languagesSent = async (releaseId: string) =>
      Object.fromEntries(
        (
          (await db.execute(sql`
            select dd.language, count(*)::int as n from distribution_deliveries dd
            join distributions d on d.id = dd.distribution_id where d.release_id = ${releaseId}
            group by dd.language order by dd.language`)) as unknown as { language: string; n: number }[]
        ).map((row) => [row.language, row.n]),
      );

    console.error(`${SUBSCRIBERS} subscribers written; run 1`);
    // Run 1: one publish, one worker.
    const first = await releaseInThreeLanguages();
    worker = await spawnWorker(workerEnv);
    const run1 = await publishAndWait(first.id);
    const workerRss1 = peakRssMb(worker.pid!);
    const run1Deliveries = await deliveryCounts(first.id);
    const run1Languages = await languagesSent(first.id);

    console.error(`run 1: ${round1(run1.seconds)} s (${round1(SUBSCRIBERS / run1.seconds)}/s)`);
    if (FIRST_RUN_ONLY) {
      const cpu = { worker: cpuSeconds(worker.pid!), sink: cpuSeconds(sink.child.pid!) };
      const exited = new Promise((resolve) => worker!.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
      worker = undefined;
      console.log(
        JSON.stringify(
          {
            subscribers: SUBSCRIBERS,
            ratePerSecond: RATE,
            loadAverage: { start: loadAtStart, end: loadAverage() },
            publishTransactionMs: round1(run1.publishMs),
            secondsToLastMessage: round1(run1.seconds),
            messagesPerSecond: round1(SUBSCRIBERS / run1.seconds),
            received: run1.stats.received,
            distinctMessageIds: run1.stats.distinct,
            deliveries: run1Deliveries,
            languages: run1Languages,
            peakRssMb: { app: peakRssMb('self'), worker: workerRss1 },
            cpuSeconds: cpu,
          },
          null,
          2,
        ),
      );
      return;
    }
    console.error('run 2');
    // Run 2: the worker killed at half way, then started again.
    const second = await releaseInThreeLanguages();
    let killedAt: number | undefined;
    let killedWithMessages = 0;
    let workerRss2 = 0;
    const run2 = await publishAndWait(second.id, async (stats) => {
      if (killedAt !== undefined || stats.distinct < SUBSCRIBERS / 2) return;
      workerRss2 = peakRssMb(worker!.pid!);
      worker!.kill('SIGKILL');
      killedAt = Date.now();
      killedWithMessages = stats.distinct;
      await new Promise((resolve) => worker!.once('exit', resolve));
      worker = await spawnWorker(workerEnv);
    });
    const run2Deliveries = await deliveryCounts(second.id);
    const resent = Number(
      (
        (await db.execute(sql`
          select count(*)::int as n from distribution_deliveries dd join distributions d on d.id = dd.distribution_id
          where d.release_id = ${second.id} and dd.attempts > 1`)) as unknown as { n: number }[]
      )[0]!.n,
    );
    const appRss = peakRssMb('self');
    const workerRss = Math.max(workerRss1, workerRss2, peakRssMb(worker.pid!));

    const [{ version }] = (await db.execute(sql`select version()`)) as unknown as [{ version: string }];
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, Node ${process.version}`,
      database: version.split(',')[0],
      loadAverage: { start: loadAtStart, end: loadAverage() },
      subscribers: SUBSCRIBERS,
      ratePerSecond: RATE,
      run1: {
        publishTransactionMs: round1(run1.publishMs),
        secondsToLastMessage: round1(run1.seconds),
        messagesPerSecond: round1(SUBSCRIBERS / run1.seconds),
        received: run1.stats.received,
        distinctMessageIds: run1.stats.distinct,
        deliveries: run1Deliveries,
        languages: run1Languages,
      },
      run2: {
        killedWithMessagesInSink: killedWithMessages,
        secondsToLastMessage: round1(run2.seconds),
        received: run2.stats.received,
        distinctMessageIds: run2.stats.distinct,
        duplicatedMessageIds: run2.stats.duplicated,
        deliveriesTriedMoreThanOnce: resent,
        deliveries: run2Deliveries,
      },
      peakRssMb: { app: appRss, worker: workerRss },
      goal: GOAL,
      met: {
        time: run1.seconds <= GOAL.seconds,
        rss: appRss <= GOAL.rssMb && workerRss <= GOAL.rssMb,
        noLoss: run2.stats.distinct === SUBSCRIBERS && run2Deliveries.sent === SUBSCRIBERS,
        noDuplicate: run2.stats.received === run2.stats.distinct,
      },
    };
    const yes = (ok: boolean) => (ok ? 'met' : 'not met');
    const report = `# Press distribution on PostgreSQL (${result.date}, ${result.machine}, ${result.database})

Measured on a shared machine (2 cores, other builds and test suites running). Load average at
start ${result.loadAverage.start}; at end ${result.loadAverage.end}.

- ${SUBSCRIBERS} active subscribers following every office and topic, reading French, English then
  French, or Spanish then English; the release is published in French with its English and Spanish
  translations already live
- this process publishes through applyTransition() (mailing, deliveries and jobs in the publish's
  transaction); \`npm run worker\` sends, as a process apart, at DISTRIBUTION_RATE_PER_SECOND=${RATE},
  to a local SMTP sink in a third process (messages counted by Message-ID, not parsed)

| run 1: one publish | value | goal |
|---|---|---|
| publish transaction (${SUBSCRIBERS} deliveries and their jobs written) | ${result.run1.publishTransactionMs} ms | |
| publish → last message in the sink | ${result.run1.secondsToLastMessage} s (${result.run1.messagesPerSecond}/s) | ≤ ${GOAL.seconds} s: ${yes(result.met.time)} |
| messages received / distinct Message-IDs | ${result.run1.received} / ${result.run1.distinctMessageIds} | |
| languages sent | ${Object.entries(result.run1.languages)
      .map(([language, count]) => `${language} ${count}`)
      .join(', ')} | |
| peak RSS, app (publishing process) | ${appRss} MB | ≤ ${GOAL.rssMb} MB: ${yes(appRss <= GOAL.rssMb)} |
| peak RSS, worker | ${workerRss} MB | ≤ ${GOAL.rssMb} MB: ${yes(workerRss <= GOAL.rssMb)} |

| run 2: worker killed (SIGKILL) half way, started again | value |
|---|---|
| messages in the sink when killed | ${killedWithMessages} |
| publish → last message (includes the ${LEASE_SECONDS} s lease of the killed worker's batches and their retry delay) | ${result.run2.secondsToLastMessage} s |
| messages received / distinct Message-IDs | ${result.run2.received} / ${result.run2.distinctMessageIds} |
| Message-IDs received twice | ${result.run2.duplicatedMessageIds} |
| deliveries tried more than once | ${resent} |
| deliveries by status | ${Object.entries(result.run2.deliveries)
      .map(([status, count]) => `${status} ${count}`)
      .join(', ')} |
| no loss (every address has its message) | ${yes(result.met.noLoss)} |
| no duplicate | ${yes(result.met.noDuplicate)} |

A message is sent at most twice only when the worker dies between the mail server's acceptance
and the delivery's update to \`sent\` (one SMTP reply to one UPDATE); the second copy has the same
Message-ID. See "Press distribution: sending" in the README.
`;
    if (WRITE_RESULTS) {
      fs.mkdirSync('bench/results', { recursive: true });
      fs.writeFileSync('bench/results/distribution.json', `${JSON.stringify(result, null, 2)}\n`);
      fs.writeFileSync('bench/results/distribution.md', report);
    }
    console.log(report);
  } finally {
    worker?.kill('SIGKILL');
    sink.child.disconnect();
    app.close();
    await stopJobs({ timeoutMs: 1_000 }).catch(() => undefined);
    await closeDatabase();
    await withServer((admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
  }
}

await main();
process.exit(0);
