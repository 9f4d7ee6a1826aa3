import { closeDatabase } from '@/db/client';
import { startWorker } from '@/lib/jobs/worker';
import { runScript } from './run-script';

// The app starts the same worker itself; run this one apart with WORKER=off set on the app.
await runScript(async () => {
  const worker = startWorker();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await worker.stop();
      await closeDatabase();
      process.exit(0);
    });
  }
});
