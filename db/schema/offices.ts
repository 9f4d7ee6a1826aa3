import { sql } from 'drizzle-orm';
import { check, char, index, jsonb, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { LOCALES, type Locale, type LocalizedText } from '@/lib/i18n/locales';
import type { Contact } from '@/lib/validation/contact';
import { createdAt, id, oneOf, updatedAt } from './columns';

export const OFFICE_KINDS = ['hq', 'regional', 'country'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** Headquarters → regional offices → country offices. */
export const offices = pgTable(
  'offices',
  {
    id: id(),
    code: text().notNull().unique(),
    kind: text().$type<OfficeKind>().notNull(),
    parentId: uuid().references((): AnyPgColumn => offices.id, { onDelete: 'restrict' }),
    names: jsonb().$type<LocalizedText>().notNull(),
    /** The city's name in each language ("Genève", "Geneva", "Ginebra"). */
    cities: jsonb().$type<LocalizedText>().notNull(),
    countryCode: char({ length: 2 }).notNull(),
    timeZone: text().notNull(),
    defaultLanguage: text().$type<Locale>().notNull(),
    /** The office's standing press contacts, shown on its public page. */
    contacts: jsonb().$type<Contact[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.parentId),
    check('offices_code_format', sql`${t.code} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('offices_kind', oneOf(t.kind, OFFICE_KINDS)),
    check('offices_default_language', oneOf(t.defaultLanguage, LOCALES)),
    // Only headquarters stands without a parent; the rest of the hierarchy is checked by the DAL.
    check('offices_parent_unless_hq', sql`(${t.kind} = 'hq') = (${t.parentId} is null)`),
    check('offices_country_code', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
  ],
);
