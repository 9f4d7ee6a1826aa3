// Throughput of cached portal pages as a ratio to a static file (public/favicon.ico) on the same server.
// Needs a production build (`npm run build`). Usage: npm run bench:throughput -- [port]
// Beside requests per second, it records the server's CPU time per request (from /proc), which
// other processes on a shared machine disturb far less than throughput.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_PAGES } from '../db/seed/demo-pages.ts';
import { DEMO_RELEASES } from '../db/seed/demo-releases.ts';
import { loadAverage } from './load-average.ts';
import { startProductionServer } from './production-server.ts';
import { cpuMs, pinToCpu, serverPid } from './server-process.ts';

const port = process.argv[2] ?? '3190';
const base = `http://127.0.0.1:${port}`;
const release = DEMO_RELEASES.find((candidate) => candidate.key === 'panama-labour-corridor-fr');
const staticPage = DEMO_PAGES.find((candidate) => candidate.key === 'page-structure-fr');
// A file from public/: the app ships no route for benchmarks.
const STATIC = 'static file (/favicon.ico)';
const TARGETS = {
  [STATIC]: '/favicon.ico',
  'release page (cached)': `/fr/news/${release.slug}`,
  'news listing (/fr/news)': '/fr/news',
  'home (/fr)': '/fr',
  [`static page (/fr/${staticPage.path})`]: `/fr/${staticPage.path}`,
};
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARM_UP_S = 3;
// The host of this virtual machine moves every rate by up to a half within minutes, and by a few
// percent from one second to the next. So each route shares its 10 s with the static route, one
// second at a time in the order static, route, route, static, ... (a change of speed during the
// pair touches both alike), its ratio is taken within that pair, and the pairs are repeated in
// rounds; every figure reported is the median over the rounds.
const SLICE_S = 1;
const ROUNDS = Number(process.env.THROUGHPUT_ROUNDS ?? 5);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const load = (url, duration) => autocannon({ url: base + url, connections: CONNECTIONS, duration });

/** The static route and one other, each warmed up, then measured in alternating one-second runs. */
async function measurePair(pid, referenceUrl, measuredUrl) {
  const totals = new Map(
    [referenceUrl, measuredUrl].map((url) => [
      url,
      { requests: 0, seconds: 0, cpuMs: 0, non2xx: 0, errors: 0, p50: [] },
    ]),
  );
  for (const url of totals.keys()) await load(url, WARM_UP_S); // renders a page on its first visit and fills the cache
  for (let slice = 0; slice < DURATION_S / SLICE_S; slice++) {
    const order = slice % 2 === 0 ? [referenceUrl, measuredUrl] : [measuredUrl, referenceUrl];
    for (const url of order) {
      const cpuBefore = cpuMs(pid);
      const result = await load(url, SLICE_S);
      const total = totals.get(url);
      total.cpuMs += cpuMs(pid) - cpuBefore;
      total.requests += result.requests.total;
      total.seconds += result.duration;
      total.non2xx += result.non2xx;
      total.errors += result.errors;
      total.p50.push(result.latency.p50);
    }
  }
  const [reference, measured] = [...totals.values()].map((total) => ({
    requestsPerSecond: Number((total.requests / total.seconds).toFixed(1)),
    latencyP50Ms: median(total.p50),
    serverCpuPerRequestMs: total.cpuMs / total.requests,
    non2xx: total.non2xx,
    errors: total.errors,
  }));
  return { reference, measured };
}

// With two CPUs or more, the server has one and autocannon another: on a shared core, reading a
// 64 kB page cost the load generator CPU that the server under test then lacked.
const PINNED = os.cpus().length >= 2;

const server = await startProductionServer(port);
try {
  const pid = serverPid(server.pid);
  if (PINNED) {
    pinToCpu(pid, 0);
    pinToCpu(process.pid, 1);
  }
  const rounds = Object.fromEntries(Object.keys(TARGETS).map((name) => [name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of Object.keys(TARGETS).filter((candidate) => candidate !== STATIC)) {
      const { reference, measured } = await measurePair(pid, TARGETS[STATIC], TARGETS[name]);
      rounds[STATIC].push({ ...reference, ratioToStatic: 1, cpuRatioToStatic: 1 });
      rounds[name].push({
        ...measured,
        ratioToStatic: measured.requestsPerSecond / reference.requestsPerSecond,
        cpuRatioToStatic: reference.serverCpuPerRequestMs / measured.serverCpuPerRequestMs,
      });
      console.log(
        `round ${round}, ${name}: ${measured.requestsPerSecond} req/s against ${reference.requestsPerSecond} for the static route`,
      );
    }
  }
  const results = Object.fromEntries(
    Object.entries(rounds).map(([name, measured]) => {
      const ratios = measured.map((entry) => entry.ratioToStatic);
      return [
        name,
        {
          url: TARGETS[name],
          requestsPerSecond: median(measured.map((entry) => entry.requestsPerSecond)),
          latencyP50Ms: median(measured.map((entry) => entry.latencyP50Ms)),
          serverCpuPerRequestMs: Number(median(measured.map((entry) => entry.serverCpuPerRequestMs)).toFixed(3)),
          ratioToStatic: Number(median(ratios).toFixed(3)),
          cpuRatioToStatic: Number(median(measured.map((entry) => entry.cpuRatioToStatic)).toFixed(3)),
          lowestRatioToStatic: Number(Math.min(...ratios).toFixed(3)),
          non2xx: measured.reduce((sum, entry) => sum + entry.non2xx, 0),
          errors: measured.reduce((sum, entry) => sum + entry.errors, 0),
          ratioToStaticByRound: ratios.map((ratio) => Number(ratio.toFixed(3))),
        },
      ];
    }),
  );

  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} CPUs`,
    loadAverage: loadAverage(),
    settings: {
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      warmUpSeconds: WARM_UP_S,
      sliceSeconds: SLICE_S,
      rounds: ROUNDS,
      cpus: PINNED ? 'server on CPU 0, autocannon on CPU 1' : 'shared',
      database: 'PGlite (demo newsroom)',
    },
    results,
  };
  fs.writeFileSync(path.join('bench', 'results', 'throughput.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(results).map(
    ([name, r]) =>
      `| ${name} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.ratioToStatic} | ${name === STATIC ? '' : r.ratioToStaticByRound.join(', ')} | ${r.serverCpuPerRequestMs} | ${r.cpuRatioToStatic} | ${r.non2xx} |`,
  );
  fs.writeFileSync(
    path.join('bench', 'results', 'throughput.md'),
    [
      `# Throughput (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route after a ${WARM_UP_S} s warm-up, one \`next start\`${PINNED ? ' on CPU 0 with autocannon on CPU 1' : ''}. In each of ${ROUNDS} rounds every route shares its ${DURATION_S} s with the static route in alternating ${SLICE_S}-second runs (static, route, route, static, …) and is compared with it; each figure is the median over the rounds (p50: the median of the ${SLICE_S}-second runs; no tail latency, since each of those runs opens and closes its ${CONNECTIONS} connections). Goal: ratio ≥ 0.9.`,
      '',
      `Load average when it started: ${report.loadAverage}. The server's CPU per request is the steadier figure on a shared machine.`,
      '',
      '| route | req/s | p50 ms | ratio to static | ratio by round | server CPU ms/request | CPU ratio to static | non-2xx |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  server.stop();
}
