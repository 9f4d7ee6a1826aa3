import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { media, users, type MediaVariant } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { processImage, type MediaRefusal, type ProcessedImage } from '@/lib/media/process';
import { mediaStorage } from '@/lib/media/storage';
import { mediaUrl, pickVariant, type MediaItemDTO, type PickedImage } from '@/lib/media/types';
import type { MediaUploadInput } from '@/lib/validation/media';
import { recordAudit } from './audit';
import { likePattern } from './like-pattern';
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
      credit: media.credit,
      width: media.width,
      height: media.height,
      uploadedBy: users.name,
      createdAt: media.createdAt,
    })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedById))
    .$dynamic();
type ItemRow = Awaited<ReturnType<typeof selectItems>>[number];

const widestLast = (variants: MediaVariant[]) => [...variants].sort((a, b) => a.width - b.width);

function toItem({ storageKey, variants, credit, ...row }: ItemRow): MediaItemDTO {
  return { ...row, credit: credit ?? '', src: mediaUrl(pickVariant(variants).key), thumbnailSrc: mediaUrl(widestLast(variants)[0]?.key ?? storageKey) };
}

/** Files of one image live under its upload's hash, so a key never names two different pictures. */
const folderOf = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;

async function storeFiles(image: ProcessedImage) {
  const storage = mediaStorage();
  const folder = folderOf(image.sha256);
  const files = [image.original, ...image.variants];
  await Promise.all(files.map((file) => storage.put(`${folder}/${file.name}`, file.bytes, file.contentType)));
  return {
    storageKey: `${folder}/${image.original.name}`,
    variants: image.variants.map((variant): MediaVariant => ({ width: variant.width, height: variant.height, key: `${folder}/${variant.name}`, bytes: variant.bytes.byteLength })),
  };
}

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
  const processed = await processImage(new Uint8Array(await input.file.arrayBuffer()));
  if (!processed.ok) return processed;
  const { image } = processed;
  const picked = (row: { id: string; width: number; height: number; variants: MediaVariant[] }): UploadMediaResult => ({
    ok: true,
    image: { mediaId: row.id, src: mediaUrl(pickVariant(row.variants).key), alt: input.alt, credit: input.credit, width: row.width, height: row.height },
  });

  const known = await findBySha256(image.sha256);
  if (known) {
    if (!known.alt[input.language]) await addAlt(user, known.id, input.language, input.alt, input.credit);
    return picked(known);
  }

  const files = await storeFiles(image);
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(media)
      .values({
        ...files,
        originalName: input.file.name.slice(0, 255) || 'image',
        mimeType: image.mimeType,
        byteSize: input.file.size,
        width: image.width,
        height: image.height,
        sha256: image.sha256,
        alt: { [input.language]: input.alt },
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
        data: { originalName: row.originalName, sha256: row.sha256, bytes: row.byteSize, width: row.width, height: row.height },
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
      .set({ alt: sql`${media.alt} || ${JSON.stringify({ [language]: alt })}::jsonb`, credit: sql`coalesce(${media.credit}, ${credit || null})` })
      .where(eq(media.id, id))
      .returning({ id: media.id });
    if (row) await recordAudit(tx, { actor: actorOf(user), action: 'media.alt_added', subjectType: 'media', subjectId: id, data: { language } });
  });
}

/** The newest images first, for any signed-in person; `q` searches names, alt text in every language and credits, ignoring accents. */
export async function listMedia({ q, limit }: { q?: string; limit: number }): Promise<MediaItemDTO[]> {
  await getCurrentUser();
  const altTexts = sql`(select string_agg(value, ' ') from jsonb_each_text(${media.alt}))`;
  const rows = await selectItems()
    .where(q ? sql`unaccent(concat_ws(' ', ${media.originalName}, ${media.credit}, ${altTexts})) ilike unaccent(${likePattern(q)})` : undefined)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
  return rows.map(toItem);
}

/** One image with all its versions, for the editor; calls notFound() for an unknown id. */
export async function getMediaForEditor(id: string): Promise<MediaEditorDTO> {
  await getCurrentUser();
  if (!z.uuid().safeParse(id).success) notFound();
  const [row] = await selectItems().where(eq(media.id, id));
  if (!row) notFound();
  return { ...toItem(row), variants: widestLast(row.variants) };
}
