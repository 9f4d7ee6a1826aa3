import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { LOCALES, type Locale, type LocalizedText } from '@/lib/i18n/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { offices } from './offices';
import { users } from './users';

export const PAGE_STATES = ['draft', 'published', 'unpublished'] as const;
export type PageState = (typeof PAGE_STATES)[number];
export const PAGE_PATH_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$';

/**
 * A static page in one language. The working copy is edited in place (guarded by `version`);
 * the `published*` columns are what the portal reads, written only on publish.
 */
export const pages = pgTable(
  'pages',
  {
    id: id(),
    language: text().$type<Locale>().notNull(),
    /** Nested path below the locale, e.g. `qui-sommes-nous/structure`. */
    path: text().notNull(),
    translationGroupId: uuid().notNull().defaultRandom(),
    state: text().$type<PageState>().notNull().default('draft'),
    version: integer().notNull().default(1),
    title: text().notNull().default(''),
    summary: text().notNull().default(''),
    body: jsonb().$type<RichTextDoc>().notNull(),
    bodyText: text().notNull().default(''),
    publishedTitle: text(),
    publishedSummary: text(),
    publishedHtml: text(),
    publishedAt: timestamp({ withTimezone: true }),
    sourceKey: text().unique(),
    sourceHash: text(),
    createdById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    updatedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('pages_language_path_unique').on(t.language, t.path),
    unique('pages_translation_language_unique').on(t.translationGroupId, t.language),
    check('pages_language', oneOf(t.language, LOCALES)),
    check('pages_state', oneOf(t.state, PAGE_STATES)),
    check('pages_path_format', sql`${t.path} ~ ${sql.raw(`'${PAGE_PATH_PATTERN}'`)} and length(${t.path}) <= 200`),
    check('pages_published_has_content', sql`${t.state} <> 'published' or ${t.publishedHtml} is not null`),
    check('pages_version_positive', sql`${t.version} > 0`),
  ],
);

/** Immutable snapshots of a page's working copy. */
export const pageRevisions = pgTable(
  'page_revisions',
  {
    id: id(),
    pageId: uuid()
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    body: jsonb().$type<RichTextDoc>().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    message: text(),
    createdAt: createdAt(),
  },
  (t) => [unique('page_revisions_page_number_unique').on(t.pageId, t.number)],
);

/** Old paths of renamed pages, answered with a permanent redirect. */
export const pageRedirects = pgTable(
  'page_redirects',
  {
    id: id(),
    language: text().$type<Locale>().notNull(),
    fromPath: text().notNull(),
    pageId: uuid()
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('page_redirects_language_path_unique').on(t.language, t.fromPath),
    check('page_redirects_language', oneOf(t.language, LOCALES)),
  ],
);

export const MENU_KEYS = ['header', 'footer'] as const;
export type MenuKey = (typeof MENU_KEYS)[number];
export const MENU_TARGET_KINDS = ['none', 'page', 'office', 'listing', 'url'] as const;
export type MenuTargetKind = (typeof MENU_TARGET_KINDS)[number];

export const menus = pgTable(
  'menus',
  {
    id: id(),
    key: text().$type<MenuKey>().notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('menus_key', oneOf(t.key, MENU_KEYS))],
);

/**
 * One entry of a menu tree. A page target names one language's page; the portal shows the
 * page of the same translation group in the visitor's language.
 */
export const menuItems = pgTable(
  'menu_items',
  {
    id: id(),
    menuId: uuid()
      .notNull()
      .references(() => menus.id, { onDelete: 'cascade' }),
    parentId: uuid().references((): AnyPgColumn => menuItems.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    labels: jsonb().$type<LocalizedText>().notNull(),
    targetKind: text().$type<MenuTargetKind>().notNull(),
    pageId: uuid().references(() => pages.id, { onDelete: 'restrict' }),
    officeId: uuid().references(() => offices.id, { onDelete: 'restrict' }),
    /** Query string of a news listing, e.g. `topic=climate&region=americas`. */
    listingQuery: text(),
    url: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.menuId, t.parentId, t.position),
    check('menu_items_target_kind', oneOf(t.targetKind, MENU_TARGET_KINDS)),
    check(
      'menu_items_target_matches_kind',
      sql`(${t.targetKind} = 'page') = (${t.pageId} is not null)
        and (${t.targetKind} = 'office') = (${t.officeId} is not null)
        and (${t.targetKind} = 'listing') = (${t.listingQuery} is not null)
        and (${t.targetKind} = 'url') = (${t.url} is not null)`,
    ),
    check('menu_items_url_scheme', sql`${t.url} is null or ${t.url} ~ '^(https?://|mailto:)'`),
    check('menu_items_position', sql`${t.position} >= 0`),
  ],
);
