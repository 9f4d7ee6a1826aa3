import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { ImportReview } from '@/lib/importer/review';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { Contact } from '@/lib/validation/contact';
import { RELEASE_STATES, type ReleaseState } from '@/lib/workflow/states';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { media } from './media';
import { offices } from './offices';
import { topics } from './topics';
import { users } from './users';

export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// The portal's configurations (unaccent, then the language's stemmer), cast at parse time so the column stays immutable.
const searchConfig = sql.raw(
  `(case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end)`,
);

/**
 * One release in one language. The working copy (title … heroMediaId) is what the editor
 * changes in place, guarded by `version`; what the public reads is a snapshot in `publications`.
 */
export const releases = pgTable(
  'releases',
  {
    id: id(),
    language: text().$type<Locale>().notNull(),
    slug: text().notNull(),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'restrict' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** Shared by the fr/en/es versions of the same news. */
    translationGroupId: uuid().notNull().defaultRandom(),
    state: text().$type<ReleaseState>().notNull().default('draft'),
    version: integer().notNull().default(1),
    title: text().notNull().default(''),
    summary: text().notNull().default(''),
    datelineCity: text().notNull().default(''),
    datelineCountry: text().notNull().default(''),
    body: jsonb().$type<RichTextDoc>().notNull(),
    bodyText: text().notNull().default(''),
    contacts: jsonb().$type<Contact[]>().notNull().default([]),
    heroMediaId: uuid().references(() => media.id, { onDelete: 'restrict' }),
    lastEditedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    liveRevisionId: uuid().references((): AnyPgColumn => revisions.id, { onDelete: 'restrict' }),
    /** For a translation: the revision of the source it was made from, so "source changed since" is a comparison. */
    translatedFromRevisionId: uuid().references((): AnyPgColumn => revisions.id, { onDelete: 'restrict' }),
    scheduledAt: timestamp({ withTimezone: true }),
    firstPublishedAt: timestamp({ withTimezone: true }),
    lastPublishedAt: timestamp({ withTimezone: true }),
    /** Set for releases brought in by the importer: the dump's path and content hash. */
    sourceKey: text().unique(),
    sourceHash: text(),
    /** The date an imported release's legacy dump gives (its text, else its file), or null: never the import's. */
    archiveDate: date({ mode: 'string' }),
    /** What the importer was unsure of; `needsReview` keeps it a draft until an editor publishes it. */
    importReview: jsonb().$type<ImportReview>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** The workspace's search of the working copy: title > summary > text, accent-insensitive. */
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`
          setweight(to_tsvector(${searchConfig}, ${releases.title}), 'A') ||
          setweight(to_tsvector(${searchConfig}, ${releases.summary}), 'B') ||
          setweight(to_tsvector(${searchConfig}, ${releases.bodyText}), 'D')`,
      ),
  },
  (t) => [
    unique('releases_language_slug_unique').on(t.language, t.slug),
    unique('releases_translation_language_unique').on(t.translationGroupId, t.language),
    index().on(t.officeId, t.state),
    index().on(t.authorId),
    index().on(t.state, t.scheduledAt),
    // The workspace's list of releases: its orders, alone or after a state.
    index().on(t.updatedAt, t.id),
    index().on(t.state, t.updatedAt),
    index().on(t.title, t.id),
    index('releases_last_published_at_index').on(t.lastPublishedAt.desc().nullsLast(), t.id.desc()),
    index('releases_search_gin').using('gin', t.search),
    check('releases_language', oneOf(t.language, LOCALES)),
    check('releases_state', oneOf(t.state, RELEASE_STATES)),
    check('releases_slug_format', sql`${t.slug} ~ ${sql.raw(`'${SLUG_PATTERN}'`)} and length(${t.slug}) <= 120`),
    check('releases_version_positive', sql`${t.version} > 0`),
    check('releases_title_length', sql`length(${t.title}) <= 500`),
    check('releases_summary_length', sql`length(${t.summary}) <= 2000`),
    check('releases_scheduled_has_time', sql`${t.state} <> 'scheduled' or ${t.scheduledAt} is not null`),
    check('releases_published_has_live', sql`${t.state} <> 'published' or ${t.liveRevisionId} is not null`),
  ],
);

/**
 * Old slugs of releases whose address an editor changed after it was first published: each answers
 * a permanent redirect to the release's current address while it is live, and no other release
 * of the language may take it.
 */
export const releaseSlugRedirects = pgTable(
  'release_slug_redirects',
  {
    id: id(),
    language: text().$type<Locale>().notNull(),
    fromSlug: text().notNull(),
    releaseId: uuid()
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('release_slug_redirects_language_slug_unique').on(t.language, t.fromSlug),
    index().on(t.releaseId),
    check('release_slug_redirects_language', oneOf(t.language, LOCALES)),
  ],
);

/** The working copy's topics; revisions keep their own copy of the list. */
export const releaseTopics = pgTable(
  'release_topics',
  {
    releaseId: uuid()
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.topicId] }), index().on(t.topicId)],
);

/** Immutable snapshots of a release's working copy (the database refuses UPDATE). */
export const revisions = pgTable(
  'revisions',
  {
    id: id(),
    releaseId: uuid()
      .notNull()
      .references((): AnyPgColumn => releases.id, { onDelete: 'restrict' }),
    number: integer().notNull(),
    /** The release's state when the snapshot was taken. */
    state: text().$type<ReleaseState>().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    datelineCity: text().notNull(),
    datelineCountry: text().notNull(),
    body: jsonb().$type<RichTextDoc>().notNull(),
    bodyText: text().notNull(),
    contacts: jsonb().$type<Contact[]>().notNull(),
    topicIds: uuid().array().notNull(),
    heroMediaId: uuid().references(() => media.id, { onDelete: 'restrict' }),
    /** Who last changed the content before the snapshot: the four-eyes rule compares against it. */
    contentAuthorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    message: text(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('revisions_release_number_unique').on(t.releaseId, t.number),
    check('revisions_state', oneOf(t.state, RELEASE_STATES)),
    check('revisions_number_positive', sql`${t.number} > 0`),
  ],
);

/** Every state change of a release; `actorId` is null for the scheduler. */
export const transitions = pgTable(
  'transitions',
  {
    id: id(),
    releaseId: uuid()
      .notNull()
      .references(() => releases.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    fromState: text().$type<ReleaseState>().notNull(),
    toState: text().$type<ReleaseState>().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    comment: text(),
    revisionId: uuid()
      .notNull()
      .references(() => revisions.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.releaseId, t.createdAt),
    check('transitions_from_state', oneOf(t.fromState, RELEASE_STATES)),
    check('transitions_to_state', oneOf(t.toState, RELEASE_STATES)),
  ],
);

/** Shareable read-only links to one revision; only the token's hash is stored. */
export const previewLinks = pgTable(
  'preview_links',
  {
    id: id(),
    releaseId: uuid()
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    revisionId: uuid()
      .notNull()
      .references(() => revisions.id, { onDelete: 'restrict' }),
    tokenHash: text().notNull().unique(),
    createdById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastOpenedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.releaseId)],
);
