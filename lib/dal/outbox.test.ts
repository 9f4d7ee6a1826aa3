import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { outbox } from '@/db/schema';
import { freshDatabase } from '@/test/database';
import { deliverOutbox, OUTBOX_POLICY, retryDelaySeconds, type OutgoingMail } from './outbox';

let db: Database;
const now = new Date('2026-06-01T08:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

async function queue(recipient: string) {
  const [row] = await db
    .insert(outbox)
    .values({ recipient, subject: 'Sujet', body: 'Corps', availableAt: now })
    .returning();
  return row!;
}
const reload = async (id: string) => (await db.select().from(outbox).where(eq(outbox.id, id)))[0]!;

beforeAll(async () => {
  db = await freshDatabase();
});

describe('delivering the outbox', () => {
  it('sends a pending message once and marks it sent', async () => {
    const message = await queue('a@example.org');
    const sent: OutgoingMail[] = [];

    await deliverOutbox(async (mail) => void sent.push(mail), now);
    await deliverOutbox(async (mail) => void sent.push(mail), later(OUTBOX_POLICY.leaseSeconds * 2));

    expect(sent.filter((mail) => mail.id === message.id)).toHaveLength(1);
    expect(await reload(message.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('retries a failed send later with a growing delay, then gives up and keeps it visible as failed', async () => {
    const message = await queue('down@example.org');
    let clock = now;
    for (let attempt = 1; attempt <= OUTBOX_POLICY.maxAttempts; attempt += 1) {
      const report = await deliverOutbox(async () => Promise.reject(new Error('SMTP 451 try later')), clock);
      const row = await reload(message.id);
      expect(row.attempts).toBe(attempt);
      if (attempt < OUTBOX_POLICY.maxAttempts) {
        expect(report.retrying).toBeGreaterThanOrEqual(1);
        expect(row.availableAt).toEqual(new Date(clock.getTime() + retryDelaySeconds(attempt) * 1000));
        expect(await deliverOutbox(async () => undefined, new Date(row.availableAt.getTime() - 1000))).toEqual({
          sent: 0,
          retrying: 0,
          failed: 0,
        });
        clock = row.availableAt;
      } else {
        expect(row).toMatchObject({ status: 'failed', lastError: 'SMTP 451 try later' });
      }
    }
  });

  it('never hands one message to two senders running at the same time', async () => {
    const messages = await Promise.all(Array.from({ length: 60 }, (_, i) => queue(`bulk${i}@example.org`)));
    const deliveries = new Map<string, number>();
    const send = async (mail: OutgoingMail) => void deliveries.set(mail.id, (deliveries.get(mail.id) ?? 0) + 1);

    const clock = later(1);
    for (let round = 0; round < 5; round += 1)
      await Promise.all([deliverOutbox(send, clock), deliverOutbox(send, clock), deliverOutbox(send, clock)]);

    expect(messages.every((message) => deliveries.get(message.id) === 1)).toBe(true);
  });

  it('gives a message back to the queue when its sender died holding it', async () => {
    const message = await queue('crash@example.org');
    const crashTime = later(10_000);
    await db
      .update(outbox)
      .set({ availableAt: new Date(crashTime.getTime() + OUTBOX_POLICY.leaseSeconds * 1000), attempts: 1 })
      .where(eq(outbox.id, message.id));
    const sent: string[] = [];

    await deliverOutbox(async (mail) => void sent.push(mail.id), crashTime);
    expect(sent).not.toContain(message.id);
    await deliverOutbox(
      async (mail) => void sent.push(mail.id),
      new Date(crashTime.getTime() + (OUTBOX_POLICY.leaseSeconds + 1) * 1000),
    );
    expect(sent).toContain(message.id);
  });
});
