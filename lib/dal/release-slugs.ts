import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { publications, releases, releaseSlugRedirects } from '@/db/schema';
import { CACHE_TAGS, publicationTags } from '@/lib/cache/tags';
import type { ChangeReleaseSlugInput } from '@/lib/validation/release-slug';
import { recordAudit } from './audit';
import { jobs } from './job-system';
import { sendPortalRefresh } from './jobs';
import { lockReleaseInScope } from './revisions';
import { getCurrentUser } from './session';
import { formerSlugsOf } from './slug-redirects';

export type ChangeReleaseSlugResult =
  { ok: true; tags: string[] } | { ok: false; reason: 'not_allowed' | 'not_published_yet' | 'slug_taken' };

/**
 * An editor gives a release that has been public a new address. The old one is kept as a
 * permanent redirect (so are older ones, which now lead to the new address), the public copy
 * moves with it, and the portal refreshes both addresses. Writers and admins are refused;
 * calls notFound() for a release outside the editor's offices.
 */
export async function changeReleaseSlug(input: ChangeReleaseSlugInput): Promise<ChangeReleaseSlugResult> {
  const user = await getCurrentUser();
  await jobs();
  return db.transaction(async (tx): Promise<ChangeReleaseSlugResult> => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    if (user.role !== 'editor') return { ok: false, reason: 'not_allowed' };
    // Before its first publish a release's address follows its title.
    if (release.firstPublishedAt === null) return { ok: false, reason: 'not_published_yet' };
    if (input.slug === release.slug) return { ok: true, tags: [] };
    const [other] = await tx
      .select({ id: releases.id })
      .from(releases)
      .where(and(eq(releases.language, release.language), eq(releases.slug, input.slug), ne(releases.id, release.id)));
    const [otherFormer] = await tx
      .select({ id: releaseSlugRedirects.id })
      .from(releaseSlugRedirects)
      .where(
        and(
          eq(releaseSlugRedirects.language, release.language),
          eq(releaseSlugRedirects.fromSlug, input.slug),
          ne(releaseSlugRedirects.releaseId, release.id),
        ),
      );
    if (other || otherFormer) return { ok: false, reason: 'slug_taken' };

    // Taking back one of its own old addresses: that one no longer redirects.
    await tx
      .delete(releaseSlugRedirects)
      .where(and(eq(releaseSlugRedirects.language, release.language), eq(releaseSlugRedirects.fromSlug, input.slug)));
    await tx
      .insert(releaseSlugRedirects)
      .values({ language: release.language, fromSlug: release.slug, releaseId: release.id });
    await tx.update(releases).set({ slug: input.slug }).where(eq(releases.id, release.id));
    const [publication] = await tx
      .update(publications)
      .set({ slug: input.slug })
      .where(eq(publications.releaseId, release.id))
      .returning({
        language: publications.language,
        slug: publications.slug,
        translationGroupId: publications.translationGroupId,
        topics: publications.topics,
        regionCode: publications.regionCode,
      });
    const former = await formerSlugsOf(tx, release.id);
    const tags = publication
      ? publicationTags({ ...publication, formerSlugs: [...former, input.slug] })
      : [CACHE_TAGS.publication(release.language, release.slug)];
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.slug_changed',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { from: release.slug, to: input.slug },
    });
    await sendPortalRefresh(tx, tags);
    return { ok: true, tags };
  });
}
