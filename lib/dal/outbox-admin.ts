import 'server-only';
// Apart from deliverMessage() (outbox.ts), which the mail jobs run without a session.
import { count, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { outbox, type OutboxStatus } from '@/db/schema';
import type { OutboxFiltersInput } from '@/lib/validation/workspace-filters';
import { getCurrentAdmin } from './session';

export const OUTBOX_PAGE_SIZE = 30;

export type OutboxMessageDTO = {
  id: string;
  status: OutboxStatus;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  /** When its job tries again, for a message whose last attempt failed. */
  nextTryAt: Date | null;
  sentAt: Date | null;
};

export type OutboxPageDTO = {
  messages: OutboxMessageDTO[];
  counts: Record<OutboxStatus, number>;
  total: number;
  page: number;
  pageCount: number;
};

// Failures first, since someone must act on them; then what is still to go; then what went.
const statusRank = sql`case ${outbox.status} when 'failed' then 0 when 'pending' then 1 else 2 end`;

/** The mail queue: every notification e-mail (one job each), failed first, newest first within a status; admins only. */
export async function listOutboxMessages(filters: OutboxFiltersInput): Promise<OutboxPageDTO> {
  await getCurrentAdmin();
  const where = filters.status ? eq(outbox.status, filters.status) : undefined;
  const byStatus = await db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status);
  const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const row of byStatus) counts[row.status] = row.n;
  const total = filters.status ? counts[filters.status] : counts.pending + counts.sent + counts.failed;
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const messages = await db
    .select({
      id: outbox.id,
      status: outbox.status,
      recipient: outbox.recipient,
      subject: outbox.subject,
      body: outbox.body,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      // Named in full: a bare "id" in the subquery would be the job's own, matching every retrying job.
      nextTryAt: sql<Date | null>`(select j.start_after from pgboss.job j
        where j.name = 'notification-mail' and j.id = "outbox"."id" and j.state = 'retry')`.mapWith((value) =>
        value ? new Date(value) : null,
      ),
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .where(where)
    .orderBy(statusRank, desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  return { messages, counts, total, page, pageCount };
}
