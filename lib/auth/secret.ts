const DEVELOPMENT_SECRET = 'communique-development-only-secret';

/**
 * The key that signs session cookies. Production must set AUTH_SECRET: a built-in default would
 * let anyone who reads the source forge a session.
 */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error(
      'AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment.',
    );
  }
  return DEVELOPMENT_SECRET;
}
