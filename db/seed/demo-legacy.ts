import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importLegacyDumps } from '@/lib/dal/legacy-import';
import type { ImportReport } from '@/lib/importer/report';
import { listDumpSources } from '@/lib/importer/read-sources';

/** Demo pages in the old site's export format (see legacy-dumps/README.md). */
export const DEMO_LEGACY_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'legacy-dumps');

/**
 * Imports the demo dumps through the importer itself, as `npm run import` would: an archived
 * release, a draft that needs review and a static page. Unchanged files are skipped on a re-run.
 */
export async function seedDemoLegacyArchive(): Promise<ImportReport> {
  const sources = (await listDumpSources([DEMO_LEGACY_FOLDER])).filter((source) => source.name.endsWith('.txt'));
  const files = await Promise.all(
    sources.map(async (source) => ({ name: `demo/${source.name}`, bytes: await fs.readFile(source.path) })),
  );
  const outcome = await importLegacyDumps(files, {}, { kind: 'cli' });
  if (!outcome.ok) throw new Error(`The demo import was refused: ${outcome.reason}`);
  return outcome.report;
}
