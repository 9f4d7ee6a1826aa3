import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The command line of `npm run worker`, without the leading `node`. */
function workerArguments(): string[] {
  const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  const [node, ...args] = scripts.worker!.split(' ');
  expect(node).toBe('node');
  return args;
}

describe('npm run worker', () => {
  it('starts outside Next with the DAL, its notifications and its translations loaded', async () => {
    // An unreachable database: the worker must start (and log its failed ticks), not fail to load.
    const worker = spawn(process.execPath, workerArguments(), {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', SMTP_URL: '' },
    });
    let output = '';
    const outcome = await new Promise<string>((resolve) => {
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('worker starting')) resolve('started');
      };
      worker.stdout.on('data', collect);
      worker.stderr.on('data', collect);
      worker.on('exit', (code) => resolve(`exited with ${code}`));
    });
    worker.kill('SIGKILL');
    expect(outcome, output).toBe('started');
  }, 60_000);

  it('refuses to start in production without REVALIDATE_SECRET, which it refreshes the portal with', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', AUTH_SECRET: 'test-only', SMTP_URL: '' };
    delete env.REVALIDATE_SECRET;
    const worker = spawn(process.execPath, workerArguments(), { env });
    let output = '';
    worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => worker.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('REVALIDATE_SECRET is not set');
  }, 60_000);
});
