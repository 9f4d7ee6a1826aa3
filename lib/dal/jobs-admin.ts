import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { deliveryIdsOf, markDeliveriesQueued, type DistributionMailJob } from './distributions';
import { ALL_QUEUES, deadLetterOf, QUEUES, type QueueName } from '@/lib/jobs/queues';
import type { JobRefInput } from '@/lib/validation/jobs';
import { jobs } from './job-system';
import { markMessagePending } from './outbox';
import { getCurrentAdmin } from './session';

export type JobView = 'queued' | 'running' | 'failed' | 'completed';
export const JOB_VIEWS: readonly JobView[] = ['failed', 'running', 'queued', 'completed'];

export type JobDTO = {
  id: string;
  queue: QueueName;
  view: JobView | 'cancelled';
  /** Attempts made so far, and the most there will be. */
  attempts: number;
  maxAttempts: number;
  error: string | null;
  /** What the job is about: a release's title, a message's recipient and subject, cache tags. */
  subject: string;
  createdAt: Date;
  startAfter: Date;
  startedAt: Date | null;
  completedAt: Date | null;
};

export type QueueSummaryDTO = { queue: QueueName; deadLetters: number } & Record<JobView, number>;
export type JobsOverviewDTO = { queues: QueueSummaryDTO[] } & Record<JobView, JobDTO[]>;

/** How far back "completed recently" goes. */
const RECENT_HOURS = 24;
const LIST_LIMIT = 50;

type Row = {
  id: string;
  name: QueueName;
  state: string;
  retry_count: number;
  retry_limit: number;
  output: unknown;
  data: Record<string, unknown> | null;
  created_on: Date | string;
  start_after: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  release_title: string | null;
  recipient: string | null;
  mail_subject: string | null;
};

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));

const viewOf = (state: string): JobView | 'cancelled' =>
  state === 'created' || state === 'retry'
    ? 'queued'
    : state === 'active'
      ? 'running'
      : state === 'failed'
        ? 'failed'
        : state === 'completed'
          ? 'completed'
          : 'cancelled';

function errorOf(output: unknown): string | null {
  if (!output || typeof output !== 'object') return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === 'string' ? message : null;
}

function toDTO(row: Row): JobDTO {
  const tags = Array.isArray(row.data?.tags) ? (row.data!.tags as string[]) : [];
  const subject =
    row.name === QUEUES.scheduledPublish
      ? (row.release_title ?? String(row.data?.releaseId ?? ''))
      : row.name === QUEUES.notificationMail
        ? [row.recipient, row.mail_subject].filter(Boolean).join(' — ')
        : tags.length > 3
          ? `${tags.slice(0, 3).join(', ')} (+${tags.length - 3})`
          : tags.join(', ');
  const view = viewOf(row.state);
  return {
    id: row.id,
    queue: row.name,
    view,
    attempts: row.state === 'created' ? row.retry_count : row.retry_count + (view === 'queued' ? 0 : 1),
    maxAttempts: row.retry_limit + 1,
    error: view === 'failed' || row.state === 'retry' ? errorOf(row.output) : null,
    subject,
    createdAt: date(row.created_on),
    startAfter: date(row.start_after),
    startedAt: row.started_on ? date(row.started_on) : null,
    completedAt: row.completed_on ? date(row.completed_on) : null,
  };
}

const queueList = sql.join(
  ALL_QUEUES.map((queue) => sql`${queue}`),
  sql`, `,
);

async function listState(condition: ReturnType<typeof sql>, order: ReturnType<typeof sql>): Promise<JobDTO[]> {
  const result = await db.execute(sql`
    select j.id::text, j.name, j.state::text, j.retry_count, j.retry_limit, j.output, j.data,
           j.created_on, j.start_after, j.started_on, j.completed_on,
           r.title as release_title, o.recipient, o.subject as mail_subject
    from pgboss.job j
    left join releases r on j.name = ${QUEUES.scheduledPublish} and r.id::text = j.data->>'releaseId'
    left join outbox o on j.name = ${QUEUES.notificationMail} and o.id::text = j.data->>'messageId'
    where j.name in (${queueList}) and ${condition}
    order by ${order}
    limit ${LIST_LIMIT}`);
  return rowsOf<Row>(result).map(toDTO);
}

/** The job queues at a glance, and the jobs queued, running, failed and completed recently; admins only. */
export async function listJobsForAdmin(): Promise<JobsOverviewDTO> {
  await getCurrentAdmin();
  await jobs();
  const deadQueues = sql.join(
    ALL_QUEUES.map((queue) => sql`${deadLetterOf(queue)}`),
    sql`, `,
  );
  const counts = rowsOf<{ name: string; state: string; n: number }>(
    await db.execute(sql`
      select name, state::text, count(*)::int as n from pgboss.job
      where (name in (${queueList}) and (state <> 'completed' or completed_on > now() - make_interval(hours => ${RECENT_HOURS})))
         or name in (${deadQueues})
      group by name, state`),
  );
  const queues: QueueSummaryDTO[] = ALL_QUEUES.map((queue) => {
    const summary: QueueSummaryDTO = { queue, queued: 0, running: 0, failed: 0, completed: 0, deadLetters: 0 };
    for (const row of counts) {
      if (row.name === deadLetterOf(queue)) summary.deadLetters += Number(row.n);
      if (row.name !== queue) continue;
      const view = viewOf(row.state);
      if (view !== 'cancelled') summary[view] += Number(row.n);
    }
    return summary;
  });
  const [failed, running, queued, completed] = await Promise.all([
    listState(sql`j.state = 'failed'`, sql`j.completed_on desc nulls last`),
    listState(sql`j.state = 'active'`, sql`j.started_on`),
    listState(sql`j.state in ('created', 'retry')`, sql`j.start_after`),
    listState(
      sql`j.state = 'completed' and j.completed_on > now() - make_interval(hours => ${RECENT_HOURS})`,
      sql`j.completed_on desc`,
    ),
  ]);
  return { queues, failed, running, queued, completed };
}

export type JobChangeResult = { ok: true } | { ok: false; reason: 'not_retryable' | 'not_cancellable' };

async function stateOf(
  input: JobRefInput,
): Promise<{ state: string; data: Record<string, unknown> | null } | undefined> {
  const [row] = rowsOf<{ state: string; data: Record<string, unknown> | null }>(
    await db.execute(
      sql`select state::text, data from pgboss.job where name = ${input.queue} and id::text = ${input.id}`,
    ),
  );
  return row;
}

/** Tries a failed job again (its attempts start over); a failed message goes back to pending. Admins only. */
export async function retryJobAsAdmin(input: JobRefInput): Promise<JobChangeResult> {
  await getCurrentAdmin();
  const boss = await jobs();
  const job = await stateOf(input);
  if (job?.state !== 'failed') return { ok: false, reason: 'not_retryable' };
  if (input.queue === QUEUES.notificationMail && typeof job.data?.messageId === 'string')
    await markMessagePending(job.data.messageId);
  if (input.queue === QUEUES.distributionMail && job.data)
    await markDeliveriesQueued(deliveryIdsOf(job.data as DistributionMailJob).filter((id) => typeof id === 'string'));
  await boss.retry(input.queue, input.id);
  return { ok: true };
}

/** Cancels a queued or running job: it is not run (again). Admins only. */
export async function cancelJobAsAdmin(input: JobRefInput): Promise<JobChangeResult> {
  await getCurrentAdmin();
  const boss = await jobs();
  const job = await stateOf(input);
  if (!job || !['created', 'retry', 'active'].includes(job.state)) return { ok: false, reason: 'not_cancellable' };
  await boss.cancel(input.queue, input.id);
  return { ok: true };
}
