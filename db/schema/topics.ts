import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@/lib/i18n/locales';
import { createdAt, id, updatedAt } from './columns';

export const topics = pgTable(
  'topics',
  {
    id: id(),
    slug: text().notNull().unique(),
    labels: jsonb().$type<LocalizedText>().notNull(),
    retiredAt: timestamp({ withTimezone: true }),
    /** A merged topic stays as a pointer so that old links and revisions still resolve. */
    mergedIntoId: uuid().references((): AnyPgColumn => topics.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('topics_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);
