import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf } from './columns';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Messages to send (e-mail), written in the same transaction as the change they announce
 * and delivered afterwards by the worker, so a rolled-back change sends nothing.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    channel: text().notNull().default('email'),
    recipient: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: text().$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.status, t.availableAt),
    check('outbox_status', oneOf(t.status, OUTBOX_STATUSES)),
    check('outbox_channel', oneOf(t.channel, ['email'])),
    check('outbox_attempts', sql`${t.attempts} >= 0`),
  ],
);
