import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Locale } from '@/lib/i18n/locales';
import type { MediaListFilter } from '@/lib/validation/media-contacts';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { offices } from './offices';
import { topics } from './topics';
import { users } from './users';

export const MEDIA_CONTACT_STATUSES = ['active', 'unsubscribed', 'bounced'] as const;
export type MediaContactStatus = (typeof MEDIA_CONTACT_STATUSES)[number];

export const MEDIA_LIST_KINDS = ['static', 'filter'] as const;
export type MediaListKind = (typeof MEDIA_LIST_KINDS)[number];

/** A journalist the office may send releases to; the office's editors manage it. */
export const mediaContacts = pgTable(
  'media_contacts',
  {
    id: id(),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    outlet: text().notNull().default(''),
    email: text().notNull(),
    languages: text().array().$type<Locale[]>().notNull(),
    beat: text().notNull().default(''),
    phone: text().notNull().default(''),
    notes: text().notNull().default(''),
    consentSource: text().notNull().default(''),
    consentDate: date({ mode: 'string' }),
    status: text().$type<MediaContactStatus>().notNull().default('active'),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('media_contacts_office_email_unique').on(t.officeId, sql`lower(${t.email})`),
    index('media_contacts_email_lower').on(sql`lower(${t.email})`),
    check('media_contacts_status', oneOf(t.status, MEDIA_CONTACT_STATUSES)),
    check(
      'media_contacts_languages',
      sql`cardinality(${t.languages}) >= 1 and ${t.languages} <@ array['fr', 'en', 'es']::text[]`,
    ),
  ],
);

/** The offices and regions a contact covers (a regional office stands for the region). */
export const mediaContactRegions = pgTable(
  'media_contact_regions',
  {
    contactId: uuid()
      .notNull()
      .references(() => mediaContacts.id, { onDelete: 'cascade' }),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.officeId] }), index().on(t.officeId)],
);

export const mediaContactTopics = pgTable(
  'media_contact_topics',
  {
    contactId: uuid()
      .notNull()
      .references(() => mediaContacts.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.topicId] }), index().on(t.topicId)],
);

/**
 * A named set of contacts: `static` lists hold their members; `filter` lists hold a filter and
 * match the office's contacts when they are read (or sent to).
 */
export const mediaLists = pgTable(
  'media_lists',
  {
    id: id(),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    kind: text().$type<MediaListKind>().notNull(),
    filter: jsonb().$type<MediaListFilter>(),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.officeId),
    check('media_lists_kind', oneOf(t.kind, MEDIA_LIST_KINDS)),
    check('media_lists_filter_with_kind', sql`(${t.kind} = 'filter') = (${t.filter} is not null)`),
  ],
);

export const mediaListMembers = pgTable(
  'media_list_members',
  {
    listId: uuid()
      .notNull()
      .references(() => mediaLists.id, { onDelete: 'cascade' }),
    contactId: uuid()
      .notNull()
      .references(() => mediaContacts.id, { onDelete: 'cascade' }),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.contactId] }), index().on(t.contactId)],
);

/**
 * What is left of an erased contact: the SHA-256 of its normalised address, so that no import
 * or form brings the address back by accident. Nothing else about the person is kept.
 */
export const erasedAddresses = pgTable(
  'erased_addresses',
  {
    hash: text().primaryKey(),
    erasedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('erased_addresses_hash_format', sql`${t.hash} ~ '^[0-9a-f]{64}$'`)],
);
