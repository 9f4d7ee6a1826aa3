/**
 * The workspace's list of releases at 100,000 releases on PostgreSQL: p50 and p95 of the list's
 * query (lib/dal/release-list.ts queryReleaseList(), through Drizzle, as the page runs it) for the
 * filters people use, in the scope of a headquarters editor (every office), a regional editor
 * (a region and its countries) and a writer (one office). Goal: p95 ≤ 50 ms.
 *
 *   npm run bench:release-list [-- --count 100000 --runs 30]
 *
 * A throwaway database is created on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), migrated, seeded with the demo newsroom and
 * 100,000 generated releases (three languages, every state, ten years of changes, one topic each),
 * and dropped at the end. Writes bench/results/release-list.json and .md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseListFiltersInput } from '@/lib/validation/workspace-filters';
import type { ReleaseState } from '@/lib/workflow/states';
import { mulberry32, TOPICAL_WORDS, vocabulary } from '@/scripts/generate-publications';
import { loadAverage } from './load-average';

const { values } = parseArgs({ options: { count: { type: 'string' }, runs: { type: 'string' } } });
const COUNT = Number(values.count ?? 100_000);
const RUNS = Number(values.runs ?? 30);
const GOAL_P95_MS = 50;
const BATCH = 1000;
const DAY = 86_400_000;
const LANGUAGES: Locale[] = ['fr', 'en', 'es'];
// Most of an archive is published; a newsroom has a few dozen releases in each working state.
const STATE_WEIGHTS: [ReleaseState, number][] = [
  ['published', 0.8],
  ['draft', 0.06],
  ['unpublished', 0.04],
  ['archived', 0.04],
  ['changes_requested', 0.02],
  ['in_review', 0.02],
  ['approved', 0.01],
  ['scheduled', 0.01],
];

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `communique_release_list_${Date.now().toString(36)}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
const { db, closeDatabase } = await import('@/db/client');
const { migrateDatabase } = await import('@/db/migrate');
const { seedDemo } = await import('@/db/seed');
const { offices, releases, releaseTopics, topics, users } = await import('@/db/schema');
const { queryReleaseList } = await import('@/lib/dal/release-list');
const { EMPTY_DOC } = await import('@/lib/rich-text/types');
const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function seedReleases() {
  const random = mulberry32(20261207);
  const words = Object.fromEntries(LANGUAGES.map((language) => [language, vocabulary(language)])) as Record<
    Locale,
    string[]
  >;
  // Topical words often, the long tail rarely, as in real text.
  const word = (language: Locale) => {
    const list = words[language];
    const rank = Math.floor(Math.pow(random(), 3) * list.length);
    return list[rank]!;
  };
  const sentence = (language: Locale, length: number) => Array.from({ length }, () => word(language)).join(' ');
  const state = () => {
    let roll = random();
    for (const [candidate, weight] of STATE_WEIGHTS) if ((roll -= weight) < 0) return candidate;
    return 'published' as const;
  };
  const officeRows = await db.select({ id: offices.id }).from(offices);
  const people = await db.select({ id: users.id, officeId: users.officeId }).from(users);
  const topicRows = await db.select({ id: topics.id }).from(topics);
  const now = Date.now();
  for (let offset = 0; offset < COUNT; offset += BATCH) {
    const size = Math.min(BATCH, COUNT - offset);
    const rows = Array.from({ length: size }, (_, i) => {
      const n = offset + i;
      const language = LANGUAGES[n % 3]!;
      const office = officeRows[Math.floor(random() * officeRows.length)]!;
      const author = people[Math.floor(random() * people.length)]!;
      const updatedAt = new Date(now - Math.floor(random() * 3650 * DAY));
      const releaseState = state();
      const everPublished = ['published', 'unpublished', 'archived'].includes(releaseState);
      return {
        language,
        slug: `bench-list-${n}`,
        officeId: office.id,
        authorId: author.id,
        state: releaseState,
        title: sentence(language, 9),
        summary: sentence(language, 28),
        bodyText: sentence(language, 150),
        body: EMPTY_DOC,
        scheduledAt: releaseState === 'scheduled' ? new Date(now + DAY) : null,
        lastPublishedAt: everPublished ? updatedAt : null,
        firstPublishedAt: everPublished ? updatedAt : null,
        createdAt: updatedAt,
        updatedAt,
      };
    });
    await db.transaction(async (tx) => {
      const inserted = await tx.insert(releases).values(rows).returning({ id: releases.id });
      await tx.insert(releaseTopics).values(
        inserted.map((row) => ({
          releaseId: row.id,
          topicId: topicRows[Math.floor(random() * topicRows.length)]!.id,
        })),
      );
    });
    process.stdout.write(`\rgenerated ${offset + size} / ${COUNT}`);
  }
  process.stdout.write('\n');
}

type Scope = { kind: 'all' } | { kind: 'offices'; officeIds: string[] };

try {
  await migrateDatabase();
  await seedDemo(db, { password: 'bench-only' });
  // A published release needs a live revision; the list never reads one, so this throwaway database goes without.
  await sql.unsafe('alter table releases drop constraint releases_published_has_live');
  const started = performance.now();
  await seedReleases();
  console.log(`seeded in ${Math.round((performance.now() - started) / 1000)} s`);
  await sql.unsafe('vacuum analyze');
  await sql.unsafe('checkpoint');

  const [region] = await sql<{ id: string }[]>`select id from offices where kind = 'regional' order by code limit 1`;
  const regionScope: Scope = {
    kind: 'offices',
    officeIds: (
      await sql<{ id: string }[]>`select id from offices where id = ${region!.id} or parent_id = ${region!.id}`
    ).map((row) => row.id),
  };
  const [country] = await sql<
    { id: string; code: string }[]
  >`select id, code from offices where kind = 'country' order by code limit 1`;
  const writerScope: Scope = { kind: 'offices', officeIds: [country!.id] };
  const [author] = await sql<
    { author_id: string }[]
  >`select author_id from releases group by author_id order by count(*) desc limit 1`;
  const [topic] = await sql<{ slug: string }[]>`select slug from topics order by slug limit 1`;
  const common = TOPICAL_WORDS.es[0]!;
  const rare = vocabulary('fr')[TOPICAL_WORDS.fr.length + 3000]!;
  const monthAgo = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10);

  const cases: { label: string; scope: Scope; filters: ReleaseListFiltersInput }[] = [
    { label: 'HQ editor: everything, last change first', scope: { kind: 'all' }, filters: {} },
    { label: 'regional editor: their region', scope: regionScope, filters: {} },
    { label: 'writer: their office', scope: writerScope, filters: {} },
    { label: 'HQ editor: in review', scope: { kind: 'all' }, filters: { state: 'in_review' } },
    { label: 'HQ editor: published, French', scope: { kind: 'all' }, filters: { state: 'published', language: 'fr' } },
    { label: 'writer: drafts', scope: writerScope, filters: { state: 'draft' } },
    { label: `HQ editor: search "${common}" (common)`, scope: { kind: 'all' }, filters: { q: common } },
    { label: `HQ editor: search "${rare}" (rare)`, scope: { kind: 'all' }, filters: { q: rare } },
    { label: `writer: search "${common}"`, scope: writerScope, filters: { q: common } },
    {
      label: 'HQ editor: one office, by title',
      scope: { kind: 'all' },
      filters: { office: country!.code, sort: 'title' },
    },
    { label: 'HQ editor: one author', scope: { kind: 'all' }, filters: { author: author!.author_id } },
    { label: 'HQ editor: one topic', scope: { kind: 'all' }, filters: { topic: topic!.slug } },
    { label: 'HQ editor: changed in the last 30 days', scope: { kind: 'all' }, filters: { from: monthAgo } },
    {
      label: 'HQ editor: a year ago to now, oldest first',
      scope: { kind: 'all' },
      filters: { from: yearAgo, sort: 'oldest' },
    },
    { label: 'HQ editor: last published first', scope: { kind: 'all' }, filters: { sort: 'published' } },
    { label: 'HQ editor: page 20', scope: { kind: 'all' }, filters: { page: 20 } },
  ];

  const rows = [];
  const all: number[] = [];
  for (const { label, scope, filters } of cases) {
    await queryReleaseList({ scope }, filters); // warm
    const times: number[] = [];
    let shown = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const page = await queryReleaseList({ scope }, filters);
      times.push(performance.now() - start);
      shown = page.items.length;
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push({ label, filters, shown, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) });
    console.log(`${label}: p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms`);
  }
  all.sort((a, b) => a - b);
  const [version] = await sql<{ version: string }[]>`select version()`;
  const result = {
    date: new Date().toISOString(),
    releases: COUNT,
    runsPerCase: RUNS,
    postgres: version!.version.split(' on ')[0],
    loadAverage: loadAverage(),
    goalP95Ms: GOAL_P95_MS,
    overall: { p50Ms: round(percentile(all, 50)), p95Ms: round(percentile(all, 95)) },
    worstCaseP95Ms: Math.max(...rows.map((row) => row.p95Ms)),
    cases: rows,
  };
  const out = path.resolve('bench/results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'release-list.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `# The workspace's list of releases at ${COUNT.toLocaleString('en')} releases`,
    '',
    `${result.postgres}, ${RUNS} runs per case after one warm-up, time of queryReleaseList() as the page calls it (Drizzle, one round trip). Load average at the end: ${result.loadAverage}. Goal: p95 ≤ ${GOAL_P95_MS} ms.`,
    '',
    '| case | rows shown | p50 (ms) | p95 (ms) |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.label} | ${row.shown} | ${row.p50Ms} | ${row.p95Ms} |`),
    `| **all cases** |  | **${result.overall.p50Ms}** | **${result.overall.p95Ms}** |`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(out, 'release-list.md'), md);
  console.log(md);
} finally {
  await sql.end();
  await closeDatabase();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
