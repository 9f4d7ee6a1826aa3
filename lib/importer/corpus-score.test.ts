import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { pages, releases } from '@/db/schema';
import { importLegacyDumps } from '@/lib/dal/legacy-import';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { freshDatabase } from '@/test/database';
import { insertOffice } from '@/test/fixtures';
import { formatCorpusScore, scoreCorpus, scoreItem, type AnswerKey, type ScoredReading } from './corpus-score';

/**
 * The development corpus (lib/importer/corpus): real releases and pages the parser was not
 * written against, imported into the test database (PGlite, or PostgreSQL with TEST_DATABASE_URL)
 * and compared field by field with their answer keys. The held-out third was only ever scored.
 */
const CORPUS = path.join(import.meta.dirname, 'corpus');
const SPLITS = ['tune', 'held-out'] as const;
const GOAL = 0.95;

const keysOf = (split: string) =>
  JSON.parse(fs.readFileSync(path.join(CORPUS, split, 'answers.json'), 'utf8')) as Record<string, AnswerKey>;
const paragraphsOf = (body: RichTextDoc) => body.content.filter((node) => node.type === 'paragraph').length;

let db: Database;
const readings = new Map<string, ScoredReading | undefined>();

beforeAll(async () => {
  db = await freshDatabase();
  await insertOffice(db, {
    code: 'hq',
    kind: 'hq',
    cities: { fr: 'Genève', en: 'Genève', es: 'Genève' },
    names: { fr: 'Siège', en: 'Headquarters', es: 'Sede' },
  });
  const files = SPLITS.flatMap((split) =>
    Object.keys(keysOf(split)).map((id) => ({
      name: `${split}/${id}.txt`,
      bytes: fs.readFileSync(path.join(CORPUS, split, `${id}.txt`)),
    })),
  );
  const outcome = await importLegacyDumps(files, { officeCode: 'hq' }, { kind: 'cli' });
  if (!outcome.ok) throw new Error('the import was refused');
  for (const file of outcome.report.files) {
    const review = { needsReview: file.needsReview ?? true, reasons: file.reasons };
    if (file.kind === 'release' && file.id) {
      const [row] = await db.select().from(releases).where(eq(releases.id, file.id));
      readings.set(file.source, { ...row!, kind: 'release', paragraphs: paragraphsOf(row!.body), review });
    } else if (file.kind === 'page' && file.id) {
      const [row] = await db.select().from(pages).where(eq(pages.id, file.id));
      readings.set(file.source, {
        kind: 'page',
        language: row!.language,
        title: row!.title,
        datelineCity: '',
        contacts: [],
        paragraphs: paragraphsOf(row!.body),
        review,
      });
    } else readings.set(file.source, undefined);
  }
}, 300_000);

const scoreOf = (split: (typeof SPLITS)[number]) => {
  const score = scoreCorpus(
    Object.entries(keysOf(split)).map(([id, key]) => scoreItem(id, key, readings.get(`${split}/${id}.txt`))),
  );
  console.log(formatCorpusScore(split, score));
  return score;
};

describe('the corpus, imported', () => {
  it(`gets at least ${GOAL * 100} % of the tuning third's fields right, and publishes none of its wrong fields without a review flag`, () => {
    const score = scoreOf('tune');
    expect(score.right / score.total).toBeGreaterThanOrEqual(GOAL);
    expect(score.publishedWrong).toEqual([]);
  });

  // The held-out third measures rules tuned on the other two thirds.
  it(`gets at least ${GOAL * 100} % of the held-out third's fields right, and publishes none of its wrong fields without a review flag`, () => {
    const score = scoreOf('held-out');
    expect(score.right / score.total).toBeGreaterThanOrEqual(GOAL);
    expect(score.publishedWrong).toEqual([]);
  });
});
