// Throughput of cached portal pages as a ratio to a trivial static route on the same `next start`.
// Needs a production build (`npm run build`). Usage: npm run bench:throughput -- [port]
// Beside requests per second, it records the server's CPU time per request (from /proc), which
// other processes on a shared machine disturb far less than throughput.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_RELEASES } from '../db/seed/demo-releases.ts';
import { startProductionServer } from './production-server.ts';
import { cpuMs, serverPid } from './server-process.ts';

const port = process.argv[2] ?? '3190';
const base = `http://127.0.0.1:${port}`;
const release = DEMO_RELEASES.find((candidate) => candidate.key === 'panama-labour-corridor-fr');
const TARGETS = {
  'static route (/api/static-probe)': '/api/static-probe',
  'release page (cached)': `/fr/news/${release.slug}`,
  'news listing (/fr/news)': '/fr/news',
  'home (/fr)': '/fr',
};
const CONNECTIONS = 50;
const DURATION_S = 10;

const run = (url, duration) => autocannon({ url: base + url, connections: CONNECTIONS, duration });

const server = await startProductionServer(port);
try {
  const pid = serverPid(server.pid);
  const results = {};
  for (const [name, url] of Object.entries(TARGETS)) {
    await run(url, 3); // warm-up: renders the page once and fills the cache
    const cpuBefore = cpuMs(pid);
    const result = await run(url, DURATION_S);
    const cpuPerRequestMs = (cpuMs(pid) - cpuBefore) / result.requests.total;
    results[name] = {
      url,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      serverCpuPerRequestMs: Number(cpuPerRequestMs.toFixed(3)),
      non2xx: result.non2xx,
      errors: result.errors,
    };
    console.log(`${name}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms`);
  }
  const staticRps = results['static route (/api/static-probe)'].requestsPerSecond;
  const staticCpu = results['static route (/api/static-probe)'].serverCpuPerRequestMs;
  for (const entry of Object.values(results)) {
    entry.ratioToStatic = Number((entry.requestsPerSecond / staticRps).toFixed(3));
    entry.cpuRatioToStatic = Number((staticCpu / entry.serverCpuPerRequestMs).toFixed(3));
  }

  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} CPUs`,
    loadAverage: os.loadavg().map((value) => value.toFixed(2)).join(', '),
    settings: { connections: CONNECTIONS, durationSeconds: DURATION_S, warmUpSeconds: 3, database: 'PGlite (demo newsroom)' },
    results,
  };
  fs.writeFileSync(path.join('bench', 'results', 'throughput.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(results).map(
    ([name, r]) =>
      `| ${name} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${r.ratioToStatic} | ${r.serverCpuPerRequestMs} | ${r.cpuRatioToStatic} | ${r.non2xx} |`,
  );
  fs.writeFileSync(
    path.join('bench', 'results', 'throughput.md'),
    [
      `# Throughput (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route after a 3 s warm-up, one \`next start\`. Goal: ratio ≥ 0.9.`,
      '',
      `Load average when it started: ${report.loadAverage}. The server's CPU per request is the steadier figure on a shared machine.`,
      '',
      '| route | req/s | p50 ms | p99 ms | ratio to static | server CPU ms/request | CPU ratio to static | non-2xx |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  server.stop();
}
