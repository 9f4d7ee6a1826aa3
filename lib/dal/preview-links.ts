import 'server-only';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/db/client';
import { previewLinks, releases, revisions, users } from '@/db/schema';
import type { ReleaseArticleDTO } from '@/lib/releases/article';
import { PreviewToken, type CreatePreviewLinkInput, type RevokePreviewLinkInput } from '@/lib/validation/revisions';
import { recordAudit } from './audit';
import { getReleaseInScope, lockReleaseInScope, toPreviewArticle } from './revisions';
import { matchesWorkingCopy, snapshotRevision, topicIdsOf } from './snapshots';
import { getCurrentUser, type CurrentUser } from './session';

const DAY_MS = 86_400_000;

/** Only this hash is stored: the database alone cannot open a preview. */
export const hashPreviewToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The author shares their own release; editors share any release they cover. */
const sharesRelease = (user: CurrentUser, release: { authorId: string }) =>
  user.role === 'editor' || (user.role === 'writer' && user.id === release.authorId);

export type CreatePreviewLinkResult =
  { ok: true; linkId: string; token: string; expiresAt: Date } | { ok: false; reason: 'not_allowed' };

/**
 * A link to the current text, for someone without an account. The working copy is snapshotted
 * first when no revision holds it yet, so the link shows exactly what the person sees now.
 */
export async function createPreviewLink(
  input: CreatePreviewLinkInput,
  now: Date = new Date(),
): Promise<CreatePreviewLinkResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<CreatePreviewLinkResult> => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    if (!sharesRelease(user, release)) return { ok: false, reason: 'not_allowed' };
    const topicIds = await topicIdsOf(tx, release.id);
    const [latest] = await tx
      .select()
      .from(revisions)
      .where(eq(revisions.releaseId, release.id))
      .orderBy(desc(revisions.number))
      .limit(1);
    const revision =
      latest && matchesWorkingCopy(latest, release, topicIds)
        ? latest
        : await snapshotRevision(tx, release, {
            state: release.state,
            topicIds,
            contentAuthorId: release.lastEditedById ?? release.authorId,
            createdById: user.id,
          });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + input.days * DAY_MS);
    const [link] = await tx
      .insert(previewLinks)
      .values({
        releaseId: release.id,
        revisionId: revision.id,
        tokenHash: hashPreviewToken(token),
        createdById: user.id,
        expiresAt,
        createdAt: now,
      })
      .returning({ id: previewLinks.id });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'preview_link.create',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { linkId: link!.id, revisionNumber: revision.number, expiresAt: expiresAt.toISOString() },
    });
    return { ok: true, linkId: link!.id, token, expiresAt };
  });
}

export type RevokePreviewLinkResult = { ok: true } | { ok: false; reason: 'not_allowed' };

/** Ends a link at once; a link of another release, or an unknown one, answers 404. */
export async function revokePreviewLink(
  input: RevokePreviewLinkInput,
  now: Date = new Date(),
): Promise<RevokePreviewLinkResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<RevokePreviewLinkResult> => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    if (!sharesRelease(user, release)) return { ok: false, reason: 'not_allowed' };
    const [link] = await tx
      .update(previewLinks)
      .set({ revokedAt: now })
      .where(
        and(eq(previewLinks.id, input.linkId), eq(previewLinks.releaseId, release.id), isNull(previewLinks.revokedAt)),
      )
      .returning({ id: previewLinks.id });
    // Revoking twice (two tabs) is not an error: the link is revoked either way.
    if (!link) return { ok: true };
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'preview_link.revoke',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { linkId: link.id },
    });
    return { ok: true };
  });
}

export type PreviewLinkDTO = {
  id: string;
  revisionNumber: number;
  createdByName: string;
  createdAt: Date;
  expiresAt: Date;
  lastOpenedAt: Date | null;
};

/** A release's links that still open, soonest to expire first, and whether the user may share it. */
export async function listPreviewLinks(
  releaseId: string,
  now: Date = new Date(),
): Promise<{ links: PreviewLinkDTO[]; canShare: boolean }> {
  const user = await getCurrentUser();
  const release = await getReleaseInScope(user, releaseId);
  const links = await db
    .select({
      id: previewLinks.id,
      revisionNumber: revisions.number,
      createdByName: users.name,
      createdAt: previewLinks.createdAt,
      expiresAt: previewLinks.expiresAt,
      lastOpenedAt: previewLinks.lastOpenedAt,
    })
    .from(previewLinks)
    .innerJoin(revisions, eq(revisions.id, previewLinks.revisionId))
    .innerJoin(users, eq(users.id, previewLinks.createdById))
    .where(and(eq(previewLinks.releaseId, release.id), isNull(previewLinks.revokedAt), gt(previewLinks.expiresAt, now)))
    .orderBy(previewLinks.expiresAt);
  return { links, canShare: sharesRelease(user, release) };
}

/**
 * The revision a preview link shows, for anyone holding the token, or undefined when the token is
 * unknown, revoked or expired (the page answers the same 404 to all three). Each opening is audited.
 */
export async function openPreviewLink(token: string, now: Date = new Date()): Promise<ReleaseArticleDTO | undefined> {
  if (!PreviewToken.safeParse(token).success) return undefined;
  const found = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ link: previewLinks, revision: revisions, release: releases })
      .from(previewLinks)
      .innerJoin(revisions, eq(revisions.id, previewLinks.revisionId))
      .innerJoin(releases, eq(releases.id, previewLinks.releaseId))
      .where(
        and(
          eq(previewLinks.tokenHash, hashPreviewToken(token)),
          isNull(previewLinks.revokedAt),
          gt(previewLinks.expiresAt, now),
        ),
      );
    if (!row) return undefined;
    await tx.update(previewLinks).set({ lastOpenedAt: now }).where(eq(previewLinks.id, row.link.id));
    await recordAudit(tx, {
      actor: { label: 'preview link' },
      action: 'preview_link.open',
      subjectType: 'release',
      subjectId: row.release.id,
      releaseId: row.release.id,
      data: { linkId: row.link.id, revisionNumber: row.revision.number },
    });
    return row;
  });
  if (!found) return undefined;
  return toPreviewArticle(found.revision, found.revision.topicIds, found.release, now);
}
