import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { sendPortalRefresh } from '@/lib/dal/jobs';
import { freshDatabase } from '@/test/database';
import { jobsIn, until, type JobRow } from '@/test/jobs';
import { QUEUES } from './queues';

// Worker processes share one database: only PostgreSQL allows that (PGlite has one owner).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
// Long enough that the second worker's own run, on a busy machine, never outlasts it and is retried.
const LEASE_SECONDS = 8;

let db: Database;
let app: http.Server;
let appUrl = '';
/** How the stand-in app answers each refresh request, given the tags it asks to refresh. */
let answer: (tags: string[], response: http.ServerResponse) => void = (_, response) => response.end('{}');
const refreshes: string[][] = [];
const children: ChildProcess[] = [];

function workerArguments(): string[] {
  const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  return scripts.worker!.split(' ').slice(1);
}

/** `npm run worker` as a process of its own, resolved once it takes jobs. */
async function spawnWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, workerArguments(), {
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      REVALIDATE_SECRET: 'test-only-refresh-secret',
      INTERNAL_URL: appUrl,
      JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      JOB_SUPERVISE_SECONDS: '1',
      WORKER_STOP_TIMEOUT_MS: '5000',
      SMTP_URL: '',
    },
  });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"worker started"')) resolve();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}: ${output}`)));
  });
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

async function refreshJob(tag: string): Promise<JobRow | undefined> {
  return (await jobsIn(db, QUEUES.portalRefresh)).find((job) => (job.data.tags as string[]).includes(tag));
}

beforeAll(async () => {
  if (!onPostgres) return;
  // The queues take the lease from the process that creates them.
  process.env.JOB_LEASE_SECONDS = String(LEASE_SECONDS);
  db = await freshDatabase();
  app = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { tags } = JSON.parse(body) as { tags: string[] };
      refreshes.push(tags);
      answer(tags, response);
    });
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

afterAll(async () => {
  delete process.env.JOB_LEASE_SECONDS;
  if (app) await new Promise((resolve) => app.close(resolve));
});

describe.skipIf(!onPostgres)('worker processes stopped or killed mid-job', () => {
  it('on SIGTERM, finishes the job it is running, takes no other, and exits', async () => {
    const held: http.ServerResponse[] = [];
    answer = (_, response) => void held.push(response);
    await sendPortalRefresh(undefined, ['sigterm-1']);
    const worker = await spawnWorker();
    await until(() => held.length === 1, 15_000, 'the refresh request');

    const stopping = Date.now();
    worker.kill('SIGTERM');
    await sendPortalRefresh(undefined, ['sigterm-2']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    held.shift()!.end('{}');
    expect(await exited(worker)).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);

    expect((await refreshJob('sigterm-1'))?.state).toBe('completed');
    expect((await refreshJob('sigterm-2'))?.state).toBe('created');
    expect(refreshes.filter((tags) => tags.includes('sigterm-2'))).toEqual([]);
  }, 60_000);

  it('after a SIGKILL mid-job, another worker completes the job once the lease has run out, once', async () => {
    const held: http.ServerResponse[] = [];
    refreshes.length = 0;
    // The first request for this job never gets an answer: the worker is killed while it waits. Any
    // other job (the one the previous check left queued) is answered at once.
    answer = (tags, response) =>
      tags.includes('sigkill') && held.length === 0 ? void held.push(response) : response.end('{}');
    await sendPortalRefresh(undefined, ['sigkill']);
    const first = await spawnWorker();
    await until(() => refreshes.some((tags) => tags.includes('sigkill')), 15_000, 'the first attempt');
    first.kill('SIGKILL');
    await exited(first);
    const killedAt = Date.now();

    await spawnWorker();
    await until(async () => (await refreshJob('sigkill'))?.state === 'completed', 30_000, 'completed elsewhere');
    // Within the lease, the time pg-boss takes to notice (1 s here) and the first retry's backoff.
    expect(Date.now() - killedAt).toBeLessThan((LEASE_SECONDS + 10) * 1000);
    const attempts = refreshes.filter((tags) => tags.includes('sigkill'));
    expect(attempts).toHaveLength(2); // the killed worker's, never answered, and the one that completed
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(refreshes.filter((tags) => tags.includes('sigkill'))).toHaveLength(2);
    expect((await refreshJob('sigkill'))?.state).toBe('completed');
  }, 90_000);
});
