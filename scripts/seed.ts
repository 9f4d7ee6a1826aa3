import { closeDatabase, databaseDriver, db } from '@/db/client';
import { hasContent, seedDemo } from '@/db/seed';
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, demoEmail } from '@/db/seed/demo-accounts';
import { seedDemoLegacyArchive } from '@/db/seed/demo-legacy';
import { runScript } from './run-script';

const args = new Set(process.argv.slice(2));
const usage = 'Usage: npm run db:seed -- [--if-empty] [--demo]';

for (const arg of args) {
  if (!['--if-empty', '--demo'].includes(arg)) {
    console.error(`Unknown option ${arg}\n${usage}`);
    process.exit(2);
  }
}

if (process.env.NODE_ENV === 'production' && !args.has('--demo')) {
  console.error(
    'Refusing to create demo accounts with a known password in production. Pass --demo if this is a demo site.',
  );
  process.exit(1);
}

function printAccounts(password: string) {
  console.log('\nDemo accounts (password: %s):', password === DEFAULT_DEMO_PASSWORD ? password : 'from DEMO_PASSWORD');
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${demoEmail(account.key).padEnd(30)} ${account.role.padEnd(7)} ${account.office}`);
  }
  console.log('');
}

await runScript(async () => {
  const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  if (args.has('--if-empty') && (await hasContent(db))) {
    console.log(`Database already has content (${databaseDriver()}); demo seed skipped.`);
  } else {
    const report = await seedDemo(db, { password, images: true });
    console.log(`Demo content seeded (${databaseDriver()}):`, report);
    const imported = await seedDemoLegacyArchive();
    console.log(
      'Demo archive imported: %d files, %d published, %d to review',
      imported.files.length,
      imported.files.filter((file) => file.state === 'published').length,
      imported.counts.needsReview,
    );
  }
  printAccounts(password);
  await closeDatabase();
});
