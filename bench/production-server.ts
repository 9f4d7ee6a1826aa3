// Starts `next start` on a freshly seeded embedded database (scripts/e2e-server.mjs) for a
// benchmark, and waits until it answers. Needs a production build (`npm run build`). `env` adds to
// the server's environment (REDIS_URL, for instance); the app purges no edge unless `env` names one.
import { spawn } from 'node:child_process';

export type ProductionServer = { base: string; pid: number; stop: () => void };

export async function startProductionServer(port: string, env: Record<string, string> = {}): Promise<ProductionServer> {
  const base = `http://127.0.0.1:${port}`;
  const launcher = spawn(process.execPath, ['scripts/e2e-server.mjs', port], {
    stdio: 'ignore',
    env: { ...process.env, EDGE_PURGE_URLS: '', ...env },
  });
  const stop = () => void launcher.kill('SIGTERM');
  for (let attempt = 0; attempt < 180; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, pid: launcher.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  stop();
  throw new Error('the server did not start within three minutes');
}
