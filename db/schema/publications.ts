import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { LOCALES, type Locale, type LocalizedText } from '@/lib/i18n/locales';
import type { PickedAttachment } from '@/lib/media/attachment-types';
import type { Contact } from '@/lib/validation/contact';
import { id, oneOf } from './columns';
import { offices } from './offices';
import { releases, revisions } from './releases';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The text-search configuration of each language (created in the migrations: unaccent, then the stemmer). */
export const SEARCH_CONFIGS = { fr: 'fr_unaccent', en: 'en_unaccent', es: 'es_unaccent' } as const satisfies Record<
  Locale,
  string
>;

export type PublicationHero = {
  src: string;
  alt: string;
  credit: string | null;
  width: number;
  height: number;
  /** What the caption says in the release's language; absent from rows written before captions. */
  caption?: string;
  /** Every web version, for cards that show the image smaller; absent from rows written before it was kept. */
  srcSet?: string;
  /** Size of the `src` file, which a feed's enclosure states; absent likewise. */
  bytes?: number;
};

// Constants cast at parse time, so the generated column stays immutable.
const searchConfig = sql.raw(
  `(case language when 'en' then 'en_unaccent'::regconfig when 'es' then 'es_unaccent'::regconfig else 'fr_unaccent'::regconfig end)`,
);

// A function rather than a constant: the generated columns name the table being defined.
const searchDocument = (): SQL => sql`
  setweight(to_tsvector(${searchConfig}, ${publications.title}), 'A') ||
  setweight(to_tsvector(${searchConfig}, ${publications.summary}), 'B') ||
  setweight(to_tsvector(${searchConfig}, ${publications.datelineCity}), 'C') ||
  setweight(to_tsvector(${searchConfig}, ${publications.bodyText}), 'D')`;

/**
 * The public read model: one row per release that is or was public, written in the same
 * transaction as the publish. Public code reads this table only, so a draft cannot leak.
 * A withdrawn release keeps its row (with `withdrawnAt`) so that its URL answers 410.
 */
export const publications = pgTable(
  'publications',
  {
    id: id(),
    releaseId: uuid()
      .notNull()
      .unique()
      .references(() => releases.id, { onDelete: 'restrict' }),
    revisionId: uuid()
      .notNull()
      .references(() => revisions.id, { onDelete: 'restrict' }),
    language: text().$type<Locale>().notNull(),
    slug: text().notNull(),
    translationGroupId: uuid().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    datelineCity: text().notNull(),
    datelineCountry: text().notNull(),
    bodyHtml: text().notNull(),
    bodyText: text().notNull(),
    contacts: jsonb().$type<Contact[]>().notNull(),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'restrict' }),
    officeCode: text().notNull(),
    officeNames: jsonb().$type<LocalizedText>().notNull(),
    /** Code of the office's regional office (or its own code for a regional office); null for headquarters. */
    regionCode: text(),
    topics: text().array().notNull().default([]),
    hero: jsonb().$type<PublicationHero>(),
    /** The documents the release offers, in the order of its text: the downloads box. */
    downloads: jsonb().$type<PickedAttachment[]>().notNull().default([]),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    /** Last time the live text changed after the first publish ("updated on …"), else null. */
    revisedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
    /** Position among the home page's editors' picks for this language, or null. */
    pickPosition: integer(),
    /** An imported legacy release: an archive, kept out of the home page, the lists and the feeds unless promoted. */
    isLegacy: boolean().notNull().default(false),
    /** The date the legacy dump gives, shown instead of the import's; null when the dump gives none. */
    archiveDate: date({ mode: 'string' }),
    /** When an editor brought an archive release into the current news (home, lists, feeds); null otherwise. */
    promotedAt: timestamp({ withTimezone: true }),
    /** Weighted title > summary > dateline > body, through the language's accent-insensitive configuration. */
    search: tsvector()
      .notNull()
      .generatedAlwaysAs((): SQL => searchDocument()),
    /**
     * Every pair of neighbouring words of `search` as one lexeme ("sant publiqu"). A quoted phrase
     * first narrows the candidates to documents holding each of its word pairs through this index,
     * so the exact phrase check reads a handful of documents, not every one holding both words.
     */
    adjacentPairs: tsvector()
      .notNull()
      .generatedAlwaysAs((): SQL => sql`adjacent_lexeme_pairs(${searchDocument()})`),
  },
  (t) => [
    unique('publications_language_slug_unique').on(t.language, t.slug),
    index().on(t.language, t.publishedAt),
    // The current news of a language, without the archive: every list and feed reads this one.
    index('publications_listed_language_published_at')
      .on(t.language, t.publishedAt)
      .where(sql`${t.isLegacy} = false or ${t.promotedAt} is not null`),
    index().on(t.officeCode, t.publishedAt),
    index().on(t.regionCode, t.publishedAt),
    index('publications_topics_gin').using('gin', t.topics),
    index().on(t.translationGroupId),
    // One per language: every search names its language, so no bitmap of the whole language is AND-ed in.
    index('publications_adjacent_pairs_gin').using('gin', t.adjacentPairs),
    ...LOCALES.map((language) =>
      index(`publications_search_${language}_gin`)
        .using('gin', t.search)
        .where(sql.raw(`language = '${language}'`)),
    ),
    check('publications_language', oneOf(t.language, LOCALES)),
    check('publications_pick_position', sql`${t.pickPosition} is null or ${t.pickPosition} >= 0`),
  ],
);
