import { authSecret } from '@/lib/auth/secret';
import { assertRevalidateSecretForWorkerApart } from '@/lib/jobs/revalidate-secret';
import { startWorker } from '@/lib/jobs/worker';

/** What a Node.js app instance does once at start-up, before serving requests. */
export function startServer(): void {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const workerApart = process.env.WORKER === 'off';
  // Refuse to start a production server without the session-signing key, rather than serving
  // pages that fail on every request that reads the session; and, when a worker runs apart
  // (`npm run worker`), without the key it refreshes the portal with.
  try {
    authSecret();
    if (workerApart) assertRevalidateSecretForWorkerApart();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // Each instance runs the worker unless told not to; its portal refreshes then need no HTTP request.
  if (!workerApart) startWorker();
}
