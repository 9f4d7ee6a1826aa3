import { and, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { publications } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';
import { parseNewsFilters } from '@/lib/publications/news-filters';
import { freshDatabase } from '@/test/database';
import {
  getReleaseView,
  listEditorsPicks,
  listFeedItems,
  listLatestByRegion,
  listLatestPublications,
  listPublications,
  listPublicationYears,
  listRelatedPublications,
  listSitemapPublications,
  searchPublications,
} from './publications';

// Outside Next there is no data cache: reads run straight through.
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));

let db: Database;
const demo = (key: string) => DEMO_RELEASES.find((release) => release.key === key)!;
const filters = (params: Record<string, string>, language: 'fr' | 'en' | 'es' = 'fr') =>
  parseNewsFilters(params, language).filters;

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'portal-test' });
});

describe('the home page lists', () => {
  it('show the latest live releases of one language, newest first, never withdrawn ones', async () => {
    const latest = await listLatestPublications('fr', 50);
    const expected = DEMO_RELEASES.filter((release) => release.language === 'fr' && release.state === 'published');
    expect(latest.map((item) => item.slug).sort()).toEqual(expected.map((release) => release.slug).sort());
    expect(latest[0]!.slug).toBe(demo('hq-mobility-data-report-fr').slug);
    const dates = latest.map((item) => item.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('give each card the lead image of a release that has one, with every stored version to choose from', async () => {
    const hero = {
      src: '/media/ab/abc/960.webp',
      alt: 'Des panneaux solaires sous le soleil de midi',
      credit: 'ICA',
      width: 960,
      height: 600,
      srcSet: '/media/ab/abc/480.webp 480w, /media/ab/abc/960.webp 960w, /media/ab/abc/1600.webp 1600w',
    };
    const solar = demo('senegal-youth-solar-fr');
    await db.update(publications).set({ hero }).where(eq(publications.slug, solar.slug));
    const latest = await listLatestPublications('fr', 50);
    expect(latest.find((item) => item.slug === solar.slug)!.hero).toEqual(hero);
    expect(latest.filter((item) => item.slug !== solar.slug).every((item) => item.hero === null)).toBe(true);
    await db.update(publications).set({ hero: null }).where(eq(publications.slug, solar.slug));
  });

  it("show the editors' picks in their chosen order", async () => {
    const picks = await listEditorsPicks('fr');
    expect(picks.map((item) => item.slug)).toEqual([
      demo('senegal-youth-solar-fr').slug,
      demo('niger-community-reintegration-fr').slug,
    ]);
  });

  it('group the latest releases by region, headquarters apart', async () => {
    const regions = await listLatestByRegion('fr', 2);
    expect(regions.map((region) => region.regionCode).sort()).toEqual([
      'americas',
      'asia-pacific',
      'hq',
      'west-central-africa',
    ]);
    expect(regions.every((region) => region.items.length <= 2)).toBe(true);
    const africa = regions.find((region) => region.regionCode === 'west-central-africa')!;
    expect(
      africa.items
        .map((item) => item.officeCode)
        .every((code) => ['senegal', 'niger', 'west-central-africa'].includes(code)),
    ).toBe(true);
  });
});

describe('the news listing', () => {
  it('combines region, topic and year filters', async () => {
    const page = await listPublications(filters({ region: 'west-central-africa', topic: 'emergencies' }));
    expect(page.items.map((item) => item.slug)).toEqual([demo('niger-floods-response-fr').slug]);
    const year = new Date(page.items[0]!.publishedAt).getUTCFullYear();
    expect(
      (await listPublications(filters({ region: 'west-central-africa', topic: 'emergencies', year: String(year) })))
        .total,
    ).toBe(1);
    expect(
      (await listPublications(filters({ region: 'west-central-africa', topic: 'emergencies', year: String(year - 3) })))
        .total,
    ).toBe(0);
  });

  it('filters by office and by language, or lists every language', async () => {
    const panama = await listPublications(filters({ office: 'panama', language: 'all' }));
    expect(new Set(panama.items.map((item) => item.language))).toEqual(new Set(['fr', 'en', 'es']));
    const spanish = await listPublications(filters({ language: 'es' }));
    expect(spanish.items.every((item) => item.language === 'es')).toBe(true);
  });

  it('paginates ten at a time and clamps a page past the end', async () => {
    const all = await listPublications(filters({ language: 'all' }));
    expect(all.total).toBe(DEMO_RELEASES.filter((release) => release.state === 'published').length);
    expect(all.items).toHaveLength(10);
    const last = await listPublications(filters({ language: 'all', page: '99' }));
    expect(last.page).toBe(all.pageCount);
    expect(last.items.length).toBe(all.total - (all.pageCount - 1) * 10);
  });

  it('offers the years that have news', async () => {
    const years = await listPublicationYears(['fr']);
    expect(years.length).toBeGreaterThan(0);
    expect([...years].sort().reverse()).toEqual(years);
  });
});

describe('a release URL', () => {
  it('is live, with the links to its translations', async () => {
    const french = demo('panama-labour-corridor-fr');
    const view = await getReleaseView('fr', french.slug);
    if (view.state !== 'live') expect.fail('the release should be live');
    expect(view.publication.title).toBe(french.title);
    expect(view.publication.contacts[0]!.email).toBe('lherrera@example.org');
    expect(view.translations.map((translation) => [translation.language, translation.slug])).toEqual([
      ['en', demo('panama-labour-corridor-en').slug],
      ['es', demo('panama-labour-corridor-es').slug],
    ]);
  });

  it('is withdrawn once unpublished, showing only its title', async () => {
    const withdrawn = demo('senegal-informed-choice-caravan-fr');
    expect(await getReleaseView('fr', withdrawn.slug)).toMatchObject({ state: 'withdrawn', title: withdrawn.title });
  });

  it('is unknown for a draft, for another language and for a made-up slug', async () => {
    expect(await getReleaseView('fr', demo('mexico-seasonal-workers-study-es').slug)).toEqual({ state: 'missing' });
    expect(await getReleaseView('en', demo('panama-labour-corridor-fr').slug)).toEqual({ state: 'missing' });
    expect(await getReleaseView('fr', 'nothing-here')).toEqual({ state: 'missing' });
  });

  it('suggests related releases of the same topic or region, never itself', async () => {
    const [row] = await db
      .select()
      .from(publications)
      .where(eq(publications.slug, demo('niger-floods-response-fr').slug));
    const related = await listRelatedPublications({
      id: row!.id,
      language: 'fr',
      topics: row!.topics,
      regionCode: row!.regionCode,
    });
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((item) => item.id)).not.toContain(row!.id);
    expect(
      related.every(
        (item) => item.regionCode === row!.regionCode || item.topics.some((topic) => row!.topics.includes(topic)),
      ),
    ).toBe(true);
  });
});

describe('search', () => {
  it('finds French text without its accents, ranked, with the matched words marked', async () => {
    const result = await searchPublications('fr', 'recoltes travailleurs saisonniers', filters({}));
    expect(result.items[0]!.slug).toBe(demo('panama-labour-corridor-fr').slug);
    const accented = await searchPublications('fr', 'développement', filters({}));
    const plain = await searchPublications('fr', 'developpement', filters({}));
    expect(plain.total).toBeGreaterThan(0);
    expect(plain.items.map((item) => item.id)).toEqual(accented.items.map((item) => item.id));
    expect(plain.items[0]!.snippet.some((part) => part.match && /d[ée]veloppement/i.test(part.text))).toBe(true);
  });

  it('searches English with the English stemmer and applies the listing filters', async () => {
    const all = await searchPublications('en', 'floods', filters({}, 'en'));
    expect(all.total).toBeGreaterThan(0);
    const inAmericas = await searchPublications('en', 'floods', filters({ region: 'americas' }, 'en'));
    expect(inAmericas.items.every((item) => item.regionCode === 'americas')).toBe(true);
  });

  it('never finds a withdrawn release and survives any punctuation', async () => {
    const withdrawn = demo('senegal-informed-choice-caravan-fr');
    const result = await searchPublications('fr', withdrawn.title, filters({}));
    expect(result.items.map((item) => item.slug)).not.toContain(withdrawn.slug);
    expect((await searchPublications('fr', '"unterminated & | ! (', filters({}))).total).toBeGreaterThanOrEqual(0);
  });

  it("finds exactly what the language's own phrase matching finds, for quoted phrases alone, AND-ed, OR-ed or negated", async () => {
    const [live] = await db
      .select({ title: publications.title })
      .from(publications)
      .where(eq(publications.slug, demo('niger-floods-response-fr').slug));
    const words = live!.title.split(/[\s,.:;«»"]+/);
    const at = words.findIndex((word, index) => word.length > 3 && (words[index + 1]?.length ?? 0) > 3);
    const [first, second] = [words[at]!, words[at + 1]!];
    const third = words.find((word, index) => word.length > 3 && index !== at && index !== at + 1)!;
    const queries = [
      `"${first} ${second}"`,
      `"${second} ${first}"`,
      `"${first} ${second}" ${third}`,
      `"${first} ${second}" OR ${third}`,
      `${third} -"${first} ${second}"`,
    ];
    for (const query of queries) {
      const [{ matches }] = (await db
        .select({ matches: sql<number>`count(*)::int` })
        .from(publications)
        .where(
          and(
            eq(publications.language, 'fr'),
            isNull(publications.withdrawnAt),
            sql`${publications.search} @@ websearch_to_tsquery('fr_unaccent', ${query})`,
          ),
        )) as [{ matches: number }];
      expect((await searchPublications('fr', query, filters({}))).total, query).toBe(matches);
    }
    expect((await searchPublications('fr', queries[0]!, filters({}))).items.map((item) => item.slug)).toContain(
      demo('niger-floods-response-fr').slug,
    );
  });

  it('keeps markup in the text as text', async () => {
    const result = await searchPublications('fr', 'accord', filters({}));
    expect(
      result.items
        .flatMap((item) => [...item.titleParts, ...item.snippet])
        .every((part) => !part.text.includes('\uE000')),
    ).toBe(true);
  });

  it('gives the whole title with its matched words marked, unaccented query included', async () => {
    const release = demo('panama-labour-corridor-fr');
    const result = await searchPublications('fr', 'mobilite', filters({}));
    const hit = result.items.find((item) => item.slug === release.slug)!;
    expect(hit.titleParts.map((part) => part.text).join('')).toBe(release.title);
    expect(hit.titleParts.filter((part) => part.match).map((part) => part.text)).toEqual(['mobilité']);
    const byBodyOnly = await searchPublications('fr', 'recoltes', filters({}));
    expect(byBodyOnly.items.find((item) => item.slug === release.slug)!.titleParts).toEqual([
      { text: release.title, match: false },
    ]);
  });
});

describe('syndication', () => {
  it('feeds one language, or one region or topic of it', async () => {
    const items = await listFeedItems('en', {});
    expect(items.every((item) => item.language === 'en')).toBe(true);
    const climate = await listFeedItems('en', { topic: 'climate' });
    expect(climate.length).toBeGreaterThan(0);
    expect(climate.every((item) => item.topics.includes('climate'))).toBe(true);
    expect(
      (await listFeedItems('en', { region: 'asia-pacific' })).every((item) => item.regionCode === 'asia-pacific'),
    ).toBe(true);
  });

  it('lists every live release for the sitemap and none that was withdrawn', async () => {
    const entries = await listSitemapPublications();
    expect(entries).toHaveLength(DEMO_RELEASES.filter((release) => release.state === 'published').length);
    expect(entries.map((entry) => entry.slug)).not.toContain(demo('hq-drought-appeal-fr').slug);
  });
});
