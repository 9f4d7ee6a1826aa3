// Throughput of cached portal pages as a ratio to a trivial static route on the same `next start`.
// Needs a production build (`npx next build`). Usage: node bench/throughput.mjs [port]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_RELEASES } from '../db/seed/demo-releases.ts';

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

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('the server did not start');
}

const run = (url, duration) => autocannon({ url: base + url, connections: CONNECTIONS, duration });

const server = spawn(process.execPath, ['scripts/e2e-server.mjs', port], { stdio: 'ignore' });
try {
  await waitForServer();
  const results = {};
  for (const [name, url] of Object.entries(TARGETS)) {
    await run(url, 3); // warm-up: renders the page once and fills the cache
    const result = await run(url, DURATION_S);
    results[name] = {
      url,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    };
    console.log(`${name}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms`);
  }
  const staticRps = results['static route (/api/static-probe)'].requestsPerSecond;
  for (const entry of Object.values(results)) entry.ratioToStatic = Number((entry.requestsPerSecond / staticRps).toFixed(3));

  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs`,
    settings: { connections: CONNECTIONS, durationSeconds: DURATION_S, warmUpSeconds: 3, database: 'PGlite (demo newsroom)' },
    results,
  };
  fs.writeFileSync(path.join('bench', 'results', 'throughput.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(results).map(
    ([name, r]) => `| ${name} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${r.ratioToStatic} | ${r.non2xx} |`,
  );
  fs.writeFileSync(
    path.join('bench', 'results', 'throughput.md'),
    [
      `# Throughput (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route after a 3 s warm-up, one \`next start\`. Goal: ratio ≥ 0.9.`,
      '',
      '| route | req/s | p50 ms | p99 ms | ratio to static | non-2xx |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  server.kill('SIGTERM');
}
