import 'server-only';
import { and, asc, eq, like, ne } from 'drizzle-orm';
import { db, type Transaction } from '@/db/client';
import { releases, releaseTopics } from '@/db/schema';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { workingCopyOf } from '@/lib/releases/working-copy';
import type { CreateTranslationInput } from '@/lib/validation/revisions';
import type { ReleaseState } from '@/lib/workflow/states';
import { writesReleases } from '@/lib/auth/roles';
import { recordAudit } from './audit';
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
 * signed-in person and pre-filled with the source's text, contacts, topics and hero image.
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

    const [translation] = await tx
      .insert(releases)
      .values({
        language: input.language,
        slug: await freeSlug(tx, input.language, source.slug),
        officeId: source.officeId,
        authorId: user.id,
        lastEditedById: user.id,
        translationGroupId: source.translationGroupId,
        state: 'draft',
        ...workingCopyOf(source),
      })
      .returning({ id: releases.id });
    const topics = await tx
      .select({ topicId: releaseTopics.topicId })
      .from(releaseTopics)
      .where(eq(releaseTopics.releaseId, source.id));
    if (topics.length > 0)
      await tx.insert(releaseTopics).values(topics.map(({ topicId }) => ({ releaseId: translation!.id, topicId })));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.create_translation',
      subjectType: 'release',
      subjectId: translation!.id,
      releaseId: translation!.id,
      data: { sourceId: source.id, language: input.language },
    });
    return { ok: true, id: translation!.id };
  });
}

/** The source's slug in the new language, or the first of `slug-2`, `slug-3`… not yet taken there. */
async function freeSlug(tx: Transaction, language: Locale, slug: string): Promise<string> {
  const base = slug.slice(0, 110);
  const taken = new Set(
    (
      await tx
        .select({ slug: releases.slug })
        .from(releases)
        .where(and(eq(releases.language, language), like(releases.slug, `${base}%`)))
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
