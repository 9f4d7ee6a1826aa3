import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { publications } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { PAGE_SIZE, parseNewsFilters, SEARCH_WINDOW } from '@/lib/publications/news-filters';
import { generatePublications, TOPICAL_WORDS, vocabulary } from '@/scripts/generate-publications';
import { freshDatabase } from '@/test/database';
import { searchPublications } from './publications';
import { NEWEST_SAMPLED } from './search-plan';

vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));
// Set in a test to make every search walk the date index, or none.
const plan = vi.hoisted(() => ({ minHitsToWalk: undefined as number | undefined }));
vi.mock('./search-plan', async (importOriginal) => {
  const original = await importOriginal<typeof import('./search-plan')>();
  return {
    ...original,
    get MIN_HITS_TO_WALK() {
      return plan.minHitsToWalk ?? original.MIN_HITS_TO_WALK;
    },
  };
});

const frenchFilters = (params: Record<string, string> = {}) => parseNewsFilters(params, 'fr').filters;
// The most frequent generated word: nearly every generated French text contains it.
const commonWord = TOPICAL_WORDS.fr[0]!;

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'search-test' });
  // A third of them in French: more matches for the common word than one search ranks.
  await generatePublications(db, 3 * (SEARCH_WINDOW + 60), { batch: 500 });
}, 120_000);

describe('a search with more matches than it ranks', () => {
  it('says there were more, and pages through the most recent matches only', async () => {
    const first = await searchPublications('fr', commonWord, frenchFilters());
    expect(first.moreThanWindow).toBe(true);
    expect(first.total).toBe(SEARCH_WINDOW);
    expect(first.pageCount).toBe(Math.ceil(SEARCH_WINDOW / PAGE_SIZE));
    const last = await searchPublications('fr', commonWord, frenchFilters({ page: String(first.pageCount) }));
    expect(last.items.length).toBeGreaterThan(0);
    const pages = await Promise.all(
      [1, 2, 3].map((page) => searchPublications('fr', commonWord, frenchFilters({ page: String(page) }))),
    );
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts exactly when the matches fit in what it ranks', async () => {
    const rareWord = vocabulary('fr')[TOPICAL_WORDS.fr.length + 600]!;
    const [{ matches } = { matches: 0 }] = await db
      .select({ matches: sql<number>`count(*)::int` })
      .from(publications)
      .where(
        sql`language = 'fr' and withdrawn_at is null and search @@ websearch_to_tsquery('fr_unaccent', ${rareWord})`,
      );
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(SEARCH_WINDOW);
    const result = await searchPublications('fr', rareWord, frenchFilters());
    expect(result).toMatchObject({ total: matches, moreThanWindow: false, pageCount: Math.ceil(matches / PAGE_SIZE) });
  });
});

describe('the way to the most recent matches', () => {
  afterEach(() => {
    plan.minHitsToWalk = undefined;
  });

  it('finds the same pages by walking the date index as through the GIN index', async () => {
    const searches = [
      { words: commonWord, filters: frenchFilters() },
      { words: commonWord, filters: frenchFilters({ page: '2' }) },
      { words: commonWord, filters: frenchFilters({ page: String(Math.ceil(SEARCH_WINDOW / PAGE_SIZE)) }) },
      { words: `${commonWord} ${TOPICAL_WORDS.fr[1]!}`, filters: frenchFilters({ page: '3' }) },
    ];
    const searchAll = () => Promise.all(searches.map(({ words, filters }) => searchPublications('fr', words, filters)));
    plan.minHitsToWalk = 0;
    const walked = await searchAll();
    plan.minHitsToWalk = NEWEST_SAMPLED + 1;
    const fromIndex = await searchAll();
    expect(walked.every((result) => result.moreThanWindow && result.items.length === PAGE_SIZE)).toBe(true);
    expect(fromIndex).toEqual(walked);
  });
});
