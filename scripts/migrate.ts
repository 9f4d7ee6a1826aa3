import { closeDatabase, databaseDriver } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { runScript } from './run-script';

await runScript(async () => {
  await migrateDatabase();
  console.log(`Database migrated (${databaseDriver()}).`);
  await closeDatabase();
});
