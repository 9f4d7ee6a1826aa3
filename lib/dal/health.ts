import 'server-only';
import { sql } from 'drizzle-orm';
import { db, databaseDriver, type DatabaseDriver } from '@/db/client';

export type DependencyHealth = { status: 'up' | 'down'; latencyMs: number; error?: string };

const PROBE_TIMEOUT_MS = 2_000;

/** A round trip to the database, bounded in time so that a hung connection reads as down. */
export async function checkDatabase(): Promise<DependencyHealth & { driver: DatabaseDriver }> {
  const started = performance.now();
  const driver = databaseDriver();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', driver, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'down', driver, latencyMs: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}
