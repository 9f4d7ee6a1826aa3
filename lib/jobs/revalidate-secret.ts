/**
 * A worker running apart from the app refreshes the portal through POST /api/revalidate, which
 * needs REVALIDATE_SECRET on both sides. In production its absence would leave published releases
 * off the portal's cached pages, so the worker apart (and an app told WORKER=off, which relies on
 * one) refuse to start without it, as the app does without AUTH_SECRET.
 */
export function assertRevalidateSecretForWorkerApart(): void {
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.REVALIDATE_SECRET) return;
  throw new Error(
    'REVALIDATE_SECRET is not set. A worker running apart from the app needs it to refresh the portal: ' +
      'generate one with `openssl rand -base64 33` and set it on the app and on the worker.',
  );
}
