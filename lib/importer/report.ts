import { CACHE_TAGS } from '@/lib/cache/tags';
import type { Locale } from '@/lib/i18n/locales';
import type { DumpKind, ParseFailure } from './parse-dump';

export const IMPORT_STATUSES = ['imported', 'updated', 'unchanged', 'skipped', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportReason =
  | ParseFailure
  | 'invalid_name'
  | 'duplicate_source'
  | 'kind_changed'
  | 'no_office'
  | 'unknown_office'
  | 'storage_error';

export type ImportFileResult = {
  source: string;
  status: ImportStatus;
  kind?: DumpKind;
  language?: Locale;
  title?: string;
  /** The stored release's or page's id, once it exists. */
  id?: string;
  /** The release's slug or the page's path. */
  slug?: string;
  officeCode?: string;
  reason?: ImportReason;
  /** The database's message when storing failed. */
  detail?: string;
  warnings: string[];
};

export type ImportReport = {
  dryRun: boolean;
  counts: Record<ImportStatus, number>;
  files: ImportFileResult[];
};

export const REASON_TEXT: Record<ImportReason, string> = {
  empty: 'the file is empty',
  binary: 'the file is binary, not a saved page',
  no_content: 'nothing is left once the site navigation is removed',
  no_title: 'the release has no title line',
  no_body: 'the page has a title but no text',
  invalid_name: 'the file name is empty, too long or holds control characters',
  duplicate_source: 'the same file was given twice',
  kind_changed: 'an earlier import stored this file as the other kind (release or page)',
  no_office: 'the contact block names no known office; pass --office CODE',
  unknown_office: 'the office given with --office does not exist',
  storage_error: 'the database refused it',
};

export function countResults(files: ImportFileResult[]): Record<ImportStatus, number> {
  const counts = Object.fromEntries(IMPORT_STATUSES.map((status) => [status, 0])) as Record<ImportStatus, number>;
  for (const file of files) counts[file.status] += 1;
  return counts;
}

/** The closing summary a terminal shows: the totals, then one line per file that was not stored. */
export function formatReport(report: ImportReport): string {
  const { counts } = report;
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}${counts.imported} imported, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed`,
  ];
  for (const file of report.files) {
    if (file.status !== 'skipped' && file.status !== 'failed') continue;
    const why = file.reason ? REASON_TEXT[file.reason] : 'unknown';
    lines.push(`  ${file.status.padEnd(7)} ${file.source}: ${why}${file.detail ? ` (${file.detail})` : ''}`);
  }
  // Warnings are about what was just written; an unchanged file was checked the first time.
  for (const file of report.files) {
    if (file.status !== 'imported' && file.status !== 'updated') continue;
    for (const warning of file.warnings) lines.push(`  warning ${file.source}: ${warning}`);
  }
  return lines.join('\n');
}

/** The portal lists and pages that show what an import wrote: the tags to invalidate once it is done. */
export function portalTagsOf(report: ImportReport): string[] {
  if (report.dryRun) return [];
  const tags = new Set<string>();
  for (const file of report.files) {
    if ((file.status !== 'imported' && file.status !== 'updated') || !file.language) continue;
    if (file.kind === 'page') {
      tags.add(CACHE_TAGS.pages).add(CACHE_TAGS.menus);
      continue;
    }
    if (file.slug) tags.add(CACHE_TAGS.publication(file.language, file.slug));
    tags.add(CACHE_TAGS.publications(file.language)).add(CACHE_TAGS.sitemap);
  }
  return [...tags];
}
