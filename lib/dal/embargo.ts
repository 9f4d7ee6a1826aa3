import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { distributionDeliveries, distributions, mediaLists, publications, releases, revisions } from '@/db/schema';
import { EMBARGO_TOKEN, embargoToken, hashEmbargoToken } from '@/lib/distribution/embargo-links';
import { portalPaths } from '@/lib/portal/urls';
import type { ReleaseArticleDTO } from '@/lib/releases/article';
import type { ReleaseState } from '@/lib/workflow/states';
import type { RevokeEmbargoInput, SendEmbargoInput } from '@/lib/validation/embargo';
import { recordAudit } from './audit';
import { queueDistribution } from './distributions';
import { getReleaseInScope, lockReleaseInScope, toPreviewArticle } from './revisions';
import { snapshotRevision, topicIdsOf } from './snapshots';
import { getCurrentUser, type CurrentUser } from './session';

type ReleaseRow = typeof releases.$inferSelect;

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** Whoever may publish the release sends it ahead: an editor covering its office (the lock checked the office). */
const sendsAhead = (user: CurrentUser) => user.role === 'editor';

/** The lists an advance send may go to: the release's office's, or any for headquarters. */
const listCondition = (user: CurrentUser, release: ReleaseRow) =>
  user.scope.kind === 'all' ? undefined : eq(mediaLists.officeId, release.officeId);

export type SendEmbargoResult =
  { ok: true; deliveries: number; embargoUntil: Date } | { ok: false; reason: 'not_scheduled' | 'wrong_state' };

/**
 * Mails the release ahead of its publication to the active contacts of the chosen lists, each with
 * their own embargo link. Only a scheduled release is sent ahead: the embargo ends at its
 * scheduled time, which the scheduler keeps (an approved release without a time is refused: the
 * editor schedules it first, with its own checks). The text is the approved one, the release's
 * last revision (its text cannot change once under review). The same send twice mails nobody
 * twice; a send to other lists reaches only the addresses that have no live link yet. Writers,
 * other offices' editors and lists of another office all answer 404.
 */
export async function sendEmbargoedAdvance(
  input: SendEmbargoInput,
  now: Date = new Date(),
): Promise<SendEmbargoResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<SendEmbargoResult> => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    if (!sendsAhead(user)) notFound();
    const listIds = [...new Set(input.listIds)].sort();
    const lists = await tx
      .select({ id: mediaLists.id })
      .from(mediaLists)
      .where(and(inArray(mediaLists.id, listIds), listCondition(user, release)));
    if (lists.length !== listIds.length) notFound();
    if (release.state === 'approved') return { ok: false, reason: 'not_scheduled' };
    if (release.state !== 'scheduled' || !release.scheduledAt || release.scheduledAt <= now)
      return { ok: false, reason: 'wrong_state' };
    const [latest] = await tx
      .select({ id: revisions.id, number: revisions.number })
      .from(revisions)
      .where(eq(revisions.releaseId, release.id))
      .orderBy(desc(revisions.number))
      .limit(1);
    // A release scheduled before revisions were kept has none yet: its text, frozen since review, becomes one.
    const revision =
      latest ??
      (await snapshotRevision(tx, release, {
        state: release.state,
        topicIds: await topicIdsOf(tx, release.id),
        contentAuthorId: release.lastEditedById ?? release.authorId,
        createdById: user.id,
      }));
    const until = release.scheduledAt;
    const listsKey = createHash('sha256').update(listIds.join(',')).digest('hex').slice(0, 16);
    const queued = await queueDistribution(tx, {
      releaseId: release.id,
      revisionId: revision.id,
      kind: 'embargo',
      eventKey: `${revision.id}@${until.toISOString()}/${listsKey}`,
      embargoUntil: until,
      includeSubscribers: false,
      listIds,
      createdById: user.id,
    });
    if (queued && queued.deliveries > 0) {
      const ids = await tx
        .select({ id: distributionDeliveries.id })
        .from(distributionDeliveries)
        .where(eq(distributionDeliveries.distributionId, queued.distributionId));
      const values = sql.join(
        ids.map(({ id }) => sql`(${id}::uuid, ${hashEmbargoToken(embargoToken(id))})`),
        sql`, `,
      );
      await tx.execute(sql`update distribution_deliveries set embargo_token_hash = link.hash
        from (values ${values}) as link(id, hash) where distribution_deliveries.id = link.id`);
    }
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.embargo_send',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: {
        listIds,
        revisionNumber: revision.number,
        embargoUntil: until.toISOString(),
        deliveries: queued?.deliveries ?? 0,
      },
    });
    return { ok: true, deliveries: queued?.deliveries ?? 0, embargoUntil: until };
  });
}

/** Ends one recipient's embargo link, or every link of the release's advance sends, at once. */
export async function revokeEmbargoLinks(
  input: RevokeEmbargoInput,
  now: Date = new Date(),
): Promise<{ revoked: number }> {
  const user = await getCurrentUser();
  return db.transaction(async (tx) => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    if (!sendsAhead(user)) notFound();
    const revoked = rowsOf<{ id: string }>(
      await tx.execute(sql`update distribution_deliveries d set embargo_revoked_at = ${now.toISOString()}::timestamptz,
          updated_at = now()
        from distributions m
        where m.id = d.distribution_id and m.release_id = ${release.id} and m.kind = 'embargo'
          and d.embargo_revoked_at is null ${input.deliveryId ? sql`and d.id = ${input.deliveryId}` : sql``}
        returning d.id`),
    );
    // Revoking twice (two tabs) is not an error: the link is revoked either way.
    if (revoked.length > 0)
      await recordAudit(tx, {
        actor: { id: user.id, email: user.email },
        action: 'release.embargo_revoke',
        subjectType: 'release',
        subjectId: release.id,
        releaseId: release.id,
        data: input.deliveryId ? { deliveryId: input.deliveryId } : { all: true, links: revoked.length },
      });
    return { revoked: revoked.length };
  });
}

export type EmbargoRecipientDTO = {
  deliveryId: string;
  email: string;
  status: string;
  opens: number;
  lastOpenedAt: Date | null;
  revokedAt: Date | null;
};

export type EmbargoOverviewDTO = {
  state: ReleaseState;
  /** The embargo: the release's scheduled time. */
  scheduledAt: Date | null;
  canSend: boolean;
  lists: { id: string; name: string }[];
  recipients: EmbargoRecipientDTO[];
};

/** What the release's advance send page shows: the lists to choose from and every recipient so far. */
export async function getEmbargoOverview(releaseId: string): Promise<EmbargoOverviewDTO> {
  const user = await getCurrentUser();
  const release = await getReleaseInScope(user, releaseId);
  const canSend = sendsAhead(user) && (release.state === 'approved' || release.state === 'scheduled');
  const [lists, recipients] = await Promise.all([
    sendsAhead(user)
      ? db
          .select({ id: mediaLists.id, name: mediaLists.name })
          .from(mediaLists)
          .where(listCondition(user, release))
          .orderBy(asc(mediaLists.name))
      : [],
    db
      .select({
        deliveryId: distributionDeliveries.id,
        email: distributionDeliveries.email,
        status: distributionDeliveries.status,
        opens: distributionDeliveries.embargoOpens,
        lastOpenedAt: distributionDeliveries.embargoLastOpenedAt,
        revokedAt: distributionDeliveries.embargoRevokedAt,
      })
      .from(distributionDeliveries)
      .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
      .where(and(eq(distributions.releaseId, release.id), eq(distributions.kind, 'embargo')))
      .orderBy(asc(distributionDeliveries.email)),
  ]);
  return { state: release.state, scheduledAt: release.scheduledAt, canSend, lists, recipients };
}

export type EmbargoOpening =
  { kind: 'embargoed'; article: ReleaseArticleDTO; until: Date; timeZone: string } | { kind: 'published'; url: string };

/**
 * What a recipient's embargo link opens, for anyone holding it: before publication the text sent
 * (with the embargo time: the release's scheduled time), after it the public page; undefined for
 * an unknown or revoked link, or a release neither scheduled nor live (the page answers 404). Each
 * opening is audited, with the delivery's id and nothing about the person; those before publication
 * are counted for the distribution report.
 */
export async function openEmbargoLink(token: string, now: Date = new Date()): Promise<EmbargoOpening | undefined> {
  if (!EMBARGO_TOKEN.test(token)) return undefined;
  const found = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        deliveryId: distributionDeliveries.id,
        revision: revisions,
        release: releases,
        until: distributions.embargoUntil,
      })
      .from(distributionDeliveries)
      .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
      .innerJoin(revisions, eq(revisions.id, distributions.revisionId))
      .innerJoin(releases, eq(releases.id, distributions.releaseId))
      .where(
        and(
          eq(distributionDeliveries.embargoTokenHash, hashEmbargoToken(token)),
          eq(distributions.kind, 'embargo'),
          isNull(distributionDeliveries.embargoRevokedAt),
        ),
      );
    if (!row) return undefined;
    const [live] = await tx
      .select({ language: publications.language, slug: publications.slug })
      .from(publications)
      .where(and(eq(publications.releaseId, row.release.id), isNull(publications.withdrawnAt)));
    const embargoed = row.release.state === 'scheduled' || row.release.state === 'approved';
    if (!live && !embargoed) return undefined;
    // The report counts readings under embargo; once published, the link only leads to the public page.
    if (!live)
      await tx
        .update(distributionDeliveries)
        .set({ embargoOpens: sql`${distributionDeliveries.embargoOpens} + 1`, embargoLastOpenedAt: now })
        .where(eq(distributionDeliveries.id, row.deliveryId));
    await recordAudit(tx, {
      actor: { label: 'embargo link' },
      action: 'embargo_link.open',
      subjectType: 'release',
      subjectId: row.release.id,
      releaseId: row.release.id,
      data: { deliveryId: row.deliveryId, published: Boolean(live) },
    });
    return { ...row, live };
  });
  if (!found) return undefined;
  if (found.live) return { kind: 'published', url: portalPaths.release(found.live.language, found.live.slug) };
  const article = await toPreviewArticle(found.revision, found.revision.topicIds, found.release, now);
  return {
    kind: 'embargoed',
    article,
    until: found.release.scheduledAt ?? found.until ?? now,
    timeZone: article.timeZone,
  };
}
