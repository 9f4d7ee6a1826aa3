// Throughput of a cached release page on one `next start` on PostgreSQL, without and then with the
// shared cache in Redis (REDIS_URL: lib/cache/redis-cache-handler.mjs), in the same run, and the
// server's resident memory under that load; and, for comparison, on the embedded database, whose
// engine runs inside the server process. Needs a production build (`npm run build`), `redis-server`
// and a PostgreSQL server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres)
// where it creates a throwaway database per case. Usage: npm run bench:redis-cache [-- --port 3192 --rounds 2]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { DEMO_RELEASES } from '../db/seed/demo-releases';
import { loadAverage } from './load-average';
import { startProductionServer } from './production-server';
import { cpuMs, sampleRss, serverPid } from './server-process';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3192' }, rounds: { type: 'string', default: '2' } },
});
const port = values.port!;
const release = DEMO_RELEASES.find((candidate) => candidate.key === 'panama-labour-corridor-fr')!;
const PAGE = `/fr/news/${release.slug}`;
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARM_UP_S = 3;
const RSS_GOAL_MB = 400;
// Other work on a shared machine only ever slows a round down: each case runs ROUNDS times, alternating, and its best round counts.
const ROUNDS = Number(values.rounds);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const run = (duration: number) =>
  autocannon({ url: `http://127.0.0.1:${port}${PAGE}`, connections: CONNECTIONS, duration });

async function startRedis(): Promise<{ url: string; process: ChildProcess }> {
  const redisPort = 16_000 + Math.floor(Math.random() * 10_000);
  const child = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${redisPort}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const ping = spawn('redis-cli', ['-p', String(redisPort), 'ping'], { stdio: 'ignore' });
    if ((await new Promise((resolve) => ping.on('exit', resolve))) === 0) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('redis-server did not start');
}

/** A throwaway PostgreSQL database for one case, dropped afterwards. */
async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `communique_redis_cache_${Date.now().toString(36)}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    return await work(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** Runs the load on a fresh server with `env`, then stops the server and waits until it has exited. */
async function measure(env: Record<string, string>) {
  const server = await startProductionServer(port, { LOG_LEVEL: 'warn', ...env });
  const pid = serverPid(server.pid);
  try {
    const idleRssMb = Math.round(sampleRss(pid).stop().peakMb);
    await run(WARM_UP_S);
    const cpuBefore = cpuMs(pid);
    const rss = sampleRss(pid);
    const result = await run(DURATION_S);
    const memory = rss.stop();
    const cache = (await fetch(`http://127.0.0.1:${port}${PAGE}`)).headers.get('x-nextjs-cache');
    return {
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      serverCpuPerRequestMs: Number(((cpuMs(pid) - cpuBefore) / result.requests.total).toFixed(3)),
      non2xx: result.non2xx,
      errors: result.errors,
      cacheHeaderAfterLoad: cache,
      rssMb: { idle: idleRssMb, peakUnderLoad: memory.peakMb, meanUnderLoad: memory.meanMb, samples: memory.samples },
    };
  } finally {
    server.stop();
    while (fs.existsSync(`/proc/${pid}`)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const redis = await startRedis();
try {
  const loadAverageAtStart = loadAverage();
  const cases: Record<string, () => ReturnType<typeof measure>> = {
    'PostgreSQL, in-process cache (no REDIS_URL)': () =>
      withDatabase((url) => measure({ E2E_DATABASE_URL: url, REDIS_URL: '' })),
    'PostgreSQL, Redis cache handler (REDIS_URL)': () =>
      withDatabase((url) =>
        measure({ E2E_DATABASE_URL: url, REDIS_URL: redis.url, REDIS_KEY_PREFIX: `communique-bench-${Date.now()}:` }),
      ),
    'embedded PGlite, in-process cache': () => measure({ REDIS_URL: '' }),
  };
  const rounds: Record<string, Awaited<ReturnType<typeof measure>>[]> = Object.fromEntries(
    Object.keys(cases).map((name) => [name, []]),
  );
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, run] of Object.entries(cases)) rounds[name]!.push(await run());
  const results = Object.fromEntries(
    Object.entries(rounds).map(([name, runs]) => [
      name,
      {
        ...runs.reduce((best, run) => (run.requestsPerSecond > best.requestsPerSecond ? run : best)),
        requestsPerSecondByRound: runs.map((run) => Math.round(run.requestsPerSecond)),
      },
    ]),
  );
  const [local, shared] = Object.values(results);
  if (!local || !shared) throw new Error('missing a case');
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} CPUs`,
    loadAverageAtStart,
    loadAverageAtEnd: loadAverage(),
    settings: {
      page: PAGE,
      rounds: ROUNDS,
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      warmUpSeconds: WARM_UP_S,
      database: 'demo newsroom',
    },
    results,
    throughputRatioWithRedis: Number((shared!.requestsPerSecond / local!.requestsPerSecond).toFixed(3)),
    goal: { peakRssMb: RSS_GOAL_MB },
  };
  fs.writeFileSync(path.join('bench', 'results', 'redis-cache.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(results).map(
    ([name, r]) =>
      `| ${name} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${r.serverCpuPerRequestMs} | ${r.rssMb.idle} | ${r.rssMb.peakUnderLoad} | ${r.rssMb.meanUnderLoad} | ${r.non2xx} | ${r.cacheHeaderAfterLoad} | ${r.requestsPerSecondByRound.join(', ')} |`,
  );
  fs.writeFileSync(
    path.join('bench', 'results', 'redis-cache.md'),
    [
      `# Cached release page with and without the Redis cache (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `\`${PAGE}\` on one \`next start\`, autocannon, ${CONNECTIONS} connections, ${DURATION_S} s after a ${WARM_UP_S} s warm-up, each case on a freshly started server, ${ROUNDS} rounds alternating between the cases, the best round of each shown (req/s of every round in the last column). RSS is the \`next-server\` process's, sampled every 250 ms. Goal: peak RSS ≤ ${RSS_GOAL_MB} MB.`,
      '',
      `Load average: ${report.loadAverageAtStart} at the start, ${report.loadAverageAtEnd} at the end.`,
      '',
      '| database, cache | req/s | p50 ms | p99 ms | server CPU ms/request | RSS idle MB | RSS peak MB | RSS mean MB | non-2xx | x-nextjs-cache | req/s by round |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Throughput with Redis: ${report.throughputRatioWithRedis} of the in-process cache's, both on PostgreSQL. The embedded database runs inside the server process and adds to its RSS.`,
      '',
    ].join('\n'),
  );
  console.log(JSON.stringify(report, null, 2));
} finally {
  redis.process.kill();
}
