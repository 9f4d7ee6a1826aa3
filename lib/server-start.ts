import { authSecret } from '@/lib/auth/secret';
import { startWorker } from '@/lib/jobs/worker';

/** What a Node.js app instance does once at start-up, before serving requests. */
export function startServer(): void {
  // Refuse to start a production server without the session-signing key, rather than serving
  // pages that fail on every request that reads the session.
  try {
    authSecret();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // Each instance runs the worker unless told not to (WORKER=off, e.g. when `npm run worker` runs apart).
  if (process.env.WORKER !== 'off' && process.env.NEXT_PHASE !== 'phase-production-build') startWorker();
}
