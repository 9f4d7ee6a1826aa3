// Tells a database that cannot be reached (down, restarting, connection cut) from any other failure,
// so that callers can answer "try again shortly" instead of an error page.

// SQLSTATE class 08 (connection exception) and the shutdown codes of class 57: admin_shutdown,
// crash_shutdown, cannot_connect_now ("the database system is starting up / shutting down").
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
// Node's socket errors and the postgres driver's own connection errors.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** Whether `error`, or an error it wraps (Drizzle wraps the driver's in `cause`), says the database is out of reach. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return true;
  }
  return false;
}
