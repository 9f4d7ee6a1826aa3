import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { closeDatabase, connection } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { stopJobs } from '@/lib/dal/job-system';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database, migrated once for the whole run, that each test file's database copies. */
    migratedPostgresTemplate: string | null;
    /** A file holding a migrated in-memory embedded database (`PGlite.dumpDataDir`), for the same use. */
    migratedPgliteCopy: string | null;
  }
}

/**
 * Migrates one database before any test file runs, so that each file's own database starts as a
 * copy of it instead of initialising and migrating again (seconds per file on the embedded one).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `communique_template_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await withServer(serverUrl, (admin) => admin.unsafe(`create database ${name}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    try {
      await migrateDatabase();
    } finally {
      await closeDatabase();
      delete process.env.DATABASE_URL;
    }
    project.provide('migratedPostgresTemplate', name);
    project.provide('migratedPgliteCopy', null);
    return async () => {
      await withServer(serverUrl, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
    };
  }

  const previous = process.env.PGLITE_DATA_DIR;
  process.env.PGLITE_DATA_DIR = 'memory://';
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-tests-'));
  const file = path.join(directory, 'migrated.tar');
  try {
    await migrateDatabase();
    await stopJobs();
    const open = connection();
    if (open.driver !== 'pglite') throw new Error('The embedded database was expected.');
    const copy = await open.pglite.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await copy.arrayBuffer()));
  } finally {
    await closeDatabase();
    if (previous === undefined) delete process.env.PGLITE_DATA_DIR;
    else process.env.PGLITE_DATA_DIR = previous;
  }
  project.provide('migratedPostgresTemplate', null);
  project.provide('migratedPgliteCopy', file);
  return async () => fs.rmSync(directory, { recursive: true, force: true });
}

export async function withServer<T>(serverUrl: string, work: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
