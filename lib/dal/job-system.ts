import { sql } from 'drizzle-orm';
import { fromDrizzle, fromPglite, PgBoss, type DrizzleTransactionLike } from 'pg-boss';
import { connection, onDatabaseClose, type Transaction } from '@/db/client';
import { log } from '@/lib/log';
import { isDatabaseUnavailable } from './database-unavailable';
import {
  ALL_QUEUES,
  deadLetterOf,
  leaseSeconds,
  NOTIFY_QUEUES,
  RETRY_POLICIES,
  type QueueName,
} from '@/lib/jobs/queues';

/**
 * The process's one pg-boss, on the app's own database: on PGlite through the same embedded
 * instance (`fromPglite`), on PostgreSQL through pg-boss's own small pool. Started once, on first
 * use; it installs its schema (`pgboss`) and the queues if they are missing.
 */
type Holder = { boss?: PgBoss; starting?: Promise<PgBoss> };
const holder = globalThis as typeof globalThis & { __communiqueJobs?: Holder };
const state = (holder.__communiqueJobs ??= {});

function createBoss(): PgBoss {
  const open = connection();
  const common = {
    schedule: false,
    // A job on a queue of NOTIFY_QUEUES wakes the workers listening, in every process, as soon as
    // the transaction that created it commits: a portal refresh waits for no poll.
    useListenNotify: true,
    // How often an expired lease (a worker that died mid-job) is noticed and the job retried.
    superviseIntervalSeconds: Number(process.env.JOB_SUPERVISE_SECONDS ?? 10),
    monitorIntervalSeconds: Number(process.env.JOB_SUPERVISE_SECONDS ?? 10),
  };
  if (open.driver === 'pglite') return new PgBoss({ ...common, db: fromPglite(open.pglite), backend: 'pglite' });
  return new PgBoss({
    ...common,
    connectionString: process.env.DATABASE_URL!,
    max: Number(process.env.JOB_POOL_MAX ?? 4),
    application_name: 'communique-jobs',
  });
}

/** A new job system of its own, started (tests run several workers in one process with it). */
export async function createJobSystem(): Promise<PgBoss> {
  const boss = createBoss();
  // While the database is out of reach every poll fails: said once a minute, not on every poll.
  let unreachableSaidAt = 0;
  boss.on('error', (error) => {
    if (!isDatabaseUnavailable(error)) return log.error({ err: error }, 'job system error');
    if (Date.now() - unreachableSaidAt < 60_000) return;
    unreachableSaidAt = Date.now();
    log.warn({ err: error.message }, 'database unreachable: the job system keeps trying');
  });
  await boss.start();
  const queues = new Map((await boss.getQueues()).map((queue) => [queue.name, queue]));
  for (const name of ALL_QUEUES) {
    const dead = deadLetterOf(name);
    if (!queues.has(dead)) await boss.createQueue(dead, { retentionSeconds: 60 * 60 * 24 * 14 });
    const wanted = queueSettings(name);
    const existing = queues.get(name);
    if (!existing) {
      await boss.createQueue(name, wanted);
      continue;
    }
    // A queue keeps the settings it was created with: a changed policy, lease or environment
    // reaches it here, on the next start.
    const changed = Object.fromEntries(
      Object.entries(wanted).filter(([key, value]) => existing[key as keyof typeof existing] !== value),
    );
    if (Object.keys(changed).length > 0) await boss.updateQueue(name, changed);
  }
  // pg-boss now holds every queue in its cache (loaded at start, added by createQueue): a job sent
  // inside a transaction needs no query outside it.
  return boss;
}

/** What a queue is created with, and brought back to at every start. */
export function queueSettings(name: QueueName) {
  return {
    notify: NOTIFY_QUEUES.includes(name),
    ...RETRY_POLICIES[name],
    retryBackoff: true,
    expireInSeconds: leaseSeconds(),
    deadLetter: deadLetterOf(name),
    deleteAfterSeconds: 60 * 60 * 24 * 7,
    // A queued job is deleted after this long. An embargo may be months ahead; one further
    // still gets its job again from the worker's look for missing jobs.
    retentionSeconds: 60 * 60 * 24 * (name === 'scheduled-publish' ? 366 : 14),
  };
}

async function start(): Promise<PgBoss> {
  const boss = await createJobSystem();
  state.boss = boss;
  return boss;
}

/** The started job system (starts it on first call). Call it before opening a transaction that sends jobs. */
export async function jobs(): Promise<PgBoss> {
  if (state.boss) return state.boss;
  state.starting ??= start().finally(() => (state.starting = undefined));
  return state.starting;
}

/** The started job system, or an error: inside a transaction, starting it could wait on that very transaction. */
export function startedJobs(): PgBoss {
  if (!state.boss) throw new Error('The job system is not started: call jobs() before the transaction.');
  return state.boss;
}

/** pg-boss's `db` option for a drizzle transaction: the job commits or rolls back with it. */
export const inTransaction = (tx: Transaction) => fromDrizzle(tx as unknown as DrizzleTransactionLike, sql);

/** Stops the job system: running handlers finish (up to `timeoutMs`), nothing new is taken. */
export async function stopJobs({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<void> {
  const boss = state.boss ?? (await state.starting?.catch(() => undefined));
  state.boss = undefined;
  if (!boss) return;
  await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
}

onDatabaseClose(() => stopJobs());

/** When the next queued job of a queue is due (ms since the epoch), if one waits for a time to come. */
export async function nextStartAfter(boss: PgBoss, queue: string): Promise<number | undefined> {
  const { rows } = await boss.getDb().executeSql(
    `select (extract(epoch from min(start_after)) * 1000)::float8 as at from pgboss.job
       where name = $1 and state in ('created', 'retry') and start_after > now()`,
    [queue],
  );
  const at = rows[0]?.at;
  return at == null ? undefined : Number(at);
}
