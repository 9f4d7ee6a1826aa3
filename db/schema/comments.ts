import { check, index, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, updatedAt } from './columns';
import { releases, revisions } from './releases';
import type { TextQuote } from '@/lib/comments/anchor';
import { users } from './users';

/**
 * Where an inline comment points: the passage it quotes with a little text on either side
 * (`lib/comments/anchor.ts`); `revisionId` says which text it was written on.
 */
export type CommentAnchor = TextQuote;

export const comments = pgTable(
  'comments',
  {
    id: id(),
    releaseId: uuid()
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    parentId: uuid().references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    body: text().notNull(),
    revisionId: uuid().references(() => revisions.id, { onDelete: 'restrict' }),
    anchor: jsonb().$type<CommentAnchor>(),
    mentionedUserIds: uuid().array().notNull().default([]),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.releaseId, t.createdAt),
    check('comments_body_length', sql`length(${t.body}) between 1 and 5000`),
  ],
);
