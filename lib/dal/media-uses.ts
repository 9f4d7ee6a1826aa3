import 'server-only';
import { and, count, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '@/db/client';
import { media, pageRevisions, pages, publications, releases, revisions, type PageState } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import type { Locale } from '@/lib/i18n/locales';
import { mediaUrl, pickVariant } from '@/lib/media/types';
import { withFolderReplaced, withImageSources } from '@/lib/rich-text/image-sources';
import { listImages } from '@/lib/rich-text/plain-text';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { ReleaseState } from '@/lib/workflow/states';
import { heroImageOf } from './hero-image';

/**
 * Where a library image is used. DAL-internal: callers decide what the person may see.
 *
 * Bodies name an image by its media id and by the URL of its files (`src`); hero images by media
 * id only. An image is found in a body by either, so images inserted before media ids existed
 * (imported pages) count too. All files of an image share one folder named by their content hash.
 */
export type MediaRef = { id: string; folder: string };

type Executor = Database | Transaction;

/** The folder of a media row's files, from its storage key (`ab/ab12…/original.jpg` → `ab/ab12…`). */
export const folderOfKey = (storageKey: string) => storageKey.slice(0, storageKey.lastIndexOf('/'));

// Lax-mode `.**` walks every level of the TipTap document, lists and quotes included.
const IMAGE_IN_BODY = '$.** ? (@.type == "image" && (@.attrs.mediaId == $id || @.attrs.src starts with $prefix))';

function bodyUses(column: AnyPgColumn, ref: MediaRef): SQL<boolean> {
  return sql<boolean>`jsonb_path_exists(${column}, ${IMAGE_IN_BODY}::jsonpath, jsonb_build_object('id', ${ref.id}::text, 'prefix', ${`/media/${ref.folder}/`}::text))`;
}

const htmlUses = (column: AnyPgColumn, ref: MediaRef) => like(column, `%/media/${ref.folder}/%`);

export type ReleaseUse = {
  releaseId: string;
  officeId: string;
  language: Locale;
  title: string;
  state: ReleaseState;
  /** Where the working copy shows the image, if it does. */
  draft: { hero: boolean; body: boolean } | null;
  /** Where the live publication shows it, if it does. */
  live: { hero: boolean; body: boolean; slug: string } | null;
};

export type PageUse = { id: string; language: Locale; path: string; title: string; state: PageState };

export type MediaUses = {
  releases: ReleaseUse[];
  pages: PageUse[];
  /** Saved versions of releases and pages that show the image: kept for history, so the image stays. */
  history: number;
};

export async function findMediaUses(executor: Executor, ref: MediaRef): Promise<MediaUses> {
  const [drafts, live, pageRows, [releaseHistory], [pageHistory]] = await Promise.all([
    executor
      .select({
        releaseId: releases.id,
        officeId: releases.officeId,
        language: releases.language,
        title: releases.title,
        state: releases.state,
        hero: sql<boolean>`coalesce(${releases.heroMediaId} = ${ref.id}, false)`,
        body: bodyUses(releases.body, ref),
      })
      .from(releases)
      .where(or(eq(releases.heroMediaId, ref.id), bodyUses(releases.body, ref))),
    executor
      .select({
        releaseId: releases.id,
        officeId: releases.officeId,
        language: releases.language,
        title: publications.title,
        state: releases.state,
        slug: publications.slug,
        hero: sql<boolean>`coalesce(${revisions.heroMediaId} = ${ref.id}, false)`,
        body: sql<boolean>`${bodyUses(revisions.body, ref)} or ${htmlUses(publications.bodyHtml, ref)}`,
      })
      .from(publications)
      .innerJoin(revisions, eq(revisions.id, publications.revisionId))
      .innerJoin(releases, eq(releases.id, publications.releaseId))
      .where(
        and(
          isNull(publications.withdrawnAt),
          or(eq(revisions.heroMediaId, ref.id), bodyUses(revisions.body, ref), htmlUses(publications.bodyHtml, ref)),
        ),
      ),
    executor
      .select({ id: pages.id, language: pages.language, path: pages.path, title: pages.title, state: pages.state })
      .from(pages)
      .where(or(bodyUses(pages.body, ref), htmlUses(pages.publishedHtml, ref)))
      .orderBy(pages.language, pages.path),
    executor
      .select({ n: count() })
      .from(revisions)
      .where(or(eq(revisions.heroMediaId, ref.id), bodyUses(revisions.body, ref))),
    executor.select({ n: count() }).from(pageRevisions).where(bodyUses(pageRevisions.body, ref)),
  ]);

  const byRelease = new Map<string, ReleaseUse>();
  for (const { hero, body, ...release } of drafts)
    byRelease.set(release.releaseId, { ...release, draft: { hero, body }, live: null });
  for (const { hero, body, slug, ...release } of live) {
    const known = byRelease.get(release.releaseId);
    byRelease.set(release.releaseId, { ...(known ?? { ...release, draft: null }), live: { hero, body, slug } });
  }
  return {
    releases: [...byRelease.values()].sort((a, b) => a.title.localeCompare(b.title)),
    pages: pageRows,
    history: (releaseHistory?.n ?? 0) + (pageHistory?.n ?? 0),
  };
}

/** The document with each library image pointing at its current files (an image replaced since keeps its media id). */
export async function withCurrentImageSources(executor: Executor, doc: RichTextDoc): Promise<RichTextDoc> {
  const ids = [...new Set(listImages(doc).flatMap((image) => (image.mediaId ? [image.mediaId] : [])))];
  if (ids.length === 0) return doc;
  const rows = await executor
    .select({ id: media.id, variants: media.variants })
    .from(media)
    .where(inArray(media.id, ids));
  const sources = new Map(rows.map((row) => [row.id, mediaUrl(pickVariant(row.variants).key)]));
  return withImageSources(doc, (attrs) => (typeof attrs.mediaId === 'string' ? sources.get(attrs.mediaId) : undefined));
}

/**
 * After an image's files changed (the media row already names the new ones), points everything
 * that shows it at the new files: working copies of releases and pages, live publications
 * (re-rendered from their revision) and published pages. Saved revisions stay as they were: they
 * keep the media id, and every render resolves it (withCurrentImageSources). Returns the portal
 * cache tags of what changed.
 */
export async function repointMediaUses(tx: Transaction, old: MediaRef, src: string): Promise<string[]> {
  const sourceOf = (attrs: Record<string, unknown>) =>
    attrs.mediaId === old.id || (typeof attrs.src === 'string' && attrs.src.startsWith(`/media/${old.folder}/`))
      ? src
      : undefined;
  const tags = new Set<string>();

  const drafts = await tx
    .select({ id: releases.id, body: releases.body })
    .from(releases)
    .where(bodyUses(releases.body, old));
  for (const draft of drafts)
    await tx
      .update(releases)
      .set({ body: withImageSources(draft.body, sourceOf) })
      .where(eq(releases.id, draft.id));

  const live = await tx
    .select({
      id: publications.id,
      language: publications.language,
      slug: publications.slug,
      body: revisions.body,
      heroMediaId: revisions.heroMediaId,
    })
    .from(publications)
    .innerJoin(revisions, eq(revisions.id, publications.revisionId))
    .where(
      and(
        isNull(publications.withdrawnAt),
        or(eq(revisions.heroMediaId, old.id), bodyUses(revisions.body, old), htmlUses(publications.bodyHtml, old)),
      ),
    );
  for (const publication of live) {
    const body = withImageSources(await withCurrentImageSources(tx, publication.body), sourceOf);
    const hero = await heroImageOf(tx, publication.heroMediaId, publication.language);
    await tx
      .update(publications)
      .set({ bodyHtml: renderRichTextHtml(body), hero })
      .where(eq(publications.id, publication.id));
    tags.add(CACHE_TAGS.publication(publication.language, publication.slug));
  }

  const pageRows = await tx
    .select({ id: pages.id, body: pages.body, publishedHtml: pages.publishedHtml, state: pages.state })
    .from(pages)
    .where(or(bodyUses(pages.body, old), htmlUses(pages.publishedHtml, old)));
  for (const page of pageRows) {
    await tx
      .update(pages)
      .set({
        body: withImageSources(page.body, sourceOf),
        publishedHtml: page.publishedHtml && withFolderReplaced(page.publishedHtml, old.folder, src),
      })
      .where(eq(pages.id, page.id));
    if (page.state === 'published') tags.add(CACHE_TAGS.pages);
  }
  return [...tags];
}

/** The live publications whose main image is this one: their hero snapshot carries its alt text and credit. */
export async function refreshLiveHeroes(tx: Transaction, mediaId: string): Promise<string[]> {
  const live = await tx
    .select({ id: publications.id, language: publications.language, slug: publications.slug })
    .from(publications)
    .innerJoin(revisions, eq(revisions.id, publications.revisionId))
    .where(and(isNull(publications.withdrawnAt), eq(revisions.heroMediaId, mediaId)));
  for (const publication of live) {
    await tx
      .update(publications)
      .set({ hero: await heroImageOf(tx, mediaId, publication.language) })
      .where(eq(publications.id, publication.id));
  }
  return live.map((publication) => CACHE_TAGS.publication(publication.language, publication.slug));
}
