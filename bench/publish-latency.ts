/**
 * Time from a publish to the public release page serving the new text, on the production build
 * (`npm run build` first) with PostgreSQL.
 *
 *   npm run bench:publish [-- --runs 50 --port 3206]
 *
 * A throwaway database is created on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), migrated and seeded with the demo newsroom, and
 * dropped at the end; `next start` serves it with its own scheduled-publish worker.
 *
 * Each run prepares an approved release whose public page is cached with the old text: its
 * working copy gets a new title (written here, standing in for an editor's save), a second editor
 * submits it and editor@ approves it through applyTransition(), and the public page is loaded
 * until it is a cache hit. Then it is published, and the public URL is polled (5 ms apart, no
 * cache-busting) until the new title appears.
 * - "publish now": editor@ clicks "Publish now" once in Chromium; the request the browser sends
 *   to the server action (Next-Action id, form fields, session cookie) is recorded and replayed
 *   for the other runs on the same release.
 * - "scheduled": editor@ schedules the release 1.5 s ahead; the app's worker publishes it.
 * Latency is measured from the publish transition's `created_at`, which applyTransition() sets
 * to the time it is called, before its transaction: the latency includes the transaction.
 *
 * Writes bench/results/publish-latency.json and .md.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import postgres from 'postgres';
import { DEFAULT_DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';

const { values } = parseArgs({ options: { runs: { type: 'string' }, port: { type: 'string' } } });
const RUNS = Number(values.runs ?? 50);
const PORT = values.port ?? '3206';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const POLL_GAP_MS = 5;
const SCHEDULE_AHEAD_MS = 1_500;
const GOAL = { medianMs: 100, p99Ms: 250 };
// Two published demo releases of different news, each written by a writer, so both HQ editors may approve them.
const NOW_RELEASE = DEMO_RELEASES.find((release) => release.key === 'panama-labour-corridor-fr')!;
const SCHEDULED_RELEASE = DEMO_RELEASES.find((release) => release.key === 'senegal-youth-solar-en')!;

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `communique_publish_${Date.now().toString(36)}`;
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${name}`;
const loadAtStart = os.loadavg();

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl.toString(),
  AUTH_SECRET: 'bench-only-secret-not-for-production-0000',
  AUTH_URL: ORIGIN,
  SITE_URL: ORIGIN,
  INTERNAL_URL: ORIGIN,
  REVALIDATE_SECRET: 'bench-only-revalidate-secret',
  MEDIA_DIR: path.resolve('.data', 'bench-publish', 'media'),
  NODE_ENV: 'production' as const,
};
Object.assign(process.env, env);

const now = () => performance.timeOrigin + performance.now();
const round = (value: number) => Math.round(value * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const summarize = (values: number[]) => ({
  runs: values.length,
  medianMs: round(percentile(values, 50)),
  p95Ms: round(percentile(values, 95)),
  p99Ms: round(percentile(values, 99)),
  maxMs: round(Math.max(...values)),
});

type Poll = { seenAt: number; polls: number; cache: string | null; staleAfter: number };

/**
 * Requests the URL until its body contains `text`. `staleAfter` counts responses with the old
 * text to requests sent after `invalidatedBy()` says the invalidation had certainly happened.
 */
async function pollUntil(
  url: string,
  text: string,
  invalidatedBy: () => number | undefined = () => undefined,
): Promise<Poll> {
  const deadline = now() + 30_000;
  let polls = 0;
  let staleAfter = 0;
  while (now() < deadline) {
    const sentAt = now();
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    polls += 1;
    if (body.includes(text)) return { seenAt: now(), polls, cache: response.headers.get('x-nextjs-cache'), staleAfter };
    const invalidated = invalidatedBy();
    if (invalidated !== undefined && sentAt > invalidated) staleAfter += 1;
    await sleep(POLL_GAP_MS);
  }
  throw new Error(`${url} did not show "${text}" within 30 s`);
}

/** Loads the page until the cache holds it (with the given text), so that the next publish has to invalidate it. */
async function ensureCached(url: string, text?: string) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    if ((!text || body.includes(text)) && response.headers.get('x-nextjs-cache') === 'HIT') return;
    await sleep(50);
  }
  throw new Error(`${url} is not cached with "${text}"`);
}

async function waitForServer(server: ReturnType<typeof spawn>) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  throw new Error('next start did not answer /api/health within 2 minutes');
}

const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const sql = postgres(databaseUrl.toString(), { max: 2, onnotice: () => {} });
let server: ReturnType<typeof spawn> | undefined;
let closeDatabase: (() => Promise<void>) | undefined;
try {
  for (const script of [['scripts/migrate.ts'], ['scripts/seed.ts', '--demo']]) {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', './scripts/server-only-outside-next.mjs', ...script],
      { env, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`${script.join(' ')} failed`);
  }
  // The bench's transitions go through the DAL, imported once DATABASE_URL names the throwaway
  // database (scripts/server-only-outside-next.mjs lets it load outside Next).
  const { applyTransition } = await import('@/lib/dal/transitions');
  ({ closeDatabase } = await import('@/db/client'));

  const userId = async (email: string) =>
    (await sql<{ id: string }[]>`select id from users where email = ${email}`)[0]!.id;
  const editor = { kind: 'user' as const, id: await userId('editor@example.org'), role: 'editor' as const };
  const desk = { kind: 'user' as const, id: await userId('editor.desk@example.org'), role: 'editor' as const };
  const releaseOf = async ({ language, slug }: { language: string; slug: string }) => {
    const [row] = await sql<
      { id: string; title: string }[]
    >`select id, title from releases where language = ${language} and slug = ${slug}`;
    if (!row) throw new Error(`No release ${language}/${slug}`);
    return { ...row, url: `${ORIGIN}/${language}/news/${slug}` };
  };
  const nowRelease = await releaseOf(NOW_RELEASE);
  const scheduledRelease = await releaseOf(SCHEDULED_RELEASE);

  /** A new title saved by one editor, submitted by that editor and approved by another (four eyes). */
  async function approveNewText(release: { id: string; title: string }, marker: string) {
    await sql`update releases set title = ${`${release.title} ${marker}`}, last_edited_by_id = ${desk.id}, version = version + 1 where id = ${release.id}`;
    for (const [actor, transition] of [
      [desk, 'submit'],
      [editor, 'approve'],
    ] as const) {
      const result = await applyTransition(actor, release.id, transition);
      if (!result.ok) throw new Error(`${transition} refused: ${result.reason}`);
    }
  }
  const lastPublish = async (releaseId: string) =>
    (
      await sql<{ createdAt: Date; actorId: string | null }[]>`
      select created_at as "createdAt", actor_id as "actorId" from transitions
      where release_id = ${releaseId} and name = 'publish' order by created_at desc limit 1`
    )[0];

  /**
   * Polls the database until a publish transition newer than `after` is visible, that is committed:
   * a time at or just after the commit, where created_at is just before the transaction.
   */
  async function commitSeen(releaseId: string, after: Date | undefined): Promise<number> {
    const since = after ?? new Date(0);
    const deadline = now() + 30_000;
    while (now() < deadline) {
      const [row] =
        await sql`select 1 from transitions where release_id = ${releaseId} and name = 'publish' and created_at > ${since}`;
      if (row) return now();
      await sleep(POLL_GAP_MS);
    }
    throw new Error('the publish was not committed within 30 s');
  }

  fs.mkdirSync(path.resolve('.data', 'bench-publish'), { recursive: true });
  const serverLog = fs.openSync(path.resolve('.data', 'bench-publish', 'next-start.log'), 'w');
  server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', PORT, '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', serverLog, serverLog],
  });
  await waitForServer(server);

  const run = Date.now().toString(36);
  let previous: string | undefined;
  type NowSample = {
    latencyMs: number;
    sinceCommitSeenMs: number;
    sinceResponseMs: number;
    polls: number;
    cache: string | null;
    staleAfterResponse: number;
  };
  const nowSamples: NowSample[] = [];

  /** One publish of the "publish now" release: prepare, trigger, poll, read the commit time. */
  async function publishNow(index: number, trigger: () => Promise<void>): Promise<NowSample> {
    const marker = `pb${run}n${index}`;
    await approveNewText(nowRelease, marker);
    await ensureCached(nowRelease.url, previous);
    const action: { respondedAt?: number } = {};
    const committed = commitSeen(nowRelease.id, (await lastPublish(nowRelease.id))?.createdAt);
    const poll = pollUntil(nowRelease.url, marker, () => action.respondedAt);
    await trigger();
    const respondedAt = now();
    action.respondedAt = respondedAt;
    const [seen, commitSeenAt] = await Promise.all([poll, committed]);
    const published = await lastPublish(nowRelease.id);
    if (!published || published.actorId !== editor.id) throw new Error('the publish was not recorded for editor@');
    previous = marker;
    return {
      latencyMs: round(seen.seenAt - published.createdAt.getTime()),
      sinceCommitSeenMs: round(seen.seenAt - commitSeenAt),
      sinceResponseMs: round(seen.seenAt - respondedAt),
      polls: seen.polls,
      cache: seen.cache,
      staleAfterResponse: seen.staleAfter,
    };
  }

  // The first publish goes through the page in Chromium, and its request is kept for the others.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  let replay: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  // The click is the warm-up: the first action after start also loads the code it runs.
  let warmUpClick: Awaited<ReturnType<typeof publishNow>> | undefined;
  try {
    const context = await browser.newContext({ locale: 'en-US', baseURL: ORIGIN });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mail').fill('editor@example.org');
    await page.getByLabel('Password').fill(process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/workspace$/);
    console.log('signed in as editor@');
    const uiSample = await publishNow(0, async () => {
      await page.goto(`/workspace/releases/${nowRelease.id}`);
      const publishButton = page.locator('form:has(input[name="transition"][value="publish"]) button[type="submit"]');
      const [response] = await Promise.all([
        page.waitForResponse(
          (response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']),
          { timeout: 60_000 },
        ),
        publishButton.click(),
      ]);
      const request = response.request();
      const headers = await request.allHeaders();
      const kept = Object.fromEntries(
        Object.entries(headers).filter(
          ([key]) => !['host', 'content-length', 'connection'].includes(key) && !key.startsWith(':'),
        ),
      );
      kept.cookie ??= (await context.cookies(ORIGIN)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
      replay = { url: request.url(), headers: kept, body: request.postDataBuffer()! };
    });
    console.log('publish now (Chromium click, warm-up)', uiSample);
    warmUpClick = uiSample;
  } finally {
    await browser.close();
  }
  if (!replay?.headers.cookie) throw new Error('the server action request was not captured with its session cookie');
  const captured = replay;

  for (let index = 1; index <= RUNS; index += 1) {
    const sample = await publishNow(index, async () => {
      const response = await fetch(captured.url, {
        method: 'POST',
        headers: captured.headers,
        body: new Uint8Array(captured.body),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`the server action answered ${response.status}`);
    });
    nowSamples.push(sample);
    console.log(`publish now ${index}/${RUNS}`, sample);
  }

  type ScheduledSample = {
    latencyMs: number;
    sinceCommitSeenMs: number;
    pickupMs: number;
    scheduledToVisibleMs: number;
    polls: number;
    cache: string | null;
  };
  const scheduledSamples: ScheduledSample[] = [];
  let previousScheduled: string | undefined;
  for (let index = 0; index < RUNS; index += 1) {
    const marker = `pb${run}s${index}`;
    await approveNewText(scheduledRelease, marker);
    await ensureCached(scheduledRelease.url, previousScheduled);
    const scheduledAt = new Date(Date.now() + SCHEDULE_AHEAD_MS);
    const before = (await lastPublish(scheduledRelease.id))?.createdAt;
    const scheduled = await applyTransition(editor, scheduledRelease.id, 'schedule', { scheduledAt });
    if (!scheduled.ok) throw new Error(`schedule refused: ${scheduled.reason}`);
    const [seen, commitSeenAt] = await Promise.all([
      pollUntil(scheduledRelease.url, marker),
      commitSeen(scheduledRelease.id, before),
    ]);
    const published = await lastPublish(scheduledRelease.id);
    if (!published || published.actorId !== null)
      throw new Error('the scheduled publish was not recorded for the system actor');
    previousScheduled = marker;
    const sample = {
      latencyMs: round(seen.seenAt - published.createdAt.getTime()),
      sinceCommitSeenMs: round(seen.seenAt - commitSeenAt),
      pickupMs: round(published.createdAt.getTime() - scheduledAt.getTime()),
      scheduledToVisibleMs: round(seen.seenAt - scheduledAt.getTime()),
      polls: seen.polls,
      cache: seen.cache,
    };
    scheduledSamples.push(sample);
    console.log(`scheduled ${index + 1}/${RUNS}`, sample);
  }

  const [version] = await sql<{ version: string }[]>`select version()`;
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, ${version!.version.split(',')[0]}`,
    loadAverage: { atStart: loadAtStart.map(round), atEnd: os.loadavg().map(round) },
    goal: GOAL,
    method: {
      server:
        'next start (production build) on a throwaway PostgreSQL database seeded with the demo newsroom; the worker runs inside next start',
      preparation:
        'new title written to the working copy, submitted by editor.desk@ and approved by editor@ through applyTransition(); public page loaded until it is a cache HIT with the old title',
      poll: `GET of the public release URL, ${POLL_GAP_MS} ms between the end of one response and the next request, no cache-busting`,
      latency:
        'first response containing the new title − the publish transition’s created_at (set by applyTransition() when called, before its transaction: the latency includes the transaction, an upper bound)',
      commitSeen: `the database polled alongside (${POLL_GAP_MS} ms apart) for the committed publish transition: the first time it is seen is at or just after the commit, a lower bound`,
      publishNow:
        'editor@ clicks "Publish now" in Chromium once, as a warm-up not counted; the measured runs replay that server-action request (Next-Action id, form fields, session cookie) over HTTP',
      scheduled: `schedule ${SCHEDULE_AHEAD_MS} ms ahead through applyTransition(); the worker (1 s between ticks) publishes and calls POST /api/revalidate`,
    },
    publishNow: {
      ...summarize(nowSamples.map((sample) => sample.latencyMs)),
      warmUpClick,
      sinceCommitSeen: summarize(nowSamples.map((sample) => sample.sinceCommitSeenMs)),
      sinceActionResponse: summarize(nowSamples.map((sample) => sample.sinceResponseMs)),
      staleResponsesAfterActionResponse: nowSamples.reduce((sum, sample) => sum + sample.staleAfterResponse, 0),
      samples: nowSamples,
    },
    scheduled: {
      ...summarize(scheduledSamples.map((sample) => sample.latencyMs)),
      sinceCommitSeen: summarize(scheduledSamples.map((sample) => sample.sinceCommitSeenMs)),
      workerPickup: summarize(scheduledSamples.map((sample) => sample.pickupMs)),
      scheduledToVisible: summarize(scheduledSamples.map((sample) => sample.scheduledToVisibleMs)),
      samples: scheduledSamples,
    },
  };
  const met = (summary: { medianMs: number; p99Ms: number }) =>
    summary.medianMs <= GOAL.medianMs && summary.p99Ms <= GOAL.p99Ms ? 'met' : 'not met';
  const row = (label: string, summary: ReturnType<typeof summarize>, goal = '') =>
    `| ${label} | ${summary.runs} | ${summary.medianMs} | ${summary.p95Ms} | ${summary.p99Ms} | ${summary.maxMs} | ${goal} |`;
  fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join('bench', 'results', 'publish-latency.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(
    path.join('bench', 'results', 'publish-latency.md'),
    [
      `# Publish to public page (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `Load average at start ${report.loadAverage.atStart.join(', ')}; at end ${report.loadAverage.atEnd.join(', ')}.`,
      '',
      ...Object.entries(report.method).map(([key, text]) => `- ${key}: ${text}`),
      '',
      `Goal: median ≤ ${GOAL.medianMs} ms, p99 ≤ ${GOAL.p99Ms} ms after the publish commit.`,
      '',
      '| measure | runs | median ms | p95 ms | p99 ms | max ms | goal |',
      '|---|---|---|---|---|---|---|',
      row('publish now: publish transition → new text served', report.publishNow, met(report.publishNow)),
      row('publish now: commit seen in the database → new text served', report.publishNow.sinceCommitSeen),
      row('publish now: action response → new text served', report.publishNow.sinceActionResponse),
      row('scheduled: publish transition → new text served', report.scheduled, met(report.scheduled)),
      row('scheduled: commit seen in the database → new text served', report.scheduled.sinceCommitSeen),
      row('scheduled: embargo time → publish transition (worker pickup)', report.scheduled.workerPickup),
      row('scheduled: embargo time → new text served', report.scheduled.scheduledToVisible),
      '',
      `The warm-up click in Chromium (not counted) took ${warmUpClick?.latencyMs} ms, with the browser on the same CPUs. At ${RUNS} runs, p99 is the slowest run.`,
      '',
      `Responses with the old text to requests sent after the server action had answered: ${report.publishNow.staleResponsesAfterActionResponse}.`,
      '',
    ].join('\n'),
  );
  console.log(
    JSON.stringify({
      publishNow: summarize(nowSamples.map((s) => s.latencyMs)),
      scheduled: summarize(scheduledSamples.map((s) => s.latencyMs)),
    }),
  );
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await closeDatabase?.();
  await sql.end();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
