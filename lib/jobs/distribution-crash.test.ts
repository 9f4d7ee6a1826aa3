import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { asc, eq } from 'drizzle-orm';
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
      // One message at a time: the kill lands with some of the batch sent and some not yet tried.
      DISTRIBUTION_SMTP_CONNECTIONS: '1',
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
  it('leaves the rest of its batch to the next worker, which sends each message once, under the same Message-ID', async () => {
    const newsroom = await newsroomForJobs(db);
    const readers = await db
      .insert(subscribers)
      .values(
        Array.from({ length: 5 }, (_, i) => ({
          email: `reader${i}@example.net`,
          locale: 'fr' as const,
          languages: ['fr' as const],
          status: 'active' as const,
        })),
      )
      .returning();
    // The server holds its answer to the batch's third message: the worker is killed while it waits.
    let recipients = 0;
    let held: string | undefined;
    sink.answer((recipient) => {
      if (!/^reader\d@example\.net$/.test(recipient) || recipients++ !== 2) return 'accept';
      held = recipient;
      return 'hang';
    });
    const release = await newsroom.release({ state: 'approved' });
    expect((await applyTransition(newsroom.editorActor, release.id, 'publish')).ok).toBe(true);
    const deliveries = async () =>
      (
        await db
          .select()
          .from(distributionDeliveries)
          .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
          .where(eq(distributions.releaseId, release.id))
          .orderBy(asc(distributionDeliveries.id))
      ).map((row) => row.distribution_deliveries);

    const first = await spawnWorker();
    await until(() => sink.hanging() === 1, 20_000, 'the third send under way');
    const before = await deliveries();
    expect(before.map((delivery) => [delivery.status, delivery.reason, delivery.attempts])).toEqual([
      ['sent', null, 1],
      ['sent', null, 1],
      ['queued', 'sending', 1],
      ['queued', null, 0],
      ['queued', null, 0],
    ]);
    expect(before[2]!.email).toBe(held);
    const messageId = before[2]!.messageId;
    first.kill('SIGKILL');

    await spawnWorker();
    await until(
      async () => (await deliveries()).every((delivery) => delivery.status === 'sent'),
      40_000,
      'the batch sent by the next worker',
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const reader of readers)
      expect(sink.received.filter((mail) => mail.to.includes(reader.email))).toHaveLength(1);
    const toHeld = sink.received.find((mail) => mail.to.includes(held!));
    expect(toHeld!.parsed!.messageId).toBe(`<${messageId}>`);
    expect((await deliveries()).map((delivery) => [delivery.status, delivery.reason, delivery.attempts])).toEqual([
      ['sent', null, 1],
      ['sent', null, 1],
      ['sent', null, 2],
      ['sent', null, 1],
      ['sent', null, 1],
    ]);
    expect((await deliveries())[2]!.messageId).toBe(messageId);
  }, 90_000);
});
