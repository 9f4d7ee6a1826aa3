import fs from 'node:fs';
import { inject } from 'vitest';
import { closeDatabase, db, openEmbeddedDatabaseCopy, type Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { withServer } from './global-setup';

let createdDatabase: { name: string; serverUrl: string } | undefined;

/**
 * A freshly migrated, empty database for the calling test file: an in-memory PGlite, or,
 * when TEST_DATABASE_URL names a PostgreSQL server, a new database there. Both start as a copy
 * of the one test/global-setup.ts migrated for the run. The setup file drops it after the
 * file's last test.
 */
export async function freshDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `communique_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const template = inject('migratedPostgresTemplate');
    await withServer(serverUrl, (admin) =>
      admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`),
    );
    createdDatabase = { name, serverUrl };
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    const copy = inject('migratedPgliteCopy');
    if (copy) openEmbeddedDatabaseCopy(new Blob([fs.readFileSync(copy)]));
  }
  // Applies nothing on a copy, but starts the job system, and migrates in full without one.
  await migrateDatabase();
  return db;
}

export async function disposeTestDatabase(): Promise<void> {
  await closeDatabase();
  if (!createdDatabase) return;
  const { name, serverUrl } = createdDatabase;
  createdDatabase = undefined;
  delete process.env.DATABASE_URL;
  await withServer(serverUrl, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
}
