// Round trip of the editor's autosave (PUT /api/releases/[id]/draft) against `next start`, the way
// the browser sends it: signed in through Auth.js, one save at a time, each from the version the
// previous one returned. Needs a production build (`npm run build`).
// Usage: npm run bench:autosave [-- --port 3191 --saves 500]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../e2e/personas';
import { startProductionServer } from './production-server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3191' }, saves: { type: 'string', default: '500' } },
});
const base = `http://127.0.0.1:${values.port}`;
const SAVES = Number(values.saves);
const WARM_UP = 20;
const EMAIL = 'writer.panama@example.org';

const cookieJar = new Map<string, string>();
const keepCookies = (response: Response) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const [name, ...value] = pair!.split('=');
    cookieJar.set(name!, value.join('='));
  }
};
const cookieHeader = () => [...cookieJar].map(([name, value]) => `${name}=${value}`).join('; ');

async function signIn() {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keepCookies(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: DEMO_PASSWORD, callbackUrl: `${base}/workspace` }),
  });
  keepCookies(response);
  if (![...cookieJar.keys()].some((name) => name.includes('session-token')))
    throw new Error(`sign-in failed (${response.status})`);
}

/** A release the writer may edit: the first of "my drafts" on the dashboard. */
async function findDraft(): Promise<string> {
  const html = await (await fetch(`${base}/workspace`, { headers: { cookie: cookieHeader() } })).text();
  const id = html.match(/\/workspace\/releases\/([0-9a-f-]{36})/)?.[1];
  if (!id) throw new Error('no release found on the dashboard');
  return id;
}

// A realistic working copy: about 450 words in six paragraphs, two contacts.
const paragraph = (n: number, i: number) =>
  `Paragraph ${i} of save ${n}: the regional office and its partners opened three new counselling points along the corridor, where people on the move receive information on their rights, on health services and on safe ways to travel, in their own language and free of charge, every day of the week.`;
const draftFor = (n: number) => ({
  title: `Counselling points along the corridor (${n})`,
  summary: 'Three new counselling points give people on the move information on their rights and on health services.',
  datelineCity: 'Panama City',
  datelineCountry: 'Panama',
  body: {
    type: 'doc',
    content: Array.from({ length: 6 }, (_, i) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `${paragraph(n, i)} ${paragraph(n, i)}` }],
    })),
  },
  contacts: [
    { name: 'Ana Ríos', role: 'Communication officer', phones: ['+507 555 0100'], email: 'ana.rios@example.org' },
    { name: 'Luis Pérez', phones: ['+507 555 0101', '+507 555 0102'], email: 'luis.perez@example.org' },
  ],
  topicIds: [],
  heroMediaId: null,
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const server = await startProductionServer(values.port!);
try {
  await signIn();
  const releaseId = await findDraft();
  let version = 1;
  const timings: number[] = [];
  const statuses: Record<string, number> = {};
  for (let n = 0; n < WARM_UP + SAVES; n++) {
    const body = JSON.stringify({ expectedVersion: version, draft: draftFor(n) });
    const started = performance.now();
    const response = await fetch(`${base}/api/releases/${releaseId}/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: cookieHeader() },
      body,
    });
    const answer = (await response.json()) as { ok: boolean; version?: number; current?: { version: number } };
    const elapsed = performance.now() - started;
    // The first save may meet a version other than 1 (the demo's history): it then starts from the server's.
    version = answer.ok ? answer.version! : (answer.current?.version ?? version);
    if (n < WARM_UP) continue;
    timings.push(elapsed);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const round = (value: number) => Number(value.toFixed(1));
  const result = {
    saves: SAVES,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1)!),
    meanMs: round(timings.reduce((sum, value) => sum + value, 0) / timings.length),
    statuses,
    requestBytes: JSON.stringify({ expectedVersion: 1, draft: draftFor(0) }).length,
  };
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} CPUs`,
    settings: {
      database: 'PGlite (demo newsroom)',
      server: 'next start',
      warmUpSaves: WARM_UP,
      concurrency: 1,
      goalP95Ms: 150,
    },
    result,
  };
  console.log(result);
  fs.writeFileSync(path.join('bench', 'results', 'autosave.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(
    path.join('bench', 'results', 'autosave.md'),
    [
      `# Autosave round trip (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `\`PUT /api/releases/[id]/draft\` against one \`next start\` on PGlite, signed in as a writer, ${SAVES} saves one after another (after ${WARM_UP} warm-up saves), each about ${Math.round(result.requestBytes / 1000)} kB of JSON. Goal: p95 ≤ 150 ms.`,
      '',
      '| saves | p50 ms | p95 ms | p99 ms | max ms | mean ms | statuses |',
      '|---|---|---|---|---|---|---|',
      `| ${SAVES} | ${result.p50Ms} | ${result.p95Ms} | ${result.p99Ms} | ${result.maxMs} | ${result.meanMs} | ${Object.entries(
        statuses,
      )
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ')} |`,
      '',
    ].join('\n'),
  );
} finally {
  server.stop();
}
