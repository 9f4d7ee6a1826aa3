import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db, type Transaction } from '@/db/client';
import { media, offices, releases, releaseTopics, topics, users } from '@/db/schema';
import { writesReleases } from '@/lib/auth/roles';
import { slugify } from '@/lib/importer/slug';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { EMPTY_DOC } from '@/lib/rich-text/types';
import type { ReleaseDraftDTO, SaveDraftResult } from '@/lib/releases/draft';
import type { NewReleaseInput, ReleaseDraftInput } from '@/lib/validation/release-draft';
import { isEditableState, type ReleaseState } from '@/lib/workflow/states';
import { recordAudit } from './audit';
import { heroImageOf } from './hero-image';
import { templateStartFor } from './release-templates';
import { freeReleaseSlug, slugFollowingTitle } from './slug-redirects';
import { inOfficeScope } from './scope';
import { getCurrentUser, type CurrentUser } from './session';
import { typesetDraft } from '@/lib/text/typography';

type ReleaseAccess = { officeId: string; authorId: string; state: ReleaseState };

/**
 * Who may change a release's working copy, the one rule for the editor page and every save:
 * writers edit the releases of their own office and those they wrote; editors edit the releases
 * of their offices; admins only read. Only in the editable states: otherwise the text is `frozen`.
 */
export function editRightOf(
  user: Pick<CurrentUser, 'id' | 'role' | 'officeId' | 'scope'>,
  release: ReleaseAccess,
): 'edit' | 'frozen' | 'none' {
  if (!writesReleases(user)) return 'none';
  const inScope = user.scope.kind === 'all' || user.scope.officeIds.includes(release.officeId);
  const mayEdit = user.role === 'writer' ? release.officeId === user.officeId || release.authorId === user.id : inScope;
  if (!mayEdit) return 'none';
  return isEditableState(release.state) ? 'edit' : 'frozen';
}

const isUuid = (id: string) => z.uuid().safeParse(id).success;

async function draftOf(
  tx: Transaction | typeof db,
  release: typeof releases.$inferSelect,
  reader: { id: string },
): Promise<ReleaseDraftDTO> {
  const [topicRows, [editor], hero] = await Promise.all([
    tx
      .select({ id: releaseTopics.topicId })
      .from(releaseTopics)
      .where(eq(releaseTopics.releaseId, release.id))
      .orderBy(asc(releaseTopics.topicId)),
    release.lastEditedById
      ? tx.select({ name: users.name }).from(users).where(eq(users.id, release.lastEditedById))
      : Promise.resolve([]),
    heroImageOf(tx, release.heroMediaId, release.language),
  ]);
  return {
    id: release.id,
    version: release.version,
    language: release.language,
    state: release.state,
    title: release.title,
    summary: release.summary,
    datelineCity: release.datelineCity,
    datelineCountry: release.datelineCountry,
    body: release.body,
    contacts: release.contacts,
    topicIds: topicRows.map((row) => row.id),
    heroMediaId: release.heroMediaId,
    hero,
    updatedAt: release.updatedAt.toISOString(),
    lastEditedByName: editor?.name ?? null,
    lastEditedByYou: release.lastEditedById === reader.id,
    isTranslation: release.translatedFromRevisionId !== null,
  };
}

/**
 * The working copy when the signed-in person may edit the release now, `undefined` when they may
 * only read it (frozen state, or not theirs to edit). Calls notFound() for a release they cannot see.
 */
export async function findReleaseDraftForEdit(id: string): Promise<ReleaseDraftDTO | undefined> {
  const user = await getCurrentUser();
  if (!isUuid(id)) notFound();
  const [row] = await db
    .select()
    .from(releases)
    .where(and(eq(releases.id, id), inOfficeScope(user.scope, releases.officeId)));
  if (!row) notFound();
  return editRightOf(user, row) === 'edit' ? draftOf(db, row, user) : undefined;
}

/**
 * Autosave: writes the working copy (and, until the release is first published, the slug its
 * title gives) in one transaction if nobody saved since `expectedVersion`
 * (the row is locked, so of two saves from the same version exactly one wins), bumps the version
 * and audits it. Takes no revision: those are made by "save version" and state changes.
 * Calls notFound() for a release the person may not edit.
 */
export async function saveReleaseDraft(
  id: string,
  draft: ReleaseDraftInput,
  expectedVersion: number,
): Promise<SaveDraftResult> {
  const user = await getCurrentUser();
  if (!isUuid(id)) notFound();
  return db.transaction(async (tx): Promise<SaveDraftResult> => {
    const [row] = await tx
      .select()
      .from(releases)
      .where(and(eq(releases.id, id), inOfficeScope(user.scope, releases.officeId)))
      .for('update');
    if (!row) notFound();
    const right = editRightOf(user, row);
    if (right === 'none') notFound();
    if (right === 'frozen') return { ok: false, reason: 'frozen', state: row.state };
    if (row.version !== expectedVersion)
      return { ok: false, reason: 'conflict', current: await draftOf(tx, row, user) };

    if (draft.topicIds.length) {
      const known = await tx
        .select({ id: topics.id })
        .from(topics)
        .where(and(inArray(topics.id, draft.topicIds), isNull(topics.retiredAt), isNull(topics.mergedIntoId)));
      if (known.length !== draft.topicIds.length) return { ok: false, reason: 'unknown_topic' };
    }
    if (draft.heroMediaId && draft.heroMediaId !== row.heroMediaId) {
      const [hero] = await tx.select({ id: media.id }).from(media).where(eq(media.id, draft.heroMediaId));
      if (!hero) return { ok: false, reason: 'unknown_media' };
    }

    // Stored as the language's typography sets it; the editor sends it set already, this holds for any client.
    const { topicIds, ...workingCopy } = typesetDraft(draft, row.language);
    const slug = await slugFollowingTitle(tx, row, workingCopy.title);
    const [saved] = await tx
      .update(releases)
      .set({
        ...workingCopy,
        ...(slug ? { slug } : {}),
        bodyText: toPlainText(workingCopy.body),
        version: row.version + 1,
        lastEditedById: user.id,
      })
      .where(eq(releases.id, row.id))
      .returning({ version: releases.version, updatedAt: releases.updatedAt });
    await tx.delete(releaseTopics).where(eq(releaseTopics.releaseId, row.id));
    if (topicIds.length)
      await tx.insert(releaseTopics).values(topicIds.map((topicId) => ({ releaseId: row.id, topicId })));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.draft_saved',
      subjectType: 'release',
      subjectId: row.id,
      releaseId: row.id,
      data: { version: saved!.version },
    });
    return { ok: true, version: saved!.version, updatedAt: saved!.updatedAt.toISOString() };
  });
}

export type NewReleaseResult = { ok: true; id: string } | { ok: false; reason: 'invalid_template' };

/**
 * A new draft in the person's own office (writers) or an office of their scope (editors), with a
 * slug made from its title, unique in its language. A template (the organisation's or the
 * office's) sets the language and pre-fills the body, topics and contacts; any other template is
 * refused. Calls notFound() for any other office, and for admins.
 */
export async function createRelease(input: NewReleaseInput): Promise<NewReleaseResult> {
  const user = await getCurrentUser();
  const officeId = input.officeId ?? user.officeId;
  const inScope =
    user.role === 'writer'
      ? officeId === user.officeId
      : user.scope.kind === 'all' || user.scope.officeIds.includes(officeId);
  const allowed = writesReleases(user) && inScope;
  if (!allowed) notFound();
  return db.transaction(async (tx): Promise<NewReleaseResult> => {
    const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
    if (!office) notFound();
    const start = input.templateId ? await templateStartFor(tx, input.templateId, officeId) : undefined;
    if (input.templateId && !start) return { ok: false, reason: 'invalid_template' };
    // A template is written in one language: the release takes it.
    const language = start?.language ?? input.language;
    const slug = await freeReleaseSlug(tx, language, slugify(input.title));
    const typeset = typesetDraft({ title: input.title, summary: '', body: start?.body ?? EMPTY_DOC }, language);
    const [created] = await tx
      .insert(releases)
      .values({
        language,
        slug,
        officeId,
        authorId: user.id,
        title: typeset.title,
        body: typeset.body,
        bodyText: toPlainText(typeset.body),
        contacts: start?.contacts ?? [],
      })
      .returning({ id: releases.id });
    if (start?.topicIds.length)
      await tx.insert(releaseTopics).values(start.topicIds.map((topicId) => ({ releaseId: created!.id, topicId })));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.created',
      subjectType: 'release',
      subjectId: created!.id,
      releaseId: created!.id,
      data: { language, slug, ...(input.templateId ? { templateId: input.templateId } : {}) },
    });
    return { ok: true, id: created!.id };
  });
}

export type TopicChoiceDTO = { id: string; slug: string; labels: LocalizedText };

/** The topics a release may be filed under (retired and merged ones are left out). */
export async function listTopicChoices(): Promise<TopicChoiceDTO[]> {
  await getCurrentUser();
  return db
    .select({ id: topics.id, slug: topics.slug, labels: topics.labels })
    .from(topics)
    .where(and(isNull(topics.retiredAt), isNull(topics.mergedIntoId)))
    .orderBy(asc(topics.slug));
}

export type OfficeChoiceDTO = { id: string; names: LocalizedText; defaultLanguage: Locale };

/** The offices the signed-in person may create a release in: their own, or those of their scope; notFound() for admins. */
export async function listOfficesForNewRelease(): Promise<OfficeChoiceDTO[]> {
  const user = await getCurrentUser();
  if (!writesReleases(user)) notFound();
  return db
    .select({ id: offices.id, names: offices.names, defaultLanguage: offices.defaultLanguage })
    .from(offices)
    .where(user.role === 'writer' ? eq(offices.id, user.officeId) : inOfficeScope(user.scope, offices.id))
    .orderBy(sql`case ${offices.kind} when 'hq' then 0 when 'regional' then 1 else 2 end`, asc(offices.code));
}
