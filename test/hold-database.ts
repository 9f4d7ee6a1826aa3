// Opens the embedded database named by PGLITE_DATA_DIR and keeps it open until stdin closes,
// standing in for a running app server in the lock tests.
import { sql } from 'drizzle-orm';
import { closeDatabase, db } from '@/db/client';

await db.execute(sql`select 1`);
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', async () => {
  await closeDatabase();
  process.exit(0);
});
