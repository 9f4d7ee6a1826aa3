import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// Starts and stops what a multi-instance test needs: a throwaway Redis and `next start` instances
// of the current build (run `next build` first) sharing one database, one Redis and one set of secrets.
// Every process writes its output to .data/cluster-test/<name>.log, read after a failure.

export const LOG_DIR = path.resolve('.data', 'cluster-test');

export interface Started {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop: () => Promise<void>;
}

export interface RedisServer extends Started {
  port: number;
  url: string;
}

export interface Instance extends Started {
  port: string;
  url: string;
}

export interface Cluster {
  redis: RedisServer;
  instances: Instance[];
  /** The environment every instance was started with (without its own PORT and addresses). */
  env: NodeJS.ProcessEnv;
  /** Stops every instance, then Redis. */
  stop: () => Promise<void>;
}

/** What a browser says of a request from the app's own pages: state-changing route handlers refuse others. */
export const SAME_SITE = { 'sec-fetch-site': 'same-origin' } as const;

export const logFile = (name: string) => path.join(LOG_DIR, `${name}.log`);

/** Starts a process whose output goes to .data/cluster-test/<name>.log. */
export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const file = logFile(name);
  const descriptor = fs.openSync(file, 'w');
  const child = spawn(command, args, { env, stdio: ['ignore', descriptor, descriptor] });
  fs.closeSync(descriptor);
  return { name, child, logFile: file, stop: () => stopProcess(child) };
}

/** SIGTERM, then SIGKILL after five seconds; resolves once the process has exited. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** A GET that neither follows redirects nor waits forever. */
export const get = (base: string, pathname: string, init: RequestInit = {}) =>
  fetch(new URL(pathname, base), { redirect: 'manual', signal: AbortSignal.timeout(20_000), ...init });

/**
 * Requests a page until the instance serves it from the shared cache. A first request renders the
 * page and stores it after answering: a change made before that write lands would race it.
 */
export async function cachedOn(base: string, pathname: string): Promise<void> {
  await waitFor(
    async () => {
      const response = await get(base, pathname);
      await response.text();
      return response.status === 200 && response.headers.get('x-nextjs-cache') === 'HIT';
    },
    `${base}${pathname} from the cache`,
    10_000,
  );
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** A `redis-server` on a random port, without persistence; resolves once it accepts connections. */
export async function startRedis(port = 16_000 + Math.floor(Math.random() * 10_000)): Promise<RedisServer> {
  const started = startProcess(
    'redis',
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    process.env,
  );
  await waitFor(() => listening(port), `redis-server on port ${port}`, 10_000);
  return { ...started, port, url: `redis://127.0.0.1:${port}` };
}

/** The environment every instance shares: one database, one Redis, the same secrets. */
export function sharedEnvironment({
  databaseUrl,
  redis,
  revalidateSecret,
}: {
  databaseUrl: string;
  redis: RedisServer;
  revalidateSecret: string;
}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `communique-cluster-test-${redis.port}:`,
    AUTH_SECRET: randomBytes(33).toString('base64'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    REVALIDATE_SECRET: revalidateSecret,
    MEDIA_DIR: fs.mkdtempSync(path.join('/tmp', 'communique-cluster-media-')),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
}

/** One `next start` of the current build on a port, its worker calling back to itself. */
export function startInstance(port: string, env: NodeJS.ProcessEnv): Instance {
  const url = `http://127.0.0.1:${port}`;
  const started = startProcess(
    `instance-${port}`,
    process.execPath,
    // As `npm start` serves it: behind the small server that sets the client's address.
    [path.resolve('scripts/serve.mjs'), '--port', port, '--hostname', '127.0.0.1'],
    {
      ...env,
      PORT: port,
      INTERNAL_URL: url,
      AUTH_URL: url,
      SITE_URL: url,
    },
  );
  return { ...started, port, url };
}

export const healthy = (instance: Instance, timeoutMs = 90_000) =>
  waitFor(async () => (await get(instance.url, '/api/health')).ok, `${instance.url}/api/health`, timeoutMs);

/**
 * Redis plus one instance per port, on a database that is already migrated (and seeded as the test
 * needs); resolves once every instance answers its health check.
 */
export async function startCluster({
  ports,
  databaseUrl,
  revalidateSecret = randomBytes(24).toString('base64url'),
}: {
  ports: string[];
  databaseUrl: string;
  revalidateSecret?: string;
}): Promise<Cluster> {
  if (!fs.existsSync(path.resolve('.next', 'BUILD_ID')))
    throw new Error('No production build: run `npx next build` first.');
  const redis = await startRedis();
  const env = sharedEnvironment({ databaseUrl, redis, revalidateSecret });
  const instances = ports.map((port) => startInstance(port, env));
  const stop = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await redis.stop();
  };
  try {
    await Promise.all(instances.map((instance) => healthy(instance)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { redis, instances, env, stop };
}

/** The ports of CLUSTER_PORTS (comma-separated), or the defaults. */
export function clusterPorts(defaults = ['3001', '3002']): string[] {
  return process.env.CLUSTER_PORTS ? process.env.CLUSTER_PORTS.split(',').map((port) => port.trim()) : defaults;
}

/** Signs in through Auth.js's credentials form on one instance; answers the session's cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await get(base, '/api/auth/csrf');
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL('/api/auth/callback/credentials', base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header(), ...SAME_SITE },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/workspace' }),
  });
  const answer = await response.text();
  keep(response);
  if (![...jar.keys()].some((name) => name.includes('session-token')))
    throw new Error(`${email} could not sign in on ${base} (${response.status}: ${answer.slice(0, 200)})`);
  return header();
}
