import 'server-only';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db, type Transaction } from '@/db/client';
import { distributions, mediaLists, releaseDistributionLists, type DistributionKind } from '@/db/schema';
import {
  headerSafe,
  releaseEmailFor,
  type ReleaseEmail,
  type ReleaseForEmail,
} from '@/lib/distribution/compose-release-email';
import { oneClickUnsubscribeUrl, preferencesUrl, type Recipient } from '@/lib/distribution/recipient-links';
import type { Locale } from '@/lib/i18n/locales';
import { log } from '@/lib/log';
import { absoluteUrl, portalPaths, siteUrl } from '@/lib/portal/urls';
import { QUEUES } from '@/lib/jobs/queues';
import type { Contact } from '@/lib/validation/contact';
import { composeEmbargoDelivery } from './embargo-mail';
import { inTransaction, startedJobs } from './job-system';
import { reachOf } from './media-list-reach';

/**
 * One `distribution-mail` job: a batch of deliveries of one mailing (DISTRIBUTION_JOB_SIZE, default
 * 100), its id the first delivery's. A job written before batches carries one `deliveryId`.
 */
export type DistributionMailJob = { deliveryIds: string[] } | { deliveryId: string };

/** The deliveries a `distribution-mail` job sends, whichever shape it was written in. */
export const deliveryIdsOf = (job: DistributionMailJob): string[] =>
  'deliveryIds' in job ? job.deliveryIds : [job.deliveryId];

/** One mailing to write: what is sent, why (kind and event key), and to whom. */
export type DistributionRequest = {
  releaseId: string;
  /** The text sent: the live revision, or the approved one for an advance send. */
  revisionId: string;
  kind: DistributionKind;
  /** The same release, kind and key never mail twice (e.g. the publication's version). */
  eventKey: string;
  embargoUntil?: Date | null;
  /** The portal's subscribers whose offices and topics match the release. */
  includeSubscribers: boolean;
  /** Media lists whose active contacts receive it. */
  listIds: string[];
  createdById: string | null;
};

/** Deliveries per `distribution-mail` job. */
export function distributionJobSize(): number {
  const size = Math.floor(Number(process.env.DISTRIBUTION_JOB_SIZE ?? 100));
  return Number.isFinite(size) && size >= 1 ? Math.min(size, 1_000) : 100;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/**
 * Writes one mailing, its deliveries (one per address, lowercased) and their `distribution-mail`
 * jobs inside the caller's transaction: the mailing exists exactly when the change causing it
 * commits. Recipients, in set-based statements whatever their number:
 * - with `includeSubscribers`, active subscribers whose offices (none: all; a regional office
 *   stands for its country offices) and topics (none: all) match the release;
 * - the active contacts of `listIds` (a static list's members, a saved filter's matches now);
 * an address reached both ways gets one message, with the lists it was reached through. Addresses
 * refused for good (bounced_addresses) get nothing; for a `publish`, neither does an address that
 * already got another language version of the release. Each gets the first of their languages
 * the release is published in, else the original. Returns null when the event was already mailed.
 */
export async function queueDistribution(
  tx: Transaction,
  request: DistributionRequest,
): Promise<{ distributionId: string; deliveries: number } | null> {
  const [distribution] = await tx
    .insert(distributions)
    .values({
      releaseId: request.releaseId,
      revisionId: request.revisionId,
      kind: request.kind,
      eventKey: request.eventKey,
      embargoUntil: request.embargoUntil ?? null,
      createdById: request.createdById,
    })
    .onConflictDoNothing()
    .returning({ id: distributions.id });
  if (!distribution) return null;

  const lists =
    request.listIds.length > 0
      ? await tx
          .select({ id: mediaLists.id, officeId: mediaLists.officeId, filter: mediaLists.filter })
          .from(mediaLists)
          .where(inArray(mediaLists.id, request.listIds))
      : [];
  // One SELECT per list: a static list's members or a saved filter's matches, as the list page shows them.
  const listReach: SQL[] = [];
  for (const list of lists) {
    const reach = (await reachOf(tx, list)) ?? sql`true`;
    listReach.push(sql`select media_contacts.id as contact_id, lower(media_contacts.email) as email,
        media_contacts.languages, ${list.id}::uuid as list_id
      from media_contacts where media_contacts.status = 'active' and ${reach}`);
  }
  const contacts =
    listReach.length > 0
      ? sql.join(listReach, sql` union all `)
      : sql`select null::uuid, null::text, null::text[], null::uuid where false`;
  const onlyNewToGroup =
    request.kind === 'publish'
      ? sql`and not exists (
          select 1 from distribution_deliveries earlier
          join distributions mailing on mailing.id = earlier.distribution_id
          join releases sibling on sibling.id = mailing.release_id
          where lower(earlier.email) = reached.email and mailing.kind = 'publish'
            and sibling.translation_group_id = (select translation_group_id from target)
            and mailing.id <> ${distribution.id}::uuid and earlier.status in ('queued', 'sent'))`
      : request.kind === 'embargo'
        ? // An advance send to more lists reaches only the addresses without a live link to this release.
          sql`and not exists (
          select 1 from distribution_deliveries earlier
          join distributions mailing on mailing.id = earlier.distribution_id
          where lower(earlier.email) = reached.email and mailing.kind = 'embargo'
            and mailing.release_id = ${request.releaseId} and mailing.id <> ${distribution.id}::uuid
            and earlier.embargo_revoked_at is null and earlier.status in ('queued', 'sent'))`
        : sql``;

  const inserted = rowsOf<{ id: string }>(
    await tx.execute(sql`
      with target as (
        select r.id, r.office_id, o.parent_id as region_id, r.language, r.translation_group_id
        from releases r join offices o on o.id = r.office_id where r.id = ${request.releaseId}
      ),
      available as (
        select coalesce(array_agg(p.language), '{}') as languages from publications p
        where p.translation_group_id = (select translation_group_id from target) and p.withdrawn_at is null
      ),
      subscribed as (
        select s.id as subscriber_id, lower(s.email) as email, s.languages from subscribers s
        where ${request.includeSubscribers} and s.status = 'active'
          and (not exists (select 1 from subscriber_offices so where so.subscriber_id = s.id)
            or exists (select 1 from subscriber_offices so, target
              where so.subscriber_id = s.id and (so.office_id = target.office_id or so.office_id = target.region_id)))
          and (not exists (select 1 from subscriber_topics st where st.subscriber_id = s.id)
            or exists (select 1 from subscriber_topics st join release_topics rt on rt.topic_id = st.topic_id
              where st.subscriber_id = s.id and rt.release_id = (select id from target)))
      ),
      listed (contact_id, email, languages, list_id) as (${contacts}),
      reached as (
        select email,
          (array_agg(subscriber_id) filter (where subscriber_id is not null))[1] as subscriber_id,
          (array_agg(contact_id order by contact_id) filter (where contact_id is not null))[1] as contact_id,
          coalesce(array_agg(distinct list_id) filter (where list_id is not null), '{}') as list_ids,
          -- A subscriber's own languages first: they chose them on the portal.
          (array_agg(languages::text order by subscriber_id is null, contact_id))[1]::text[] as languages
        from (
          select subscriber_id, null::uuid as contact_id, email, languages, null::uuid as list_id from subscribed
          union all
          select null::uuid, contact_id, email, languages, list_id from listed
        ) everyone
        group by email
      )
      insert into distribution_deliveries (distribution_id, email, subscriber_id, contact_id, list_ids, language)
      select ${distribution.id}::uuid, reached.email, reached.subscriber_id, reached.contact_id, reached.list_ids,
        coalesce(
          (select chosen.language from unnest(reached.languages) with ordinality as chosen(language, rank)
            where chosen.language = any((select languages from available)::text[]) order by chosen.rank limit 1),
          (select language from target))
      from reached
      where not exists (select 1 from bounced_addresses b where b.email = reached.email)
      ${onlyNewToGroup}
      on conflict (distribution_id, lower(email)) do nothing
      returning id`),
  );
  await queueDeliveryJobs(
    tx,
    inserted.map((row) => row.id),
  );
  return { distributionId: distribution.id, deliveries: inserted.length };
}

/** The lists an editor chose on a release: its first publication and its corrections go to them. */
export async function listReleaseDistributionListIds(tx: Transaction, releaseId: string): Promise<string[]> {
  const rows = await tx
    .select({ listId: releaseDistributionLists.listId })
    .from(releaseDistributionLists)
    .where(eq(releaseDistributionLists.releaseId, releaseId));
  return rows.map((row) => row.listId);
}

/** Deliveries cut into `distribution-mail` jobs of DISTRIBUTION_JOB_SIZE, each job's id its first delivery's. */
export function deliveryJobs(deliveryIds: string[]): { id: string; data: DistributionMailJob }[] {
  const size = distributionJobSize();
  const batches: { id: string; data: DistributionMailJob }[] = [];
  for (let i = 0; i < deliveryIds.length; i += size) {
    const batch = deliveryIds.slice(i, i + size);
    batches.push({ id: batch[0]!, data: { deliveryIds: batch } });
  }
  return batches;
}

/** The `distribution-mail` jobs of these deliveries, in the caller's transaction, inserted by the hundred. */
export async function queueDeliveryJobs(tx: Transaction, deliveryIds: string[]): Promise<void> {
  const boss = startedJobs();
  const batches = deliveryJobs(deliveryIds);
  for (let i = 0; i < batches.length; i += 100)
    await boss.insert(QUEUES.distributionMail, batches.slice(i, i + 100), { db: inTransaction(tx) });
}

/**
 * Deliveries still to send that no waiting, retrying or running job carries: each must have its
 * job (see lib/jobs/recover.ts). In the order of their ids, so that two workers looking at once
 * cut the same jobs, with the same ids.
 */
export async function listQueuedDeliveryIdsWithoutJob(): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      with carried as (
        select jsonb_array_elements_text(coalesce(j.data->'deliveryIds', jsonb_build_array(j.data->'deliveryId'))) as id
        from pgboss.job j
        where j.name = ${QUEUES.distributionMail} and j.state in ('created', 'retry', 'active')
      )
      select d.id::text from distribution_deliveries d
      where d.status = 'queued' and d.id::text not in (select id from carried where id is not null)
      order by d.id`),
  );
  return rows.map((row) => row.id);
}

/** Puts a job's failed deliveries back in the queue, for an admin's retry of that job. */
export async function markDeliveriesQueued(deliveryIds: string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  await db.execute(
    sql`update distribution_deliveries set status = 'queued', updated_at = now()
      where id in (${sql.join(
        deliveryIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and status = 'failed'`,
  );
}

// ---------------------------------------------------------------------------------------------
// Sending (the worker)

/** A composed message to one address. */
export type DistributionMail = ReleaseEmail & { to: string };

/**
 * Why a send failed, as the mailer reports it: `permanent` when the recipient's server refused the
 * address or the message for good (a 5xx answer to RCPT TO or DATA); anything else (4xx, refused
 * connection, timeout, 5xx to another command) is temporary.
 */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export type DistributionOutcome = 'sent' | 'already_done' | 'bounced' | 'skipped';

/** A delivery still queued, as a batch reads it before sending. */
type QueuedDelivery = {
  id: string;
  distribution_id: string;
  email: string;
  language: Locale;
  message_id: string | null;
  previous_reason: string | null;
  subscriber_id: string | null;
  contact_id: string | null;
  subscriber_status: string | null;
  subscriber_languages: Locale[] | null;
  subscriber_locale: Locale | null;
  contact_status: string | null;
  contact_languages: Locale[] | null;
  is_bounced: boolean;
};

/** What the delivery marks while its message is with the mail server (see deliverDistributionMail). */
export const SENDING = 'sending';

/** The host part of every Message-ID: the sender's domain (MAIL_FROM), else the portal's. */
function messageIdDomain(): string {
  const from = /@([A-Za-z0-9.-]+)>?\s*$/.exec(process.env.MAIL_FROM ?? '')?.[1];
  return from ?? new URL(siteUrl()).hostname;
}

/** Reads cached briefly: a mailing of thousands reads the same release thousands of times. */
const cache = new Map<string, { at: number; value: Promise<unknown> }>();
const CACHE_MS = 5_000;

function cached<T>(key: string, read: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as Promise<T>;
  if (cache.size > 500) cache.clear();
  const value = read();
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

type Mailing = { kind: DistributionKind; original: Locale; live: Locale[] };

/** A mailing's kind, its release's language and the languages the release is live in now. */
function mailingOf(distributionId: string): Promise<Mailing | null> {
  return cached(`mailing:${distributionId}`, async () => {
    const [row] = rowsOf<{ kind: DistributionKind; original: Locale; live: Locale[] | null }>(
      await db.execute(sql`
        select d.kind, r.language as original,
          (select array_agg(p.language) from publications p
            where p.translation_group_id = r.translation_group_id and p.withdrawn_at is null) as live
        from distributions d join releases r on r.id = d.release_id where d.id = ${distributionId}`),
    );
    return row ? { kind: row.kind, original: row.original, live: row.live ?? [] } : null;
  });
}

/** The release in one language, as the portal shows it now. */
function contentOf(distributionId: string, language: Locale): Promise<ReleaseForEmail | null> {
  return cached(`content:${distributionId}:${language}`, async () => {
    const [row] = rowsOf<{
      title: string;
      summary: string;
      dateline_city: string;
      published_at: Date | string;
      revised_at: Date | string | null;
      body_html: string;
      body_text: string;
      contacts: Contact[];
      hero: { src: string; alt: string } | null;
      slug: string;
      time_zone: string;
    }>(
      await db.execute(sql`
        select p.title, p.summary, p.dateline_city, p.published_at, p.revised_at, p.body_html, p.body_text,
          p.contacts, p.hero, p.slug, o.time_zone
        from distributions d
        join releases r on r.id = d.release_id
        join publications p on p.translation_group_id = r.translation_group_id and p.language = ${language}
        join offices o on o.id = p.office_id
        where d.id = ${distributionId} and p.withdrawn_at is null`),
    );
    if (!row) return null;
    return {
      title: row.title,
      summary: row.summary,
      datelineCity: row.dateline_city,
      publishedAt: new Date(row.revised_at ?? row.published_at),
      timeZone: row.time_zone,
      bodyHtml: row.body_html,
      bodyText: row.body_text,
      contacts: row.contacts,
      hero: row.hero ? { src: row.hero.src, alt: row.hero.alt } : null,
      url: absoluteUrl(portalPaths.release(language, row.slug)),
    };
  });
}

async function settle(id: string, set: SQL): Promise<void> {
  await db.execute(
    sql`update distribution_deliveries set ${set}, updated_at = now() where id = ${id} and status = 'queued'`,
  );
}

export type DistributionBatchOptions = {
  /** The job's last attempt: a delivery refused for now becomes `failed`. */
  lastAttempt: boolean;
  /** Waits for the worker's next send slot (its rate limit); called before each message. */
  pace?: () => Promise<void>;
  /** Messages of the batch in flight at once (default DISTRIBUTION_SMTP_CONNECTIONS). */
  concurrency?: number;
};

/** Thrown by a batch some of whose deliveries were refused for now: its job is tried again for them. */
export class DeliveriesRetryLater extends Error {
  constructor(
    readonly refused: number,
    firstReason: string,
  ) {
    super(`${refused} ${refused === 1 ? 'delivery' : 'deliveries'} to try again: ${firstReason}`);
  }
}

/**
 * The work of one `distribution-mail` job: sends a batch of deliveries, each on its own. The
 * delivery row is the sent-key: a delivery no longer `queued` is sent nothing, so a batch run
 * again (a worker killed mid-batch, a retry after a refusal for now) sends only what is left.
 *
 * The batch reads its deliveries still queued and their recipients in one query, then sends them
 * `concurrency` at a time, each when `pace` allows. Before a message leaves, its delivery records
 * the attempt (attempts + 1, reason `sending`, its Message-ID) and commits; once the server has
 * accepted it, the delivery becomes `sent`. If the worker dies between the two, the next run finds
 * `sending` still there: it cannot know whether the server accepted the message, so it sends it
 * again, under the same Message-ID, and logs a warning. That window (one SMTP reply to one UPDATE)
 * is the at-least-once part no SMTP server lets us close; a receiver sees the same Message-ID
 * twice, which mail clients and archives fold into one.
 *
 * A refusal for good marks that delivery `bounced`, records the address as refused and marks its
 * subscriber and contacts `bounced`; it is not retried. A temporary refusal is recorded on its
 * delivery; once the whole batch has been tried, DeliveriesRetryLater is thrown, for the job to be
 * retried with backoff, which then sends only those. After the last attempt they are `failed`.
 */
export async function deliverDistributionBatch(
  deliveryIds: string[],
  send: (mail: DistributionMail) => Promise<void>,
  { lastAttempt, pace, concurrency = distributionConnections() }: DistributionBatchOptions,
): Promise<Record<DistributionOutcome, number>> {
  const outcomes: Record<DistributionOutcome, number> = {
    sent: 0,
    already_done: 0,
    bounced: 0,
    skipped: 0,
  };
  if (deliveryIds.length === 0) return outcomes;
  const queued = rowsOf<QueuedDelivery>(
    await db.execute(sql`
      select d.id, d.distribution_id, d.email, d.language, d.message_id, d.reason as previous_reason,
        d.subscriber_id, d.contact_id, s.status as subscriber_status, s.languages as subscriber_languages,
        s.locale as subscriber_locale, c.status as contact_status, c.languages as contact_languages,
        exists (select 1 from bounced_addresses b where b.email = lower(d.email)) as is_bounced
      from distribution_deliveries d
      left join subscribers s on s.id = d.subscriber_id
      left join media_contacts c on c.id = d.contact_id
      where d.id in (${sql.join(
        deliveryIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and d.status = 'queued'
      order by d.id`),
  );
  outcomes.already_done = deliveryIds.length - queued.length;
  const refused: string[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < queued.length; i = next++) {
      await pace?.();
      try {
        outcomes[await deliverOne(queued[i]!, send, lastAttempt)] += 1;
      } catch (error) {
        refused.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queued.length)) }, lane));
  // On the last attempt too: the job goes to the dead letters, where an admin may try it again.
  if (refused.length > 0) throw new DeliveriesRetryLater(refused.length, refused[0]!);
  return outcomes;
}

/** DISTRIBUTION_SMTP_CONNECTIONS: SMTP connections a worker keeps open for press distribution (default 5). */
export function distributionConnections(): number {
  const connections = Math.floor(Number(process.env.DISTRIBUTION_SMTP_CONNECTIONS ?? 5));
  return Number.isFinite(connections) && connections >= 1 ? connections : 5;
}

/** One delivery of a batch: skipped, or claimed, composed, sent and settled. Throws when refused for now. */
async function deliverOne(
  delivery: QueuedDelivery,
  send: (mail: DistributionMail) => Promise<void>,
  lastAttempt: boolean,
): Promise<DistributionOutcome> {
  // Whoever unsubscribed, paused or bounced since the mailing was written gets nothing.
  const wanted = delivery.subscriber_status === 'active' || delivery.contact_status === 'active';
  if (delivery.is_bounced || !wanted) {
    await settle(
      delivery.id,
      sql`status = 'skipped', reason = ${delivery.is_bounced ? 'bounced_address' : 'recipient_left'}`,
    );
    return 'skipped';
  }
  const recipient: Recipient =
    delivery.subscriber_id && delivery.subscriber_status === 'active'
      ? { kind: 'subscriber', id: delivery.subscriber_id }
      : { kind: 'contact', id: delivery.contact_id! };
  const readerLanguages =
    (recipient.kind === 'subscriber' ? delivery.subscriber_languages : delivery.contact_languages) ?? [];
  const mailing = await mailingOf(delivery.distribution_id);
  let composed: { mail: ReleaseEmail; language: Locale } | { skip: string };
  const messageId = delivery.message_id ?? `${delivery.id}@${messageIdDomain()}`;
  if (mailing?.kind === 'embargo' || mailing?.kind === 'embargo-notice') {
    composed = await composeEmbargoDelivery({
      id: delivery.id,
      distributionId: delivery.distribution_id,
      email: delivery.email,
      language: delivery.language,
      readerLanguages,
      messageId,
      preferencesUrl: preferencesUrl(recipient, readerLanguages[0] ?? delivery.language),
      unsubscribeUrl: oneClickUnsubscribeUrl(recipient),
    });
  } else {
    // Chosen again now: a translation published since the mailing was written (the same embargo
    // time, a minute later) reaches its readers in their language.
    const language =
      readerLanguages.find((candidate) => mailing?.live.includes(candidate)) ??
      (mailing?.live.includes(delivery.language) ? delivery.language : mailing?.original) ??
      delivery.language;
    const content = mailing ? await contentOf(delivery.distribution_id, language) : null;
    if (!mailing || !content) composed = { skip: 'withdrawn' };
    else {
      const pageLocale = recipient.kind === 'subscriber' ? (delivery.subscriber_locale ?? language) : language;
      const forReaders = releaseEmailFor({
        kind: mailing.kind === 'correction' ? 'correction' : 'publish',
        language,
        readerLanguages,
        release: content,
        siteUrl: siteUrl(),
      });
      composed = {
        language,
        mail: forReaders({
          preferencesUrl: preferencesUrl(
            recipient,
            readerLanguages.includes(pageLocale) ? pageLocale : (readerLanguages[0] ?? pageLocale),
          ),
          unsubscribeUrl: oneClickUnsubscribeUrl(recipient),
          messageId,
        }),
      };
    }
  }
  if ('skip' in composed) {
    await settle(delivery.id, sql`status = 'skipped', reason = ${composed.skip}`);
    return 'skipped';
  }

  const claimed = rowsOf<{ id: string }>(
    await db.execute(sql`
      update distribution_deliveries
      set attempts = attempts + 1, reason = ${SENDING}, message_id = ${messageId}, updated_at = now()
      where id = ${delivery.id} and status = 'queued'
      returning id`),
  );
  if (claimed.length === 0) return 'already_done';
  if (delivery.previous_reason === SENDING)
    log.warn(
      { deliveryId: delivery.id, messageId },
      'the previous attempt at this delivery stopped mid-send: sending again under the same Message-ID',
    );
  try {
    await send({ ...composed.mail, to: headerSafe(delivery.email) });
  } catch (error) {
    const permanent = error instanceof MailSendError && error.permanent;
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
    if (permanent) {
      await recordBounce(delivery.id, delivery.email, reason);
      return 'bounced';
    }
    await settle(delivery.id, lastAttempt ? sql`status = 'failed', reason = ${reason}` : sql`reason = ${reason}`);
    throw error;
  }
  await settle(delivery.id, sql`status = 'sent', sent_at = now(), reason = null, language = ${composed.language}`);
  return 'sent';
}

/** A refusal for good: the delivery, the address, its subscriber and its contacts all say so. */
async function recordBounce(deliveryId: string, email: string, reason: string): Promise<void> {
  const address = email.toLowerCase();
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`update distribution_deliveries set status = 'bounced', reason = ${reason}, updated_at = now() where id = ${deliveryId}`,
    );
    await tx.execute(sql`insert into bounced_addresses (email, reason) values (${address}, ${reason})
      on conflict (email) do update set reason = excluded.reason, bounced_at = now()`);
    await tx.execute(
      sql`update subscribers set status = 'bounced', updated_at = now() where lower(email) = ${address} and status <> 'bounced'`,
    );
    await tx.execute(
      sql`update media_contacts set status = 'bounced', updated_at = now() where lower(email) = ${address} and status <> 'bounced'`,
    );
  });
}
