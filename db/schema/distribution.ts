import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '@/lib/i18n/locales';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { mediaContacts, mediaLists } from './media-contacts';
import { offices } from './offices';
import { releases, revisions } from './releases';
import { topics } from './topics';
import { users } from './users';

/**
 * pending: asked, not yet confirmed (nothing is sent); active: confirmed; paused: keeps its
 * choices, gets nothing; unsubscribed: gets nothing until it subscribes again; bounced: the
 * address was refused for good by its mail server.
 */
export const SUBSCRIBER_STATUSES = ['pending', 'active', 'paused', 'unsubscribed', 'bounced'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/** A reader or journalist who subscribed on the portal (double opt-in). */
export const subscribers = pgTable(
  'subscribers',
  {
    id: id(),
    email: text().notNull(),
    /** The portal language the person subscribed in: their confirmation and preferences pages. */
    locale: text().$type<Locale>().notNull(),
    /** The languages they read, in order of preference: the release is sent in the first one it exists in. */
    languages: text().array().$type<Locale[]>().notNull(),
    status: text().$type<SubscriberStatus>().notNull().default('pending'),
    /** SHA-256 of the confirmation token sent by e-mail; cleared once confirmed. */
    confirmationTokenHash: text(),
    confirmationSentAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    unsubscribedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('subscribers_email_unique').on(sql`lower(${t.email})`),
    uniqueIndex('subscribers_confirmation_token_unique').on(t.confirmationTokenHash),
    index().on(t.status),
    check('subscribers_status', oneOf(t.status, SUBSCRIBER_STATUSES)),
    check('subscribers_locale', oneOf(t.locale, ['fr', 'en', 'es'])),
    check(
      'subscribers_languages',
      sql`cardinality(${t.languages}) >= 1 and ${t.languages} <@ array['fr', 'en', 'es']::text[]`,
    ),
  ],
);

/** The offices (a regional office stands for its region) a subscriber follows; none: every office. */
export const subscriberOffices = pgTable(
  'subscriber_offices',
  {
    subscriberId: uuid()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.subscriberId, t.officeId] }), index().on(t.officeId)],
);

/** The topics a subscriber follows; none: every topic. */
export const subscriberTopics = pgTable(
  'subscriber_topics',
  {
    subscriberId: uuid()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.subscriberId, t.topicId] }), index().on(t.topicId)],
);

/**
 * Every subscription request, kept so that limits per requesting address and per e-mail hold
 * across app instances (as sign-in attempts are). The e-mail is stored as its SHA-256 only.
 */
export const subscriptionRequests = pgTable(
  'subscription_requests',
  {
    id: id(),
    ip: text().notNull(),
    emailHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.ip, t.createdAt), index().on(t.emailHash, t.createdAt)],
);

/** The media lists an editor chose to receive a release when it is published. */
export const releaseDistributionLists = pgTable(
  'release_distribution_lists',
  {
    releaseId: uuid()
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    listId: uuid()
      .notNull()
      .references(() => mediaLists.id, { onDelete: 'cascade' }),
    addedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.listId] }), index().on(t.listId)],
);

/**
 * publish: the release went live (now or at its time); correction: a re-publish the editor
 * marked as a correction; embargo: an advance send before publication; embargo-notice: the
 * short message to an advance send's recipients when the release is withdrawn or its time moved.
 */
export const DISTRIBUTION_KINDS = ['publish', 'correction', 'embargo', 'embargo-notice'] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];

/** One mailing of one release: who it went to is in its deliveries. */
export const distributions = pgTable(
  'distributions',
  {
    id: id(),
    releaseId: uuid()
      .notNull()
      .references(() => releases.id, { onDelete: 'cascade' }),
    /** The text sent (the live revision, or the approved one for an advance send). */
    revisionId: uuid()
      .notNull()
      .references(() => revisions.id, { onDelete: 'restrict' }),
    kind: text().$type<DistributionKind>().notNull(),
    /** What makes this mailing one event: the same key never mails twice (e.g. the publication's version). */
    eventKey: text().notNull(),
    /** For an advance send and its notices: the publication time the recipients were told. */
    embargoUntil: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('distributions_event_unique').on(t.releaseId, t.kind, t.eventKey),
    check('distributions_kind', oneOf(t.kind, DISTRIBUTION_KINDS)),
  ],
);

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'bounced', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One message of one mailing to one address: sent at most once, whatever happens to the worker. */
export const distributionDeliveries = pgTable(
  'distribution_deliveries',
  {
    id: id(),
    distributionId: uuid()
      .notNull()
      .references(() => distributions.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    subscriberId: uuid().references(() => subscribers.id, { onDelete: 'set null' }),
    contactId: uuid().references(() => mediaContacts.id, { onDelete: 'set null' }),
    /** The lists through which the address was reached (empty: as a subscriber only). */
    listIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The language of the text sent. */
    language: text().$type<Locale>().notNull(),
    status: text().$type<DeliveryStatus>().notNull().default('queued'),
    reason: text(),
    attempts: integer().notNull().default(0),
    messageId: text(),
    sentAt: timestamp({ withTimezone: true }),
    /** An advance send's own embargo link: the SHA-256 of its token. */
    embargoTokenHash: text(),
    embargoRevokedAt: timestamp({ withTimezone: true }),
    embargoOpens: integer().notNull().default(0),
    embargoLastOpenedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('distribution_deliveries_recipient_unique').on(t.distributionId, sql`lower(${t.email})`),
    uniqueIndex('distribution_deliveries_embargo_token_unique').on(t.embargoTokenHash),
    index().on(t.distributionId, t.status),
    index('distribution_deliveries_email_lower').on(sql`lower(${t.email})`),
    check('distribution_deliveries_status', oneOf(t.status, DELIVERY_STATUSES)),
    check('distribution_deliveries_language', oneOf(t.language, ['fr', 'en', 'es'])),
    check('distribution_deliveries_attempts', sql`${t.attempts} >= 0`),
  ],
);

/**
 * Addresses whose mail server refused mail for good (a 5xx): nobody sends to them again, whether
 * they are a subscriber, a contact or both. Kept by address, as the refusal was.
 */
export const bouncedAddresses = pgTable(
  'bounced_addresses',
  {
    email: text().primaryKey(),
    reason: text().notNull(),
    bouncedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('bounced_addresses_lower', sql`${t.email} = lower(${t.email})`)],
);
