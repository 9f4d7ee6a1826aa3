import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf } from './columns';
import { comments } from './comments';
import { releases } from './releases';
import { users } from './users';

export const NOTIFICATION_KINDS = [
  'submitted',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'commented',
  'mentioned',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().$type<NotificationKind>().notNull(),
    releaseId: uuid().references(() => releases.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => comments.id, { onDelete: 'cascade' }),
    actorId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    data: jsonb().$type<Record<string, string>>().notNull().default({}),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId, t.readAt, t.createdAt), check('notifications_kind', oneOf(t.kind, NOTIFICATION_KINDS))],
);
