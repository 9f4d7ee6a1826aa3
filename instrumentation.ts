// Refuses to start a production server without the session-signing key, rather than failing
// on the first sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { authSecret } = await import('@/lib/auth/secret');
  authSecret();
}
