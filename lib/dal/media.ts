import 'server-only';
import { and, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { db, type Transaction } from '@/db/client';
import { media, users, type MediaVariant } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { processImage, type MediaRefusal } from '@/lib/media/process';
import { mediaStorage, storeImageFiles } from '@/lib/media/storage';
import { mediaUrl, pickVariant, SHARE_IMAGE, type MediaItemDTO, type PickedImage } from '@/lib/media/types';
import { portalPaths } from '@/lib/portal/urls';
import { utcDayAfter, utcDayStart } from '@/lib/time/utc-days';
import type { MediaDeleteInput, MediaDetailsInput, MediaReplaceInput, MediaUploadInput } from '@/lib/validation/media';
import type { MediaLibraryFiltersInput } from '@/lib/validation/workspace-filters';
import { recordAudit } from './audit';
import { jobs } from './job-system';
import { sendPortalRefresh } from './jobs';
import { likePattern } from './like-pattern';
import { findMediaUses, folderOfKey, refreshLiveHeroes, repointMediaUses, type MediaUses } from './media-uses';
import { getCurrentUser, type CurrentUser } from './session';

export type MediaEditorDTO = MediaItemDTO & { variants: MediaVariant[] };
export type UploadMediaResult = { ok: true; image: PickedImage } | { ok: false; reason: MediaRefusal };

const selectItems = () =>
  db
    .select({
      id: media.id,
      storageKey: media.storageKey,
      variants: media.variants,
      originalName: media.originalName,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      width: media.width,
      height: media.height,
      uploadedBy: users.name,
      uploadedById: media.uploadedById,
      uploaderOfficeId: users.officeId,
      createdAt: media.createdAt,
    })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedById))
    .$dynamic();
type ItemRow = Awaited<ReturnType<typeof selectItems>>[number];

const widestLast = (variants: MediaVariant[]) => [...variants].sort((a, b) => a.width - b.width);

function toItem({
  storageKey,
  variants,
  credit,
  uploadedById: _uploader,
  uploaderOfficeId: _office,
  ...row
}: ItemRow): MediaItemDTO {
  return {
    ...row,
    credit: credit ?? '',
    src: mediaUrl(pickVariant(variants).key),
    thumbnailSrc: mediaUrl(widestLast(variants)[0]?.key ?? storageKey),
  };
}

/** Files of one image live under its upload's hash, so a key never names two different pictures. */
const actorOf = (user: CurrentUser) => ({ id: user.id, email: user.email });

/**
 * Stores an image any signed-in person uploads, and returns it ready to insert with the alt text
 * and credit given. The library is shared by the whole organisation, so the same picture uploaded
 * again (by anyone) is stored once: the existing image is returned, and gains the alt text of this
 * language if it had none. Files are written before the row; a row that fails leaves only files
 * named by their content, which the next upload of the same picture reuses.
 */
export async function uploadMedia(input: MediaUploadInput): Promise<UploadMediaResult> {
  const user = await getCurrentUser();
  return storeImage(user, new Uint8Array(await input.file.arrayBuffer()), {
    name: input.file.name,
    alt: input.alt,
    credit: input.credit,
    language: input.language,
  });
}

/**
 * Checks and stores an image's bytes for the person (see uploadMedia), or finds the same picture
 * already in the library. An empty `alt` stores none: the editor asks for it where the image is
 * used; a known picture then brings the alt text it already has in that language.
 */
export async function storeImage(
  user: CurrentUser,
  bytes: Uint8Array,
  input: { name: string; alt: string; credit: string; language: Locale; audit?: Record<string, unknown> },
): Promise<UploadMediaResult> {
  const processed = await processImage(bytes);
  if (!processed.ok) return processed;
  const { image } = processed;
  const picked = (row: {
    id: string;
    width: number;
    height: number;
    variants: MediaVariant[];
    alt: Partial<Record<Locale, string>>;
    credit: string | null;
  }): UploadMediaResult => ({
    ok: true,
    image: {
      mediaId: row.id,
      src: mediaUrl(pickVariant(row.variants).key),
      alt: input.alt || row.alt[input.language] || '',
      credit: input.credit || (input.alt ? '' : (row.credit ?? '')),
      width: row.width,
      height: row.height,
    },
  });

  const known = await findBySha256(image.sha256);
  if (known) {
    if (input.alt && !known.alt[input.language]) await addAlt(user, known.id, input.language, input.alt, input.credit);
    return picked(known);
  }

  const files = await storeImageFiles(image);
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(media)
      .values({
        ...files,
        originalName: input.name.slice(0, 255) || 'image',
        mimeType: image.mimeType,
        byteSize: bytes.byteLength,
        width: image.width,
        height: image.height,
        sha256: image.sha256,
        alt: input.alt ? { [input.language]: input.alt } : {},
        credit: input.credit || null,
        uploadedById: user.id,
      })
      .onConflictDoNothing({ target: media.storageKey })
      .returning();
    if (row) {
      await recordAudit(tx, {
        actor: actorOf(user),
        action: 'media.uploaded',
        subjectType: 'media',
        subjectId: row.id,
        data: {
          originalName: row.originalName,
          sha256: row.sha256,
          bytes: row.byteSize,
          width: row.width,
          height: row.height,
          ...input.audit,
        },
      });
    }
    return row;
  });
  // Another upload of the same picture won the race: this one is the same image.
  const row = created ?? (await findBySha256(image.sha256));
  if (!row) throw new Error(`Media ${image.sha256} was neither inserted nor found`);
  return picked(row);
}

async function findBySha256(sha256: string) {
  const [row] = await db.select().from(media).where(eq(media.sha256, sha256)).orderBy(media.createdAt).limit(1);
  return row;
}

async function addAlt(user: CurrentUser, id: string, language: Locale, alt: string, credit: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(media)
      .set({
        alt: sql`${media.alt} || ${JSON.stringify({ [language]: alt })}::jsonb`,
        credit: sql`coalesce(${media.credit}, ${credit || null})`,
      })
      .where(eq(media.id, id))
      .returning({ id: media.id });
    if (row)
      await recordAudit(tx, {
        actor: actorOf(user),
        action: 'media.alt_added',
        subjectType: 'media',
        subjectId: id,
        data: { language },
      });
  });
}

/** Images whose file name, credit or alt text in any language contains the text, ignoring case and accents. */
function textMatches(q: string): SQL {
  const altTexts = sql`(select string_agg(value, ' ') from jsonb_each_text(${media.alt}))`;
  return sql`unaccent(concat_ws(' ', ${media.originalName}, ${media.credit}, ${altTexts})) ilike unaccent(${likePattern(q)})`;
}

/** The newest images first, for any signed-in person; `q` searches names, alt text in every language and credits, ignoring accents. */
export async function listMedia({ q, limit }: { q?: string; limit: number }): Promise<MediaItemDTO[]> {
  await getCurrentUser();
  const rows = await selectItems()
    .where(q ? textMatches(q) : undefined)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
  return rows.map(toItem);
}

export const MEDIA_PAGE_SIZE = 24;
export type MediaLibraryPageDTO = { items: MediaItemDTO[]; total: number; page: number; pageCount: number };

/**
 * One page of the library, newest first, for any signed-in person: the library is shared by the
 * whole organisation. Filters: text (name, alt text in any language, credit), uploader (name or
 * e-mail), and an upload period in whole UTC days.
 */
export async function searchMediaLibrary(filters: MediaLibraryFiltersInput): Promise<MediaLibraryPageDTO> {
  await getCurrentUser();
  const where = and(
    filters.q ? textMatches(filters.q) : undefined,
    filters.uploader
      ? or(
          sql`unaccent(${users.name}) ilike unaccent(${likePattern(filters.uploader)})`,
          ilike(users.email, likePattern(filters.uploader)),
        )
      : undefined,
    filters.from ? gte(media.createdAt, utcDayStart(filters.from)) : undefined,
    filters.to ? lt(media.createdAt, utcDayAfter(filters.to)) : undefined,
  );
  const [counted] = await db
    .select({ total: count() })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedById))
    .where(where);
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const rows = await selectItems()
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(MEDIA_PAGE_SIZE)
    .offset((page - 1) * MEDIA_PAGE_SIZE);
  return { items: rows.map(toItem), total, page, pageCount };
}

/** The uploader, editors whose offices include the uploader's, and admins may change or delete an image. */
function mayManage(user: CurrentUser, image: { uploadedById: string; uploaderOfficeId: string }): boolean {
  if (user.role === 'admin' || image.uploadedById === user.id) return true;
  if (user.role !== 'editor') return false;
  return user.scope.kind === 'all' || user.scope.officeIds.includes(image.uploaderOfficeId);
}

export type ReleaseUseDTO = {
  releaseId: string;
  title: string;
  language: Locale;
  inDraft: { hero: boolean; body: boolean } | null;
  inLive: { hero: boolean; body: boolean } | null;
  /** The release in the workspace, when the person may open it. */
  workspaceHref: string | null;
  /** The public page, when the release is live. */
  publicHref: string | null;
};
export type PageUseDTO = {
  id: string;
  title: string;
  language: Locale;
  path: string;
  published: boolean;
  publicHref: string | null;
};

export type MediaDetailDTO = MediaEditorDTO & {
  mimeType: string;
  byteSize: number;
  canManage: boolean;
  uses: {
    releases: ReleaseUseDTO[];
    pages: PageUseDTO[];
    /** Uses in releases and pages the person may not open: counted, not named. */
    hidden: number;
    /** Saved versions (history) of releases and pages that show the image. */
    history: number;
  };
};

/**
 * Which uses a person may see: releases of their offices, releases live on the portal, and
 * published pages; admins also see draft pages. The rest is only counted.
 */
function visibleUses(user: CurrentUser, uses: MediaUses): MediaDetailDTO['uses'] {
  const inScope = (officeId: string) => user.scope.kind === 'all' || user.scope.officeIds.includes(officeId);
  const releases = uses.releases
    .filter((use) => inScope(use.officeId) || use.live)
    .map((use): ReleaseUseDTO => ({
      releaseId: use.releaseId,
      title: use.title,
      language: use.language,
      inDraft: inScope(use.officeId) ? use.draft : null,
      inLive: use.live && { hero: use.live.hero, body: use.live.body },
      workspaceHref: inScope(use.officeId) ? `/workspace/releases/${use.releaseId}` : null,
      publicHref: use.live && portalPaths.release(use.language, use.live.slug),
    }));
  const hiddenReleases = uses.releases.length - releases.length;
  const pages = uses.pages
    .filter((page) => user.role === 'admin' || page.state === 'published')
    .map((page): PageUseDTO => ({
      ...page,
      published: page.state === 'published',
      publicHref: page.state === 'published' ? portalPaths.page(page.language, page.path) : null,
    }));
  return { releases, pages, hidden: hiddenReleases + uses.pages.length - pages.length, history: uses.history };
}

/** One image of the library with where it is used, for any signed-in person; calls notFound() for an unknown id. Read once per request. */
export const getMediaDetail = cache(async (id: string): Promise<MediaDetailDTO> => {
  const user = await getCurrentUser();
  if (!z.uuid().safeParse(id).success) notFound();
  const [row] = await selectItems().where(eq(media.id, id));
  if (!row) notFound();
  const [[file], uses] = await Promise.all([
    db.select({ mimeType: media.mimeType, byteSize: media.byteSize }).from(media).where(eq(media.id, id)),
    findMediaUses(db, { id, folder: folderOfKey(row.storageKey) }),
  ]);
  return {
    ...toItem(row),
    ...file!,
    variants: widestLast(row.variants),
    canManage: mayManage(user, row),
    uses: visibleUses(user, uses),
  };
});

/** Locks an image the person may manage, or calls notFound(): missing and not theirs look the same. */
async function lockManageable(tx: Transaction, user: CurrentUser, id: string) {
  const [row] = await tx
    .select({ media, uploaderOfficeId: users.officeId })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedById))
    .where(eq(media.id, id))
    .for('update', { of: media });
  if (!row || !mayManage(user, { uploadedById: row.media.uploadedById, uploaderOfficeId: row.uploaderOfficeId }))
    notFound();
  return row.media;
}

/**
 * Whether the signed-in person may replace or edit this image: asked before an upload's body is
 * read, so that nobody else's file is even received. Missing and not theirs are both false.
 */
export async function mayManageMedia(mediaId: string): Promise<boolean> {
  const user = await getCurrentUser();
  if (!z.uuid().safeParse(mediaId).success) return false;
  const [row] = await db
    .select({ uploadedById: media.uploadedById, uploaderOfficeId: users.officeId })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedById))
    .where(eq(media.id, mediaId));
  return row !== undefined && mayManage(user, row);
}

export type MediaChangeResult = { ok: true; tags: string[] } | { ok: false; reason: 'in_use' };

/**
 * Sets an image's alt text in each language (an empty one is removed) and its credit. Bodies keep
 * the alt text and credit chosen where the image was inserted; the library's are the defaults for
 * new uses and what main images show, so live main images are refreshed.
 */
export async function updateMediaDetails(input: MediaDetailsInput): Promise<MediaChangeResult> {
  const user = await getCurrentUser();
  await jobs();
  return db.transaction(async (tx) => {
    const before = await lockManageable(tx, user, input.mediaId);
    const alt = Object.fromEntries(
      Object.entries({ fr: input.altFr, en: input.altEn, es: input.altEs }).filter(([, text]) => text !== ''),
    ) as Partial<Record<Locale, string>>;
    const caption = Object.fromEntries(
      Object.entries({ fr: input.captionFr, en: input.captionEn, es: input.captionEs }).filter(
        ([, text]) => text !== '',
      ),
    ) as Partial<Record<Locale, string>>;
    await tx
      .update(media)
      .set({ alt, caption, credit: input.credit || null, updatedAt: new Date() })
      .where(eq(media.id, before.id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'media.details_changed',
      subjectType: 'media',
      subjectId: before.id,
      data: {
        before: { alt: before.alt, caption: before.caption, credit: before.credit },
        after: { alt, caption, credit: input.credit || null },
      },
    });
    const tags = await refreshLiveHeroes(tx, before.id);
    await sendPortalRefresh(tx, tags);
    return { ok: true, tags } as const;
  });
}

export type ReplaceMediaResult = MediaChangeResult | { ok: false; reason: MediaRefusal | 'already_in_library' };

/**
 * Replaces an image's file, checked and processed like an upload. The new files get new storage
 * keys (their folder is named by the new content's hash), so no cached copy of the old files can
 * be served for them; everything that showed the image is pointed at the new files in the same
 * transaction, and the old files are removed afterwards. See docs/architecture.md, "Media".
 */
export async function replaceMediaFile(input: MediaReplaceInput): Promise<ReplaceMediaResult> {
  const user = await getCurrentUser();
  // Asked first, so that nobody else's file is even decoded.
  await db.transaction((tx) => lockManageable(tx, user, input.mediaId));
  const processed = await processImage(new Uint8Array(await input.file.arrayBuffer()));
  if (!processed.ok) return processed;
  const { image } = processed;
  if (await findBySha256(image.sha256)) return { ok: false, reason: 'already_in_library' };

  const files = await storeImageFiles(image);
  await jobs();
  const { tags, replaced } = await db.transaction(async (tx) => {
    const before = await lockManageable(tx, user, input.mediaId);
    await tx
      .update(media)
      .set({
        ...files,
        mimeType: image.mimeType,
        byteSize: input.file.size,
        width: image.width,
        height: image.height,
        sha256: image.sha256,
        updatedAt: new Date(),
      })
      .where(eq(media.id, before.id));
    const changed = await repointMediaUses(
      tx,
      { id: before.id, folder: folderOfKey(before.storageKey) },
      mediaUrl(pickVariant(files.variants).key),
    );
    changed.push(...(await refreshLiveHeroes(tx, before.id)));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'media.replaced',
      subjectType: 'media',
      subjectId: before.id,
      data: {
        before: { originalName: before.originalName, sha256: before.sha256 },
        after: { originalName: input.file.name.slice(0, 255), sha256: image.sha256 },
      },
    });
    const tags = [...new Set(changed)];
    await sendPortalRefresh(tx, tags);
    return { tags, replaced: before };
  });
  await removeFiles(replaced);
  return { ok: true, tags };
}

/**
 * Deletes an image nothing uses: no release (working copy, live version or saved version) and no
 * page. Its files are removed from storage after the row.
 */
export async function deleteMedia(input: MediaDeleteInput): Promise<MediaChangeResult> {
  const user = await getCurrentUser();
  const deleted = await db.transaction(async (tx) => {
    const row = await lockManageable(tx, user, input.mediaId);
    const uses = await findMediaUses(tx, { id: row.id, folder: folderOfKey(row.storageKey) });
    if (uses.releases.length + uses.pages.length + uses.history > 0) return undefined;
    await tx.delete(media).where(eq(media.id, row.id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'media.deleted',
      subjectType: 'media',
      subjectId: row.id,
      data: { originalName: row.originalName, sha256: row.sha256 },
    });
    return row;
  });
  if (!deleted) return { ok: false, reason: 'in_use' };
  await removeFiles(deleted);
  return { ok: true, tags: [] };
}

async function removeFiles(row: { storageKey: string; variants: MediaVariant[] }) {
  const storage = mediaStorage();
  const shareKey = `${folderOfKey(row.storageKey)}/${SHARE_IMAGE.name}`;
  await Promise.all(
    [row.storageKey, ...row.variants.map((variant) => variant.key), shareKey].map((key) => storage.remove(key)),
  );
}

/** One image with all its versions, for the editor; calls notFound() for an unknown id. */
export async function getMediaForEditor(id: string): Promise<MediaEditorDTO> {
  await getCurrentUser();
  if (!z.uuid().safeParse(id).success) notFound();
  const [row] = await selectItems().where(eq(media.id, id));
  if (!row) notFound();
  return { ...toItem(row), variants: widestLast(row.variants) };
}
