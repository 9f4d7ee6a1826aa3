import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { publications, releases } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import type { ImportReview } from '@/lib/importer/review';
import type { ArchivePromotionInput } from '@/lib/validation/legacy-archive';
import { recordAudit } from './audit';
import { visibleReleaseCondition } from './releases';
import { getCurrentUser } from './session';

/** What the workspace shows about an imported release: what to check, its archive date, whether it is promoted. */
export type ImportNotesDTO = {
  review: ImportReview | null;
  isArchive: boolean;
  archiveDate: string | null;
  /** The public copy: live or not, and since when it is promoted into the current news. */
  live: boolean;
  promotedAt: string | null;
  hasSummary: boolean;
  /** Whether the signed-in person may promote or demote it. */
  canPromote: boolean;
};

/** The import notes of a release in the user's scope; undefined for a release the importer did not bring in. */
export async function findImportNotes(releaseId: string): Promise<ImportNotesDTO | undefined> {
  const user = await getCurrentUser();
  if (!z.uuid().safeParse(releaseId).success) notFound();
  const [row] = await db
    .select({
      sourceKey: releases.sourceKey,
      review: releases.importReview,
      archiveDate: releases.archiveDate,
      summary: releases.summary,
      withdrawnAt: publications.withdrawnAt,
      publicationId: publications.id,
      promotedAt: publications.promotedAt,
    })
    .from(releases)
    .leftJoin(publications, eq(publications.releaseId, releases.id))
    .where(visibleReleaseCondition(user, releaseId));
  if (!row) notFound();
  if (row.sourceKey === null) return undefined;
  return {
    review: row.review,
    isArchive: true,
    archiveDate: row.archiveDate,
    live: row.publicationId !== null && row.withdrawnAt === null,
    promotedAt: row.promotedAt?.toISOString() ?? null,
    hasSummary: row.summary.trim().length > 0,
    canPromote: user.role === 'editor',
  };
}

export type PromotionResult =
  { ok: true; tags: string[] } | { ok: false; reason: 'not_allowed' | 'not_archive' | 'not_live' | 'needs_summary' };

/**
 * An editor brings an archive release into the current news (home page, lists, feeds) or sends it
 * back. Writers and admins are refused; a release outside the editor's offices answers 404. The
 * release keeps its archive date; the lists order it by the time it was promoted.
 */
export async function setArchivePromotion(input: ArchivePromotionInput): Promise<PromotionResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<PromotionResult> => {
    const [release] = await tx
      .select({ id: releases.id, sourceKey: releases.sourceKey, summary: releases.summary })
      .from(releases)
      .where(visibleReleaseCondition(user, input.releaseId))
      .for('update');
    if (!release) notFound();
    if (user.role !== 'editor') return { ok: false, reason: 'not_allowed' };
    if (release.sourceKey === null) return { ok: false, reason: 'not_archive' };
    if (input.promote && !release.summary.trim()) return { ok: false, reason: 'needs_summary' };
    const now = new Date();
    const [publication] = await tx
      .update(publications)
      .set(input.promote ? { promotedAt: now, publishedAt: now } : { promotedAt: null })
      .where(and(eq(publications.releaseId, release.id), isNull(publications.withdrawnAt)))
      .returning({ language: publications.language, slug: publications.slug, regionCode: publications.regionCode });
    if (!publication) return { ok: false, reason: 'not_live' };
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: input.promote ? 'release.promoted' : 'release.demoted',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
    });
    return {
      ok: true,
      tags: [
        CACHE_TAGS.publication(publication.language, publication.slug),
        CACHE_TAGS.publications(publication.language),
        ...(publication.regionCode ? [CACHE_TAGS.relatedByRegion(publication.language, publication.regionCode)] : []),
      ],
    };
  });
}
