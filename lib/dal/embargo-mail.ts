import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Transaction } from '@/db/client';
import { distributionDeliveries, distributions, offices, releases, revisions } from '@/db/schema';
import { composeEmbargoEmail, composeEmbargoNotice } from '@/lib/distribution/compose-embargo-email';
import type { ReleaseEmail } from '@/lib/distribution/compose-release-email';
import { embargoUrl } from '@/lib/distribution/embargo-links';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl, siteUrl } from '@/lib/portal/urls';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { TransitionName } from '@/lib/workflow/transitions';
import { queueDeliveryJobs } from './distributions';
import { heroImageOf } from './hero-image';

// The advance send's mail: its notices (written in applyTransition's transaction) and the worker's
// messages. No session here: the scheduler and the worker call it without a request.

type ReleaseRow = typeof releases.$inferSelect;

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/**
 * In applyTransition's transaction: tells an advance send's recipients what became of the
 * embargo. Scheduling at another time than they were told sends "the embargo is moved to …" and
 * their links keep working (a mail still queued carries the new time); unscheduling or
 * unpublishing sends "will not be published as announced; do not use it" and revokes every link.
 * Only recipients whose advance mail went out get a notice, once per transition.
 */
export async function noticeEmbargoRecipients(
  tx: Transaction,
  release: ReleaseRow,
  change: {
    name: TransitionName;
    transitionId: string;
    revisionId: string;
    scheduledAt?: Date;
    rescheduling?: boolean;
  },
  createdById: string | null,
  now: Date,
): Promise<void> {
  const moved = change.name === 'schedule' && change.scheduledAt;
  const withdrawn = (change.name === 'unschedule' && !change.rescheduling) || change.name === 'unpublish';
  if (!moved && !withdrawn) return;
  const active = sql`select d.* from distribution_deliveries d join distributions m on m.id = d.distribution_id
    where m.release_id = ${release.id} and m.kind = 'embargo' and d.embargo_revoked_at is null`;
  if (moved) {
    const changed = rowsOf<{ id: string }>(
      await tx.execute(sql`update distributions set embargo_until = ${change.scheduledAt!.toISOString()}::timestamptz
        where release_id = ${release.id} and kind = 'embargo'
          and embargo_until is distinct from ${change.scheduledAt!.toISOString()}::timestamptz
          and exists (select 1 from distribution_deliveries d where d.distribution_id = distributions.id
            and d.embargo_revoked_at is null)
        returning id`),
    );
    if (changed.length === 0) return;
  }
  if (withdrawn) {
    const [any] = rowsOf<{ id: string }>(await tx.execute(sql`select active.id from (${active}) active limit 1`));
    if (!any) return;
  }
  const [notice] = await tx
    .insert(distributions)
    .values({
      releaseId: release.id,
      revisionId: change.revisionId,
      kind: 'embargo-notice',
      eventKey: change.transitionId,
      embargoUntil: moved ? change.scheduledAt! : null,
      createdById,
    })
    .onConflictDoNothing()
    .returning({ id: distributions.id });
  if (!notice) return;
  const inserted = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into distribution_deliveries (distribution_id, email, subscriber_id, contact_id, list_ids, language)
      select ${notice.id}::uuid, active.email, active.subscriber_id, active.contact_id, active.list_ids, active.language
      from (${active}) active where active.status = 'sent'
      on conflict (distribution_id, lower(email)) do nothing
      returning id`),
  );
  await queueDeliveryJobs(
    tx,
    inserted.map((row) => row.id),
  );
  if (withdrawn)
    await tx.execute(sql`update distribution_deliveries d set embargo_revoked_at = ${now.toISOString()}::timestamptz,
        updated_at = now()
      from distributions m where m.id = d.distribution_id and m.release_id = ${release.id} and m.kind = 'embargo'
        and d.embargo_revoked_at is null`);
}

/**
 * The worker's message for a delivery of an advance send or of its notice, or the reason it goes
 * nowhere (its link was revoked before it left). The advance send carries the text sent, in its
 * own language, under the embargo line in the reader's; a notice is a few lines in the reader's.
 */
export async function composeEmbargoDelivery(delivery: {
  id: string;
  distributionId: string;
  email: string;
  language: Locale;
  readerLanguages: Locale[];
  messageId: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}): Promise<{ mail: ReleaseEmail; language: Locale } | { skip: string }> {
  const [row] = await db
    .select({
      kind: distributions.kind,
      until: distributions.embargoUntil,
      revision: revisions,
      releaseId: releases.id,
      releaseLanguage: releases.language,
      timeZone: offices.timeZone,
      revokedAt: distributionDeliveries.embargoRevokedAt,
    })
    .from(distributionDeliveries)
    .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
    .innerJoin(revisions, eq(revisions.id, distributions.revisionId))
    .innerJoin(releases, eq(releases.id, distributions.releaseId))
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .where(eq(distributionDeliveries.id, delivery.id));
  if (!row) return { skip: 'withdrawn' };
  if (row.kind === 'embargo') {
    if (row.revokedAt) return { skip: 'revoked' };
    const language = row.releaseLanguage;
    const hero = await heroImageOf(db, row.revision.heroMediaId, language);
    const mail = composeEmbargoEmail({
      language,
      readerLanguages: delivery.readerLanguages,
      until: row.until!,
      release: {
        title: row.revision.title,
        summary: row.revision.summary,
        datelineCity: row.revision.datelineCity,
        publishedAt: row.until!,
        timeZone: row.timeZone,
        bodyHtml: renderRichTextHtml(row.revision.body),
        bodyText: row.revision.bodyText,
        contacts: row.revision.contacts,
        hero: hero ? { src: hero.src, alt: hero.alt } : null,
        url: embargoUrl(delivery.id),
      },
      siteUrl: siteUrl(),
      preferencesUrl: delivery.preferencesUrl,
      unsubscribeUrl: delivery.unsubscribeUrl,
      messageId: delivery.messageId,
    });
    return { mail, language };
  }
  // A notice: the recipient's link is their advance send's delivery's.
  const [original] = rowsOf<{ id: string }>(
    await db.execute(sql`select d.id from distribution_deliveries d join distributions m on m.id = d.distribution_id
      where m.release_id = ${row.releaseId} and m.kind = 'embargo' and lower(d.email) = lower(${delivery.email})
      order by d.embargo_revoked_at is null desc, d.created_at desc limit 1`),
  );
  const language = delivery.readerLanguages[0] ?? delivery.language;
  const mail = composeEmbargoNotice({
    change: row.until ? 'moved' : 'withdrawn',
    language,
    title: row.revision.title,
    until: row.until,
    timeZone: row.timeZone,
    linkUrl: original ? embargoUrl(original.id) : absoluteUrl('/'),
    preferencesUrl: delivery.preferencesUrl,
    unsubscribeUrl: delivery.unsubscribeUrl,
    messageId: delivery.messageId,
  });
  return { mail, language };
}
