import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { releases } from './releases';
import { users } from './users';

/** Append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: 'no action' }),
    /** Who acted, as it read at the time (an e-mail, "system", or "anonymous"). */
    actorLabel: text().notNull(),
    action: text().notNull(),
    subjectType: text(),
    subjectId: uuid(),
    releaseId: uuid().references(() => releases.id, { onDelete: 'no action' }),
    ip: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index().on(t.at), index().on(t.actorId, t.at), index().on(t.action, t.at), index().on(t.releaseId, t.at)],
);
