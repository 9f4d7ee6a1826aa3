/**
 * The portal through the edge (Varnish, deploy/varnish/communique.vcl) against `next start` alone,
 * and how fast a publish and a withdrawal reach the edge. After `npm run build`:
 *
 *   npm run bench:edge [-- --port 3040 --edge-port 6140 --rounds 2 --runs 50 --peers]
 *
 * One `next start` serves a throwaway PostgreSQL database (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) seeded with the demo newsroom, and purges the edge
 * `npm run edge` starts in front of it. The app and the edge share CPU 0; this process, the load
 * generator, has CPU 1 (when there are two).
 * - Throughput: a release page, the news listing and the home page, each through the edge and from
 *   `next start`, interleaved in `rounds` rounds (autocannon, 10 connections, 10 s after a 3 s
 *   warm-up). With `--peers`, the peers' pages (../shared/peers: WordPress, Payload's ISR and
 *   dynamic post pages, which must already run) are measured in the same rounds.
 * - Publish and withdrawal, `runs` times each, on one release: it is unpublished (applyTransition,
 *   then POST /api/revalidate, as the scheduled-publish worker does), and the edge is polled 5 ms
 *   apart until it answers 410; then a new title is approved and published the same way, and the
 *   edge polled until it shows the new title. Times run from the commit (applyTransition resolved).
 *
 * Writes bench/results/edge.json and edge.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';
import { startEdge } from '../e2e/edge';
import { loadAverage } from './load-average';
import { startProductionServer } from './production-server';
import { pinToCpu, serverPid } from './server-process';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'edge-port': { type: 'string' },
    rounds: { type: 'string' },
    runs: { type: 'string' },
    peers: { type: 'boolean' },
  },
});
const PORT = Number(values.port ?? 3040);
const EDGE_PORT = Number(values['edge-port'] ?? 6140);
const ROUNDS = Number(values.rounds ?? 2);
const RUNS = Number(values.runs ?? 50);
const CONNECTIONS = 10;
const DURATION_S = 10;
const WARM_UP_S = 3;
const POLL_GAP_MS = 5;
const GOALS = {
  publishMedianMs: 60,
  publishP99Ms: 150,
  withdrawP99Ms: 250,
  edgeToPayloadIsr: 4,
  nextStartToPayloadIsr: 0.8,
};
const APP = `http://127.0.0.1:${PORT}`;
const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
const SECRETS = {
  EDGE_PURGE_SECRET: 'bench-only-edge-purge-secret',
  REVALIDATE_SECRET: 'bench-only-revalidate-secret',
};
const PEERS = {
  'WordPress post': 'http://127.0.0.1:8081/peer-story-025/',
  'Payload post (ISR)': 'http://127.0.0.1:8084/cached/posts/peer-story-025',
  'Payload post (dynamic)': 'http://127.0.0.1:8084/posts/peer-story-025',
};
// A published French release for the throughput; the cycled one is used by no other benchmark.
const PAGE = DEMO_RELEASES.find((release) => release.key === 'panama-labour-corridor-fr')!;
const CYCLED = DEMO_RELEASES.find((release) => release.key === 'niger-floods-response-fr')!;

const now = () => performance.timeOrigin + performance.now();
const round1 = (value: number) => Math.round(value * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    medianMs: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    p99Ms: round1(percentile(sorted, 99)),
    maxMs: round1(sorted.at(-1)!),
  };
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `communique_edge_${Date.now().toString(36)}`;
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${name}`;
// The DAL this process publishes with reads the same database.
Object.assign(process.env, { DATABASE_URL: databaseUrl.toString(), ...SECRETS });
const loadAtStart = loadAverage();

const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const server = await startProductionServer(String(PORT), {
  E2E_DATABASE_URL: databaseUrl.toString(),
  EDGE_PURGE_URLS: EDGE,
  ...SECRETS,
});
const edge = await startEdge({
  port: EDGE_PORT,
  adminPort: EDGE_PORT + 10,
  backends: [PORT],
  secret: SECRETS.EDGE_PURGE_SECRET,
});
const sql = postgres(databaseUrl.toString(), { max: 2, onnotice: () => {} });
const { applyTransition } = await import('@/lib/dal/transitions');
const { closeDatabase } = await import('@/db/client');

/** "varnish-7.1.1", from `varnishd -V` (which writes it on stderr). */
function varnishVersion(): string {
  const { stdout, stderr } = spawnSync('varnishd', ['-V'], { encoding: 'utf8' });
  return /varnish-[\d.]+/.exec(`${stdout}${stderr}`)?.[0] ?? 'Varnish';
}

/** Every process under `pid`, itself included. */
function descendants(pid: number): number[] {
  const children = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children.flatMap(descendants)];
}

try {
  const pinned = os.cpus().length >= 2;
  if (pinned) {
    pinToCpu(serverPid(server.pid), 0);
    for (const pid of descendants(edge.pid)) pinToCpu(pid, 0);
    pinToCpu(process.pid, 1);
  }

  // Throughput, interleaved.
  const targets: Record<string, string> = {
    'release page, through the edge': `${EDGE}/fr/news/${PAGE.slug}`,
    'release page, next start alone': `${APP}/fr/news/${PAGE.slug}`,
    'news listing, through the edge': `${EDGE}/fr/news`,
    'news listing, next start alone': `${APP}/fr/news`,
    'home, through the edge': `${EDGE}/fr`,
    'home, next start alone': `${APP}/fr`,
  };
  if (values.peers) Object.assign(targets, PEERS);
  type Run = { requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number };
  const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(targets).map((label) => [label, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [label, url] of Object.entries(targets)) {
      await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_S });
      const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
      const run = {
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      };
      runs[label]!.push(run);
      console.log(`round ${round}, ${label}: ${run.requestsPerSecond} req/s`);
    }
  }
  const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
  const throughput = Object.fromEntries(
    Object.entries(runs).map(([label, measured]) => [
      label,
      {
        url: targets[label],
        requestsPerSecond: median(measured.map((run) => run.requestsPerSecond)),
        byRound: measured.map((run) => run.requestsPerSecond),
        p50Ms: median(measured.map((run) => run.p50Ms)),
        p99Ms: median(measured.map((run) => run.p99Ms)),
        non2xx: measured.reduce((sum, run) => sum + run.non2xx, 0),
        errors: measured.reduce((sum, run) => sum + run.errors, 0),
      },
    ]),
  );

  // Publish and withdrawal, as the worker does them: applyTransition(), then POST /api/revalidate.
  const userId = async (email: string) =>
    (await sql<{ id: string }[]>`select id from users where email = ${email}`)[0]!.id;
  const editor = { kind: 'user' as const, id: await userId('editor@example.org'), role: 'editor' as const };
  const desk = { kind: 'user' as const, id: await userId('editor.desk@example.org'), role: 'editor' as const };
  const [release] = await sql<{ id: string; title: string }[]>`
    select id, title from releases where language = ${CYCLED.language} and slug = ${CYCLED.slug}`;
  if (!release) throw new Error(`No release ${CYCLED.slug}`);
  const edgeUrl = `${EDGE}/${CYCLED.language}/news/${CYCLED.slug}`;

  async function transition(actor: typeof editor, name: 'submit' | 'approve' | 'publish' | 'unpublish') {
    const result = await applyTransition(actor, release!.id, name);
    if (!result.ok) throw new Error(`${name} refused: ${result.reason}`);
    return result;
  }
  async function refresh() {
    const response = await fetch(`${APP}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRETS.REVALIDATE_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ language: CYCLED.language, slug: CYCLED.slug }),
    });
    if (!response.ok) throw new Error(`POST /api/revalidate answered ${response.status}`);
  }
  /** Polls the edge until `shows` holds; answers when, and what the edge said (HIT, MISS). */
  async function pollEdge(shows: (status: number, body: string) => boolean) {
    const deadline = now() + 30_000;
    for (let polls = 1; now() < deadline; polls += 1) {
      const response = await fetch(edgeUrl);
      const body = await response.text();
      if (shows(response.status, body)) return { seenAt: now(), polls, cache: response.headers.get('x-edge-cache') };
      await sleep(POLL_GAP_MS);
    }
    throw new Error(`the edge did not change within 30 s (${edgeUrl})`);
  }
  /** Reads the page at the edge until the edge answers it from its copy, as it stands. */
  async function cachedAtEdge(shows: (status: number, body: string) => boolean) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await fetch(edgeUrl);
      const body = await response.text();
      if (shows(response.status, body) && response.headers.get('x-edge-cache') === 'HIT') return;
      await sleep(20);
    }
    throw new Error('the edge does not keep the page');
  }

  type Sample = {
    fromCommitMs: number;
    fromTransitionMs: number;
    /** How long POST /api/revalidate took (the app's invalidation; the purge goes out before it answers). */
    refreshMs: number;
    polls: number;
    firstFresh: string | null;
  };
  const publishes: Sample[] = [];
  const withdrawals: Sample[] = [];
  const run = Date.now().toString(36);
  let title = release.title;
  const live = (status: number, body: string) => status === 200 && body.includes(title);
  const gone = (status: number) => status === 410;
  const createdAtOfLast = async (name: string) =>
    (
      await sql<{ createdAt: Date }[]>`select created_at as "createdAt" from transitions
        where release_id = ${release.id} and name = ${name} order by created_at desc limit 1`
    )[0]!.createdAt.getTime();

  /** Takes the step, asks the app to refresh as the worker does, and times the edge until it `shows`. */
  async function timeStep(name: 'publish' | 'unpublish', shows: typeof live): Promise<Sample> {
    await transition(editor, name);
    const committedAt = now();
    await refresh();
    const refreshedAt = now();
    const seen = await pollEdge(shows);
    return {
      fromCommitMs: round1(seen.seenAt - committedAt),
      refreshMs: round1(refreshedAt - committedAt),
      fromTransitionMs: round1(seen.seenAt - (await createdAtOfLast(name))),
      polls: seen.polls,
      firstFresh: seen.cache,
    };
  }

  for (let index = 1; index <= RUNS; index += 1) {
    await cachedAtEdge(live);
    withdrawals.push(await timeStep('unpublish', gone));

    title = `${release.title} ${run}-${index}`;
    await sql`update releases set title = ${title}, last_edited_by_id = ${desk.id}, version = version + 1 where id = ${release.id}`;
    await transition(desk, 'submit');
    await transition(editor, 'approve');
    await cachedAtEdge(gone);
    publishes.push(await timeStep('publish', live));
    console.log(
      `cycle ${index}/${RUNS}: gone after ${withdrawals.at(-1)!.fromCommitMs} ms, new text after ${publishes.at(-1)!.fromCommitMs} ms`,
    );
  }

  const publish = summarize(publishes.map((sample) => sample.fromCommitMs));
  const withdrawal = summarize(withdrawals.map((sample) => sample.fromCommitMs));
  const rate = (label: string) => throughput[label]?.requestsPerSecond;
  const payloadIsr = rate('Payload post (ISR)');
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}`,
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    method: {
      servers: `next start (production build, Next ${JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')).version} unpatched) on a throwaway PostgreSQL database with the demo newsroom; ${varnishVersion()} with deploy/varnish/communique.vcl in front (npm run edge); ${pinned ? 'both on CPU 0, the load generator on CPU 1' : 'CPUs shared'}`,
      throughput: `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s after a ${WARM_UP_S} s warm-up, each target in turn in ${ROUNDS} rounds; the median round`,
      publish: `a new title approved, then applyTransition('publish') and POST /api/revalidate (as the worker does); the edge polled ${POLL_GAP_MS} ms apart until it shows the new title; from applyTransition() resolving (after the commit)`,
      withdrawal: `applyTransition('unpublish') and POST /api/revalidate; the edge polled until it answers 410; from the commit`,
    },
    goals: GOALS,
    throughput,
    ratios: {
      edgeToNextStart: Number(
        (rate('release page, through the edge')! / rate('release page, next start alone')!).toFixed(2),
      ),
      ...(payloadIsr
        ? {
            edgeToPayloadIsr: Number((rate('release page, through the edge')! / payloadIsr).toFixed(2)),
            nextStartToPayloadIsr: Number((rate('release page, next start alone')! / payloadIsr).toFixed(2)),
          }
        : {}),
    },
    publish: {
      ...publish,
      fromTransition: summarize(publishes.map((sample) => sample.fromTransitionMs)),
      refresh: summarize(publishes.map((sample) => sample.refreshMs)),
      samples: publishes,
    },
    withdrawal: {
      ...withdrawal,
      fromTransition: summarize(withdrawals.map((sample) => sample.fromTransitionMs)),
      refresh: summarize(withdrawals.map((sample) => sample.refreshMs)),
      samples: withdrawals,
    },
  };
  const met = (ok: boolean) => (ok ? 'met' : 'not met');
  const lines = [
    `# The portal through the edge (${report.date.slice(0, 10)}, ${report.machine})`,
    '',
    `Load average at start ${report.loadAverage.atStart}; at end ${report.loadAverage.atEnd}.`,
    '',
    ...Object.entries(report.method).map(([key, text]) => `- ${key}: ${text}`),
    '',
    '| target | req/s (median round) | by round | p50 ms | p99 ms | non-2xx |',
    '|---|---|---|---|---|---|',
    ...Object.entries(throughput).map(
      ([label, r]) =>
        `| ${label} | ${r.requestsPerSecond} | ${r.byRound.join(', ')} | ${r.p50Ms} | ${r.p99Ms} | ${r.non2xx} |`,
    ),
    '',
    `Release page through the edge: ${report.ratios.edgeToNextStart}× next start alone.` +
      (payloadIsr
        ? ` Against Payload's ISR page: edge ${report.ratios.edgeToPayloadIsr}× (goal ≥ ${GOALS.edgeToPayloadIsr}: ${met(report.ratios.edgeToPayloadIsr! >= GOALS.edgeToPayloadIsr)}), next start alone ${report.ratios.nextStartToPayloadIsr}× (goal ≥ ${GOALS.nextStartToPayloadIsr}: ${met(report.ratios.nextStartToPayloadIsr! >= GOALS.nextStartToPayloadIsr)}).`
        : ' The peers were not measured in this run (`--peers`).'),
    '',
    '| measure | runs | median ms | p95 ms | p99 ms | max ms | goal |',
    '|---|---|---|---|---|---|---|',
    `| publish → new text at the edge, from the commit | ${publish.runs} | ${publish.medianMs} | ${publish.p95Ms} | ${publish.p99Ms} | ${publish.maxMs} | median ≤ ${GOALS.publishMedianMs}, p99 ≤ ${GOALS.publishP99Ms}: ${met(publish.medianMs <= GOALS.publishMedianMs && publish.p99Ms <= GOALS.publishP99Ms)} |`,
    `| publish, from the transition's created_at (before its transaction) | ${report.publish.fromTransition.runs} | ${report.publish.fromTransition.medianMs} | ${report.publish.fromTransition.p95Ms} | ${report.publish.fromTransition.p99Ms} | ${report.publish.fromTransition.maxMs} |  |`,
    `| publish: POST /api/revalidate (part of the above) | ${report.publish.refresh.runs} | ${report.publish.refresh.medianMs} | ${report.publish.refresh.p95Ms} | ${report.publish.refresh.p99Ms} | ${report.publish.refresh.maxMs} |  |`,
    `| unpublish → 410 at the edge, from the commit | ${withdrawal.runs} | ${withdrawal.medianMs} | ${withdrawal.p95Ms} | ${withdrawal.p99Ms} | ${withdrawal.maxMs} | p99 ≤ ${GOALS.withdrawP99Ms}: ${met(withdrawal.p99Ms <= GOALS.withdrawP99Ms)} |`,
    `| unpublish, from the transition's created_at | ${report.withdrawal.fromTransition.runs} | ${report.withdrawal.fromTransition.medianMs} | ${report.withdrawal.fromTransition.p95Ms} | ${report.withdrawal.fromTransition.p99Ms} | ${report.withdrawal.fromTransition.maxMs} |  |`,
    `| unpublish: POST /api/revalidate (part of the above) | ${report.withdrawal.refresh.runs} | ${report.withdrawal.refresh.medianMs} | ${report.withdrawal.refresh.p95Ms} | ${report.withdrawal.refresh.p99Ms} | ${report.withdrawal.refresh.maxMs} |  |`,
    '',
    `The first fresh answer at the edge was a MISS (rendered by the app after the purge) in ${
      [...publishes, ...withdrawals].filter((sample) => sample.firstFresh === 'MISS').length
    } of ${publishes.length + withdrawals.length} runs.`,
    '',
  ];
  fs.writeFileSync(path.join('bench', 'results', 'edge.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join('bench', 'results', 'edge.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await edge.stop();
  server.stop();
  await closeDatabase();
  await sql.end();
  await sleep(1_000);
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
