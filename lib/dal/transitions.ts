import 'server-only';
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import {
  comments,
  offices,
  publications,
  releases,
  releaseTopics,
  revisions,
  topics,
  transitions,
  users,
  type NotificationKind,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { toPublicationValues } from '@/lib/publications/publication-values';
import { checklistPasses } from '@/lib/validation/checklist';
import type { ReleaseState } from '@/lib/workflow/states';
import { refusalFor, TRANSITIONS, type Actor, type RefusalCode, type TransitionName } from '@/lib/workflow/transitions';
import { workingCopyOf } from '@/lib/releases/working-copy';
import { recordAudit, recordAudits } from './audit';
import { heroImageOf } from './hero-image';
import { withCurrentImageSources } from './media-uses';
import { notifyPeople } from './notify';
import { jobs } from '@/lib/dal/job-system';
import { sendPortalRefresh, sendScheduledPublish } from '@/lib/dal/jobs';
import { publicationTags } from '@/lib/cache/tags';
import { formerSlugsOf } from './slug-redirects';
import { snapshotRevision } from './snapshots';
import { listReleaseDistributionListIds, queueDistribution } from './distributions';
import { noticeEmbargoRecipients } from './embargo-mail';
import { inOfficeScope, officeScopeFor } from './scope';

export type TransitionInput = {
  comment?: string;
  scheduledAt?: Date;
  /** The message of the revision the transition snapshots ("Imported from …"). */
  message?: string;
  /**
   * A publish of a release that was live before: mail it again to its subscribers and lists as a
   * correction. Without it such a re-publish sends nothing; a first publication always sends.
   */
  correction?: boolean;
  /** An unschedule that a schedule at another time follows at once: the embargo moves, it is not withdrawn. */
  rescheduling?: boolean;
};

/** What the portal must refresh after a publish or an unpublish. */
export type PublicationChange = {
  change: 'published' | 'withdrawn';
  language: Locale;
  slug: string;
  translationGroupId: string;
  officeCode: string;
  regionCode: string | null;
  topics: string[];
  /** Old addresses that redirect to the release. */
  formerSlugs: string[];
};

export type TransitionResult =
  | { ok: true; state: ReleaseState; revisionId: string; publication: PublicationChange | null }
  | { ok: false; reason: RefusalCode }
  // Only for the scheduler: another worker holds the release right now.
  | { ok: false; reason: 'busy' };

const NOTIFIED_AS: Partial<Record<TransitionName, NotificationKind>> = {
  submit: 'submitted',
  request_changes: 'changes_requested',
  approve: 'approved',
  schedule: 'scheduled',
  publish: 'published',
  unpublish: 'unpublished',
};

type ActingUser = { id: string; email: string; name: string };

/** The actor's identity and the offices it may act on; a deactivated account acts on nothing. */
async function resolveActor(tx: Transaction, actor: Actor) {
  if (actor.kind === 'system') return { user: undefined, officeCondition: undefined, acting: actor };
  const [row] = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      officeId: users.officeId,
      officeKind: offices.kind,
    })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(and(eq(users.id, actor.id), eq(users.active, true)));
  if (!row) notFound();
  const children = await tx.select({ id: offices.id }).from(offices).where(eq(offices.parentId, row.officeId));
  // The role is the one the database holds now, not the one the caller read earlier.
  const scope = officeScopeFor(
    row,
    children.map((child) => child.id),
  );
  return {
    user: row as ActingUser,
    officeCondition: inOfficeScope(scope, releases.officeId),
    acting: { kind: 'user', id: row.id, role: row.role } as Actor,
  };
}

/**
 * The only way a release changes state. In one transaction: lock the release in the actor's
 * scope (missing and out-of-scope both answer 404), ask the workflow table, snapshot the working
 * copy as a revision, move the state, and write the transition, the audit row, notifications,
 * e-mails to the outbox with their mail jobs and, on publish or unpublish, the public read model
 * and a portal-refresh job; scheduling writes the publish job for the embargo time. The caller may
 * also refresh the portal with `publication` after the commit, for the person acting to see it at once.
 */
export async function applyTransition(
  actor: Actor,
  releaseId: string,
  name: TransitionName,
  input: TransitionInput = {},
  now: Date = new Date(),
  /** Run inside this transaction instead of one of its own (the importer writes a batch in one). */
  within?: Transaction,
): Promise<TransitionResult> {
  const run = async (tx: Transaction): Promise<TransitionResult> => {
    const { user, officeCondition, acting } = await resolveActor(tx, actor);
    // The scheduler never waits for a release another worker is publishing: it moves on.
    const [release] = await tx
      .select()
      .from(releases)
      .where(and(eq(releases.id, releaseId), officeCondition))
      .for('update', actor.kind === 'system' ? { skipLocked: true } : undefined);
    if (!release && actor.kind === 'system') return { ok: false, reason: 'busy' };
    if (!release) notFound();

    const releaseTopicRows = await tx
      .select({ id: topics.id, slug: topics.slug })
      .from(releaseTopics)
      .innerJoin(topics, eq(topics.id, releaseTopics.topicId))
      .where(eq(releaseTopics.releaseId, release.id));
    const topicIds = releaseTopicRows.map((row) => row.id);
    const refusal = refusalFor(name, {
      state: release.state,
      actor: acting,
      contentAuthorIds: [release.authorId, release.lastEditedById ?? release.authorId],
      checklistPassed: checklistPasses({
        ...release,
        topicIds,
        isTranslation: release.translatedFromRevisionId !== null,
      }),
      now,
      comment: input.comment,
      scheduledAt: input.scheduledAt,
    });
    if (refusal) return { ok: false, reason: refusal };

    const to = TRANSITIONS[name].to;
    const revision = await snapshotRevision(tx, release, {
      state: to,
      topicIds,
      contentAuthorId: release.lastEditedById ?? release.authorId,
      createdById: user?.id ?? null,
      createdAt: now,
      message: input.message,
    });

    const published = to === 'published';
    await tx
      .update(releases)
      .set({
        state: to,
        scheduledAt: name === 'schedule' ? input.scheduledAt : to === 'scheduled' ? release.scheduledAt : null,
        ...(published
          ? {
              liveRevisionId: revision.id,
              firstPublishedAt: release.firstPublishedAt ?? now,
              lastPublishedAt: now,
              // Publishing is the editor's answer to what the importer was unsure of.
              importReview: null,
            }
          : {}),
      })
      .where(eq(releases.id, release.id));

    const [transition] = await tx
      .insert(transitions)
      .values({
        releaseId: release.id,
        name,
        fromState: release.state,
        toState: to,
        actorId: user?.id ?? null,
        comment: input.comment?.trim() || null,
        revisionId: revision.id,
        createdAt: now,
      })
      .returning({ id: transitions.id });
    await recordAudit(tx, {
      actor: user
        ? { id: user.id, email: user.email }
        : { label: (actor.kind === 'system' && actor.label) || 'system' },
      action: `release.${name}`,
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: {
        from: release.state,
        to,
        revisionId: revision.id,
        ...(input.scheduledAt ? { scheduledAt: input.scheduledAt.toISOString() } : {}),
      },
    });
    await notify(tx, release, name, user, now, input.comment?.trim() || null);

    let publication: PublicationChange | null = null;
    if (published)
      publication = await writeLivePublication(
        tx,
        release,
        revision.id,
        releaseTopicRows.map((row) => row.slug),
        now,
      );
    if (published) await distributeRelease(tx, release, revision, input.correction === true, user?.id ?? null);
    if (name === 'unpublish') publication = await withdrawPublication(tx, release.id, now);
    // An advance send's recipients hear when its embargo moves or the release is withdrawn.
    await noticeEmbargoRecipients(
      tx,
      release,
      {
        name,
        transitionId: transition!.id,
        revisionId: revision.id,
        scheduledAt: input.scheduledAt,
        rescheduling: input.rescheduling,
      },
      user?.id ?? null,
      now,
    );
    // The side effects, as jobs committed with the change: the publish at its time, the portal's refresh.
    if (name === 'schedule' && input.scheduledAt) await sendScheduledPublish(tx, release.id, input.scheduledAt);
    if (publication) await sendPortalRefresh(tx, publicationTags(publication));
    return { ok: true, state: to, revisionId: revision.id, publication };
  };
  if (within) return run(within);
  await jobs();
  return db.transaction(run);
}

/** The second half of a reschedule was refused: the transaction rolls back with the first half. */
class RescheduleRefused extends Error {
  constructor(readonly refusal: Extract<TransitionResult, { ok: false }>) {
    super(`the schedule was refused: ${refusal.reason}`);
  }
}

/**
 * Schedules a release for `scheduledAt`; a release already scheduled is moved to it. Moving is the
 * table's two steps, "unschedule" then "schedule", in one transaction, so that either both are
 * taken or neither (a refused new time leaves the old one). The unschedule is then a rescheduling:
 * an advance send's recipients get a short correction with the new embargo time, not a
 * withdrawal, and their links keep working. Missing and out-of-scope releases answer 404.
 */
export async function scheduleRelease(
  actor: Actor,
  releaseId: string,
  scheduledAt: Date,
  now: Date = new Date(),
): Promise<TransitionResult> {
  await jobs();
  try {
    return await db.transaction(async (tx): Promise<TransitionResult> => {
      const { officeCondition } = await resolveActor(tx, actor);
      const [release] = await tx
        .select({ state: releases.state })
        .from(releases)
        .where(and(eq(releases.id, releaseId), officeCondition))
        .for('update');
      if (!release) notFound();
      if (release.state !== 'scheduled') return applyTransition(actor, releaseId, 'schedule', { scheduledAt }, now, tx);
      const unscheduled = await applyTransition(actor, releaseId, 'unschedule', { rescheduling: true }, now, tx);
      if (!unscheduled.ok) return unscheduled;
      const scheduled = await applyTransition(actor, releaseId, 'schedule', { scheduledAt }, now, tx);
      if (!scheduled.ok) throw new RescheduleRefused(scheduled);
      return scheduled;
    });
  } catch (error) {
    if (error instanceof RescheduleRefused) return error.refusal;
    throw error;
  }
}

type ReleaseRow = typeof releases.$inferSelect;

/**
 * The importer's `import` transition for a whole batch of new releases at once, inside the batch's
 * transaction: the same table check (refusalFor), revision, state, transition, audit and
 * publication rows as applyTransition writes, one statement per kind of row instead of one round
 * trip per release. Only the system takes `import`, on releases it has just inserted, so there is
 * no office scope, no topic, image or notification to handle. Throws if the table refuses one.
 */
export async function applyImportTransitions(
  tx: Transaction,
  importer: Extract<Actor, { kind: 'system' }>,
  batch: { releaseId: string; message: string }[],
  now: Date,
): Promise<void> {
  if (batch.length === 0) return;
  const ids = batch.map((item) => item.releaseId);
  const locked = await tx.select().from(releases).where(inArray(releases.id, ids)).for('update');
  const byId = new Map(locked.map((release) => [release.id, release]));
  const last = new Map(
    (
      await tx
        .select({ releaseId: revisions.releaseId, number: max(revisions.number) })
        .from(revisions)
        .where(inArray(revisions.releaseId, ids))
        .groupBy(revisions.releaseId)
    ).map((row) => [row.releaseId, row.number ?? 0]),
  );
  const to = TRANSITIONS.import.to;
  for (const release of locked) {
    const refusal = refusalFor('import', {
      state: release.state,
      actor: importer,
      contentAuthorIds: [release.authorId],
      checklistPassed: checklistPasses({ ...release, topicIds: [] }),
      now,
    });
    if (refusal) throw new Error(`the import transition was refused: ${refusal}`);
  }
  const snapshots = await tx
    .insert(revisions)
    .values(
      batch.map(({ releaseId, message }) => {
        const release = byId.get(releaseId)!;
        return {
          releaseId,
          number: (last.get(releaseId) ?? 0) + 1,
          state: to,
          ...workingCopyOf(release),
          topicIds: [],
          contentAuthorId: release.lastEditedById ?? release.authorId,
          createdById: null,
          message,
          createdAt: now,
        };
      }),
    )
    .returning({ id: revisions.id, releaseId: revisions.releaseId });
  const live = sql.join(
    snapshots.map((revision) => sql`(${revision.releaseId}::uuid, ${revision.id}::uuid)`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${releases}
    set state = ${to}, scheduled_at = null, import_review = null, live_revision_id = live.revision_id,
      first_published_at = coalesce(${releases.firstPublishedAt}, ${now.toISOString()}::timestamptz),
      last_published_at = ${now.toISOString()}::timestamptz
    from (values ${live}) as live(release_id, revision_id)
    where ${releases.id} = live.release_id`);
  await tx.insert(transitions).values(
    snapshots.map((revision) => ({
      releaseId: revision.releaseId,
      name: 'import',
      fromState: byId.get(revision.releaseId)!.state,
      toState: to,
      actorId: null,
      revisionId: revision.id,
      createdAt: now,
    })),
  );
  await recordAudits(
    tx,
    snapshots.map((revision) => ({
      actor: { label: importer.label || 'system' },
      action: 'release.import',
      subjectType: 'release' as const,
      subjectId: revision.releaseId,
      releaseId: revision.releaseId,
      data: { from: byId.get(revision.releaseId)!.state, to, revisionId: revision.id },
    })),
  );
  const parent = alias(offices, 'parent');
  const officeRows = await tx
    .select({ id: offices.id, code: offices.code, kind: offices.kind, names: offices.names, parentCode: parent.code })
    .from(offices)
    .leftJoin(parent, eq(parent.id, offices.parentId))
    .where(inArray(offices.id, [...new Set(locked.map((release) => release.officeId))]));
  const officesById = new Map(officeRows.map((office) => [office.id, office]));
  await tx.insert(publications).values(
    snapshots.map((revision) => {
      const release = byId.get(revision.releaseId)!;
      const office = officesById.get(release.officeId)!;
      const regionCode =
        office.kind === 'regional' ? office.code : office.kind === 'country' ? office.parentCode : null;
      return toPublicationValues({
        release,
        revision: { ...release, id: revision.id },
        office: { id: office.id, code: office.code, names: office.names, regionCode },
        topicSlugs: [],
        publishedAt: now,
        revisedAt: null,
        isLegacy: true,
        archiveDate: release.archiveDate,
      });
    }),
  );
}

/**
 * Writes a live revision to the public read model (a publish, an import, the re-import of a live
 * legacy release). Run it inside the transaction that made the revision live.
 */
export async function writeLivePublication(
  tx: Transaction,
  release: ReleaseRow,
  revisionId: string,
  topicSlugs: string[],
  now: Date,
): Promise<PublicationChange> {
  const parent = alias(offices, 'parent');
  const [office] = await tx
    .select({ id: offices.id, code: offices.code, kind: offices.kind, names: offices.names, parentCode: parent.code })
    .from(offices)
    .leftJoin(parent, eq(parent.id, offices.parentId))
    .where(eq(offices.id, release.officeId));
  const regionCode =
    office!.kind === 'regional' ? office!.code : office!.kind === 'country' ? office!.parentCode : null;
  const values = toPublicationValues({
    release,
    revision: { ...release, id: revisionId, body: await withCurrentImageSources(tx, release.body) },
    office: { id: office!.id, code: office!.code, names: office!.names, regionCode },
    topicSlugs,
    hero: await heroImageOf(tx, release.heroMediaId, release.language),
    publishedAt: now,
    revisedAt: null,
    // Legacy means imported: only the importer keeps a hash of the file a release came from.
    isLegacy: release.sourceHash !== null,
    archiveDate: release.archiveDate,
  });
  // A release published before keeps its first publication date and shows "updated on".
  await tx
    .insert(publications)
    .values(values)
    .onConflictDoUpdate({
      target: publications.releaseId,
      set: { ...values, publishedAt: sql`${publications.publishedAt}`, revisedAt: now },
    });
  return {
    change: 'published',
    language: release.language,
    slug: release.slug,
    translationGroupId: release.translationGroupId,
    officeCode: office!.code,
    regionCode,
    topics: topicSlugs,
    formerSlugs: await formerSlugsOf(tx, release.id),
  };
}

/**
 * The mailing of a publish, in its transaction: the first publication goes to the matching
 * subscribers and the release's chosen lists, once for good; a later publish only when the
 * editor marks it as a correction, once per version.
 */
async function distributeRelease(
  tx: Transaction,
  release: ReleaseRow,
  revision: { id: string; number: number },
  correction: boolean,
  createdById: string | null,
): Promise<void> {
  const first = release.firstPublishedAt === null;
  if (!first && !correction) return;
  await queueDistribution(tx, {
    releaseId: release.id,
    revisionId: revision.id,
    kind: first ? 'publish' : 'correction',
    eventKey: first ? 'first-publication' : `version-${revision.number}`,
    includeSubscribers: true,
    listIds: await listReleaseDistributionListIds(tx, release.id),
    createdById,
  });
}

async function withdrawPublication(tx: Transaction, releaseId: string, now: Date): Promise<PublicationChange | null> {
  const [row] = await tx
    .update(publications)
    .set({ withdrawnAt: now })
    .where(eq(publications.releaseId, releaseId))
    .returning({
      language: publications.language,
      slug: publications.slug,
      translationGroupId: publications.translationGroupId,
      officeCode: publications.officeCode,
      regionCode: publications.regionCode,
      topics: publications.topics,
    });
  return row ? { change: 'withdrawn', ...row, formerSlugs: await formerSlugsOf(tx, releaseId) } : null;
}

/** Who hears about a transition: editors covering the office on submit, else the author, the last editor and everyone who commented. */
async function recipientsOf(tx: Transaction, release: ReleaseRow, name: TransitionName): Promise<(string | null)[]> {
  if (name === 'submit') {
    const [office] = await tx
      .select({ id: offices.id, parentId: offices.parentId })
      .from(offices)
      .where(eq(offices.id, release.officeId));
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(offices, eq(offices.id, users.officeId))
      .where(
        and(
          eq(users.role, 'editor'),
          eq(users.active, true),
          sql`(${offices.kind} = 'hq' or ${users.officeId} = ${office!.id} or ${users.officeId} = ${office!.parentId})`,
        ),
      );
    return rows.map((row) => row.id);
  }
  const commenters = await tx
    .selectDistinct({ id: comments.authorId })
    .from(comments)
    .where(eq(comments.releaseId, release.id));
  return [release.authorId, release.lastEditedById, ...commenters.map((row) => row.id)];
}

async function notify(
  tx: Transaction,
  release: ReleaseRow,
  name: TransitionName,
  actor: ActingUser | undefined,
  now: Date,
  message: string | null,
) {
  const kind = NOTIFIED_AS[name];
  if (!kind) return;
  await notifyPeople(tx, await recipientsOf(tx, release, name), { kind, release, actor, message, now });
}
