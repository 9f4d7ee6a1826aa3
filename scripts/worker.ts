import { closeDatabase } from '@/db/client';
import { assertRevalidateSecretForWorkerApart } from '@/lib/jobs/revalidate-secret';
import { startWorker } from '@/lib/jobs/worker';
import { log } from '@/lib/log';
import { runScript } from './run-script';

// The app starts the same worker itself; run this one apart with WORKER=off set on the app.
await runScript(async () => {
  try {
    assertRevalidateSecretForWorkerApart();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const worker = startWorker();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      // Takes no new job; running ones finish, or go back to the queue after the grace period.
      log.info({ signal }, 'worker stopping');
      await worker.stop({ timeoutMs: Number(process.env.WORKER_STOP_TIMEOUT_MS ?? 10_000) });
      await closeDatabase();
      log.info('worker stopped');
      process.exit(0);
    });
  }
});
