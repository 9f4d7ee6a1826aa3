import postgres from 'postgres';
import { closeDatabase, db, type Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

let createdDatabase: { name: string; serverUrl: string } | undefined;

/**
 * A freshly migrated, empty database for the calling test file: an in-memory PGlite, or,
 * when TEST_DATABASE_URL names a PostgreSQL server, a new database there. The setup file
 * drops it after the file's last test.
 */
export async function freshDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `communique_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await withServer(serverUrl, (admin) => admin.unsafe(`create database ${name}`));
    createdDatabase = { name, serverUrl };
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  }
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

async function withServer<T>(serverUrl: string, work: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
