import { CACHE_TAGS } from '@/lib/cache/tags';
import type { Locale } from '@/lib/i18n/locales';
import type { DumpKind, ParseFailure } from './parse-dump';
import type { ReviewCode, ReviewReason } from './review';

export const IMPORT_STATUSES = ['imported', 'updated', 'unchanged', 'skipped', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportReason =
  | ParseFailure
  | 'invalid_name'
  | 'duplicate_source'
  | 'too_large'
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
  /** Whether the item went live or waits as a draft. */
  state?: 'published' | 'draft';
  /** A draft the importer was unsure of: an editor must check `reasons` before publishing it. */
  needsReview?: boolean;
  /** What the importer was unsure of or noticed (notes too, on confident items). */
  reasons: ReviewReason[];
  reason?: ImportReason;
  /** The database's message when storing failed. */
  detail?: string;
};

export type ImportReport = {
  dryRun: boolean;
  counts: Record<ImportStatus, number> & { needsReview: number };
  files: ImportFileResult[];
};

export const REASON_TEXT: Record<ImportReason, string> = {
  empty: 'the file is empty',
  binary: 'the file is binary, not a saved page',
  no_content: 'nothing is left once the site navigation is removed',
  no_body: 'the page has a title but no text',
  invalid_name: 'the file name is empty, too long or holds control characters',
  duplicate_source: 'the same file was given twice',
  too_large: 'the file is larger than a saved page can be (2 MB)',
  kind_changed: 'an earlier import stored this file as the other kind (release or page)',
  no_office: 'neither the contact block nor the dateline names a known office; pass --office CODE',
  unknown_office: 'the office given with --office does not exist',
  storage_error: 'the database refused it',
};

export const REVIEW_TEXT: Record<ReviewCode, string> = {
  kind_unsure: 'release or static page? the signals are even',
  language_unsure: 'the language could not be told with certainty',
  title_derived: 'no title line: the title was taken from the first sentence',
  dateline_unsure: 'the dateline city is a guess',
  paragraphs_unsure: 'a line break may hide a paragraph end (a sentence without its full stop)',
  contacts_unread: 'part of the contact block could not be read',
  contact_left_out: 'a contact with an invalid e-mail address was left out',
  contact_name_unsure: 'a contact’s name does not look like a person’s name',
  summary_missing: 'no summary in the dump: write one before promoting the release',
  date_from_file: 'the date is the file’s date, not one written in the text',
  date_missing: 'the dump gives no date',
  office_from_dateline: 'the office was taken from the dateline city',
};

export function countResults(files: ImportFileResult[]): ImportReport['counts'] {
  const counts = Object.fromEntries(IMPORT_STATUSES.map((status) => [status, 0])) as ImportReport['counts'];
  counts.needsReview = 0;
  for (const file of files) {
    counts[file.status] += 1;
    if (file.needsReview && (file.status === 'imported' || file.status === 'updated')) counts.needsReview += 1;
  }
  return counts;
}

const written = (file: ImportFileResult) => file.status === 'imported' || file.status === 'updated';

/** The files to look at first: drafts that need review, in the order they were given. */
export function filesToReview(report: ImportReport): ImportFileResult[] {
  return report.files.filter((file) => written(file) && file.needsReview);
}

/** Where a person opens an imported item in the workspace (absolute when `origin` is given). */
export function workspaceLink(file: ImportFileResult, origin = ''): string | undefined {
  if (!file.id) return undefined;
  return `${origin}/workspace/${file.kind === 'page' ? 'pages' : 'releases'}/${file.id}`;
}

/**
 * The closing summary a terminal shows: the totals, the drafts to review with their reasons and
 * links, then the files that were not stored, then notes on what was published.
 */
export function formatReport(report: ImportReport, origin = ''): string {
  const { counts } = report;
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}${counts.imported} imported, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed; ${counts.needsReview} to review`,
  ];
  const toReview = filesToReview(report);
  if (toReview.length) lines.push('Needs review (imported as drafts):');
  for (const file of toReview) {
    const link = workspaceLink(file, origin);
    lines.push(`  review  ${file.source}${file.title ? ` “${file.title}”` : ''}${link ? ` ${link}` : ''}`);
    for (const reason of file.reasons) {
      lines.push(`          - ${REVIEW_TEXT[reason.code]}${reason.detail ? `: ${reason.detail}` : ''}`);
    }
  }
  for (const file of report.files) {
    if (file.status !== 'skipped' && file.status !== 'failed') continue;
    const why = file.reason ? REASON_TEXT[file.reason] : 'unknown';
    lines.push(`  ${file.status.padEnd(7)} ${file.source}: ${why}${file.detail ? ` (${file.detail})` : ''}`);
  }
  // Notes are about what was just written; an unchanged file was checked the first time.
  for (const file of report.files) {
    if (!written(file) || file.needsReview) continue;
    for (const reason of file.reasons) lines.push(`  note    ${file.source}: ${REVIEW_TEXT[reason.code]}`);
  }
  return lines.join('\n');
}

/** The portal's cache tags whose pages show what an import wrote (lists, pages, the sitemap). */
export function tagsChangedBy(report: Pick<ImportReport, 'dryRun' | 'files'>): string[] {
  const tags = new Set<string>();
  if (report.dryRun) return [];
  for (const file of report.files) {
    if (!written(file) || !file.language) continue;
    if (file.kind === 'page') {
      tags.add(CACHE_TAGS.pages).add(CACHE_TAGS.menus).add(CACHE_TAGS.sitemap);
      continue;
    }
    if (file.slug) tags.add(CACHE_TAGS.publication(file.language, file.slug));
    tags.add(CACHE_TAGS.publications(file.language)).add(CACHE_TAGS.sitemap);
  }
  return [...tags];
}
