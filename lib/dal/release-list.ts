import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Transaction } from '@/db/client';
import { allowScans } from './search-plan';
import { offices, releases, releaseTopics, SEARCH_CONFIGS, topics, users } from '@/db/schema';
import { LOCALES, type Locale, type LocalizedText } from '@/lib/i18n/locales';
import type { ReleaseListFiltersInput, ReleaseSort } from '@/lib/validation/workspace-filters';
import type { ReleaseState } from '@/lib/workflow/states';
import { inOfficeScope } from './scope';
import { sourceChangedSince } from './translations';
import { getCurrentUser, type CurrentUser } from './session';

export const RELEASES_PER_PAGE = 25;
/** How many of the scope's newest releases a search tests, and how many must match for walking to be the shorter way. */
const NEWEST_SAMPLED = 100;
const MIN_HITS_TO_WALK = 5;

export type ReleaseRowDTO = {
  id: string;
  title: string;
  state: ReleaseState;
  language: Locale;
  officeNames: LocalizedText;
  officeTimeZone: string;
  authorName: string;
  updatedAt: Date;
  /** Who last changed the text (the author when nobody else has). */
  lastChangedByName: string;
  lastPublishedAt: Date | null;
  /** Every language version of the same news the person may see, this one included. */
  versions: { id: string; language: Locale }[];
  /** A translation whose source has changed its text since the revision it was made from. */
  sourceChanged: boolean;
};

export type ReleaseListPageDTO = { items: ReleaseRowDTO[]; page: number; hasNext: boolean };

const lastEditor = alias(users, 'last_editor');
const version = alias(releases, 'version_of');

/**
 * Words in any of the three languages' configurations (unaccent, then the stemmer), so that
 * "electrica" finds "eléctrica" whatever the release's language; one GIN index answers all three.
 */
export function matchesWords(words: string): SQL {
  return or(
    ...LOCALES.map(
      (language) =>
        sql`${releases.search} @@ websearch_to_tsquery(${sql.raw(`'${SEARCH_CONFIGS[language]}'::regconfig`)}, ${words})`,
    ),
  )!;
}

const ORDER: Record<ReleaseSort, SQL[]> = {
  updated: [desc(releases.updatedAt), desc(releases.id)],
  oldest: [asc(releases.updatedAt), asc(releases.id)],
  title: [asc(releases.title), asc(releases.id)],
  published: [sql`${releases.lastPublishedAt} desc nulls last`, sql`${releases.id} desc nulls last`],
};

/** The WHERE clause of the list: the person's offices first, then each filter given. */
export function releaseListCondition(user: Pick<CurrentUser, 'scope'>, filters: ReleaseListFiltersInput) {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000);
  return and(
    inOfficeScope(user.scope, releases.officeId),
    filters.q ? matchesWords(filters.q) : undefined,
    filters.state ? eq(releases.state, filters.state) : undefined,
    filters.office
      ? eq(releases.officeId, sql`(select ${offices.id} from ${offices} where ${offices.code} = ${filters.office})`)
      : undefined,
    filters.language ? eq(releases.language, filters.language) : undefined,
    filters.author ? eq(releases.authorId, filters.author) : undefined,
    filters.topic
      ? inArray(
          releases.id,
          db
            .select({ id: releaseTopics.releaseId })
            .from(releaseTopics)
            .innerJoin(topics, eq(topics.id, releaseTopics.topicId))
            .where(eq(topics.slug, filters.topic)),
        )
      : undefined,
    filters.from ? gte(releases.updatedAt, new Date(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to ? lt(releases.updatedAt, nextDay(filters.to)) : undefined,
  );
}

/**
 * One page of the releases the signed-in person may see (writers their office's, editors their
 * offices', admins all), filtered and sorted as asked. No total count: counting 100,000 rows on
 * every page view costs more than the page itself, so the list says only whether a next page exists.
 */
export async function listReleases(filters: ReleaseListFiltersInput): Promise<ReleaseListPageDTO> {
  return queryReleaseList(await getCurrentUser(), filters);
}

/**
 * The list's query for a given scope; exported for the benchmark, which has no signed-in person.
 * A search picks its plan as the portal's does (search-plan.ts): testing a row against the words
 * reads its text-search vector out of line, so walking the order's index pays off only when
 * matches are frequent, and the planner cannot tell. The newest releases of the scope are tested
 * first: with enough matches among them, walk; otherwise the GIN index finds every match, sorted after.
 */
export async function queryReleaseList(
  user: Pick<CurrentUser, 'scope'>,
  filters: ReleaseListFiltersInput,
): Promise<ReleaseListPageDTO> {
  if (!filters.q) return selectPage(db, user, filters);
  const words = filters.q;
  return db.transaction(async (tx) => {
    await allowScans(tx, { enable_seqscan: false, enable_bitmapscan: false });
    const newest = tx
      .select({ matches: sql<boolean>`${matchesWords(words)}`.as('matches') })
      .from(releases)
      .where(releaseListCondition(user, { ...filters, q: undefined }))
      .orderBy(desc(releases.updatedAt), desc(releases.id))
      .limit(NEWEST_SAMPLED)
      .as('newest');
    const [sample] = await tx
      .select({ hits: sql<number>`count(*) filter (where ${newest.matches})`.mapWith(Number) })
      .from(newest);
    if ((sample?.hits ?? 0) < MIN_HITS_TO_WALK)
      await allowScans(tx, { enable_indexscan: false, enable_bitmapscan: true });
    return selectPage(tx, user, filters);
  });
}

async function selectPage(
  database: typeof db | Transaction,
  user: Pick<CurrentUser, 'scope'>,
  filters: ReleaseListFiltersInput,
): Promise<ReleaseListPageDTO> {
  const page = filters.page ?? 1;
  const versions = sql<{ id: string; language: Locale }[]>`(
    select coalesce(json_agg(json_build_object('id', ${version.id}, 'language', ${version.language}) order by ${version.language}), '[]'::json)
    from ${releases} as ${sql.identifier('version_of')}
    where ${and(eq(version.translationGroupId, releases.translationGroupId), inOfficeScope(user.scope, version.officeId))}
  )`;
  const rows = await database
    .select({
      id: releases.id,
      title: releases.title,
      state: releases.state,
      language: releases.language,
      officeNames: offices.names,
      officeTimeZone: offices.timeZone,
      authorName: users.name,
      updatedAt: releases.updatedAt,
      lastEditorName: lastEditor.name,
      lastPublishedAt: releases.lastPublishedAt,
      versions,
      sourceChanged: sourceChangedSince(releases.translatedFromRevisionId),
    })
    .from(releases)
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .innerJoin(users, eq(users.id, releases.authorId))
    .leftJoin(lastEditor, eq(lastEditor.id, releases.lastEditedById))
    .where(releaseListCondition(user, filters))
    .orderBy(...ORDER[filters.sort ?? 'updated'])
    .limit(RELEASES_PER_PAGE + 1)
    .offset((page - 1) * RELEASES_PER_PAGE);
  return {
    items: rows.slice(0, RELEASES_PER_PAGE).map((row) => ({
      id: row.id,
      title: row.title,
      state: row.state,
      language: row.language,
      officeNames: row.officeNames,
      officeTimeZone: row.officeTimeZone,
      authorName: row.authorName,
      updatedAt: row.updatedAt,
      lastChangedByName: row.lastEditorName ?? row.authorName,
      lastPublishedAt: row.lastPublishedAt,
      versions: row.versions,
      sourceChanged: row.sourceChanged,
    })),
    page,
    hasNext: rows.length > RELEASES_PER_PAGE,
  };
}

export type ReleaseListChoicesDTO = {
  offices: { code: string; names: LocalizedText }[];
  authors: { id: string; name: string }[];
  topics: { slug: string; labels: LocalizedText }[];
};

/** What the list's filters offer: the offices of the person's scope, the people who write there, the topics. */
export async function listReleaseListChoices(): Promise<ReleaseListChoicesDTO> {
  const user = await getCurrentUser();
  const [officeRows, authorRows, topicRows] = await Promise.all([
    db
      .select({ code: offices.code, names: offices.names })
      .from(offices)
      .where(inOfficeScope(user.scope, offices.id))
      .orderBy(sql`case ${offices.kind} when 'hq' then 0 when 'regional' then 1 else 2 end`, asc(offices.code)),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(inArray(users.role, ['writer', 'editor']), inOfficeScope(user.scope, users.officeId)))
      .orderBy(asc(users.name)),
    db.select({ slug: topics.slug, labels: topics.labels }).from(topics).orderBy(asc(topics.slug)),
  ]);
  return { offices: officeRows, authors: authorRows, topics: topicRows };
}
