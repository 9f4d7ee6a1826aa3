import 'server-only';
// Public: a reader has no session here. What proves who they are is a mailbox: the confirmation
// token mailed to it, or the signed recipient link every message carries.
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import {
  bouncedAddresses,
  mediaContacts,
  offices,
  outbox,
  subscriberOffices,
  subscribers,
  subscriberTopics,
  subscriptionRequests,
  topics,
  type MediaContactStatus,
  type SubscriberStatus,
} from '@/db/schema';
import { readRecipientToken, preferencesUrl, type Recipient } from '@/lib/distribution/recipient-links';
import type { Locale } from '@/lib/i18n/locales';
import { composeSubscriptionEmail, type SubscriptionEmailKind } from '@/lib/notifications/subscription-email';
import { absoluteUrl } from '@/lib/portal/urls';
import type { SubscribeInput, SubscriptionChoicesInput } from '@/lib/validation/subscriptions';
import { recordAudit, type AuditEntry } from './audit';
import { jobs as startJobs } from './job-system';
import { sendNotificationMail } from './jobs';

/** Requests per requesting address and per e-mail address within the window; more are refused. */
export const SUBSCRIPTION_LIMITS_PER_HOUR = { ip: 20, email: 5 };
const WINDOW_MS = 60 * 60 * 1000;
/** A confirmation link older than this no longer confirms: the reader asks again. */
export const CONFIRMATION_VALID_DAYS = 7;

export type SubscriptionRefusal = 'rate_limited' | 'unknown_choice';
export type SubscribeResult = { ok: true } | { ok: false; reason: SubscriptionRefusal };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
/** How a confirmation token looks: 32 random bytes, base64url. Anything else is not looked up. */
const CONFIRMATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The portal's address where a confirmation token is used (a GET shows a button, the POST confirms). */
export const confirmationPath = (locale: Locale, token: string) => `/${locale}/subscribe/confirm/${token}`;

type ResolvedChoices = { officeIds: string[]; topicIds: string[] };

/** The ids of the offices and live topics chosen, or null when one of them is unknown. */
async function resolveChoices(
  tx: Transaction,
  choices: Pick<SubscriptionChoicesInput, 'offices' | 'topics'>,
): Promise<ResolvedChoices | null> {
  const officeRows = choices.offices.length
    ? await tx.select({ id: offices.id }).from(offices).where(inArray(offices.code, choices.offices))
    : [];
  const topicRows = choices.topics.length
    ? await tx
        .select({ id: topics.id })
        .from(topics)
        .where(and(inArray(topics.slug, choices.topics), isNull(topics.retiredAt), isNull(topics.mergedIntoId)))
    : [];
  if (officeRows.length !== choices.offices.length || topicRows.length !== choices.topics.length) return null;
  return { officeIds: officeRows.map((row) => row.id), topicIds: topicRows.map((row) => row.id) };
}

async function writeChoices(tx: Transaction, subscriberId: string, choices: ResolvedChoices): Promise<void> {
  await tx.delete(subscriberOffices).where(eq(subscriberOffices.subscriberId, subscriberId));
  await tx.delete(subscriberTopics).where(eq(subscriberTopics.subscriberId, subscriberId));
  if (choices.officeIds.length)
    await tx.insert(subscriberOffices).values(choices.officeIds.map((officeId) => ({ subscriberId, officeId })));
  if (choices.topicIds.length)
    await tx.insert(subscriberTopics).values(choices.topicIds.map((topicId) => ({ subscriberId, topicId })));
}

/** Queues one message about the subscription: an outbox row and its mail job, in the caller's transaction. */
async function queueSubscriptionEmail(
  tx: Transaction,
  mail: { to: string; kind: SubscriptionEmailKind; language: Locale; url: string; subscriberId: string; now: Date },
): Promise<void> {
  const [message] = await tx
    .insert(outbox)
    .values({
      recipient: mail.to,
      ...composeSubscriptionEmail({ kind: mail.kind, language: mail.language, url: mail.url }),
      payload: { kind: `subscription.${mail.kind}`, subscriberId: mail.subscriberId },
      createdAt: mail.now,
    })
    .returning({ id: outbox.id });
  await sendNotificationMail(tx, [message!.id]);
}

/** Whether this address or IP has asked too often in the last hour (the attempt itself not yet counted). */
async function overLimit(tx: Transaction, ip: string, emailHash: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const countWhere = async (where: ReturnType<typeof and>) =>
    (await tx.select({ n: count() }).from(subscriptionRequests).where(where))[0]!.n;
  const [fromIp, forEmail] = await Promise.all([
    countWhere(and(eq(subscriptionRequests.ip, ip), gt(subscriptionRequests.createdAt, since))),
    countWhere(and(eq(subscriptionRequests.emailHash, emailHash), gt(subscriptionRequests.createdAt, since))),
  ]);
  return fromIp >= SUBSCRIPTION_LIMITS_PER_HOUR.ip || forEmail >= SUBSCRIPTION_LIMITS_PER_HOUR.email;
}

/**
 * A reader asks to subscribe. Whatever the address's state, the answer is the same `{ ok: true }`,
 * so that the form tells nobody who is subscribed: a new, pending or unsubscribed address gets a
 * new confirmation link (the only message a pending address ever gets) and its choices are
 * replaced; an active or paused one keeps its choices and gets its preferences link; a bounced one
 * gets nothing, since its mail server refuses mail for good. Over a limit, nothing is stored or sent.
 */
export async function requestSubscription(
  input: SubscribeInput,
  { ip, now = new Date() }: { ip: string; now?: Date },
): Promise<SubscribeResult> {
  await startJobs(); // the mail job is written in the transaction
  const emailHash = sha256(input.email);
  return db.transaction(async (tx): Promise<SubscribeResult> => {
    // Requests for one address wait for each other: the limit and the upsert see each other's rows.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`subscribe:${emailHash}`}))`);
    const choices = await resolveChoices(tx, input);
    if (!choices) return { ok: false, reason: 'unknown_choice' };
    if (await overLimit(tx, ip, emailHash, now)) return { ok: false, reason: 'rate_limited' };
    await tx.insert(subscriptionRequests).values({ ip, emailHash, createdAt: now });

    const [bounced] = await tx
      .select({ email: bouncedAddresses.email })
      .from(bouncedAddresses)
      .where(eq(bouncedAddresses.email, input.email));
    if (bounced) return { ok: true };

    await tx
      .insert(subscribers)
      .values({ email: input.email, locale: input.locale, languages: input.languages, status: 'pending' })
      .onConflictDoNothing();
    const [subscriber] = await tx
      .select({ id: subscribers.id, status: subscribers.status })
      .from(subscribers)
      .where(eq(sql`lower(${subscribers.email})`, input.email))
      .for('update');
    if (!subscriber || subscriber.status === 'bounced') return { ok: true };

    if (subscriber.status === 'active' || subscriber.status === 'paused') {
      await queueSubscriptionEmail(tx, {
        to: input.email,
        kind: 'preferences',
        language: input.locale,
        url: preferencesUrl({ kind: 'subscriber', id: subscriber.id }, input.locale),
        subscriberId: subscriber.id,
        now,
      });
      return { ok: true };
    }

    const token = randomBytes(32).toString('base64url');
    await tx
      .update(subscribers)
      .set({
        status: 'pending',
        locale: input.locale,
        languages: input.languages,
        confirmationTokenHash: sha256(token),
        confirmationSentAt: now,
      })
      .where(eq(subscribers.id, subscriber.id));
    await writeChoices(tx, subscriber.id, choices);
    await queueSubscriptionEmail(tx, {
      to: input.email,
      kind: 'confirm',
      language: input.locale,
      url: absoluteUrl(confirmationPath(input.locale, token)),
      subscriberId: subscriber.id,
      now,
    });
    return { ok: true };
  });
}

/** The pending subscriber a confirmation token names, if it is still valid. */
async function findPendingByToken(tx: Transaction | typeof db, token: string, now: Date) {
  if (!CONFIRMATION_TOKEN.test(token)) return undefined;
  const [row] = await tx
    .select({ id: subscribers.id, locale: subscribers.locale, sentAt: subscribers.confirmationSentAt })
    .from(subscribers)
    .where(and(eq(subscribers.confirmationTokenHash, sha256(token)), eq(subscribers.status, 'pending')));
  if (!row?.sentAt || now.getTime() - row.sentAt.getTime() > CONFIRMATION_VALID_DAYS * 86_400_000) return undefined;
  return row;
}

/**
 * For the confirmation page's GET, which must not confirm (mail scanners open links): false when
 * the token is unknown, used or expired.
 */
export async function isPendingConfirmation(token: string, now = new Date()): Promise<boolean> {
  return (await findPendingByToken(db, token, now)) !== undefined;
}

export type ConfirmResult = { ok: true; recipient: Recipient } | { ok: false };

/** Confirms a subscription (the POST of the confirmation page): active, confirmed now, token spent. */
export async function confirmSubscription(token: string, now = new Date()): Promise<ConfirmResult> {
  return db.transaction(async (tx): Promise<ConfirmResult> => {
    const pending = await findPendingByToken(tx, token, now);
    if (!pending) return { ok: false };
    const updated = await tx
      .update(subscribers)
      .set({ status: 'active', confirmedAt: now, confirmationTokenHash: null, unsubscribedAt: null })
      .where(and(eq(subscribers.id, pending.id), eq(subscribers.status, 'pending')))
      .returning({ id: subscribers.id });
    if (updated.length === 0) return { ok: false }; // a second click that lost the race
    await recordAudit(tx, subscriberAudit('subscriber.confirmed', pending.id));
    return { ok: true, recipient: { kind: 'subscriber', id: pending.id } };
  });
}

const RECIPIENT_LINK = { label: 'recipient link' };

/** No address in the log: the id names the row, which the reader may erase. */
function subscriberAudit(action: AuditEntry['action'], id: string, data?: Record<string, unknown>): AuditEntry {
  return { actor: RECIPIENT_LINK, action, subjectType: 'subscriber', subjectId: id, data };
}

export type RecipientPreferencesDTO =
  | {
      kind: 'subscriber';
      email: string;
      status: SubscriberStatus;
      languages: Locale[];
      /** Office codes and topic slugs; none: all. */
      offices: string[];
      topics: string[];
    }
  | { kind: 'contact'; email: string; status: MediaContactStatus };

/** The recipient a signed link names; calls notFound() for a bad signature or a recipient gone. */
function recipientOf(token: string): Recipient {
  const recipient = readRecipientToken(token);
  if (!recipient) notFound();
  return recipient;
}

/** What the preferences page shows; null for a bad link, or a recipient gone. */
export async function getRecipientPreferences(token: string): Promise<RecipientPreferencesDTO | null> {
  const recipient = readRecipientToken(token);
  if (!recipient) return null;
  if (recipient.kind === 'contact') {
    const [contact] = await db
      .select({ email: mediaContacts.email, status: mediaContacts.status })
      .from(mediaContacts)
      .where(eq(mediaContacts.id, recipient.id));
    return contact ? { kind: 'contact', ...contact } : null;
  }
  const [subscriber] = await db
    .select({ email: subscribers.email, status: subscribers.status, languages: subscribers.languages })
    .from(subscribers)
    .where(eq(subscribers.id, recipient.id));
  if (!subscriber) return null;
  const [officeRows, topicRows] = await Promise.all([
    db
      .select({ code: offices.code })
      .from(subscriberOffices)
      .innerJoin(offices, eq(offices.id, subscriberOffices.officeId))
      .where(eq(subscriberOffices.subscriberId, recipient.id))
      .orderBy(asc(offices.code)),
    db
      .select({ slug: topics.slug })
      .from(subscriberTopics)
      .innerJoin(topics, eq(topics.id, subscriberTopics.topicId))
      .where(eq(subscriberTopics.subscriberId, recipient.id))
      .orderBy(asc(topics.slug)),
  ]);
  return {
    kind: 'subscriber',
    ...subscriber,
    offices: officeRows.map((row) => row.code),
    topics: topicRows.map((row) => row.slug),
  };
}

/** The language of a recipient's pages (a contact's first language), or null for a bad link or a recipient gone. */
export async function findRecipientLocale(token: string): Promise<Locale | null> {
  const recipient = readRecipientToken(token);
  if (!recipient) return null;
  if (recipient.kind === 'contact') {
    const [contact] = await db
      .select({ languages: mediaContacts.languages })
      .from(mediaContacts)
      .where(eq(mediaContacts.id, recipient.id));
    return contact?.languages[0] ?? null;
  }
  const [subscriber] = await db
    .select({ locale: subscribers.locale })
    .from(subscribers)
    .where(eq(subscribers.id, recipient.id));
  return subscriber?.locale ?? null;
}

export type PreferencesResult = { ok: true } | { ok: false; reason: 'unknown_choice' | 'bounced' };

/** Locks the subscriber a link names; calls notFound() for a contact's link or a subscriber gone. */
async function lockSubscriber(tx: Transaction, token: string) {
  const recipient = recipientOf(token);
  if (recipient.kind !== 'subscriber') notFound();
  const [row] = await tx
    .select({ id: subscribers.id, status: subscribers.status })
    .from(subscribers)
    .where(eq(subscribers.id, recipient.id))
    .for('update');
  if (!row) notFound();
  return row;
}

/** Replaces a subscriber's languages, offices and topics. Calls notFound() for a bad link. */
export async function updateSubscriptionChoices(
  token: string,
  input: SubscriptionChoicesInput,
): Promise<PreferencesResult> {
  return db.transaction(async (tx): Promise<PreferencesResult> => {
    const subscriber = await lockSubscriber(tx, token);
    const choices = await resolveChoices(tx, input);
    if (!choices) return { ok: false, reason: 'unknown_choice' };
    await tx.update(subscribers).set({ languages: input.languages }).where(eq(subscribers.id, subscriber.id));
    await writeChoices(tx, subscriber.id, choices);
    await recordAudit(
      tx,
      subscriberAudit('subscriber.preferences_changed', subscriber.id, {
        languages: input.languages,
        offices: input.offices,
        topics: input.topics,
      }),
    );
    return { ok: true };
  });
}

/**
 * Pauses (active → paused) or resumes a subscription. Resuming also brings back an unsubscribed
 * address, since the link was mailed to it; a bounced address stays as it is (its mail server
 * refuses mail). Doing what is already done changes nothing. Calls notFound() for a bad link.
 */
export async function setSubscriptionPaused(token: string, paused: boolean): Promise<PreferencesResult> {
  return db.transaction(async (tx): Promise<PreferencesResult> => {
    const subscriber = await lockSubscriber(tx, token);
    if (subscriber.status === 'bounced') return { ok: false, reason: 'bounced' };
    const to: SubscriberStatus = paused ? 'paused' : 'active';
    if (subscriber.status === to || (paused && subscriber.status !== 'active')) return { ok: true };
    await tx
      .update(subscribers)
      .set({ status: to, ...(to === 'active' ? { unsubscribedAt: null, confirmationTokenHash: null } : {}) })
      .where(eq(subscribers.id, subscriber.id));
    await recordAudit(tx, subscriberAudit(paused ? 'subscriber.paused' : 'subscriber.resumed', subscriber.id));
    return { ok: true };
  });
}

/**
 * Unsubscribes the recipient a signed link names, at once (the one-click POST and the preferences
 * page): a subscriber or a media contact. Idempotent: unsubscribing again changes nothing, and a
 * bounced address stays bounced. Returns false for a bad link or a recipient gone.
 */
export async function unsubscribeRecipient(token: string, now = new Date()): Promise<boolean> {
  const recipient = readRecipientToken(token);
  if (!recipient) return false;
  return db.transaction(async (tx) => {
    if (recipient.kind === 'contact') {
      const [contact] = await tx
        .select({ id: mediaContacts.id, status: mediaContacts.status, officeId: mediaContacts.officeId })
        .from(mediaContacts)
        .where(eq(mediaContacts.id, recipient.id))
        .for('update');
      if (!contact) return false;
      if (contact.status !== 'active') return true;
      await tx.update(mediaContacts).set({ status: 'unsubscribed' }).where(eq(mediaContacts.id, contact.id));
      await recordAudit(tx, {
        actor: RECIPIENT_LINK,
        action: 'media_contact.unsubscribed',
        subjectType: 'media_contact',
        subjectId: contact.id,
        data: { officeId: contact.officeId },
      });
      return true;
    }
    const [subscriber] = await tx
      .select({ id: subscribers.id, status: subscribers.status })
      .from(subscribers)
      .where(eq(subscribers.id, recipient.id))
      .for('update');
    if (!subscriber) return false;
    if (subscriber.status === 'unsubscribed' || subscriber.status === 'bounced') return true;
    await tx
      .update(subscribers)
      .set({ status: 'unsubscribed', unsubscribedAt: now, confirmationTokenHash: null })
      .where(eq(subscribers.id, subscriber.id));
    await recordAudit(tx, subscriberAudit('subscriber.unsubscribed', subscriber.id));
    return true;
  });
}
