import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db, type Database, type Transaction } from '@/db/client';
import { offices, releases, releaseTopics, revisions, topics, transitions, users } from '@/db/schema';
import { writesReleases } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseArticleDTO } from '@/lib/releases/article';
import { workingCopyOf } from '@/lib/releases/working-copy';
import { diffRevisions, type FieldDiff } from '@/lib/revisions/diff';
import { listAttachments } from '@/lib/rich-text/attachments';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { RestoreRevisionInput, SaveVersionInput } from '@/lib/validation/revisions';
import type { ReleaseState } from '@/lib/workflow/states';
import type { TransitionName } from '@/lib/workflow/transitions';
import { recordAudit } from './audit';
import { heroImageOf } from './hero-image';
import { withCurrentImageSources } from './media-uses';
import { snapshotRevision, topicIdsOf } from './snapshots';
import { inOfficeScope } from './scope';
import { getCurrentUser, type CurrentUser } from './session';

type ReleaseRow = typeof releases.$inferSelect;
type RevisionRow = typeof revisions.$inferSelect;

/** States in which a release's text waits for, or has, an editor's approval: it may not change. */
export const FROZEN_STATES: readonly ReleaseState[] = ['in_review', 'approved', 'scheduled'];

export type RevisionRefusal = 'not_allowed' | 'frozen' | 'stale_version';

function selectInScope(executor: Database | Transaction, user: CurrentUser, releaseId: string) {
  if (!z.uuid().safeParse(releaseId).success) notFound();
  return executor
    .select()
    .from(releases)
    .where(and(eq(releases.id, releaseId), inOfficeScope(user.scope, releases.officeId)));
}

/** Locks a release of the user's scope for a change; calls notFound() for a missing or out-of-scope id. */
export async function lockReleaseInScope(tx: Transaction, user: CurrentUser, releaseId: string): Promise<ReleaseRow> {
  const [release] = await selectInScope(tx, user, releaseId).for('update');
  if (!release) notFound();
  return release;
}

/** A release of the user's scope, to read; calls notFound() for a missing or out-of-scope id. */
export async function getReleaseInScope(user: CurrentUser, releaseId: string): Promise<ReleaseRow> {
  const [release] = await selectInScope(db, user, releaseId);
  if (!release) notFound();
  return release;
}

const auditActor = (user: CurrentUser) => ({ id: user.id, email: user.email });

export type SaveVersionResult = { ok: true; number: number } | { ok: false; reason: RevisionRefusal };

/** "Save version": the working copy as it is now becomes a new revision with the person's note. */
export async function saveVersion(input: SaveVersionInput): Promise<SaveVersionResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<SaveVersionResult> => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    if (!writesReleases(user)) return { ok: false, reason: 'not_allowed' };
    const revision = await snapshotRevision(tx, release, {
      state: release.state,
      topicIds: await topicIdsOf(tx, release.id),
      contentAuthorId: release.lastEditedById ?? release.authorId,
      createdById: user.id,
      message: input.message,
    });
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'release.save_version',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { revisionId: revision.id, number: revision.number },
    });
    return { ok: true, number: revision.number };
  });
}

export type RestoreResult = { ok: true; number: number; version: number } | { ok: false; reason: RevisionRefusal };

/**
 * Writes a revision's content back into the working copy and records that as a new revision;
 * older revisions are never touched. Refused while the text is frozen for review, and when the
 * working copy has moved on from the version the person was looking at.
 */
export async function restoreRevision(input: RestoreRevisionInput): Promise<RestoreResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<RestoreResult> => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    const [source] = await tx
      .select()
      .from(revisions)
      .where(and(eq(revisions.releaseId, release.id), eq(revisions.number, input.revisionNumber)));
    if (!source) notFound();
    if (!writesReleases(user)) return { ok: false, reason: 'not_allowed' };
    if (FROZEN_STATES.includes(release.state)) return { ok: false, reason: 'frozen' };
    if (release.version !== input.expectedVersion) return { ok: false, reason: 'stale_version' };

    const [restored] = await tx
      .update(releases)
      .set({ ...workingCopyOf(source), version: release.version + 1, lastEditedById: user.id })
      .where(eq(releases.id, release.id))
      .returning();
    await tx.delete(releaseTopics).where(eq(releaseTopics.releaseId, release.id));
    if (source.topicIds.length > 0)
      await tx.insert(releaseTopics).values(source.topicIds.map((topicId) => ({ releaseId: release.id, topicId })));
    const revision = await snapshotRevision(tx, restored!, {
      state: restored!.state,
      topicIds: [...source.topicIds].sort(),
      contentAuthorId: user.id,
      createdById: user.id,
      message: `Restored from revision ${source.number}`,
    });
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'release.restore',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: {
        restoredNumber: source.number,
        revisionId: revision.id,
        number: revision.number,
        version: restored!.version,
      },
    });
    return { ok: true, number: revision.number, version: restored!.version };
  });
}

export type ReleaseHeaderDTO = {
  id: string;
  title: string;
  language: Locale;
  state: ReleaseState;
  version: number;
  officeTimeZone: string;
};

export type RevisionListItemDTO = {
  number: number;
  state: ReleaseState;
  message: string | null;
  createdAt: Date;
  /** Null for the scheduler and for the importer's first revision. */
  createdByName: string | null;
};

/** A revision in the history, with the workflow step that took it and what its actor wrote. */
export type HistoryItemDTO = RevisionListItemDTO & { step: TransitionName | null; stepComment: string | null };

const headerColumns = {
  id: releases.id,
  title: releases.title,
  language: releases.language,
  state: releases.state,
  version: releases.version,
  officeTimeZone: offices.timeZone,
};

async function getReleaseHeader(user: CurrentUser, releaseId: string): Promise<ReleaseHeaderDTO> {
  if (!z.uuid().safeParse(releaseId).success) notFound();
  const [row] = await db
    .select(headerColumns)
    .from(releases)
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .where(and(eq(releases.id, releaseId), inOfficeScope(user.scope, releases.officeId)));
  if (!row) notFound();
  return row;
}

/** A release's title, state and working version, for the pages about it; notFound() outside the user's scope. */
export async function getReleaseHeading(releaseId: string): Promise<ReleaseHeaderDTO> {
  return getReleaseHeader(await getCurrentUser(), releaseId);
}

/** A release's revisions, newest first; calls notFound() for a missing or out-of-scope release. */
export async function getReleaseHistory(
  releaseId: string,
): Promise<{ release: ReleaseHeaderDTO; revisions: HistoryItemDTO[]; canWrite: boolean }> {
  const user = await getCurrentUser();
  const release = await getReleaseHeader(user, releaseId);
  const rows = await db
    .select({
      number: revisions.number,
      state: revisions.state,
      message: revisions.message,
      createdAt: revisions.createdAt,
      createdByName: users.name,
      step: sql<TransitionName | null>`${transitions.name}`,
      stepComment: transitions.comment,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.createdById))
    .leftJoin(transitions, eq(transitions.revisionId, revisions.id))
    .where(eq(revisions.releaseId, release.id))
    .orderBy(desc(revisions.number));
  return { release, revisions: rows, canWrite: writesReleases(user) && !FROZEN_STATES.includes(release.state) };
}

export type RevisionComparisonDTO = {
  release: ReleaseHeaderDTO;
  from: RevisionListItemDTO;
  to: RevisionListItemDTO;
  diffs: FieldDiff[];
  canRestore: boolean;
};

/** Two revisions of a release and their word-level differences; notFound() when either is missing. */
export async function compareRevisions(
  releaseId: string,
  fromNumber: number,
  toNumber: number,
): Promise<RevisionComparisonDTO> {
  const user = await getCurrentUser();
  const release = await getReleaseHeader(user, releaseId);
  const creator = alias(users, 'creator');
  const rows = await db
    .select({ revision: revisions, createdByName: creator.name })
    .from(revisions)
    .leftJoin(creator, eq(creator.id, revisions.createdById))
    .where(and(eq(revisions.releaseId, release.id), inArray(revisions.number, [fromNumber, toNumber])));
  const from = rows.find((row) => row.revision.number === fromNumber);
  const to = rows.find((row) => row.revision.number === toNumber);
  if (!from || !to) notFound();
  const labels = await topicLabels([...from.revision.topicIds, ...to.revision.topicIds], release.language);
  const comparable = ({ revision }: (typeof rows)[number]) => ({
    ...revision,
    topicLabels: revision.topicIds.map((id) => labels.get(id) ?? id),
  });
  const item = ({ revision, createdByName }: (typeof rows)[number]): RevisionListItemDTO => ({
    number: revision.number,
    state: revision.state,
    message: revision.message,
    createdAt: revision.createdAt,
    createdByName,
  });
  return {
    release,
    from: item(from),
    to: item(to),
    diffs: diffRevisions(comparable(from), comparable(to)),
    canRestore: writesReleases(user) && !FROZEN_STATES.includes(release.state),
  };
}

async function topicLabels(ids: string[], language: Locale): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: topics.id, slug: topics.slug, labels: topics.labels })
    .from(topics)
    .where(inArray(topics.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.labels[language] || row.slug]));
}

type ArticleSource = Pick<RevisionRow, 'title' | 'summary' | 'datelineCity' | 'body' | 'contacts' | 'heroMediaId'>;

/** The public article's DTO for content that is not public: no share links, no other languages. */
export async function toPreviewArticle(
  content: ArticleSource,
  topicIds: string[],
  release: { language: Locale; firstPublishedAt: Date | null; officeId: string },
  now: Date,
): Promise<ReleaseArticleDTO> {
  const [office] = await db
    .select({ code: offices.code, names: offices.names, timeZone: offices.timeZone })
    .from(offices)
    .where(eq(offices.id, release.officeId));
  const [topicRows, hero, body] = await Promise.all([
    topicIds.length === 0
      ? []
      : db.select({ slug: topics.slug, labels: topics.labels }).from(topics).where(inArray(topics.id, topicIds)),
    heroImageOf(db, content.heroMediaId, release.language),
    withCurrentImageSources(db, content.body),
  ]);
  return {
    language: release.language,
    title: content.title,
    summary: content.summary,
    officeCode: office!.code,
    officeName: office!.names[release.language],
    timeZone: office!.timeZone,
    topics: topicRows.map((topic) => ({ slug: topic.slug, label: topic.labels[release.language] || topic.slug })),
    datelineCity: content.datelineCity,
    bodyHtml: renderRichTextHtml(body),
    downloads: listAttachments(body),
    publishedAt: (release.firstPublishedAt ?? now).toISOString(),
    revisedAt: null,
    hero,
    contacts: content.contacts,
    translations: [],
    shareUrl: null,
  };
}

/** The working copy as the public would see it if it were published now; notFound() outside the user's scope. */
export async function getReleasePreview(
  releaseId: string,
): Promise<{ release: ReleaseHeaderDTO; article: ReleaseArticleDTO }> {
  const user = await getCurrentUser();
  const header = await getReleaseHeader(user, releaseId);
  const release = await getReleaseInScope(user, header.id);
  const topicIds = (
    await db.select({ id: releaseTopics.topicId }).from(releaseTopics).where(eq(releaseTopics.releaseId, release.id))
  ).map((row) => row.id);
  return { release: header, article: await toPreviewArticle(release, topicIds, release, new Date()) };
}
