import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { closeDatabase, databaseDriver } from '@/db/client';
import { importLegacyDumps } from '@/lib/dal/legacy-import';
import { listDumpSources } from '@/lib/importer/read-sources';
import { formatReport, portalTagsOf, type ImportFileResult } from '@/lib/importer/report';
import { appUrl, refreshPortalTags } from '@/lib/jobs/portal-refresh';
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
    sources.map(async (source) => ({ name: source.name, bytes: await fs.readFile(source.path) })),
  );
  const outcome = await importLegacyDumps(
    files,
    { draft: values.draft, dryRun: values['dry-run'], officeCode: values.office, onProgress: progressPrinter() },
    { kind: 'cli' },
  );
  await closeDatabase();
  if (!outcome.ok) throw new Error(`Import refused: ${outcome.reason}`);
  console.log(`Legacy import (${databaseDriver()}): ${formatReport(outcome.report)}`);
  // The running app refreshes its cache and purges the edges of what was written.
  if (!(await refreshPortalTags(portalTagsOf(outcome.report)))) {
    console.error(
      `Could not reach the app at ${appUrl()} to refresh the portal: if it is running, its cached pages ` +
        '(and an edge’s copies) may show the imported releases as they were.',
    );
  }
  if (values.report) await fs.writeFile(values.report, `${JSON.stringify(outcome.report, null, 2)}\n`);
  if (outcome.report.counts.failed > 0) process.exitCode = 1;
});
