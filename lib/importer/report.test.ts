import { describe, expect, it } from 'vitest';
import { tagsChangedBy, type ImportFileResult, type ImportReport } from './report';

const file = (result: Partial<ImportFileResult>): ImportFileResult => ({
  source: 'dump.txt',
  status: 'imported',
  reasons: [],
  ...result,
});
const report = (files: ImportFileResult[], dryRun = false): ImportReport => ({
  dryRun,
  counts: { imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, needsReview: 0 },
  files,
});

describe('what an import refreshes on the portal', () => {
  it('names each written release, the lists of its language and the sitemap; pages and menus for pages', () => {
    const tags = tagsChangedBy(
      report([
        file({ kind: 'release', language: 'fr', slug: 'accord-agricole' }),
        file({ kind: 'release', language: 'fr', slug: 'caravanes', status: 'updated' }),
        file({ kind: 'page', language: 'en', slug: 'about' }),
      ]),
    );
    expect(tags.sort()).toEqual(
      [
        'menus',
        'pages',
        'publication:fr:accord-agricole',
        'publication:fr:caravanes',
        'publications:fr',
        'sitemap',
      ].sort(),
    );
  });

  it('names nothing for files left unchanged, skipped or failed, nor for a dry run', () => {
    const untouched = ['unchanged', 'skipped', 'failed'] as const;
    expect(
      tagsChangedBy(report(untouched.map((status) => file({ kind: 'release', language: 'es', slug: 'x', status })))),
    ).toEqual([]);
    expect(tagsChangedBy(report([file({ kind: 'release', language: 'es', slug: 'x' })], true))).toEqual([]);
  });
});
