import type { Job, JobResult, PgBoss } from 'pg-boss';
import {
  deliverDistributionBatch,
  deliveryIdsOf,
  type DistributionMail,
  type DistributionMailJob,
} from '@/lib/dal/distributions';
import { deliverMessage, type OutgoingMail } from '@/lib/dal/outbox';
import { publishScheduledRelease } from '@/lib/dal/scheduler';
import { INLINE_PURGE_TIMEOUT_MS, purgeEdgeKeys } from '@/lib/edge/purge';
import { edgePurgeUrls } from '@/lib/edge/surrogate-keys.mjs';
import { log } from '@/lib/log';
import { jobs, nextStartAfter, stopJobs } from '@/lib/dal/job-system';
import { createDistributionMailer, createMailer } from './mailer';
import { createRateLimiter, distributionRatePerSecond } from './rate-limit';
import { refreshPortalTags } from './portal-refresh';
import { QUEUES, RETRY_POLICIES } from './queues';
import { queueMissingJobs } from './recover';
import {
  registerLocalWorker,
  sendEdgePurge,
  type EdgePurgeJob,
  type NotificationMailJob,
  type PortalRefreshJob,
  type ScheduledPublishJob,
} from '@/lib/dal/jobs';

export type Worker = {
  /** Resolves once the worker takes jobs. */
  ready: Promise<void>;
  /** Stops taking jobs; running ones finish, or are released for another worker after `timeoutMs`. */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
};

export type WorkerOptions = {
  /** The job system to work for (default: the process's own). */
  boss?: PgBoss;
  /** How the worker sends mail (default: SMTP_URL; none: mail waits in the outbox). */
  send?: ((mail: OutgoingMail) => Promise<void>) | undefined;
  /** How the worker sends press distribution mail (default: SMTP_URL, pooled; none: deliveries wait). */
  sendDistribution?: ((mail: DistributionMail) => Promise<void>) | undefined;
  /** Press distribution messages a second (default DISTRIBUTION_RATE_PER_SECOND). */
  distributionRatePerSecond?: number;
  /** How often each queue is polled, in seconds (pg-boss's minimum, 0.5, by default). */
  pollingIntervalSeconds?: number;
  /** How often jobs missing for scheduled releases or unsent messages are created (default 5 min). */
  recoverEveryMs?: number;
};

/** The polling interval; a scheduled publish is also woken at its exact time (see armAlarm). */
const POLL_SECONDS = 0.5;
/** Distribution jobs (batches of deliveries) a worker runs at once. */
const DISTRIBUTION_JOBS_AT_ONCE = 2;
/** How often the worker looks for the next embargo time to wake up at. */
const ALARM_RESCAN_MS = 2_000;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs a handler per job of a batch and settles each job on its own (one failure fails only its job). */
function eachJob<T>(handle: (job: Job<T>) => Promise<unknown>) {
  return async (batch: Job<T>[]): Promise<JobResult[]> => {
    const results: JobResult[] = [];
    for (const job of batch) {
      try {
        results.push({ id: job.id, status: 'completed', output: { outcome: (await handle(job)) ?? 'done' } });
      } catch (error) {
        results.push({ id: job.id, status: 'failed', output: { message: errorText(error) } });
      }
    }
    return results;
  };
}

/**
 * The work of one `portal-refresh` job: the app's cached pages carrying these tags expire, then
 * the edges are purged from here at once (their next request renders the page once, afresh). An
 * edge that did not confirm gets an `edge-purge` job, retried on its own, so that a refresh that
 * worked is not done again. Returns how long each step took, kept as the job's output.
 */
async function refreshPortal(tags: string[]) {
  const started = performance.now();
  const refreshed = await refreshPortalTags(tags);
  const refreshedAt = performance.now();
  let edges: 'none' | 'purged' | 'retried in an edge-purge job' = 'none';
  if (edgePurgeUrls().length > 0) {
    try {
      await purgeEdgeKeys(tags, { timeoutMs: INLINE_PURGE_TIMEOUT_MS });
      edges = 'purged';
    } catch (error) {
      log.warn({ err: errorText(error), tags: tags.length }, 'edge purge left to an edge-purge job');
      await sendEdgePurge(tags);
      edges = 'retried in an edge-purge job';
    }
  }
  const ms = (value: number) => Math.round(value * 10) / 10;
  return {
    refreshed,
    edges,
    refreshMs: ms(refreshedAt - started),
    purgeMs: ms(performance.now() - refreshedAt),
  };
}

/**
 * The background work of one process: scheduled publishes, portal refreshes, edge purges and
 * notification mail, each a pg-boss queue polled on its own (a hung SMTP server holds up only
 * mail). Every app instance runs one unless WORKER=off; `npm run worker` runs one apart. pg-boss
 * hands each job to one worker at a time, under a lease (JOB_LEASE_SECONDS): a worker that dies
 * mid-job leaves it to another once the lease has run out. While the database is out of reach,
 * starting is tried again every few seconds.
 */
export function startWorker(options: WorkerOptions = {}): Worker {
  const send = 'send' in options ? options.send : createMailer();
  const sendDistribution = 'sendDistribution' in options ? options.sendDistribution : createDistributionMailer();
  const pace = createRateLimiter(options.distributionRatePerSecond ?? distributionRatePerSecond());
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? POLL_SECONDS;
  let stopped = false;
  let boss: PgBoss | undefined;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  log.info({ pollingIntervalSeconds }, 'worker starting');
  const ready = (async () => {
    for (let attempt = 0; !stopped; attempt += 1) {
      try {
        boss = options.boss ?? (await jobs());
        break;
      } catch (error) {
        if (attempt === 0) log.warn({ err: errorText(error) }, 'job system unreachable: the worker keeps trying');
        await new Promise((resolve) => later(Math.min(500 * 2 ** attempt, 5_000), () => resolve(undefined)));
      }
    }
    if (stopped || !boss) return;
    // Queues with NOTIFY (portal refresh, edge purge) are woken when a job commits; the poll stays
    // as frequent as the others', for retries and for a listener that is down.
    const poll = {
      pollingIntervalSeconds,
      notifyPollingIntervalSeconds: pollingIntervalSeconds,
      perJobResults: true as const,
    };

    const publishWorker = await boss.work<ScheduledPublishJob>(
      QUEUES.scheduledPublish,
      { ...poll, batchSize: 20, burstWhenBatchFull: true },
      eachJob(async (job) => {
        const outcome = await publishScheduledRelease(job.data.releaseId);
        if (outcome.outcome === 'published' || outcome.outcome === 'taken_back')
          log.info({ releaseId: outcome.releaseId, outcome: outcome.outcome }, `scheduled release ${outcome.outcome}`);
        return outcome.outcome;
      }),
    );
    const refreshWorker = await boss.work<PortalRefreshJob>(
      QUEUES.portalRefresh,
      { ...poll, batchSize: 10, burstWhenBatchFull: true },
      eachJob(async (job) => refreshPortal(job.data.tags)),
    );
    const purgeWorker = await boss.work<EdgePurgeJob>(
      QUEUES.edgePurge,
      { ...poll, batchSize: 5 },
      eachJob(async (job) => purgeEdgeKeys(job.data.tags)),
    );
    if (!options.boss) {
      registerLocalWorker(QUEUES.portalRefresh, () => boss?.notifyWorker(refreshWorker));
      registerLocalWorker(QUEUES.edgePurge, () => boss?.notifyWorker(purgeWorker));
    }
    if (send)
      await boss.work<NotificationMailJob>(
        QUEUES.notificationMail,
        { ...poll, batchSize: 5 },
        eachJob<NotificationMailJob>(async (job) =>
          deliverMessage(job.data.messageId, send, {
            lastAttempt: job.retryCount >= RETRY_POLICIES[QUEUES.notificationMail].retryLimit,
          }),
        ),
      );
    if (sendDistribution) {
      const retryLimit = RETRY_POLICIES[QUEUES.distributionMail].retryLimit;
      // Each job is a batch of deliveries; two batches run side by side, so that one's reads and
      // writes overlap the other's sends. Every message waits for the worker's one rate limit.
      await boss.work<DistributionMailJob>(
        QUEUES.distributionMail,
        {
          pollingIntervalSeconds,
          notifyPollingIntervalSeconds: pollingIntervalSeconds,
          batchSize: 1,
          localConcurrency: DISTRIBUTION_JOBS_AT_ONCE,
        },
        async ([job]) =>
          deliverDistributionBatch(deliveryIdsOf(job!.data), sendDistribution, {
            lastAttempt: job!.retryCount >= retryLimit,
            pace,
          }),
      );
    }
    armAlarm(boss, publishWorker);
    const recover = () => {
      if (stopped) return;
      queueMissingJobs()
        .then((created) => {
          if (created.publishes + created.messages + created.deliveries > 0) log.info(created, 'missing jobs created');
        })
        .catch((error) => log.warn({ err: errorText(error) }, 'looking for missing jobs failed'))
        .finally(() => later(options.recoverEveryMs ?? 5 * 60_000, recover));
    };
    recover();
    log.info(
      {
        pollingIntervalSeconds,
        mail: send ? 'smtp' : 'outbox only',
        distribution: sendDistribution ? 'smtp' : 'waiting',
      },
      'worker started',
    );
  })();

  /**
   * pg-boss polls at most every half second; an embargo must go live sooner than that. The worker
   * reads when the next scheduled publish is due and wakes its publish worker at that instant.
   */
  function armAlarm(boss: PgBoss, workerId: string) {
    let alarm: NodeJS.Timeout | undefined;
    let alarmAt = Infinity;
    const rescan = async () => {
      if (stopped) return;
      try {
        const at = (await nextStartAfter(boss, QUEUES.scheduledPublish)) ?? Infinity;
        if (at < alarmAt || alarm === undefined) {
          if (alarm) clearTimeout(alarm);
          alarm = undefined;
          alarmAt = at;
          if (Number.isFinite(at)) {
            alarm = setTimeout(
              () => {
                alarm = undefined;
                alarmAt = Infinity;
                if (stopped) return;
                boss.notifyWorker(workerId);
                // Several releases may share the time; the burst takes them. Then look again.
                void rescan();
              },
              Math.max(0, at - Date.now() + 2),
            );
            timers.add(alarm);
          }
        }
      } catch (error) {
        log.debug({ err: errorText(error) }, 'next embargo time unknown');
      }
    };
    const loop = () => {
      if (stopped) return;
      void rescan().finally(() => later(ALARM_RESCAN_MS, loop));
    };
    loop();
  }

  return {
    ready,
    stop: async ({ timeoutMs = 10_000 } = {}) => {
      stopped = true;
      if (!options.boss) {
        registerLocalWorker(QUEUES.portalRefresh, undefined);
        registerLocalWorker(QUEUES.edgePurge, undefined);
      }
      for (const timer of timers) clearTimeout(timer);
      await ready.catch(() => undefined);
      if (options.boss) await options.boss.stop({ graceful: true, timeout: timeoutMs, close: true });
      else await stopJobs({ timeoutMs });
    },
  };
}
