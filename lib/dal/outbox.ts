import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { outbox } from '@/db/schema';

export type OutgoingMail = { id: string; recipient: string; subject: string; body: string };
export type DeliveryOutcome = 'sent' | 'already_sent' | 'missing';

/**
 * The work of one `notification-mail` job: sends one outbox message (one recipient, one event).
 * The message row is the sent-key beside the job: once it says `sent`, running the job again sends
 * nothing. A failure is recorded on the message (attempts, last error) and thrown, for the job to
 * be tried again with backoff; after its last attempt the message is marked failed.
 */
export async function deliverMessage(
  messageId: string,
  send: (mail: OutgoingMail) => Promise<void>,
  { lastAttempt }: { lastAttempt: boolean },
): Promise<DeliveryOutcome> {
  const [mail] = await db.select().from(outbox).where(eq(outbox.id, messageId));
  if (!mail) return 'missing';
  if (mail.status === 'sent') return 'already_sent';
  await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, messageId));
  try {
    await send(mail);
  } catch (error) {
    const lastError = error instanceof Error ? error.message : String(error);
    await db
      .update(outbox)
      .set(lastAttempt ? { status: 'failed', lastError } : { lastError })
      .where(and(eq(outbox.id, messageId), eq(outbox.status, mail.status)));
    throw error;
  }
  await db.update(outbox).set({ status: 'sent', sentAt: new Date(), lastError: null }).where(eq(outbox.id, messageId));
  return 'sent';
}

/** Messages still to send: each must have its mail job (see lib/jobs/recover.ts). */
export async function listPendingMessageIds(): Promise<string[]> {
  const rows = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.status, 'pending'));
  return rows.map((row) => row.id);
}

/** Puts a failed message back to pending, for an admin's retry of its job. */
export async function markMessagePending(messageId: string): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'pending' })
    .where(and(eq(outbox.id, messageId), eq(outbox.status, 'failed')));
}
