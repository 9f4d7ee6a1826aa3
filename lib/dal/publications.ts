import type { PickedAttachment } from '@/lib/media/attachment-types';
import 'server-only';
import { and, arrayContains, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/db/client';
import { publications, SEARCH_CONFIGS, type PublicationHero } from '@/db/schema';
import { CACHE_TAGS, SEARCH_CACHE_SECONDS, type PublicationCacheKey } from '@/lib/cache/tags';
import { LOCALES, type Locale, type LocalizedText } from '@/lib/i18n/locales';
import { PAGE_SIZE, SEARCH_WINDOW, type NewsFilters } from '@/lib/publications/news-filters';
import { requiredWordPairs } from '@/lib/publications/word-pairs';
import type { Contact } from '@/lib/validation/contact';
import { MAX_PICKS } from '@/lib/validation/picks';
import { cachedRead } from './public-cache';
import { findSlugRedirect } from './slug-redirects';
import { allowScans, MIN_HITS_TO_WALK, NEWEST_SAMPLED } from './search-plan';

export type PublicationSummaryDTO = {
  id: string;
  slug: string;
  language: Locale;
  title: string;
  summary: string;
  datelineCity: string;
  /** ISO 8601: cached reads go through JSON. */
  publishedAt: string;
  officeCode: string;
  officeName: string;
  regionCode: string | null;
  topics: string[];
  /** Imported from the legacy site: shown with the date its dump gave (`archiveDate`, or none), never the import's. */
  isArchive: boolean;
  /** YYYY-MM-DD. */
  archiveDate: string | null;
  /** The lead image, which cards show too. */
  hero: PublicationHero | null;
};

export type PublicationDTO = PublicationSummaryDTO & {
  translationGroupId: string;
  datelineCountry: string;
  bodyHtml: string;
  contacts: Contact[];
  downloads: PickedAttachment[];
  revisedAt: string | null;
};

export type TranslationLinkDTO = { language: Locale; slug: string; title: string };

export type ReleaseViewDTO =
  | { state: 'live'; publication: PublicationDTO; translations: TranslationLinkDTO[] }
  | { state: 'withdrawn'; language: Locale; title: string; withdrawnAt: string }
  /** An old address of a release whose address changed: a permanent redirect to its slug now. */
  | { state: 'moved'; slug: string }
  | { state: 'missing' };

export type PublicationPageDTO = { items: PublicationSummaryDTO[]; total: number; page: number; pageCount: number };

/** A snippet of a search hit: plain text, cut into the words that matched and the rest. */
export type SnippetPartDTO = { text: string; match: boolean };
/** `titleParts` is the whole title with its matched words marked: a hit may match by its title alone. */
export type SearchHitDTO = PublicationSummaryDTO & { titleParts: SnippetPartDTO[]; snippet: SnippetPartDTO[] };
/** `total` counts at most SEARCH_WINDOW hits; `moreThanWindow` says the archive held more. */
export type SearchPageDTO = {
  items: SearchHitDTO[];
  total: number;
  page: number;
  pageCount: number;
  moreThanWindow: boolean;
};

const summaryColumns = {
  id: publications.id,
  slug: publications.slug,
  language: publications.language,
  title: publications.title,
  summary: publications.summary,
  datelineCity: publications.datelineCity,
  publishedAt: publications.publishedAt,
  officeCode: publications.officeCode,
  officeNames: publications.officeNames,
  regionCode: publications.regionCode,
  topics: publications.topics,
  isLegacy: publications.isLegacy,
  archiveDate: publications.archiveDate,
  hero: publications.hero,
};

/** The summary columns of a subquery that selected them. */
const summaryColumnsOf = <Source extends Record<keyof typeof summaryColumns, unknown>>(source: Source) =>
  Object.fromEntries(
    Object.keys(summaryColumns).map((key) => [key, source[key as keyof typeof summaryColumns]]),
  ) as Pick<Source, keyof typeof summaryColumns>;

type SummaryRow = Omit<PublicationSummaryDTO, 'publishedAt' | 'officeName' | 'isArchive'> & {
  publishedAt: Date;
  officeNames: LocalizedText;
  isLegacy: boolean;
};

function toSummaryDTO({ officeNames, publishedAt, isLegacy, ...row }: SummaryRow): PublicationSummaryDTO {
  return { ...row, publishedAt: publishedAt.toISOString(), officeName: officeNames[row.language], isArchive: isLegacy };
}

const live = isNull(publications.withdrawnAt);
/**
 * Current news: every release but the imported archive, unless an editor promoted it. The home
 * page, the listings, office pages, related boxes and the feeds show these; search and the
 * sitemap show the archive too.
 */
const listed = or(eq(publications.isLegacy, false), isNotNull(publications.promotedAt))!;

function languageTags(languages: readonly Locale[]): string[] {
  return languages.map((language) => CACHE_TAGS.publications(language));
}

/** The newest live releases in one language. */
export const listLatestPublications = cachedRead(
  'listLatestPublications',
  async (language: Locale, limit: number): Promise<PublicationSummaryDTO[]> => {
    const rows = await db
      .select(summaryColumns)
      .from(publications)
      .where(and(eq(publications.language, language), live, listed))
      .orderBy(desc(publications.publishedAt))
      .limit(limit);
    return rows.map(toSummaryDTO);
  },
  (language) => [CACHE_TAGS.publications(language)],
);

/** The editors' picks of one language, in their chosen order. */
export const listEditorsPicks = cachedRead(
  'listEditorsPicks',
  async (language: Locale): Promise<PublicationSummaryDTO[]> => {
    const rows = await db
      .select(summaryColumns)
      .from(publications)
      .where(and(eq(publications.language, language), live, isNotNull(publications.pickPosition)))
      .orderBy(asc(publications.pickPosition), desc(publications.publishedAt))
      .limit(MAX_PICKS);
    return rows.map(toSummaryDTO);
  },
  (language) => [CACHE_TAGS.publications(language), CACHE_TAGS.picks(language)],
);

/** The latest few releases of each region (headquarters under the key `hq`), newest region first. */
export const listLatestByRegion = cachedRead(
  'listLatestByRegion',
  async (language: Locale, perRegion: number): Promise<{ regionCode: string; items: PublicationSummaryDTO[] }[]> => {
    const ranked = db
      .select({
        ...summaryColumns,
        rank: sql<number>`row_number() over (partition by coalesce(${publications.regionCode}, 'hq') order by ${publications.publishedAt} desc)`.as(
          'rank',
        ),
      })
      .from(publications)
      .where(and(eq(publications.language, language), live, listed))
      .as('ranked');
    const rows = await db
      .select()
      .from(ranked)
      .where(sql`${ranked.rank} <= ${perRegion}`)
      .orderBy(desc(ranked.publishedAt));
    const regions = new Map<string, PublicationSummaryDTO[]>();
    for (const { rank: _rank, ...row } of rows) {
      const key = row.regionCode ?? 'hq';
      regions.set(key, [...(regions.get(key) ?? []), toSummaryDTO(row)]);
    }
    return [...regions].map(([regionCode, items]) => ({ regionCode, items }));
  },
  (language) => [CACHE_TAGS.publications(language)],
);

function filterConditions(filters: Omit<NewsFilters, 'page'>, { withArchive = false } = {}): SQL[] {
  const conditions: SQL[] = [live, inArray(publications.language, filters.languages)];
  if (!withArchive) conditions.push(listed);
  if (filters.region === 'hq') conditions.push(isNull(publications.regionCode));
  else if (filters.region) conditions.push(eq(publications.regionCode, filters.region));
  if (filters.office) conditions.push(eq(publications.officeCode, filters.office));
  if (filters.topic) conditions.push(arrayContains(publications.topics, [filters.topic]));
  if (filters.year) {
    conditions.push(
      sql`${publications.publishedAt} >= make_timestamptz(${filters.year}, 1, 1, 0, 0, 0, 'UTC')`,
      sql`${publications.publishedAt} < make_timestamptz(${filters.year + 1}, 1, 1, 0, 0, 0, 'UTC')`,
    );
  }
  return conditions;
}

function paging(total: number, page: number) {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { total, page: Math.min(page, pageCount), pageCount };
}

/** One page of the news listing, newest first. */
export const listPublications = cachedRead(
  'listPublications',
  async (filters: NewsFilters): Promise<PublicationPageDTO> => {
    const where = and(...filterConditions(filters));
    const [{ total } = { total: 0 }] = await db
      .select({ total: sql<number>`count(*)::int` })
      .from(publications)
      .where(where);
    const pages = paging(total, filters.page);
    const rows = await db
      .select(summaryColumns)
      .from(publications)
      .where(where)
      .orderBy(desc(publications.publishedAt), asc(publications.id))
      .limit(PAGE_SIZE)
      .offset((pages.page - 1) * PAGE_SIZE);
    return { ...pages, items: rows.map(toSummaryDTO) };
  },
  (filters) => languageTags(filters.languages),
);

/** The years that have releases in these languages, newest first (for the year filter). */
export const listPublicationYears = cachedRead(
  'listPublicationYears',
  async (languages: Locale[]): Promise<number[]> => {
    const year = sql<number>`extract(year from ${publications.publishedAt} at time zone 'UTC')::int`;
    const rows = await db
      .selectDistinct({ year })
      .from(publications)
      .where(and(live, listed, inArray(publications.language, languages)))
      .orderBy(desc(year));
    return rows.map((row) => row.year);
  },
  (languages) => languageTags(languages),
);

const findPublication = cachedRead(
  'findPublication',
  async (language: Locale, slug: string): Promise<(PublicationDTO & { withdrawnAt: string | null }) | undefined> => {
    const [row] = await db
      .select({
        ...summaryColumns,
        translationGroupId: publications.translationGroupId,
        datelineCountry: publications.datelineCountry,
        bodyHtml: publications.bodyHtml,
        contacts: publications.contacts,
        downloads: publications.downloads,
        revisedAt: publications.revisedAt,
        withdrawnAt: publications.withdrawnAt,
      })
      .from(publications)
      .where(and(eq(publications.language, language), eq(publications.slug, slug)));
    if (!row) return undefined;
    const { translationGroupId, datelineCountry, bodyHtml, contacts, downloads, revisedAt, withdrawnAt, ...summary } =
      row;
    return {
      ...toSummaryDTO(summary),
      translationGroupId,
      datelineCountry,
      bodyHtml,
      contacts,
      downloads,
      revisedAt: revisedAt?.toISOString() ?? null,
      withdrawnAt: withdrawnAt?.toISOString() ?? null,
    };
  },
  (language, slug) => [CACHE_TAGS.publication(language, slug)],
);

/** The live versions of one release in the other languages. */
export const listTranslations = cachedRead(
  'listTranslations',
  async (translationGroupId: string, except: Locale): Promise<TranslationLinkDTO[]> => {
    const rows = await db
      .select({ language: publications.language, slug: publications.slug, title: publications.title })
      .from(publications)
      .where(and(eq(publications.translationGroupId, translationGroupId), ne(publications.language, except), live));
    return rows.sort((a, b) => LOCALES.indexOf(a.language) - LOCALES.indexOf(b.language));
  },
  (translationGroupId) => [CACHE_TAGS.translations(translationGroupId)],
);

/**
 * A release URL: the live release, what is left of a withdrawn one, or nothing (a slug never
 * published in this language). Read once per request: the page and its metadata share it, so that
 * the render after an invalidation queries the database once rather than twice.
 */
export const getReleaseView = cache(async (language: Locale, slug: string): Promise<ReleaseViewDTO> => {
  // No release has such a slug, and a NUL would fail in the database rather than find nothing.
  if (slug.length > 300 || /[\u0000-\u001f\u007f]/.test(slug)) return { state: 'missing' };
  const publication = await findPublication(language, slug);
  if (!publication) {
    const moved = await findSlugRedirect(language, slug);
    if (!moved) return { state: 'missing' };
    return moved.withdrawn
      ? { state: 'withdrawn', language, title: moved.title, withdrawnAt: moved.withdrawnAt }
      : { state: 'moved', slug: moved.slug };
  }
  const { withdrawnAt, ...rest } = publication;
  if (withdrawnAt) return { state: 'withdrawn', language, title: rest.title, withdrawnAt };
  return { state: 'live', publication: rest, translations: await listTranslations(rest.translationGroupId, language) };
});

/** Other live releases in the same language sharing a topic or the region, newest first. */
export const listRelatedPublications = cachedRead(
  'listRelatedPublications',
  async (publication: {
    id: string;
    language: Locale;
    topics: string[];
    regionCode: string | null;
  }): Promise<PublicationSummaryDTO[]> => {
    const shared: SQL[] = [];
    if (publication.topics.length) shared.push(sql`${publications.topics} && ${sql.param(publication.topics)}::text[]`);
    if (publication.regionCode) shared.push(eq(publications.regionCode, publication.regionCode));
    if (!shared.length) return [];
    const rows = await db
      .select(summaryColumns)
      .from(publications)
      .where(
        and(
          eq(publications.language, publication.language),
          live,
          listed,
          ne(publications.id, publication.id),
          or(...shared),
        ),
      )
      .orderBy(desc(publications.publishedAt))
      .limit(3);
    return rows.map(toSummaryDTO);
  },
  (publication) => [
    ...publication.topics.map((topic) => CACHE_TAGS.relatedByTopic(publication.language, topic)),
    ...(publication.regionCode ? [CACHE_TAGS.relatedByRegion(publication.language, publication.regionCode)] : []),
  ],
);

export type FeedItemDTO = PublicationSummaryDTO & { bodyHtml: string; revisedAt: string | null };

/** The newest live releases of a feed: one language, optionally one region or one topic. */
export const listFeedItems = cachedRead(
  'listFeedItems',
  async (language: Locale, filter: { region?: string; topic?: string }): Promise<FeedItemDTO[]> => {
    const rows = await db
      .select({ ...summaryColumns, bodyHtml: publications.bodyHtml, revisedAt: publications.revisedAt })
      .from(publications)
      .where(and(...filterConditions({ languages: [language], region: filter.region, topic: filter.topic })))
      .orderBy(desc(publications.publishedAt))
      .limit(30);
    return rows.map(({ bodyHtml, revisedAt, ...row }) => ({
      ...toSummaryDTO(row),
      bodyHtml,
      revisedAt: revisedAt?.toISOString() ?? null,
    }));
  },
  (language) => [CACHE_TAGS.publications(language)],
);

export type SitemapPublicationDTO = {
  language: Locale;
  slug: string;
  translationGroupId: string;
  lastModified: string;
};

/** Every live release, for the sitemap. */
export const listSitemapPublications = cachedRead(
  'listSitemapPublications',
  async (): Promise<SitemapPublicationDTO[]> => {
    const rows = await db
      .select({
        language: publications.language,
        slug: publications.slug,
        translationGroupId: publications.translationGroupId,
        lastModified: sql<string>`coalesce(${publications.revisedAt}, ${publications.publishedAt})`.mapWith(
          publications.publishedAt,
        ),
      })
      .from(publications)
      .where(live)
      .orderBy(desc(publications.publishedAt));
    return rows.map((row) => ({ ...row, lastModified: new Date(row.lastModified).toISOString() }));
  },
  () => [CACHE_TAGS.sitemap],
);

// Private-use characters mark the matched words: the text is never parsed as HTML.
const MATCH_START = '\uE000';
const MATCH_END = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

export function toSnippetParts(headline: string): SnippetPartDTO[] {
  return headline
    .split(MATCH_START)
    .flatMap((chunk, index) => {
      if (index === 0) return [{ text: chunk, match: false }];
      const [matched = '', rest = ''] = chunk.split(MATCH_END);
      return [
        { text: matched, match: true },
        { text: rest, match: false },
      ];
    })
    .filter((part) => part.text !== '');
}

/**
 * Full-text search in one language's configuration (accent-insensitive, stemmed), ranked,
 * with highlighted snippets. The words are the visitor's: websearch_to_tsquery never fails on them.
 */
export const searchPublications = cachedRead(
  'searchPublications',
  async (language: Locale, words: string, filters: NewsFilters): Promise<SearchPageDTO> => {
    const config = sql.raw(`'${SEARCH_CONFIGS[language]}'::regconfig`);
    const query = sql`websearch_to_tsquery(${config}, ${words})`;
    // The parsed query says which word pairs a phrase demands; `(select)` is a row without a table.
    const [{ parsed } = { parsed: '' }] = await db
      .select({ parsed: sql<string>`${query}::text` })
      .from(sql`(select) as one_row`);
    const pairs = requiredWordPairs(parsed);
    const filtered = filterConditions({ ...filters, languages: [language] }, { withArchive: true });
    const matching = sql`${publications.search} @@ ${query}`;
    const where = and(
      ...filtered,
      matching,
      pairs ? sql`${publications.adjacentPairs} @@ ${pairs}::tsquery` : undefined,
    );
    // A transaction, for the planner settings to last from one statement to the next.
    return db.transaction(async (tx) => {
      // Counted through the GIN index alone, which tests no row's tsvector (see search-plan.ts).
      await allowScans(tx, { enable_seqscan: false, enable_indexscan: false });
      const counted = tx
        .select({ one: sql`1` })
        .from(publications)
        .where(where)
        .limit(SEARCH_WINDOW + 1)
        .as('counted');
      const [{ matches } = { matches: 0 }] = await tx.select({ matches: sql<number>`count(*)::int` }).from(counted);
      const pages = paging(Math.min(matches, SEARCH_WINDOW), filters.page);
      if (matches === 0) return { ...pages, moreThanWindow: false, items: [] };
      if (matches > SEARCH_WINDOW) {
        await allowScans(tx, { enable_indexscan: true, enable_bitmapscan: false });
        const newest = tx
          .select({ matches: sql<boolean>`${matching}`.as('matches') })
          .from(publications)
          .where(and(...filtered))
          .orderBy(desc(publications.publishedAt))
          .limit(NEWEST_SAMPLED)
          .as('newest');
        const [{ hits } = { hits: 0 }] = await tx
          .select({ hits: sql<number>`(count(*) filter (where ${newest.matches}))::int` })
          .from(newest);
        // Too few among the newest: the walk would be long, and the GIN index reads fewer rows.
        if (hits < MIN_HITS_TO_WALK) await allowScans(tx, { enable_indexscan: false, enable_bitmapscan: true });
      }
      const candidates = tx
        .select({ ...summaryColumns, bodyText: publications.bodyText, search: publications.search })
        .from(publications)
        .where(where)
        .orderBy(desc(publications.publishedAt), desc(publications.id))
        .limit(SEARCH_WINDOW)
        .as('candidates');
      const rank = sql`ts_rank_cd(${candidates.search}, ${query})`;
      const ranked = tx
        .select({
          ...summaryColumnsOf(candidates),
          bodyText: candidates.bodyText,
          rank: sql<number>`${rank}`.as('rank'),
        })
        .from(candidates)
        .orderBy(desc(rank), desc(candidates.publishedAt), desc(candidates.id))
        .limit(PAGE_SIZE)
        .offset((pages.page - 1) * PAGE_SIZE)
        .as('ranked');
      // Headlines are costly: only for the page shown, after ranking.
      const rows = await tx
        .select({
          ...summaryColumnsOf(ranked),
          titleHeadline: sql<string>`ts_headline(${config}, ${ranked.title}, ${query}, ${TITLE_HEADLINE_OPTIONS})`,
          snippet: sql<string>`ts_headline(${config}, ${ranked.summary} || ' ' || ${ranked.bodyText}, ${query}, ${HEADLINE_OPTIONS})`,
        })
        .from(ranked)
        .orderBy(desc(ranked.rank), desc(ranked.publishedAt), desc(ranked.id));
      return {
        ...pages,
        moreThanWindow: matches > SEARCH_WINDOW,
        items: rows.map(({ titleHeadline, snippet, ...row }) => ({
          ...toSummaryDTO({ ...row, publishedAt: new Date(row.publishedAt) }),
          titleParts: toSnippetParts(titleHeadline),
          snippet: toSnippetParts(snippet),
        })),
      };
    });
  },
  (language) => [CACHE_TAGS.publications(language)],
  // Keyed by whatever visitors type: each result ends after a while instead of staying for good.
  { revalidate: SEARCH_CACHE_SECONDS },
);

/** What a publication is cached by, read fresh (never from the cache): for invalidating it. */
export async function findPublicationCacheKey(
  language: Locale,
  slug: string,
): Promise<PublicationCacheKey | undefined> {
  const [row] = await db
    .select({
      slug: publications.slug,
      translationGroupId: publications.translationGroupId,
      topics: publications.topics,
      regionCode: publications.regionCode,
    })
    .from(publications)
    .where(and(eq(publications.language, language), eq(publications.slug, slug)));
  return row && { ...row, language };
}
