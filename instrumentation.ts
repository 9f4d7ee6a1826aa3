// Refuses to start a production server without the session-signing key, rather than serving
// pages that fail on every request that reads the session.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { authSecret } = await import('@/lib/auth/secret');
  try {
    authSecret();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
