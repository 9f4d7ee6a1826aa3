import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { offices } from './offices';
import { topics } from './topics';
import { users } from './users';

/**
 * An office's press officer, kept in its directory. A release takes a copy of the entry when it is
 * picked, so changing or removing an entry rewrites no release, draft or published.
 */
export const pressOfficers = pgTable(
  'press_officers',
  {
    id: id(),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    role: text().notNull().default(''),
    phones: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    email: text().notNull().default(''),
    languages: text()
      .array()
      .$type<Locale[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.officeId, t.name),
    check('press_officers_languages', sql`${t.languages} <@ array['fr', 'en', 'es']::text[]`),
    check('press_officers_name_length', sql`length(${t.name}) between 1 and 120`),
  ],
);

/** A titled block of plain paragraphs a template appends to a new release's body ("Notes to editors"). */
export type TemplateSection = { heading: string; paragraphs: string[] };

/**
 * A starting point for new releases: boilerplate, topics and contacts. Held by an office, or by
 * nobody (`officeId` null) for the templates headquarters offers every office.
 */
export const releaseTemplates = pgTable(
  'release_templates',
  {
    id: id(),
    officeId: uuid().references(() => offices.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    language: text().$type<Locale>().notNull(),
    sections: jsonb().$type<TemplateSection[]>().notNull().default([]),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.officeId, t.name),
    check('release_templates_language', oneOf(t.language, LOCALES)),
    check('release_templates_name_length', sql`length(${t.name}) between 1 and 120`),
  ],
);

export const releaseTemplateTopics = pgTable(
  'release_template_topics',
  {
    templateId: uuid()
      .notNull()
      .references(() => releaseTemplates.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.topicId] })],
);

/** The directory entries a template's releases start with, in order; an entry removed from the directory leaves the template. */
export const releaseTemplateContacts = pgTable(
  'release_template_contacts',
  {
    templateId: uuid()
      .notNull()
      .references(() => releaseTemplates.id, { onDelete: 'cascade' }),
    officerId: uuid()
      .notNull()
      .references(() => pressOfficers.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.officerId] }), index().on(t.officerId)],
);
