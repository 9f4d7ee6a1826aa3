import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { jobs } from '@/lib/dal/job-system';
import { connection } from './client';

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
// Any constant works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK_KEY = 4_126_001;

/**
 * Applies the committed drizzle-kit migrations, then installs the job system's own schema
 * (`pgboss`, versioned by pg-boss) and its queues; safe to run from several instances at once.
 */
export async function migrateDatabase(): Promise<void> {
  await migrateTables();
  await jobs();
}

async function migrateTables(): Promise<void> {
  const open = connection();
  if (open.driver === 'pglite') {
    await migratePglite(open.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  // One dedicated connection, so the advisory lock and the migration share a session.
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(sql), { migrationsFolder });
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => undefined);
    await sql.end({ timeout: 5 });
  }
}
