import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { closeDatabase, databaseDriver } from '@/db/client';
import { importLegacyDumps, LARGEST_DUMP_BYTES, type LegacyDumpFile } from '@/lib/dal/legacy-import';
import { listDumpSources } from '@/lib/importer/read-sources';
import { formatReport, tagsChangedBy, type ImportFileResult } from '@/lib/importer/report';
import { runScript } from './run-script';

const usage = 'Usage: npm run import -- <files or folders> [--draft] [--dry-run] [--office CODE] [--report FILE]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      draft: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      office: { type: 'string' },
      report: { type: 'string' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}

/** A bar that redraws in place on a terminal; one plain line per file when the output is a log. */
function progressPrinter(): (progress: { done: number; total: number; file: ImportFileResult }) => void {
  if (!process.stderr.isTTY) {
    return ({ done, total, file }) =>
      console.error(`[${done}/${total}] ${file.status} ${file.source}${file.reason ? ` (${file.reason})` : ''}`);
  }
  const width = 30;
  return ({ done, total, file }) => {
    const filled = Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file.source}`;
    process.stderr.write(
      `\r${line.slice(0, (process.stderr.columns || 80) - 1).padEnd((process.stderr.columns || 80) - 1)}`,
    );
    if (done === total) process.stderr.write('\n');
  };
}

await runScript(async () => {
  const sources = await listDumpSources(positionals);
  const files = await Promise.all(
    sources.map(async (source): Promise<LegacyDumpFile> => {
      const stat = await fs.stat(source.path);
      // A file over the limit is not read at all: the importer reports it as too large.
      if (stat.size > LARGEST_DUMP_BYTES) return { name: source.name, bytes: new Uint8Array(0), size: stat.size };
      return { name: source.name, bytes: await fs.readFile(source.path), modifiedAt: stat.mtime };
    }),
  );
  const tooLarge = sources.filter((_, index) => (files[index]!.size ?? 0) > LARGEST_DUMP_BYTES);
  for (const source of tooLarge)
    console.error(`Refused ${source.path}: over ${LARGEST_DUMP_BYTES / 1024 / 1024} MB, too large for a saved page.`);
  const outcome = await importLegacyDumps(
    files,
    { draft: values.draft, dryRun: values['dry-run'], officeCode: values.office, onProgress: progressPrinter() },
    { kind: 'cli' },
  );
  // The portal's refresh is a `portal-refresh` job per batch, committed with the batch, as for a publish:
  // a worker (in the running app, or `npm run worker`) expires the pages and feeds the import changed
  // and purges the edges, and tries again until it has.
  const tags = outcome.ok ? tagsChangedBy(outcome.report) : [];
  await closeDatabase();
  if (!outcome.ok) throw new Error(`Import refused: ${outcome.reason}`);
  console.log(`Legacy import (${databaseDriver()}): ${formatReport(outcome.report, process.env.SITE_URL ?? '')}`);
  if (tags.length) console.log(`Portal refresh queued for ${tags.length} cache tags: a worker applies it.`);
  if (values.report) await fs.writeFile(values.report, `${JSON.stringify(outcome.report, null, 2)}\n`);
  if (outcome.report.counts.failed > 0) process.exitCode = 1;
});
