import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '@/lib/i18n/locales';
import { ATTACHMENT_FORMATS, MAX_ATTACHMENT_BYTES, type AttachmentFormat } from '@/lib/media/attachment-types';
import { MAX_MEDIA_BYTES, MEDIA_TYPES, type MediaType } from '@/lib/media/limits';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { users } from './users';

export { MAX_MEDIA_BYTES, MEDIA_TYPES, type MediaType };

export type MediaVariant = { width: number; height: number; key: string; bytes: number };

export const media = pgTable(
  'media',
  {
    id: id(),
    storageKey: text().notNull().unique(),
    originalName: text().notNull(),
    mimeType: text().$type<MediaType>().notNull(),
    byteSize: integer().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    sha256: text().notNull(),
    /** Resized web versions, smallest first. */
    variants: jsonb().$type<MediaVariant[]>().notNull().default([]),
    alt: jsonb().$type<Partial<Record<Locale, string>>>().notNull().default({}),
    /** What the figure's caption says, per language; a release's main image shows it above the credit. */
    caption: jsonb().$type<Partial<Record<Locale, string>>>().notNull().default({}),
    credit: text(),
    uploadedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.sha256),
    index().on(t.createdAt),
    check('media_mime_type', oneOf(t.mimeType, MEDIA_TYPES)),
    check('media_byte_size', sql`${t.byteSize} > 0 and ${t.byteSize} <= ${sql.raw(String(MAX_MEDIA_BYTES))}`),
    check('media_dimensions', sql`${t.width} > 0 and ${t.height} > 0`),
  ],
);

/**
 * Documents of the library offered for download beside releases: PDF, Word, Excel and CSV files,
 * checked by their bytes (lib/media/documents.ts). Their key names their content, like images'.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    storageKey: text().notNull().unique(),
    originalName: text().notNull(),
    format: text().$type<AttachmentFormat>().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    uploadedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.sha256),
    index().on(t.createdAt),
    check('attachments_format', oneOf(t.format, ATTACHMENT_FORMATS)),
    check(
      'attachments_byte_size',
      sql`${t.byteSize} > 0 and ${t.byteSize} <= ${sql.raw(String(MAX_ATTACHMENT_BYTES))}`,
    ),
  ],
);
