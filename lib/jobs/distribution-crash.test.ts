import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { distributionDeliveries, distributions, subscribers } from '@/db/schema';
import { jobs } from '@/lib/dal/job-system';
import { applyTransition } from '@/lib/dal/transitions';
import { freshDatabase } from '@/test/database';
import { newsroomForJobs, until } from '@/test/jobs';
import { startSmtpSink, type SmtpSink } from '@/test/smtp-sink';

// Worker processes share one database: only PostgreSQL allows that (PGlite has one owner).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const LEASE_SECONDS = 5;

let db: Database;
let sink: SmtpSink;
const children: ChildProcess[] = [];

function workerArguments(): string[] {
  const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  return scripts.worker!.split(' ').slice(1);
}

/** `npm run worker` as a process of its own, sending to the sink, resolved once it takes jobs. */
async function spawnWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, workerArguments(), {
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      SMTP_URL: sink.url,
      // Long enough that the held answer is still awaited when the worker is killed.
      SMTP_TIMEOUT_SECONDS: '60',
      JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      JOB_SUPERVISE_SECONDS: '1',
      REVALIDATE_SECRET: 'test-only-refresh-secret',
      INTERNAL_URL: 'http://127.0.0.1:9',
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

beforeAll(async () => {
  if (!onPostgres) return;
  process.env.JOB_LEASE_SECONDS = String(LEASE_SECONDS);
  process.env.DISTRIBUTION_RETRY_DELAY_SECONDS = '1';
  db = await freshDatabase();
  await jobs();
  sink = await startSmtpSink();
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

afterAll(async () => {
  delete process.env.JOB_LEASE_SECONDS;
  await sink?.close();
});

describe.skipIf(!onPostgres)('a distribution worker killed mid-send', () => {
  it('leaves the message to the next worker, which sends it once, under the same Message-ID', async () => {
    const newsroom = await newsroomForJobs(db);
    const [reader] = await db
      .insert(subscribers)
      .values({ email: 'reader@example.net', locale: 'fr', languages: ['fr'], status: 'active' })
      .returning();
    // The server holds its answer to the first attempt: the worker is killed while it waits.
    let attempts = 0;
    sink.answer((recipient) => (recipient === reader!.email && attempts++ === 0 ? 'hang' : 'accept'));
    const release = await newsroom.release({ state: 'approved' });
    expect((await applyTransition(newsroom.editorActor, release.id, 'publish')).ok).toBe(true);
    const delivery = async () =>
      (
        await db
          .select()
          .from(distributionDeliveries)
          .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
          .where(eq(distributions.releaseId, release.id))
      )[0]!.distribution_deliveries;

    const first = await spawnWorker();
    await until(() => sink.hanging() === 1, 20_000, 'the send under way');
    expect(await delivery()).toMatchObject({ status: 'queued', reason: 'sending', attempts: 1 });
    const messageId = (await delivery()).messageId;
    first.kill('SIGKILL');

    await spawnWorker();
    await until(async () => (await delivery()).status === 'sent', 40_000, 'sent by the next worker');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const toReader = sink.received.filter((mail) => mail.to.includes(reader!.email));
    expect(toReader).toHaveLength(1);
    expect(toReader[0]!.parsed!.messageId).toBe(`<${messageId}>`);
    expect(await delivery()).toMatchObject({ status: 'sent', reason: null, attempts: 2, messageId });
  }, 90_000);
});
