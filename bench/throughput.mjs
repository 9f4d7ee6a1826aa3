// Throughput of cached portal pages as a ratio to a trivial static route on the same `next start`.
// Needs a production build (`npm run build`). Usage: npm run bench:throughput -- [port]
// Beside requests per second, it records the server's CPU time per request (from /proc), which
// other processes on a shared machine disturb far less than throughput.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_RELEASES } from '../db/seed/demo-releases.ts';
import { loadAverage } from './load-average.ts';
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
const WARM_UP_S = 3;
// Other work on a shared machine comes and goes over minutes: every route is measured in each
// round, one after the other, and each figure is the median of its rounds.
const ROUNDS = Number(process.env.THROUGHPUT_ROUNDS ?? 5);

const run = (url, duration) => autocannon({ url: base + url, connections: CONNECTIONS, duration });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startProductionServer(port);
try {
  const pid = serverPid(server.pid);
  const rounds = Object.fromEntries(Object.keys(TARGETS).map((name) => [name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, url] of Object.entries(TARGETS)) {
      await run(url, WARM_UP_S); // renders the page on its first visit and fills the cache
      const cpuBefore = cpuMs(pid);
      const result = await run(url, DURATION_S);
      rounds[name].push({
        requestsPerSecond: result.requests.average,
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        serverCpuPerRequestMs: (cpuMs(pid) - cpuBefore) / result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
      });
      console.log(`round ${round}, ${name}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms`);
    }
  }
  const results = Object.fromEntries(
    Object.entries(rounds).map(([name, measured]) => [
      name,
      {
        url: TARGETS[name],
        requestsPerSecond: median(measured.map((entry) => entry.requestsPerSecond)),
        latencyP50Ms: median(measured.map((entry) => entry.latencyP50Ms)),
        latencyP99Ms: median(measured.map((entry) => entry.latencyP99Ms)),
        serverCpuPerRequestMs: Number(median(measured.map((entry) => entry.serverCpuPerRequestMs)).toFixed(3)),
        non2xx: measured.reduce((sum, entry) => sum + entry.non2xx, 0),
        errors: measured.reduce((sum, entry) => sum + entry.errors, 0),
        requestsPerSecondByRound: measured.map((entry) => entry.requestsPerSecond),
      },
    ]),
  );
  const staticRps = results['static route (/api/static-probe)'].requestsPerSecond;
  const staticCpu = results['static route (/api/static-probe)'].serverCpuPerRequestMs;
  for (const entry of Object.values(results)) {
    entry.ratioToStatic = Number((entry.requestsPerSecond / staticRps).toFixed(3));
    entry.cpuRatioToStatic = Number((staticCpu / entry.serverCpuPerRequestMs).toFixed(3));
  }

  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} CPUs`,
    loadAverage: loadAverage(),
    settings: { connections: CONNECTIONS, durationSeconds: DURATION_S, warmUpSeconds: WARM_UP_S, rounds: ROUNDS, database: 'PGlite (demo newsroom)' },
    results,
  };
  fs.writeFileSync(path.join('bench', 'results', 'throughput.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(results).map(
    ([name, r]) =>
      `| ${name} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${r.ratioToStatic} | ${r.serverCpuPerRequestMs} | ${r.cpuRatioToStatic} | ${r.non2xx} | ${r.requestsPerSecondByRound.map(Math.round).join(', ')} |`,
  );
  fs.writeFileSync(
    path.join('bench', 'results', 'throughput.md'),
    [
      `# Throughput (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route after a ${WARM_UP_S} s warm-up, one \`next start\`, ${ROUNDS} rounds over every route in turn; each figure is the median of the rounds. Goal: ratio ≥ 0.9.`,
      '',
      `Load average when it started: ${report.loadAverage}. The server's CPU per request is the steadier figure on a shared machine.`,
      '',
      '| route | req/s | p50 ms | p99 ms | ratio to static | server CPU ms/request | CPU ratio to static | non-2xx | req/s by round |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  server.stop();
}
