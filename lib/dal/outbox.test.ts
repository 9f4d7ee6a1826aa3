import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { outbox } from '@/db/schema';
import { freshDatabase } from '@/test/database';
import { deliverMessage, listPendingMessageIds, type OutgoingMail } from './outbox';

let db: Database;

async function queue(recipient: string) {
  const [row] = await db.insert(outbox).values({ recipient, subject: 'Sujet', body: 'Corps' }).returning();
  return row!;
}
const reload = async (id: string) => (await db.select().from(outbox).where(eq(outbox.id, id)))[0]!;

beforeAll(async () => {
  db = await freshDatabase();
});

describe('delivering one outbox message (the work of a mail job)', () => {
  it('sends it once and marks it sent: the job run again sends nothing', async () => {
    const message = await queue('a@example.org');
    const sent: OutgoingMail[] = [];
    const send = async (mail: OutgoingMail) => void sent.push(mail);

    expect(await deliverMessage(message.id, send, { lastAttempt: false })).toBe('sent');
    expect(await deliverMessage(message.id, send, { lastAttempt: false })).toBe('already_sent');

    expect(sent.map((mail) => mail.recipient)).toEqual(['a@example.org']);
    expect(await reload(message.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(await listPendingMessageIds()).not.toContain(message.id);
  });

  it('records a failed attempt and throws, for the job to be tried again; the last one marks it failed', async () => {
    const message = await queue('down@example.org');
    const refuse = async () => {
      throw new Error('connection refused');
    };

    await expect(deliverMessage(message.id, refuse, { lastAttempt: false })).rejects.toThrow('connection refused');
    expect(await reload(message.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection refused' });
    expect(await listPendingMessageIds()).toContain(message.id);

    await expect(deliverMessage(message.id, refuse, { lastAttempt: true })).rejects.toThrow();
    expect(await reload(message.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'connection refused' });
  });

  it('does nothing for a message that no longer exists', async () => {
    expect(await deliverMessage(crypto.randomUUID(), async () => {}, { lastAttempt: false })).toBe('missing');
  });
});
