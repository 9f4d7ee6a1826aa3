import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { outbox } from '@/db/schema';

export const OUTBOX_POLICY = { batch: 20, leaseSeconds: 120, maxAttempts: 6, firstRetrySeconds: 30 } as const;

export type OutgoingMail = { id: string; recipient: string; subject: string; body: string };
export type DeliveryReport = { sent: number; retrying: number; failed: number };

/** Seconds before retry n (1-based): 30 s, 1 min, 2 min, 4 min… */
export const retryDelaySeconds = (attempt: number) => OUTBOX_POLICY.firstRetrySeconds * 2 ** (attempt - 1);

/**
 * Claims due messages under a lease (so a crashed sender's messages come back after the lease,
 * and two senders never hold the same message), sends them, and records the outcome. After the
 * last attempt a message is marked failed and stays visible to admins.
 */
export async function deliverOutbox(
  send: (mail: OutgoingMail) => Promise<void>,
  now: Date = new Date(),
): Promise<DeliveryReport> {
  const leaseUntil = new Date(now.getTime() + OUTBOX_POLICY.leaseSeconds * 1000);
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.availableAt, now)))
      .orderBy(asc(outbox.availableAt))
      .limit(OUTBOX_POLICY.batch)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ availableAt: leaseUntil, attempts: sql`${outbox.attempts} + 1` })
      .where(
        inArray(
          outbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });

  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (const mail of claimed) {
    try {
      await send(mail);
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: new Date(), lastError: null })
        .where(eq(outbox.id, mail.id));
      report.sent += 1;
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      const exhausted = mail.attempts >= OUTBOX_POLICY.maxAttempts;
      await db
        .update(outbox)
        .set(
          exhausted
            ? { status: 'failed', lastError }
            : { lastError, availableAt: new Date(now.getTime() + retryDelaySeconds(mail.attempts) * 1000) },
        )
        .where(eq(outbox.id, mail.id));
      if (exhausted) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}
