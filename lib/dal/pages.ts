import 'server-only';
import { and, asc, desc, eq, ilike, inArray, max, ne } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db, type Database, type Transaction } from '@/db/client';
import { menuItems, pageRedirects, pageRevisions, pages, users, type PageState } from '@/db/schema';
import { CACHE_TAGS, pageTags } from '@/lib/cache/tags';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { PageDraftDTO, SavePageDraftResult } from '@/lib/pages/draft';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import { EMPTY_DOC } from '@/lib/rich-text/types';
import type {
  CreatePageTranslationInput,
  NewPageInput,
  PageDraftInput,
  PageIdInput,
  RenamePageInput,
  RestorePageRevisionInput,
  SavePageVersionInput,
} from '@/lib/validation/pages';
import type { PageFiltersInput } from '@/lib/validation/workspace-filters';
import { recordAudit } from './audit';
import { jobs } from './job-system';
import { sendPortalRefresh } from './jobs';
import { likePattern } from './like-pattern';
import { getCurrentUser, type CurrentUser } from './session';

type PageRow = typeof pages.$inferSelect;

/**
 * Static pages speak for the whole organisation, so admins and editors at headquarters manage
 * them; anyone else gets a 404 for every page screen and every change.
 */
export async function getCurrentPageManager(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!managesPages(user)) notFound();
  return user;
}

export const managesPages = (user: Pick<CurrentUser, 'role' | 'officeKind'>) =>
  user.role === 'admin' || (user.role === 'editor' && user.officeKind === 'hq');

const auditActor = (user: CurrentUser) => ({ id: user.id, email: user.email });

function selectPage(executor: Database | Transaction, pageId: string) {
  if (!z.uuid().safeParse(pageId).success) notFound();
  return executor.select().from(pages).where(eq(pages.id, pageId));
}

async function lockPage(tx: Transaction, pageId: string): Promise<PageRow> {
  const [page] = await selectPage(tx, pageId).for('update');
  if (!page) notFound();
  return page;
}

async function readPage(pageId: string): Promise<PageRow> {
  const [page] = await selectPage(db, pageId);
  if (!page) notFound();
  return page;
}

/** The portal tags a change to this page's public face touches; menus only when a menu points at its translation group. */
async function publicTagsOf(tx: Transaction, page: PageRow): Promise<string[]> {
  const group = await tx
    .select({ id: pages.id })
    .from(pages)
    .where(eq(pages.translationGroupId, page.translationGroupId));
  const [inMenu] = await tx
    .select({ id: menuItems.id })
    .from(menuItems)
    .where(
      inArray(
        menuItems.pageId,
        group.map((row) => row.id),
      ),
    )
    .limit(1);
  return pageTags({ inMenu: Boolean(inMenu) });
}

export type PageListItemDTO = {
  id: string;
  language: Locale;
  path: string;
  title: string;
  state: PageState;
  updatedAt: Date;
};

/** Every static page, newest change first, filtered by language, state and words of the title. */
export async function listPagesForAdmin(filters: PageFiltersInput = {}): Promise<PageListItemDTO[]> {
  await getCurrentPageManager();
  return db
    .select({
      id: pages.id,
      language: pages.language,
      path: pages.path,
      title: pages.title,
      state: pages.state,
      updatedAt: pages.updatedAt,
    })
    .from(pages)
    .where(
      and(
        filters.language ? eq(pages.language, filters.language) : undefined,
        filters.state ? eq(pages.state, filters.state) : undefined,
        filters.q ? ilike(pages.title, likePattern(filters.q)) : undefined,
      ),
    )
    .orderBy(desc(pages.updatedAt), asc(pages.path));
}

/** Whether another page of the language already answers at `path`. */
async function pathTaken(tx: Transaction, language: Locale, path: string, exceptId?: string): Promise<boolean> {
  const [other] = await tx
    .select({ id: pages.id })
    .from(pages)
    .where(and(eq(pages.language, language), eq(pages.path, path), exceptId ? ne(pages.id, exceptId) : undefined));
  return Boolean(other);
}

/**
 * A page now answering at `path` wins over an old path kept as a redirect. Returns the tags of
 * the portal's cached redirect when there was one, since the path no longer redirects.
 */
async function dropRedirectAt(tx: Transaction, language: Locale, path: string): Promise<string[]> {
  const dropped = await tx
    .delete(pageRedirects)
    .where(and(eq(pageRedirects.language, language), eq(pageRedirects.fromPath, path)))
    .returning({ id: pageRedirects.id });
  return dropped.length > 0 ? [CACHE_TAGS.pages] : [];
}

export type CreatePageResult =
  { ok: true; id: string; tags: string[] } | { ok: false; reason: 'path_taken' | 'invalid_parent' };

/** A new draft page; with a parent, its path is the parent's path followed by the one given. */
export async function createPage(input: NewPageInput): Promise<CreatePageResult> {
  const user = await getCurrentPageManager();
  await jobs();
  return db.transaction(async (tx): Promise<CreatePageResult> => {
    let path = input.path;
    if (input.parentId) {
      const [parent] = await tx
        .select({ language: pages.language, path: pages.path })
        .from(pages)
        .where(eq(pages.id, input.parentId));
      if (!parent || parent.language !== input.language) return { ok: false, reason: 'invalid_parent' };
      path = `${parent.path}/${input.path}`;
    }
    if (await pathTaken(tx, input.language, path)) return { ok: false, reason: 'path_taken' };
    const tags = await dropRedirectAt(tx, input.language, path);
    const [created] = await tx
      .insert(pages)
      .values({
        language: input.language,
        path,
        title: input.title,
        body: EMPTY_DOC,
        createdById: user.id,
        updatedById: user.id,
      })
      .returning({ id: pages.id });
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.created',
      subjectType: 'page',
      subjectId: created!.id,
      data: { language: input.language, path },
    });
    await sendPortalRefresh(tx, tags);
    return { ok: true, id: created!.id, tags };
  });
}

async function draftOf(executor: Database | Transaction, page: PageRow, reader: { id: string }): Promise<PageDraftDTO> {
  const [editor] = page.updatedById
    ? await executor.select({ name: users.name }).from(users).where(eq(users.id, page.updatedById))
    : [];
  return {
    id: page.id,
    version: page.version,
    language: page.language,
    path: page.path,
    state: page.state,
    title: page.title,
    summary: page.summary,
    body: page.body,
    updatedAt: page.updatedAt.toISOString(),
    lastEditedByName: editor?.name ?? null,
    lastEditedByYou: page.updatedById === reader.id,
  };
}

export type PageTranslationDTO = { id: string; language: Locale; title: string; state: PageState };
export type PageForEditDTO = {
  draft: PageDraftDTO;
  publishedAt: Date | null;
  translations: PageTranslationDTO[];
  missingLanguages: Locale[];
};

/** A page's working copy with its other language versions; calls notFound() for anyone but a page manager. */
export async function getPageForEdit(pageId: string): Promise<PageForEditDTO> {
  const user = await getCurrentPageManager();
  const page = await readPage(pageId);
  const translations = await db
    .select({ id: pages.id, language: pages.language, title: pages.title, state: pages.state })
    .from(pages)
    .where(and(eq(pages.translationGroupId, page.translationGroupId), ne(pages.id, page.id)))
    .orderBy(asc(pages.language));
  const taken = new Set([page.language, ...translations.map((version) => version.language)]);
  return {
    draft: await draftOf(db, page, user),
    publishedAt: page.publishedAt,
    translations,
    missingLanguages: LOCALES.filter((language) => !taken.has(language)),
  };
}

/**
 * Autosave of a page's working copy, against the version it was edited from (of two saves from the
 * same version exactly one wins). The portal reads only the published copy, so nothing public changes.
 */
export async function savePageDraft(
  pageId: string,
  draft: PageDraftInput,
  expectedVersion: number,
): Promise<SavePageDraftResult> {
  const user = await getCurrentPageManager();
  return db.transaction(async (tx): Promise<SavePageDraftResult> => {
    const page = await lockPage(tx, pageId);
    if (page.version !== expectedVersion)
      return { ok: false, reason: 'conflict', current: await draftOf(tx, page, user) };
    const [saved] = await tx
      .update(pages)
      .set({
        ...draft,
        bodyText: toPlainText(draft.body),
        version: page.version + 1,
        updatedById: user.id,
        updatedAt: new Date(),
      })
      .where(eq(pages.id, page.id))
      .returning({ version: pages.version, updatedAt: pages.updatedAt });
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.draft_saved',
      subjectType: 'page',
      subjectId: page.id,
      data: { version: saved!.version },
    });
    return { ok: true, version: saved!.version, updatedAt: saved!.updatedAt.toISOString() };
  });
}

/** A committed change: the portal's refresh of these tags is queued in its transaction. */
async function changed(tx: Transaction, tags: string[]): Promise<PageChangeResult> {
  await sendPortalRefresh(tx, tags);
  return { ok: true, tags };
}

export type PageChangeResult =
  | { ok: true; tags: string[] }
  | { ok: false; reason: 'path_taken' | 'stale_version' | 'needs_title' | 'not_live' | 'language_exists' };

/**
 * Moves a page to another path. Once the page has been public, its old path stays as a permanent
 * redirect: older redirects keep pointing at the page, so a chain always ends at the newest path.
 */
export async function renamePage(input: RenamePageInput): Promise<PageChangeResult> {
  const user = await getCurrentPageManager();
  await jobs();
  return db.transaction(async (tx): Promise<PageChangeResult> => {
    const page = await lockPage(tx, input.pageId);
    if (page.path === input.path) return { ok: true, tags: [] };
    if (await pathTaken(tx, page.language, input.path, page.id)) return { ok: false, reason: 'path_taken' };
    const freed = await dropRedirectAt(tx, page.language, input.path);
    await tx
      .update(pages)
      .set({ path: input.path, updatedById: user.id, updatedAt: new Date() })
      .where(eq(pages.id, page.id));
    const wasPublic = page.publishedAt !== null;
    if (wasPublic) {
      await tx
        .insert(pageRedirects)
        .values({ language: page.language, fromPath: page.path, pageId: page.id })
        .onConflictDoUpdate({ target: [pageRedirects.language, pageRedirects.fromPath], set: { pageId: page.id } });
    }
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.renamed',
      subjectType: 'page',
      subjectId: page.id,
      data: { from: page.path, to: input.path, redirect: wasPublic },
    });
    return changed(tx, wasPublic ? await publicTagsOf(tx, page) : freed);
  });
}

async function snapshot(
  tx: Transaction,
  page: Pick<PageRow, 'id' | 'title' | 'summary' | 'body'>,
  user: CurrentUser,
  message: string | null,
) {
  const [last] = await tx
    .select({ number: max(pageRevisions.number) })
    .from(pageRevisions)
    .where(eq(pageRevisions.pageId, page.id));
  const number = (last?.number ?? 0) + 1;
  await tx.insert(pageRevisions).values({
    pageId: page.id,
    number,
    title: page.title,
    summary: page.summary,
    body: page.body,
    authorId: user.id,
    message,
  });
  return number;
}

/** "Save version": the working copy as it is now becomes a revision with the person's note. */
export async function savePageVersion(input: SavePageVersionInput): Promise<{ ok: true; number: number }> {
  const user = await getCurrentPageManager();
  return db.transaction(async (tx) => {
    const page = await lockPage(tx, input.pageId);
    const number = await snapshot(tx, page, user, input.message);
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.save_version',
      subjectType: 'page',
      subjectId: page.id,
      data: { number },
    });
    return { ok: true as const, number };
  });
}

export type PageRevisionDTO = {
  number: number;
  message: string | null;
  authorName: string | null;
  createdAt: Date;
  title: string;
};

/** A page's saved versions, newest first. */
export async function listPageRevisions(pageId: string): Promise<{ page: PageDraftDTO; revisions: PageRevisionDTO[] }> {
  const user = await getCurrentPageManager();
  const page = await readPage(pageId);
  const revisions = await db
    .select({
      number: pageRevisions.number,
      message: pageRevisions.message,
      authorName: users.name,
      createdAt: pageRevisions.createdAt,
      title: pageRevisions.title,
    })
    .from(pageRevisions)
    .leftJoin(users, eq(users.id, pageRevisions.authorId))
    .where(eq(pageRevisions.pageId, page.id))
    .orderBy(desc(pageRevisions.number));
  return { page: await draftOf(db, page, user), revisions };
}

/** Writes a revision back into the working copy, refused when the page changed since `expectedVersion`. */
export async function restorePageRevision(input: RestorePageRevisionInput): Promise<PageChangeResult> {
  const user = await getCurrentPageManager();
  await jobs();
  return db.transaction(async (tx): Promise<PageChangeResult> => {
    const page = await lockPage(tx, input.pageId);
    const [revision] = await tx
      .select()
      .from(pageRevisions)
      .where(and(eq(pageRevisions.pageId, page.id), eq(pageRevisions.number, input.revisionNumber)));
    if (!revision) notFound();
    if (page.version !== input.expectedVersion) return { ok: false, reason: 'stale_version' };
    const copy = { title: revision.title, summary: revision.summary, body: revision.body };
    await tx
      .update(pages)
      .set({
        ...copy,
        bodyText: toPlainText(revision.body),
        version: page.version + 1,
        updatedById: user.id,
        updatedAt: new Date(),
      })
      .where(eq(pages.id, page.id));
    const number = await snapshot(tx, { id: page.id, ...copy }, user, null);
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.restore_revision',
      subjectType: 'page',
      subjectId: page.id,
      data: { from: revision.number, number },
    });
    return { ok: true, tags: [] };
  });
}

/**
 * Publishes the working copy: the body goes through the allowlist renderer into the published
 * columns the portal reads, and a revision keeps what went out.
 */
export async function publishPage(input: PageIdInput): Promise<PageChangeResult> {
  const user = await getCurrentPageManager();
  await jobs();
  return db.transaction(async (tx): Promise<PageChangeResult> => {
    const page = await lockPage(tx, input.pageId);
    if (!page.title.trim()) return { ok: false, reason: 'needs_title' };
    const number = await snapshot(tx, page, user, null);
    await tx
      .update(pages)
      .set({
        state: 'published',
        publishedTitle: page.title,
        publishedSummary: page.summary,
        publishedHtml: renderRichTextHtml(page.body),
        publishedAt: new Date(),
        updatedById: user.id,
        updatedAt: new Date(),
      })
      .where(eq(pages.id, page.id));
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.published',
      subjectType: 'page',
      subjectId: page.id,
      data: { language: page.language, path: page.path, revision: number },
    });
    return changed(tx, await publicTagsOf(tx, page));
  });
}

/** Takes a published page off the portal: its URL then answers 410 and menus hide it in that language. */
export async function unpublishPage(input: PageIdInput): Promise<PageChangeResult> {
  const user = await getCurrentPageManager();
  await jobs();
  return db.transaction(async (tx): Promise<PageChangeResult> => {
    const page = await lockPage(tx, input.pageId);
    if (page.state !== 'published') return { ok: false, reason: 'not_live' };
    await tx
      .update(pages)
      .set({ state: 'unpublished', updatedById: user.id, updatedAt: new Date() })
      .where(eq(pages.id, page.id));
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.unpublished',
      subjectType: 'page',
      subjectId: page.id,
      data: { language: page.language, path: page.path },
    });
    return changed(tx, await publicTagsOf(tx, page));
  });
}

export type CreatePageTranslationResult =
  { ok: true; id: string; tags: string[] } | { ok: false; reason: 'language_exists' };

/** A draft in another language, in the same translation group, pre-filled with the source's text and path. */
export async function createPageTranslation(input: CreatePageTranslationInput): Promise<CreatePageTranslationResult> {
  const user = await getCurrentPageManager();
  await jobs();
  return db.transaction(async (tx): Promise<CreatePageTranslationResult> => {
    const source = await lockPage(tx, input.sourceId);
    const [existing] = await tx
      .select({ id: pages.id })
      .from(pages)
      .where(and(eq(pages.translationGroupId, source.translationGroupId), eq(pages.language, input.language)));
    if (existing) return { ok: false, reason: 'language_exists' };
    let path = source.path;
    for (let suffix = 2; await pathTaken(tx, input.language, path); suffix += 1)
      path = `${source.path.slice(0, 190)}-${suffix}`;
    const tags = await dropRedirectAt(tx, input.language, path);
    const [created] = await tx
      .insert(pages)
      .values({
        language: input.language,
        path,
        translationGroupId: source.translationGroupId,
        title: source.title,
        summary: source.summary,
        body: source.body,
        bodyText: source.bodyText,
        createdById: user.id,
        updatedById: user.id,
      })
      .returning({ id: pages.id });
    await recordAudit(tx, {
      actor: auditActor(user),
      action: 'page.create_translation',
      subjectType: 'page',
      subjectId: created!.id,
      data: { sourceId: source.id, language: input.language },
    });
    await sendPortalRefresh(tx, tags);
    return { ok: true, id: created!.id, tags };
  });
}

export type PagePreviewDTO = {
  id: string;
  language: Locale;
  path: string;
  title: string;
  summary: string;
  html: string;
};

/** The working copy rendered exactly as the portal would show it once published. */
export async function getPagePreview(pageId: string): Promise<PagePreviewDTO> {
  await getCurrentPageManager();
  const page = await readPage(pageId);
  return {
    id: page.id,
    language: page.language,
    path: page.path,
    title: page.title,
    summary: page.summary,
    html: renderRichTextHtml(page.body),
  };
}
