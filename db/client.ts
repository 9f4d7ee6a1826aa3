import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { acquireDataDirLock, releaseDataDirLock } from './pglite-lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DatabaseDriver = 'postgres' | 'pglite';

type Connection =
  | { driver: 'postgres'; db: Database; sql: postgres.Sql }
  | { driver: 'pglite'; db: Database; pglite: PGlite; dataDir: string | undefined };

const IN_MEMORY = 'memory://';

/** Where the embedded database lives: PGLITE_DATA_DIR, `memory://` for a throwaway one, else ./.data/pglite. */
export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

/** Delay before a connection tries again, in seconds: 50 ms doubling per failure, at most 0.5 s. */
export function reconnectDelaySeconds(failures: number): number {
  return Math.min(0.05 * 2 ** failures, 0.5);
}

function connect(copy?: Blob): Connection {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    // Pages that read the database render at request time; a build that gets here is a bug.
    throw new Error('The database was opened during `next build`. Render this route at request time.');
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const sql = postgres(url, {
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
      // After a restart of the server the pool reconnects within half a second: the driver's own
      // backoff grows with every failed attempt of any connection, up to 20 s, during which
      // queries given to a reconnecting connection wait, or hang for good.
      backoff: reconnectDelaySeconds,
      onnotice: () => {},
      connection: { application_name: 'communique' },
    });
    return { driver: 'postgres', sql, db: drizzlePostgres(sql, { schema, casing: 'snake_case' }) };
  }
  const configured = pgliteDataDir();
  const dataDir = configured === IN_MEMORY ? undefined : path.resolve(configured);
  if (dataDir) acquireDataDirLock(dataDir);
  const pglite = new PGlite({ dataDir, loadDataDir: copy, extensions: { unaccent } });
  return { driver: 'pglite', pglite, dataDir, db: drizzlePglite(pglite, { schema, casing: 'snake_case' }) };
}

// Kept on globalThis so that dev-mode module reloads never open a second PGlite on the same directory.
const holder = globalThis as typeof globalThis & { __communiqueDb?: Connection };

/** The open connection, opened on first use (never at import time, so `next build` stays offline). */
export function connection(): Connection {
  holder.__communiqueDb ??= connect();
  return holder.__communiqueDb;
}

/**
 * Opens the in-memory embedded database as a copy of a saved one (`PGlite.dumpDataDir`): a few
 * hundred milliseconds instead of the seconds a new cluster takes to initialise. The test suite
 * saves one migrated database and starts each test file from it.
 */
export function openEmbeddedDatabaseCopy(copy: Blob): void {
  if (holder.__communiqueDb) throw new Error('A database is already open: close it first.');
  if (process.env.DATABASE_URL || pgliteDataDir() !== IN_MEMORY) {
    throw new Error('Only the in-memory embedded database (PGLITE_DATA_DIR=memory://) opens from a copy.');
  }
  holder.__communiqueDb = connect(copy);
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = connection().db;
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

export function databaseDriver(): DatabaseDriver {
  return process.env.DATABASE_URL ? 'postgres' : 'pglite';
}

const beforeClose = new Set<() => Promise<void>>();

/** Runs before the connection closes (the job system stops first: it shares the embedded database). */
export function onDatabaseClose(hook: () => Promise<void>): void {
  beforeClose.add(hook);
}

export async function closeDatabase(): Promise<void> {
  const open = holder.__communiqueDb;
  if (!open) return;
  for (const hook of beforeClose) await hook();
  holder.__communiqueDb = undefined;
  if (open.driver === 'postgres') {
    await open.sql.end({ timeout: 5 });
  } else {
    await open.pglite.close();
    if (open.dataDir) releaseDataDirLock(open.dataDir);
  }
}
