/**
 * Import throughput on generated legacy dumps: parsing alone, a first import into an empty
 * database, and a second import of the same files (all unchanged). Runs on a throwaway
 * in-memory PGlite, and also on PostgreSQL when BENCH_DATABASE_URL names a server (a database
 * is created there and dropped afterwards).
 *
 *   npm run bench:import [-- --count 10000]
 *
 * Writes bench/results/import-throughput.json and .md.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { generateDump } from '../scripts/generate-legacy-dumps';

const { values } = parseArgs({ options: { count: { type: 'string' } } });
const COUNT = Number(values.count ?? 10_000);
const GOAL = 500;

process.env.PGLITE_DATA_DIR = 'memory://';
const serverUrl = process.env.BENCH_DATABASE_URL;
delete process.env.DATABASE_URL;

const { parseDump } = await import('@/lib/importer/parse-dump');
const files = Array.from({ length: COUNT }, (_, n) => ({
  name: `bench/${String(n).padStart(5, '0')}.txt`,
  bytes: new TextEncoder().encode(generateDump(n)),
}));

type Row = {
  database: string;
  phase: string;
  files: number;
  seconds: number;
  pagesPerSecond: number;
  imported: number;
  unchanged: number;
  failed: number;
};
const rows: Row[] = [];
const measure = (database: string, phase: string, seconds: number, counts = { imported: 0, unchanged: 0, failed: 0 }) =>
  rows.push({
    database,
    phase,
    files: COUNT,
    seconds: Number(seconds.toFixed(2)),
    pagesPerSecond: Math.round(COUNT / seconds),
    ...counts,
  });

let started = performance.now();
let unparsed = 0;
for (const file of files) if (!parseDump(file.bytes).ok) unparsed += 1;
measure('none', 'parse only', (performance.now() - started) / 1000, {
  imported: COUNT - unparsed,
  unchanged: 0,
  failed: unparsed,
});

async function importTwice(database: string) {
  const { migrateDatabase } = await import('@/db/migrate');
  const { db, closeDatabase } = await import('@/db/client');
  const { offices } = await import('@/db/schema');
  const { importLegacyDumps } = await import('@/lib/dal/legacy-import');
  await migrateDatabase();
  await db.insert(offices).values({
    code: 'hq',
    kind: 'hq',
    names: { fr: 'Siège de l’ACI', en: 'ICA Headquarters', es: 'Sede de la ACI' },
    cities: { fr: 'Genève', en: 'Genève', es: 'Genève' },
    countryCode: 'CH',
    timeZone: 'Europe/Zurich',
    defaultLanguage: 'fr',
  });
  for (const phase of ['first import', 'second import (unchanged)']) {
    started = performance.now();
    const outcome = await importLegacyDumps(files, { officeCode: 'hq' }, { kind: 'cli' });
    if (!outcome.ok) throw new Error('import refused');
    const { imported, unchanged, failed } = outcome.report.counts;
    measure(database, phase, (performance.now() - started) / 1000, { imported, unchanged, failed });
  }
  await closeDatabase();
}

await importTwice('PGlite (in memory)');

if (serverUrl) {
  const name = `communique_bench_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  try {
    await importTwice('PostgreSQL');
  } finally {
    delete process.env.DATABASE_URL;
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

// The load average says how much of the machine other work took during the run.
const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  date: new Date().toISOString(),
};
const outDir = path.join(import.meta.dirname, 'results');
await fs.mkdir(outDir, { recursive: true });
await fs.writeFile(
  path.join(outDir, 'import-throughput.json'),
  `${JSON.stringify({ goalPagesPerSecond: GOAL, machine, rows }, null, 2)}\n`,
);
const table = [
  `# Import throughput (${COUNT} generated dumps, goal ≥ ${GOAL} pages/s)`,
  '',
  `${machine.cpus} × ${machine.cpu}, Node ${machine.node}, load average ${machine.loadAverage.join(' / ')} (1/5/15 min), ${machine.date}`,
  '',
  '| database | phase | seconds | pages/s | imported | unchanged | failed | goal |',
  '|---|---|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (row) =>
      `| ${row.database} | ${row.phase} | ${row.seconds} | ${row.pagesPerSecond} | ${row.imported} | ${row.unchanged} | ${row.failed} | ${row.pagesPerSecond >= GOAL ? 'met' : 'missed'} |`,
  ),
  '',
].join('\n');
await fs.writeFile(path.join(outDir, 'import-throughput.md'), table);
console.log(table);
