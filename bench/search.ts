// Full-text search against ILIKE at 100,000 generated publications on PostgreSQL.
// Usage: node --import tsx bench/search.ts [count] (PostgreSQL server: BENCH_DATABASE_URL,
// default postgres://postgres@127.0.0.1:5432/postgres; a throwaway database is created and dropped).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { SEARCH_CONFIGS } from '@/db/schema/publications';
import { MIN_HITS_TO_WALK, NEWEST_SAMPLED } from '@/lib/dal/search-plan';
import { SEARCH_WINDOW } from '@/lib/publications/news-filters';
import { requiredWordPairs } from '@/lib/publications/word-pairs';
import type { Locale } from '@/lib/i18n/locales';
import { generatePublications, TOPICAL_WORDS, vocabulary } from '@/scripts/generate-publications';
import { loadAverage } from './load-average';

const count = Number(process.argv[2] ?? 100_000);
const runs = Number(process.env.SEARCH_RUNS ?? 5);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `communique_bench_${Date.now().toString(36)}`;

const tail = (language: Locale, rank: number) => vocabulary(language)[TOPICAL_WORDS[language].length + rank]!;
const QUERIES: [Locale, string][] = [
  ['fr', 'développement'],
  ['fr', 'developpement'],
  ['fr', 'developpement durable'],
  ['fr', 'réfugiés'],
  ['fr', 'refugies climat'],
  ['fr', 'sécurité'],
  ['fr', '"santé publique"'],
  ['fr', 'frontière -sécheresse'],
  ['fr', 'inondations OR tempêtes'],
  ['fr', 'travailleurs saisonniers'],
  ['fr', 'recrutement droits'],
  ['fr', 'energie solaire'],
  ['fr', 'certification competences'],
  ['fr', tail('fr', 50)],
  ['fr', tail('fr', 700)],
  ['fr', tail('fr', 4000)],
  ['fr', `${tail('fr', 120)} migration`],
  ['en', 'development'],
  ['en', 'sustainable development'],
  ['en', 'refugees'],
  ['en', 'flooding'],
  ['en', 'storm evacuation'],
  ['en', '"drinking water"'],
  ['en', 'trafficking victims'],
  ['en', 'border -drought'],
  ['en', 'vaccination OR screening'],
  ['en', 'seasonal workers'],
  ['en', 'solar energy skills'],
  ['en', 'diaspora investment'],
  ['en', tail('en', 60)],
  ['en', tail('en', 900)],
  ['en', tail('en', 5000)],
  ['en', `${tail('en', 200)} health`],
  ['es', 'migración'],
  ['es', 'migracion'],
  ['es', 'desarrollo sostenible'],
  ['es', 'refugiados'],
  ['es', 'inundaciones sequia'],
  ['es', '"agua potable"'],
  ['es', 'trata victimas'],
  ['es', 'frontera -clima'],
  ['es', 'vacunación OR detección'],
  ['es', 'trabajadores temporales'],
  ['es', 'energia solar'],
  ['es', 'diaspora inversion'],
  ['es', tail('es', 40)],
  ['es', tail('es', 1500)],
  ['es', tail('es', 7000)],
  ['es', `${tail('es', 300)} salud`],
];

const HEADLINE = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';
const TITLE_HEADLINE = 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true';

/** Planning plus execution time reported by the server for one statement. */
async function serverTime(sql: postgres.Sql, text: string, params: (string | number)[]): Promise<number> {
  const [row] = await sql.unsafe(`explain (analyze, format json) ${text}`, params);
  const [plan] = (row as unknown as { 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] })[
    'QUERY PLAN'
  ];
  return plan['Planning Time'] + plan['Execution Time'];
}

/**
 * The statements of lib/dal/publications.ts searchPublications(): the query's parse (for the word
 * pairs a phrase demands), then, in one transaction with the planner settings of search-plan.ts,
 * a count through the GIN index capped just past the window, for more matches than that a test
 * of the newest rows, then one page ranked among the window's most recent matches, with
 * headlines of the title and of the text.
 */
async function fullTextSearch(sql: postgres.Sql, language: Locale, words: string) {
  const config = `'${SEARCH_CONFIGS[language]}'::regconfig`;
  const parseMs = await serverTime(sql, `select websearch_to_tsquery(${config}, $1)::text`, [words]);
  const [parsed] = await sql.unsafe(`select websearch_to_tsquery(${config}, $1)::text as query`, [words]);
  const pairs = requiredWordPairs((parsed as unknown as { query: string }).query);
  const filtered = 'withdrawn_at is null and language = $1';
  const matching = `search @@ websearch_to_tsquery(${config}, $2)`;
  const where = `${filtered} and ${matching}${pairs ? ` and adjacent_pairs @@ '${pairs.replace(/'/g, "''")}'::tsquery` : ''}`;
  return sql.begin(async (tx) => {
    const statement = tx as unknown as postgres.Sql;
    const allow = (settings: string) => serverTime(statement, `select ${settings}`, []);
    let ms =
      parseMs + (await allow(`set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`));
    const count = `select count(*)::int as matches from (select 1 from publications where ${where} limit ${SEARCH_WINDOW + 1}) counted`;
    ms += await serverTime(statement, count, [language, words]);
    const [{ matches }] = (await tx.unsafe(count, [language, words])) as unknown as [{ matches: number }];
    if (matches === 0) return ms;
    if (matches > SEARCH_WINDOW) {
      ms += await allow(`set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'off', true)`);
      const sample = `select (count(*) filter (where matches))::int as hits from (
        select ${matching} as matches from publications where ${filtered} order by published_at desc limit ${NEWEST_SAMPLED}
      ) newest`;
      ms += await serverTime(statement, sample, [language, words]);
      const [{ hits }] = (await tx.unsafe(sample, [language, words])) as unknown as [{ hits: number }];
      if (hits < MIN_HITS_TO_WALK)
        ms += await allow(`set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true)`);
    }
    return (
      ms +
      (await serverTime(
        statement,
        `select r.id, ts_headline(${config}, r.title, websearch_to_tsquery(${config}, $2), $4), ts_headline(${config}, r.summary || ' ' || r.body_text, websearch_to_tsquery(${config}, $2), $3) from (
           select c.id, c.title, c.summary, c.body_text, c.published_at, ts_rank_cd(c.search, websearch_to_tsquery(${config}, $2)) as rank from (
             select id, title, summary, body_text, published_at, search from publications where ${where} order by published_at desc, id desc limit ${SEARCH_WINDOW}
           ) c order by rank desc, c.published_at desc, c.id desc limit 10
         ) r order by r.rank desc, r.published_at desc, r.id desc`,
        [language, words, HEADLINE, TITLE_HEADLINE],
      ))
    );
  });
}

/** The naive alternative: every word somewhere in the title, summary or body, newest first. */
async function ilikeSearch(sql: postgres.Sql, language: Locale, words: string) {
  const terms = words
    .replace(/["()]|\bOR\b/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !word.startsWith('-'));
  const conditions = terms
    .map((_, i) => `(title ilike $${i + 2} or summary ilike $${i + 2} or body_text ilike $${i + 2})`)
    .join(' and ');
  const params = [language, ...terms.map((term) => `%${term}%`)];
  const where = `withdrawn_at is null and language = $1 and ${conditions}`;
  const countMs = await serverTime(sql, `select count(*)::int from publications where ${where}`, params);
  const pageMs = await serverTime(
    sql,
    `select id, title, summary from publications where ${where} order by published_at desc limit 10`,
    params,
  );
  return countMs + pageMs;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (value: number) => Math.round(value * 100) / 100;

/** The median of several runs: one run on a shared machine says more about its neighbours than about the query. */
async function medianTime(search: () => Promise<number>) {
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await search());
  return round(percentile(times, 50));
}

const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
const { db, closeDatabase } = await import('@/db/client');
const { migrateDatabase } = await import('@/db/migrate');
const { seedDemo } = await import('@/db/seed');
const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
try {
  await migrateDatabase();
  await seedDemo(db, { password: 'bench-only' });
  const started = performance.now();
  await generatePublications(db, count, {
    batch: 1000,
    onProgress: (done) => process.stdout.write(`\rgenerated ${done} / ${count}`),
  });
  console.log(`\ngenerated in ${Math.round((performance.now() - started) / 1000)} s`);
  await sql.unsafe('vacuum analyze publications');
  // Writes the bulk load out now, so that its flushing does not run through the timings.
  await sql.unsafe('checkpoint');

  const loadAtStart = loadAverage();
  const rows = [];
  for (const [language, words] of QUERIES) {
    await fullTextSearch(sql, language, words); // warm the cache for both methods alike
    await ilikeSearch(sql, language, words);
    const [matches] = await sql.unsafe(
      `select count(*)::int as n from publications where withdrawn_at is null and language = $1 and search @@ websearch_to_tsquery('${SEARCH_CONFIGS[language]}'::regconfig, $2)`,
      [language, words],
    );
    rows.push({
      language,
      query: words,
      matches: (matches as unknown as { n: number }).n,
      fullTextMs: await medianTime(() => fullTextSearch(sql, language, words)),
      ilikeMs: await medianTime(() => ilikeSearch(sql, language, words)),
    });
    console.log(rows.at(-1));
  }
  const fts = rows.map((row) => row.fullTextMs);
  const ilike = rows.map((row) => row.ilikeMs);
  const summary = {
    fullText: { p50Ms: round(percentile(fts, 50)), p95Ms: round(percentile(fts, 95)) },
    ilike: { p50Ms: round(percentile(ilike, 50)), p95Ms: round(percentile(ilike, 95)) },
  };
  const speedup = {
    p50: round(summary.ilike.p50Ms / summary.fullText.p50Ms),
    p95: round(summary.ilike.p95Ms / summary.fullText.p95Ms),
  };
  const [version] = await sql`select version()`;
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${os.cpus().length} CPUs, ${(version as { version: string }).version.split(',')[0]}`,
    publications: count,
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    method: `server-side planning + execution time (EXPLAIN ANALYZE) of the count and of the first page, the median of ${runs} runs after one warm-up run`,
    summary,
    speedup,
    queries: rows,
  };
  fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join('bench', 'results', 'search.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(
    path.join('bench', 'results', 'search.md'),
    [
      `# Search at ${count.toLocaleString('en')} publications (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `${QUERIES.length} queries in French, English and Spanish; ${report.method}. Goal: full-text p95 ≤ 30 ms and ≥ 20× faster than ILIKE.`,
      '',
      `Load average: ${report.loadAverage.atStart} at the start, ${report.loadAverage.atEnd} at the end.`,
      '',
      '| method | p50 ms | p95 ms |',
      '|---|---|---|',
      `| full text (websearch_to_tsquery, ts_rank_cd, ts_headline) | ${summary.fullText.p50Ms} | ${summary.fullText.p95Ms} |`,
      `| ILIKE on title, summary and body | ${summary.ilike.p50Ms} | ${summary.ilike.p95Ms} |`,
      `| speed-up | ${speedup.p50}× | ${speedup.p95}× |`,
      '',
      '| language | query | matches | full text ms | ILIKE ms |',
      '|---|---|---|---|---|',
      ...rows.map(
        (row) => `| ${row.language} | \`${row.query}\` | ${row.matches} | ${row.fullTextMs} | ${row.ilikeMs} |`,
      ),
      '',
    ].join('\n'),
  );
  console.log(summary, speedup);
} finally {
  await sql.end();
  await closeDatabase();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
