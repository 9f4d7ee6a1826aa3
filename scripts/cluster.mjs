// Serves the production build as two app instances on one PostgreSQL and one Redis, the way a
// load balancer would see them: `npm run cluster [-- portA portB]` after `next build`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ports = [process.argv[2] ?? '3001', process.argv[3] ?? '3002'];

const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(
    `npm run cluster needs ${missing.join(' and ')}.\n` +
      'Several instances must share one PostgreSQL (the embedded PGlite database belongs to a single process)\n' +
      'and one Redis (the cache that carries a publish to every instance), e.g.\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/communique REDIS_URL=redis://127.0.0.1:6379 npm run cluster',
  );
  process.exit(1);
}
if (!fs.existsSync(path.resolve('.next', 'BUILD_ID'))) {
  console.error('No production build: run `npx next build` first. Both instances serve the same build.');
  process.exit(1);
}

// Every instance must share these; a value generated here lasts for this run only.
const shared = {
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString('base64'),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
    process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(24).toString('base64url'),
  MEDIA_DIR: path.resolve(process.env.MEDIA_DIR ?? path.join('.data', 'media')),
  NODE_ENV: 'production',
};

const migration = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
  env: { ...process.env, ...shared },
  stdio: 'inherit',
});
if (migration.status !== 0) process.exit(migration.status ?? 1);

const instances = ports.map((port) => {
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, ...shared, PORT: port, INTERNAL_URL: url, AUTH_URL: process.env.AUTH_URL ?? url };
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', port, '--hostname', '127.0.0.1'], {
    env,
    stdio: 'inherit',
  });
  return { url, child };
});
console.log(
  `Communiqué runs as two instances:\n${instances.map(({ url }) => `  ${url}`).join('\n')}\nCtrl-C stops both.`,
);

let stopping = false;
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const { child } of instances) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
// One instance dying takes the other down too: a half cluster would hide the failure.
for (const { child } of instances) {
  child.on('exit', (code) => {
    stopAll('SIGTERM');
    if (instances.every((instance) => instance.child.exitCode !== null || instance.child.signalCode !== null))
      process.exit(code ?? 0);
  });
}
