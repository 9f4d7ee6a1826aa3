import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

// The edge the end-to-end server purges (scripts/e2e-server.mjs gives it EDGE_PURGE_URLS and the
// secret when varnishd is installed): `npm run edge` in front of that server, started by the spec.
export const EDGE_PORT = Number(process.env.E2E_EDGE_PORT ?? 6181);
export const EDGE_ADMIN_PORT = Number(process.env.E2E_EDGE_ADMIN_PORT ?? EDGE_PORT + 1);
export const EDGE_SECRET = process.env.E2E_EDGE_PURGE_SECRET ?? 'e2e-only-edge-purge-secret';
export const EDGE_ORIGIN = `http://127.0.0.1:${EDGE_PORT}`;
const APP_PORT = Number(process.env.E2E_PORT ?? 3100);

export function varnishdInstalled(): boolean {
  return spawnSync('sh', ['-c', 'command -v varnishd || test -x /usr/sbin/varnishd']).status === 0;
}

export type Edge = { pid: number; stop: () => Promise<void> };
type EdgeOptions = { port?: number; adminPort?: number; backends?: number[]; secret?: string };

/** Starts the edge as `npm run edge` does and resolves once it answers (its cache is empty then). */
export async function startEdge({
  port = EDGE_PORT,
  adminPort = EDGE_ADMIN_PORT,
  backends = [APP_PORT],
  secret = EDGE_SECRET,
}: EdgeOptions = {}): Promise<Edge> {
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'scripts/edge.mjs',
      '--listen',
      `127.0.0.1:${port}`,
      '--admin',
      `127.0.0.1:${adminPort}`,
      ...backends.flatMap((backend) => ['--backend', `127.0.0.1:${backend}`]),
      '--storage',
      '64m',
    ],
    { env: { ...process.env, EDGE_PURGE_SECRET: secret }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the edge did not start:\n${output}`);
    const answered = await fetch(`${origin}/robots.txt`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) break;
    if (waited > 20_000) throw new Error(`the edge did not answer within 20 s:\n${output}`);
    await sleep(100);
  }
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
