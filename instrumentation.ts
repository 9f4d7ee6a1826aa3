export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Refuses to start a production server without the session-signing key, rather than serving
  // pages that fail on every request that reads the session.
  const { authSecret } = await import('@/lib/auth/secret');
  try {
    authSecret();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // Each instance runs the worker unless told not to (WORKER=off, e.g. when `npm run worker` runs apart).
  if (process.env.WORKER !== 'off' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startWorker } = await import('@/lib/jobs/worker');
    startWorker();
  }
}
