// Lighthouse scores (performance, accessibility, SEO; mobile form factor, Lighthouse's default
// simulated throttling) of the home page, the news listing and a release page, served by
// `next start` on a freshly seeded embedded database. Needs a production build (`npm run build`)
// and Chromium (/usr/bin/chromium or CHROMIUM_PATH).
// Usage: npm run bench:lighthouse [-- --port 3193 --runs 3]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { DEMO_RELEASES } from '../db/seed/demo-releases';
import { startProductionServer } from './production-server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3193' }, runs: { type: 'string', default: '3' } },
});
const port = values.port!;
const RUNS = Number(values.runs);
const release = DEMO_RELEASES.find((candidate) => candidate.key === 'panama-labour-corridor-fr')!;
const PAGES = {
  'home (/fr)': '/fr',
  'news listing (/fr/news)': '/fr/news',
  'release page': `/fr/news/${release.slug}`,
};
const CATEGORIES = ['performance', 'accessibility', 'seo'] as const;
const GOALS = { performance: 95, accessibility: 100, seo: 100 };
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

/** Debian's Chromium with a DevTools port for Lighthouse; answers the port and a way to stop it. */
async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const debuggingPort = 9_300 + Math.floor(Math.random() * 600);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-lighthouse-'));
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      `--remote-debugging-port=${debuggingPort}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (chromium.exitCode === null && chromium.signalCode === null) {
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(profile, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${debuggingPort}/json/version`)).ok) return { port: debuggingPort, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error('Chromium did not open its DevTools port');
}

type Run = {
  loadAverage: number;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<string, string>;
  belowFull: { category: string; audit: string; title: string; score: number | null; displayValue?: string }[];
  /** Main-thread time of the costliest scripts (Lighthouse's bootup-time), what total blocking time is made of. */
  scriptsMs: { url: string; totalMs: number; scriptingMs: number }[];
};

async function audit(url: string, debuggingPort: number): Promise<Run> {
  const loadAverage = os.loadavg()[0]!;
  const result = await lighthouse(url, {
    port: debuggingPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Run['scores'];
  const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? '']));
  const belowFull = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode !== 'informative')
      .map((entry) => ({
        category,
        audit: entry.id,
        title: entry.title,
        score: entry.score,
        displayValue: entry.displayValue,
      })),
  );
  const bootup =
    (lhr.audits['bootup-time']?.details as { items?: { url: string; total: number; scripting: number }[] } | undefined)
      ?.items ?? [];
  const scriptsMs = bootup.slice(0, 5).map((item) => ({
    url: item.url.replace(url, '').replace(server.base, ''),
    totalMs: Math.round(item.total),
    scriptingMs: Math.round(item.scripting),
  }));
  return { loadAverage: Number(loadAverage.toFixed(2)), scores, metrics, belowFull, scriptsMs };
}

const server = await startProductionServer(port);
const chromium = await launchChromium();
try {
  const results: Record<string, { url: string; median: Run; runs: Run[] }> = {};
  for (const [name, pathname] of Object.entries(PAGES)) {
    const url = `${server.base}${pathname}`;
    for (let warm = 0; warm < 3; warm++) await (await fetch(url)).text(); // renders once and fills the cache
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await audit(url, chromium.port));
    // Lighthouse's advice for a noisy machine: keep the run with the median performance score.
    const median = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)]!;
    results[name] = { url: pathname, median, runs };
    console.log(
      `${name}: ${CATEGORIES.map((category) => `${category} ${median.scores[category]}`).join(', ')} (load average ${median.loadAverage})`,
    );
  }

  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} CPUs`,
    settings: {
      formFactor: 'mobile',
      throttling: "Lighthouse's default (simulated Slow 4G, 4× CPU slowdown)",
      runsPerPage: RUNS,
      database: 'PGlite (demo newsroom)',
    },
    goals: GOALS,
    results,
  };
  fs.writeFileSync(path.join('bench', 'results', 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = Object.entries(results).map(
    ([name, { median }]) =>
      `| ${name} | ${median.scores.performance} | ${median.scores.accessibility} | ${median.scores.seo} | ${METRICS.map((id) => median.metrics[id]).join(' | ')} | ${median.loadAverage} |`,
  );
  const misses = Object.entries(results).flatMap(([name, { median }]) =>
    median.belowFull.map(
      (entry) =>
        `- ${name}, ${entry.category}: ${entry.title} (${entry.audit}${entry.displayValue ? `, ${entry.displayValue}` : ''})`,
    ),
  );
  fs.writeFileSync(
    path.join('bench', 'results', 'lighthouse.md'),
    [
      `# Lighthouse (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `Mobile form factor, Lighthouse's default simulated throttling, Debian Chromium headless, one \`next start\` on the demo newsroom; the median of ${RUNS} runs by performance score. Goals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, SEO ${GOALS.seo}.`,
      '',
      '| page | performance | accessibility | SEO | FCP | LCP | TBT | CLS | Speed Index | load average |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      misses.length ? 'Audits below full marks in those runs:' : 'Every weighted audit at full marks in those runs.',
      '',
      ...misses,
      '',
    ].join('\n'),
  );
} finally {
  server.stop();
  await chromium.stop();
}
