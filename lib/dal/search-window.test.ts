import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { publications } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { PAGE_SIZE, parseNewsFilters, SEARCH_WINDOW } from '@/lib/publications/news-filters';
import { generatePublications, TOPICAL_WORDS, vocabulary } from '@/scripts/generate-publications';
import { freshDatabase } from '@/test/database';
import { searchPublications } from './publications';

vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));

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
    const pages = await Promise.all([1, 2, 3].map((page) => searchPublications('fr', commonWord, frenchFilters({ page: String(page) }))));
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts exactly when the matches fit in what it ranks', async () => {
    const rareWord = vocabulary('fr')[TOPICAL_WORDS.fr.length + 600]!;
    const [{ matches } = { matches: 0 }] = await db
      .select({ matches: sql<number>`count(*)::int` })
      .from(publications)
      .where(sql`language = 'fr' and withdrawn_at is null and search @@ websearch_to_tsquery('fr_unaccent', ${rareWord})`);
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(SEARCH_WINDOW);
    const result = await searchPublications('fr', rareWord, frenchFilters());
    expect(result).toMatchObject({ total: matches, moreThanWindow: false, pageCount: Math.ceil(matches / PAGE_SIZE) });
  });
});
