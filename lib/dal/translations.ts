import 'server-only';
import { and, asc, desc, eq, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import { releases, releaseTopics, revisions } from '@/db/schema';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { workingCopyOf } from '@/lib/releases/working-copy';
import { diffRevisions, type FieldDiff } from '@/lib/revisions/diff';
import type { AcknowledgeSourceInput, CreateTranslationInput } from '@/lib/validation/revisions';
import type { ReleaseState } from '@/lib/workflow/states';
import { writesReleases } from '@/lib/auth/roles';
import { markUntranslated } from '@/lib/rich-text/untranslated';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { TranslationSourceDTO } from '@/lib/releases/draft';
import { recordAudit } from './audit';
import { withCurrentImageSources } from './media-uses';
import { editRightOf } from './release-drafts';
import { freeReleaseSlug } from './slug-redirects';
import { matchesWorkingCopy, snapshotRevision, topicIdsOf } from './snapshots';
import { getReleaseInScope, lockReleaseInScope } from './revisions';
import { inOfficeScope } from './scope';
import { getCurrentUser } from './session';

export type TranslationVersionDTO = { id: string; language: Locale; title: string; state: ReleaseState };

/** The other language versions of a release the user may see, and the languages it still lacks. */
export async function listTranslations(
  releaseId: string,
): Promise<{ language: Locale; versions: TranslationVersionDTO[]; missing: Locale[]; canCreate: boolean }> {
  const user = await getCurrentUser();
  const release = await getReleaseInScope(user, releaseId);
  const inGroup = and(eq(releases.translationGroupId, release.translationGroupId), ne(releases.id, release.id));
  // Every language counts as taken, even a version in an office the user does not see.
  const taken = await db.select({ language: releases.language }).from(releases).where(inGroup);
  const versions = await db
    .select({ id: releases.id, language: releases.language, title: releases.title, state: releases.state })
    .from(releases)
    .where(and(inGroup, inOfficeScope(user.scope, releases.officeId)))
    .orderBy(asc(releases.language));
  const languages = new Set<Locale>([release.language, ...taken.map((row) => row.language)]);
  return {
    language: release.language,
    versions,
    missing: LOCALES.filter((language) => !languages.has(language)),
    canCreate: writesReleases(user),
  };
}

export type CreateTranslationResult =
  { ok: true; id: string } | { ok: false; reason: 'not_allowed' | 'language_exists' };

/**
 * A new draft in another language, in the same translation group and office, written by the
 * signed-in person: the source's structure with all its text marked untranslated, an empty title
 * and summary (the source stands beside them in the editor), and the source's dateline, contacts,
 * topics and images. It keeps the source revision it was made from, snapshotting the source's
 * working copy first when no revision holds it yet.
 */
export async function createTranslation(input: CreateTranslationInput): Promise<CreateTranslationResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<CreateTranslationResult> => {
    const source = await lockReleaseInScope(tx, user, input.sourceId);
    if (!writesReleases(user)) return { ok: false, reason: 'not_allowed' };
    const [existing] = await tx
      .select({ id: releases.id })
      .from(releases)
      .where(and(eq(releases.translationGroupId, source.translationGroupId), eq(releases.language, input.language)));
    if (existing) return { ok: false, reason: 'language_exists' };

    const topicIds = await topicIdsOf(tx, source.id);
    const sourceRevisionId = await revisionHoldingWorkingCopy(tx, source, topicIds, user.id);
    const [translation] = await tx
      .insert(releases)
      .values({
        language: input.language,
        // Provisional: the slug follows the translation's own title from its first save.
        slug: await freeReleaseSlug(tx, input.language, source.slug.slice(0, 110)),
        officeId: source.officeId,
        authorId: user.id,
        lastEditedById: user.id,
        translationGroupId: source.translationGroupId,
        translatedFromRevisionId: sourceRevisionId,
        state: 'draft',
        ...workingCopyOf(source),
        title: '',
        summary: '',
        body: markUntranslated(source.body),
      })
      .returning({ id: releases.id });
    if (topicIds.length > 0)
      await tx.insert(releaseTopics).values(topicIds.map((topicId) => ({ releaseId: translation!.id, topicId })));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.create_translation',
      subjectType: 'release',
      subjectId: translation!.id,
      releaseId: translation!.id,
      data: { sourceId: source.id, language: input.language, sourceRevisionId },
    });
    return { ok: true, id: translation!.id };
  });
}

/** The source's newest revision when it holds the working copy, else a new one that does. */
async function revisionHoldingWorkingCopy(
  tx: Transaction,
  source: typeof releases.$inferSelect,
  topicIds: string[],
  userId: string,
): Promise<string> {
  const [latest] = await tx
    .select()
    .from(revisions)
    .where(eq(revisions.releaseId, source.id))
    .orderBy(desc(revisions.number))
    .limit(1);
  if (latest && matchesWorkingCopy(latest, source, topicIds)) return latest.id;
  const snapshot = await snapshotRevision(tx, source, {
    state: source.state,
    topicIds,
    contentAuthorId: source.lastEditedById ?? source.authorId,
    createdById: userId,
  });
  return snapshot.id;
}

/** The text a translation follows: what "source changed since" compares, topics and images aside. */
const followedText = (revision: 'kept' | 'newest') =>
  sql.raw(
    ['title', 'summary', 'dateline_city', 'dateline_country', 'body_text', 'contacts']
      .map((column) => `${revision}.${column}`)
      .join(', '),
  );

/**
 * Whether the source of the translation whose kept revision is `keptRevisionId` has changed its
 * text since: its newest revision reads otherwise than the one the translation was made from.
 */
export function sourceChangedSince(keptRevisionId: AnyColumn): SQL<boolean> {
  return sql<boolean>`coalesce((
    select (${followedText('newest')}) is distinct from (${followedText('kept')})
    from ${revisions} as kept
    cross join lateral (
      select * from ${revisions} as r where r.release_id = kept.release_id order by r.number desc limit 1
    ) as newest
    where kept.id = ${keptRevisionId}
  ), false)`;
}

export type SourceChangeDTO = {
  source: { id: string; language: Locale; title: string };
  fromNumber: number;
  toNumber: number;
  diffs: FieldDiff[];
  /** Whether the person may say the translation now follows the source's newest revision. */
  canAcknowledge: boolean;
};

/**
 * For a translation whose source has changed its text since the revision it was made from: the
 * source, both revision numbers and their differences. Null for any other release. Calls
 * notFound() outside the person's offices.
 */
export async function findSourceChange(releaseId: string): Promise<SourceChangeDTO | null> {
  const user = await getCurrentUser();
  const release = await getReleaseInScope(user, releaseId);
  if (!release.translatedFromRevisionId) return null;
  const [kept] = await db.select().from(revisions).where(eq(revisions.id, release.translatedFromRevisionId));
  const [newest] = await db
    .select()
    .from(revisions)
    .where(eq(revisions.releaseId, kept!.releaseId))
    .orderBy(desc(revisions.number))
    .limit(1);
  const [source] = await db
    .select({ id: releases.id, language: releases.language, title: releases.title })
    .from(releases)
    .where(and(eq(releases.id, kept!.releaseId), inOfficeScope(user.scope, releases.officeId)));
  if (!source || !newest || newest.number === kept!.number) return null;
  const comparable = (revision: typeof revisions.$inferSelect) => ({ ...revision, topicLabels: [] });
  const diffs = diffRevisions(comparable(kept!), comparable(newest)).filter((diff) => diff.field !== 'topics');
  if (!diffs.some((diff) => diff.changed)) return null;
  return {
    source,
    fromNumber: kept!.number,
    toNumber: newest.number,
    diffs,
    canAcknowledge: editRightOf(user, release) !== 'none',
  };
}

export type AcknowledgeSourceResult = { ok: true } | { ok: false; reason: 'not_allowed' | 'stale_version' };

/**
 * The translator has carried the source's changes over: the translation now follows the source
 * revision they compared against (`toNumber`, so that a change made meanwhile still shows).
 * Calls notFound() outside the person's offices and for a release that is not a translation.
 */
export async function acknowledgeSourceChange(input: AcknowledgeSourceInput): Promise<AcknowledgeSourceResult> {
  const user = await getCurrentUser();
  return db.transaction(async (tx): Promise<AcknowledgeSourceResult> => {
    const release = await lockReleaseInScope(tx, user, input.releaseId);
    if (!release.translatedFromRevisionId) notFound();
    if (editRightOf(user, release) === 'none') return { ok: false, reason: 'not_allowed' };
    const [kept] = await tx
      .select({ releaseId: revisions.releaseId, number: revisions.number })
      .from(revisions)
      .where(eq(revisions.id, release.translatedFromRevisionId));
    const [target] = await tx
      .select({ id: revisions.id })
      .from(revisions)
      .where(and(eq(revisions.releaseId, kept!.releaseId), eq(revisions.number, input.toNumber)));
    if (!target || input.toNumber <= kept!.number) return { ok: false, reason: 'stale_version' };
    await tx.update(releases).set({ translatedFromRevisionId: target.id }).where(eq(releases.id, release.id));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.source_followed',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { from: kept!.number, to: input.toNumber },
    });
    return { ok: true };
  });
}

/**
 * What a translation was made from, to show beside it in the editor: the source revision's title,
 * summary and blocks. Null for a release that is not a translation; notFound() outside the
 * person's offices.
 */
export async function findTranslationSource(releaseId: string): Promise<TranslationSourceDTO | null> {
  const user = await getCurrentUser();
  const release = await getReleaseInScope(user, releaseId);
  if (!release.translatedFromRevisionId) return null;
  const [row] = await db
    .select({ revision: revisions, language: releases.language })
    .from(revisions)
    .innerJoin(releases, eq(releases.id, revisions.releaseId))
    .where(eq(revisions.id, release.translatedFromRevisionId));
  if (!row) return null;
  const body = await withCurrentImageSources(db, row.revision.body);
  return {
    language: row.language,
    title: row.revision.title,
    summary: row.revision.summary,
    blocks: body.content.map((block) => renderRichTextHtml({ content: [block] })),
  };
}
