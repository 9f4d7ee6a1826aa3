import { beforeAll, describe, expect, it, vi } from 'vitest';
import { outbox } from '@/db/schema';
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

  it('answers 404 to editors and writers', async () => {
    for (const person of [n.people.hqEditor, n.people.panamaWriter]) {
      actAs(person);
      await expect(listOutboxMessages({})).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    }
  });
});
