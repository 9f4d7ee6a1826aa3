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
 * - Publish and withdrawal, `runs` times each, on one release: it is unpublished with
 *   applyTransition() in this process (as a scheduled publish or another instance would), and the
 *   edge is polled 5 ms apart until it answers 410; then a new title is approved and published the
 *   same way, and the edge polled until it shows the new title. Nothing but the transaction's
 *   `portal-refresh` job (woken by its NOTIFY in the app's worker) reaches the edge. Times run from
 *   the commit (applyTransition resolved); each run also records where the time went: the job
 *   taken by the worker, the app's cache expired, the edge purged, and the page rendered for the
 *   edge's first request after the purge.
 * - `--rounds 0` skips the throughput; `--peers` needs the peers running (WordPress on :8081,
 *   Payload on PostgreSQL on :8084); their server processes are kept on CPU 0 with the app and the
 *   edge during the run, and given back every CPU at the end.
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
// Where the peers' set-up scripts (../shared/peers) leave their servers' pid files; PEER_PID_FILES overrides.
const PEER_PID_FILES = process.env.PEER_PID_FILES?.split(',') ?? [
  '/var/run/apache2/apache2.pid',
  '/run/mysqld/mysqld.pid',
  `${process.env.PEERS_DIR ?? '/tmp/peers'}/payload/next-8084.pid`,
];
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

/** The peers' server processes (apache2, mariadbd, Payload's next-server), as their pid files name them. */
function peerPids(): number[] {
  if (!values.peers) return [];
  return PEER_PID_FILES.flatMap((file) => {
    try {
      return descendants(Number(fs.readFileSync(file, 'utf8').trim().split('\n')[0]));
    } catch {
      return [];
    }
  });
}

/** Fails at once, with what to run, when a peer does not answer its page. */
async function checkPeers() {
  for (const [label, url] of Object.entries(PEERS)) {
    const status = await fetch(url).then(
      (response) => response.arrayBuffer().then(() => response.status),
      () => 0,
    );
    if (status !== 200)
      throw new Error(
        `${label} (${url}) answered ${status || 'nothing'}: start the peers first (../shared/peers/README.md: ` +
          'bash ../shared/peers/wordpress/setup.sh; PAYLOAD_DB=postgres bash ../shared/peers/payload/setup.sh)',
      );
  }
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
  if (values.peers) await checkPeers();
  if (pinned) {
    pinToCpu(serverPid(server.pid), 0);
    for (const pid of descendants(edge.pid)) pinToCpu(pid, 0);
    for (const pid of peerPids()) pinToCpu(pid, 0);
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
    Object.entries(runs)
      .filter(([, measured]) => measured.length > 0)
      .map(([label, measured]) => [
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
  /** The `portal-refresh` job of the step just taken (the newest for the release's page), once it is done. */
  async function refreshJob(after: number) {
    const tag = `publication:${CYCLED.language}:${CYCLED.slug}`;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [job] = await sql<
        { createdOn: Date; startedOn: Date | null; completedOn: Date | null; state: string; output: unknown }[]
      >`select created_on as "createdOn", started_on as "startedOn", completed_on as "completedOn", state, output
          from pgboss.job where name = 'portal-refresh' and data->'tags' ? ${tag}
          order by created_on desc limit 1`;
      if (job && job.createdOn.getTime() >= after - 5_000 && job.state === 'completed') {
        const outcome = (job.output as { outcome?: { refreshMs?: number; purgeMs?: number } } | null)?.outcome;
        return { startedAt: job.startedOn!.getTime(), refreshMs: outcome?.refreshMs, purgeMs: outcome?.purgeMs };
      }
      await sleep(10);
    }
    throw new Error('the portal-refresh job of the step did not complete within 2 s');
  }
  /** Polls the edge until `shows` holds; answers when, and what the edge said (HIT, MISS). */
  async function pollEdge(shows: (status: number, body: string) => boolean) {
    const deadline = now() + 30_000;
    for (let polls = 1; now() < deadline; polls += 1) {
      const asked = now();
      const response = await fetch(edgeUrl);
      const body = await response.text();
      const seenAt = now();
      if (shows(response.status, body))
        return { seenAt, lastPollMs: seenAt - asked, polls, cache: response.headers.get('x-edge-cache') };
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
    /** From the commit until the app's worker took the job (NOTIFY, then pg-boss's fetch). */
    jobTakenMs: number;
    /** The job expiring the app's cached pages (in the app's process). */
    expireMs: number | null;
    /** The job purging the edge (PURGE sent until Varnish confirmed). */
    purgeMs: number | null;
    /** The poll that saw the change, from asking the edge to its answer: the render after the purge, for a MISS. */
    lastPollMs: number;
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

  /** Takes the step and times the edge until it `shows`; then reads where the time went. */
  async function timeStep(name: 'publish' | 'unpublish', shows: typeof live): Promise<Sample> {
    await transition(editor, name);
    const committedAt = now();
    const seen = await pollEdge(shows);
    const job = await refreshJob(committedAt);
    return {
      fromCommitMs: round1(seen.seenAt - committedAt),
      fromTransitionMs: round1(seen.seenAt - (await createdAtOfLast(name))),
      jobTakenMs: round1(job.startedAt - committedAt),
      expireMs: job.refreshMs ?? null,
      purgeMs: job.purgeMs ?? null,
      lastPollMs: round1(seen.lastPollMs),
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
  const edgeRate = rate('release page, through the edge');
  const appRate = rate('release page, next start alone');
  /** Where the time of each run went, summarized. */
  const parts = (samples: Sample[]) => ({
    jobTaken: summarize(samples.map((sample) => sample.jobTakenMs)),
    expire: summarize(samples.map((sample) => sample.expireMs ?? 0)),
    purge: summarize(samples.map((sample) => sample.purgeMs ?? 0)),
    lastPoll: summarize(samples.map((sample) => sample.lastPollMs)),
  });
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}`,
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    method: {
      servers: `next start (production build, Next ${JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')).version} unpatched) on a throwaway PostgreSQL database with the demo newsroom; ${varnishVersion()} with deploy/varnish/communique.vcl in front (npm run edge); ${pinned ? 'both on CPU 0, the load generator on CPU 1' : 'CPUs shared'}`,
      throughput: `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s after a ${WARM_UP_S} s warm-up, each target in turn in ${ROUNDS} rounds; the median round`,
      publish: `a new title approved, then applyTransition('publish') in the benchmark's process; only the transaction's portal-refresh job (the app's worker, woken by its NOTIFY) reaches the edge; the edge polled ${POLL_GAP_MS} ms apart until it shows the new title; from applyTransition() resolving (after the commit)`,
      withdrawal: `applyTransition('unpublish') the same way; the edge polled until it answers 410; from the commit`,
      parts: `from the job's row (started_on, and its output: the app's cache expired, the edge purged) and the poll that saw the change (for a MISS: the render after the purge)`,
    },
    goals: GOALS,
    throughput,
    ratios: {
      ...(edgeRate && appRate ? { edgeToNextStart: Number((edgeRate / appRate).toFixed(2)) } : {}),
      ...(payloadIsr && edgeRate && appRate
        ? {
            edgeToPayloadIsr: Number((edgeRate / payloadIsr).toFixed(2)),
            nextStartToPayloadIsr: Number((appRate / payloadIsr).toFixed(2)),
          }
        : {}),
    },
    publish: {
      ...publish,
      fromTransition: summarize(publishes.map((sample) => sample.fromTransitionMs)),
      parts: parts(publishes),
      samples: publishes,
    },
    withdrawal: {
      ...withdrawal,
      fromTransition: summarize(withdrawals.map((sample) => sample.fromTransitionMs)),
      parts: parts(withdrawals),
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
    (edgeRate
      ? `Release page through the edge: ${report.ratios.edgeToNextStart}× next start alone.`
      : 'Throughput not measured in this run (`--rounds 0`).') +
      (payloadIsr
        ? ` Against Payload's ISR page: edge ${report.ratios.edgeToPayloadIsr}× (goal ≥ ${GOALS.edgeToPayloadIsr}: ${met(report.ratios.edgeToPayloadIsr! >= GOALS.edgeToPayloadIsr)}), next start alone ${report.ratios.nextStartToPayloadIsr}× (goal ≥ ${GOALS.nextStartToPayloadIsr}: ${met(report.ratios.nextStartToPayloadIsr! >= GOALS.nextStartToPayloadIsr)}).`
        : edgeRate
          ? ' The peers were not measured in this run (`--peers`).'
          : ''),
    '',
    '| measure | runs | median ms | p95 ms | p99 ms | max ms | goal |',
    '|---|---|---|---|---|---|---|',
    `| publish → new text at the edge, from the commit | ${publish.runs} | ${publish.medianMs} | ${publish.p95Ms} | ${publish.p99Ms} | ${publish.maxMs} | median ≤ ${GOALS.publishMedianMs}, p99 ≤ ${GOALS.publishP99Ms}: ${met(publish.medianMs <= GOALS.publishMedianMs && publish.p99Ms <= GOALS.publishP99Ms)} |`,
    `| publish, from the transition's created_at (before its transaction) | ${report.publish.fromTransition.runs} | ${report.publish.fromTransition.medianMs} | ${report.publish.fromTransition.p95Ms} | ${report.publish.fromTransition.p99Ms} | ${report.publish.fromTransition.maxMs} |  |`,
    `| publish, part: commit → job taken by the app's worker | ${report.publish.parts.jobTaken.runs} | ${report.publish.parts.jobTaken.medianMs} | ${report.publish.parts.jobTaken.p95Ms} | ${report.publish.parts.jobTaken.p99Ms} | ${report.publish.parts.jobTaken.maxMs} |  |`,
    `| publish, part: the app's cache expired | ${report.publish.parts.expire.runs} | ${report.publish.parts.expire.medianMs} | ${report.publish.parts.expire.p95Ms} | ${report.publish.parts.expire.p99Ms} | ${report.publish.parts.expire.maxMs} |  |`,
    `| publish, part: the edge purged | ${report.publish.parts.purge.runs} | ${report.publish.parts.purge.medianMs} | ${report.publish.parts.purge.p95Ms} | ${report.publish.parts.purge.p99Ms} | ${report.publish.parts.purge.maxMs} |  |`,
    `| publish, part: the poll that saw it (the render, for a MISS) | ${report.publish.parts.lastPoll.runs} | ${report.publish.parts.lastPoll.medianMs} | ${report.publish.parts.lastPoll.p95Ms} | ${report.publish.parts.lastPoll.p99Ms} | ${report.publish.parts.lastPoll.maxMs} |  |`,
    `| unpublish → 410 at the edge, from the commit | ${withdrawal.runs} | ${withdrawal.medianMs} | ${withdrawal.p95Ms} | ${withdrawal.p99Ms} | ${withdrawal.maxMs} | p99 ≤ ${GOALS.withdrawP99Ms}: ${met(withdrawal.p99Ms <= GOALS.withdrawP99Ms)} |`,
    `| unpublish, from the transition's created_at | ${report.withdrawal.fromTransition.runs} | ${report.withdrawal.fromTransition.medianMs} | ${report.withdrawal.fromTransition.p95Ms} | ${report.withdrawal.fromTransition.p99Ms} | ${report.withdrawal.fromTransition.maxMs} |  |`,
    `| unpublish, part: commit → job taken | ${report.withdrawal.parts.jobTaken.runs} | ${report.withdrawal.parts.jobTaken.medianMs} | ${report.withdrawal.parts.jobTaken.p95Ms} | ${report.withdrawal.parts.jobTaken.p99Ms} | ${report.withdrawal.parts.jobTaken.maxMs} |  |`,
    `| unpublish, part: the app's cache expired | ${report.withdrawal.parts.expire.runs} | ${report.withdrawal.parts.expire.medianMs} | ${report.withdrawal.parts.expire.p95Ms} | ${report.withdrawal.parts.expire.p99Ms} | ${report.withdrawal.parts.expire.maxMs} |  |`,
    `| unpublish, part: the edge purged | ${report.withdrawal.parts.purge.runs} | ${report.withdrawal.parts.purge.medianMs} | ${report.withdrawal.parts.purge.p95Ms} | ${report.withdrawal.parts.purge.p99Ms} | ${report.withdrawal.parts.purge.maxMs} |  |`,
    `| unpublish, part: the poll that saw it | ${report.withdrawal.parts.lastPoll.runs} | ${report.withdrawal.parts.lastPoll.medianMs} | ${report.withdrawal.parts.lastPoll.p95Ms} | ${report.withdrawal.parts.lastPoll.p99Ms} | ${report.withdrawal.parts.lastPoll.maxMs} |  |`,
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
  // The peers stay running, on every CPU again.
  for (const pid of peerPids())
    spawnSync('taskset', ['--all-tasks', '--cpu-list', '--pid', `0-${os.cpus().length - 1}`, String(pid)]);
  await edge.stop();
  server.stop();
  await closeDatabase();
  await sql.end();
  await sleep(1_000);
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
