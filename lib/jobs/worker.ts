import { isDatabaseUnavailable } from '@/lib/dal/database-unavailable';
import { deliverOutbox } from '@/lib/dal/outbox';
import { publishDueReleases } from '@/lib/dal/scheduler';
import { log } from '@/lib/log';
import { createMailer } from './mailer';
import { refreshPortal } from './portal-refresh';

export type Worker = { stop: () => Promise<void> };

/**
 * The background work of one app instance: publish due embargoed releases, then send mail.
 * Every instance may run one; the database decides who does what (row locks, leases).
 * Ticks never overlap, and an error is logged and retried on the next tick. While the database is
 * out of reach, that is said once when it goes and once when it is back, not on every tick.
 */
export function startWorker({ intervalMs = 1_000 }: { intervalMs?: number } = {}): Worker {
  const send = createMailer();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let databaseDown = false;

  const tick = async () => {
    try {
      for (const outcome of await publishDueReleases()) {
        if (outcome.outcome === 'published' && outcome.publication) await refreshPortal(outcome.publication);
        if (outcome.outcome !== 'already_handled')
          log.info(
            outcome.outcome === 'published' ? { releaseId: outcome.releaseId } : outcome,
            `scheduled release ${outcome.outcome}`,
          );
      }
      if (send) {
        const report = await deliverOutbox(send);
        if (report.sent + report.retrying + report.failed > 0) log.info(report, 'outbox delivered');
      }
      if (databaseDown) log.info('database reachable again: worker resumed');
      databaseDown = false;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        log.error({ err: error }, 'worker tick failed');
      } else if (!databaseDown) {
        databaseDown = true;
        log.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'database unreachable: the worker retries every tick until it is back',
        );
      }
    }
  };

  const loop = () => {
    if (stopped) return;
    running = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, intervalMs);
    });
  };
  loop();
  log.info({ intervalMs, mail: send ? 'smtp' : 'outbox only' }, 'worker started');

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
