import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { outbox } from '@/db/schema';
import { jobs } from '@/lib/dal/job-system';
import { sendNotificationMail } from '@/lib/dal/jobs';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { listOutboxMessages } from './outbox-admin';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
  await n.db.insert(outbox).values([
    {
      recipient: 'sent@example.org',
      subject: 'Sent',
      body: 'b',
      status: 'sent',
      attempts: 1,
      sentAt: new Date(),
      createdAt: new Date('2026-11-22T10:00:00Z'),
    },
    { recipient: 'pending@example.org', subject: 'Pending', body: 'b', createdAt: new Date('2026-11-23T10:00:00Z') },
    {
      recipient: 'failed@example.org',
      subject: 'Failed',
      body: 'b',
      status: 'failed',
      attempts: 6,
      lastError: 'connect ECONNREFUSED',
      createdAt: new Date('2026-11-01T10:00:00Z'),
    },
  ]);
});

describe('the outbox for admins', () => {
  it('lists failed messages first, then pending, then sent, with their errors', async () => {
    actAs(n.people.admin);
    const page = await listOutboxMessages({});
    expect(page.messages.map((message) => message.subject)).toEqual(['Failed', 'Pending', 'Sent']);
    expect(page.messages[0]).toMatchObject({
      attempts: 6,
      lastError: 'connect ECONNREFUSED',
      recipient: 'failed@example.org',
    });
    expect(page.counts).toEqual({ pending: 1, sent: 1, failed: 1 });
  });

  it('narrows to one status', async () => {
    actAs(n.people.admin);
    const page = await listOutboxMessages({ status: 'pending' });
    expect(page.messages.map((message) => message.subject)).toEqual(['Pending']);
    expect(page.total).toBe(1);
  });

  it('gives each message waiting to be tried again its own next try, however many wait', async () => {
    await jobs();
    const waiting = await n.db
      .insert(outbox)
      .values([
        { recipient: 'later@example.org', subject: 'Later', body: 'b', attempts: 1, lastError: '421 busy' },
        { recipient: 'later2@example.org', subject: 'Later still', body: 'b', attempts: 2, lastError: '421 busy' },
      ])
      .returning({ id: outbox.id });
    await n.db.transaction((tx) =>
      sendNotificationMail(
        tx,
        waiting.map((message) => message.id),
      ),
    );
    const at = [new Date('2026-12-01T10:00:00Z'), new Date('2026-12-01T11:00:00Z')];
    for (const [index, message] of waiting.entries()) {
      await n.db.execute(
        sql`update pgboss.job set state = 'retry', start_after = ${at[index]!.toISOString()}::timestamptz where id = ${message.id}`,
      );
    }

    actAs(n.people.admin);
    const page = await listOutboxMessages({ status: 'pending' });
    const nextTry = Object.fromEntries(page.messages.map((message) => [message.subject, message.nextTryAt]));
    expect(nextTry).toEqual({ Pending: null, Later: at[0], 'Later still': at[1] });
    await n.db.delete(outbox).where(
      sql`${outbox.id} in (${sql.join(
        waiting.map((message) => sql`${message.id}`),
        sql`, `,
      )})`,
    );
  });

  it('answers 404 to editors and writers', async () => {
    for (const person of [n.people.hqEditor, n.people.panamaWriter]) {
      actAs(person);
      await expect(listOutboxMessages({})).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    }
  });
});
