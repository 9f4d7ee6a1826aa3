// Serves the production build for the end-to-end suite on a fresh embedded database, or on the
// empty PostgreSQL database that E2E_DATABASE_URL names (a benchmark's throwaway one). With Varnish
// installed, it purges the edge that e2e/edge.spec.ts starts in front of it (E2E_EDGE_PORT, default
// 6181: a Varnish installed as a service takes 6081), unless EDGE_PURGE_URLS is given (even empty).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.argv[2] ?? '3100';
const dataDir = path.resolve('.data', 'e2e');
fs.rmSync(dataDir, { recursive: true, force: true });

const varnishInstalled = spawnSync('sh', ['-c', 'command -v varnishd || test -x /usr/sbin/varnishd']).status === 0;
const edge =
  varnishInstalled && process.env.EDGE_PURGE_URLS === undefined
    ? {
        EDGE_PURGE_URLS: `http://127.0.0.1:${process.env.E2E_EDGE_PORT ?? '6181'}`,
        EDGE_PURGE_SECRET: process.env.E2E_EDGE_PURGE_SECRET ?? 'e2e-only-edge-purge-secret',
      }
    : {};

const env = {
  ...process.env,
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
  PGLITE_DATA_DIR: path.join(dataDir, 'pglite'),
  MEDIA_DIR: path.join(dataDir, 'media'),
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production-000000',
  AUTH_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: 'production',
  INTERNAL_URL: `http://127.0.0.1:${port}`,
  SITE_URL: `http://127.0.0.1:${port}`,
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? 'e2e-only-revalidate-secret',
  // Purges of the edge, which runs only while e2e/edge.spec.ts does, fail and are retried the rest of
  // the time: their warnings would bury the suite's own output.
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  // e2e/paste.spec.ts serves "another website's" images on this machine: the import refuses loopback
  // addresses unless their host and port are listed here (never set in production).
  MEDIA_IMPORT_ALLOW_HOSTS: process.env.MEDIA_IMPORT_ALLOW_HOSTS ?? `127.0.0.1:${Number(port) + 2000}`,
  ...edge,
};

for (const script of [['scripts/migrate.ts'], ['scripts/seed.ts', '--demo']]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './scripts/server-only-outside-next.mjs', ...script],
    { env, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port, '--hostname', '127.0.0.1'], {
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
