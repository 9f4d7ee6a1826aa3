import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, media, users } from '@/db/schema';
import { mediaStorage } from '@/lib/media/storage';
import { MediaUploadInput } from '@/lib/validation/media';
import { actAs } from '@/test/fake-auth';
import { uniquePhoto as photo, withTemporaryMediaDir } from '@/test/media';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { getMediaForEditor, listMedia, uploadMedia } from './media';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

withTemporaryMediaDir('communique-media-dal-');

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const upload = (file: File, fields: { alt?: string; credit?: string; language?: string } = {}) =>
  MediaUploadInput.parse({ file, alt: 'Women repair a water kiosk in Colón', credit: '', language: 'fr', ...fields });
const as = async (user: { id: string }) => actAs(await reloadUser(n.db, user.id));
const counts = async () => {
  const [[rows], [audits]] = await Promise.all([
    n.db.select({ n: count() }).from(media),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return { media: rows?.n, audit: audits?.n };
};
const catchDigest = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { digest?: string }) => String(error.digest),
  );

describe('uploading an image', () => {
  it('stores the files and a row for a writer, audited under the writer, and answers the image to insert', async () => {
    await as(n.people.panamaWriter);
    const result = await uploadMedia(
      upload(await photo('kiosk.jpg'), { alt: 'Un kiosque à eau à Colón', credit: 'Ana Pérez / Oficina de Panamá' }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.image).toMatchObject({
      alt: 'Un kiosque à eau à Colón',
      credit: 'Ana Pérez / Oficina de Panamá',
      width: 1200,
      height: 800,
    });
    expect(result.image.src).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\/w960\.webp$/);

    const [row] = await n.db.select().from(media).where(eq(media.id, result.image.mediaId));
    expect(row).toMatchObject({
      originalName: 'kiosk.jpg',
      mimeType: 'image/jpeg',
      uploadedById: n.people.panamaWriter.id,
      alt: { fr: 'Un kiosque à eau à Colón' },
      credit: 'Ana Pérez / Oficina de Panamá',
    });
    expect(row!.variants.map((variant) => variant.width)).toEqual([480, 960, 1200]);
    for (const key of [row!.storageKey, ...row!.variants.map((variant) => variant.key)])
      expect(await mediaStorage().read(key)).not.toBeNull();

    const audits = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, result.image.mediaId));
    expect(audits).toMatchObject([
      { action: 'media.uploaded', actorId: n.people.panamaWriter.id, subjectType: 'media' },
    ]);
  });

  it('stores the same picture once: a second upload returns the same image and adds the alt text of its language', async () => {
    await as(n.people.panamaWriter);
    const file = await photo('market.jpg');
    const first = await uploadMedia(upload(file, { alt: 'Le marché de Colón' }));
    await as(n.people.senegalWriter);
    const again = await uploadMedia(
      upload(new File([file], 'copy-of-market.jpg'), { alt: 'The market in Colón', language: 'en' }),
    );
    if (!first.ok || !again.ok) throw new Error('refused');
    expect(again.image.mediaId).toBe(first.image.mediaId);
    expect(again.image.alt).toBe('The market in Colón');
    const rows = await n.db.select().from(media).where(eq(media.id, first.image.mediaId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.alt).toEqual({ fr: 'Le marché de Colón', en: 'The market in Colón' });
    const audits = await n.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, first.image.mediaId));
    expect(audits.map((audit) => audit.action).sort()).toEqual(['media.alt_added', 'media.uploaded']);
  });

  it('refuses a file that is not a JPEG, PNG or WebP, storing and auditing nothing', async () => {
    await as(n.people.panamaWriter);
    const before = await counts();
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.png', { type: 'image/png' });
    expect(await uploadMedia(upload(svg))).toEqual({ ok: false, reason: 'unsupported_type' });
    expect(await counts()).toEqual(before);
  });

  it('sends an anonymous caller to sign in, storing and auditing nothing', async () => {
    actAs(null);
    const before = await counts();
    expect(await catchDigest(uploadMedia(upload(await photo('anonymous.jpg'))))).toMatch(/^NEXT_REDIRECT;.*\/login/);
    expect(await counts()).toEqual(before);
  });

  it('sends a writer whose sessions were ended to sign in, storing nothing', async () => {
    const session = await reloadUser(n.db, n.people.senegalWriter.id);
    await n.db
      .update(users)
      .set({ sessionVersion: session.sessionVersion + 1 })
      .where(eq(users.id, session.id));
    actAs(session);
    const before = await counts();
    expect(await catchDigest(uploadMedia(upload(await photo('revoked.jpg'))))).toMatch(/^NEXT_REDIRECT;.*\/login/);
    expect(await counts()).toEqual(before);
  });
});

describe('the media library', () => {
  let harbour: string;
  let school: string;
  beforeAll(async () => {
    await as(n.people.americasEditor);
    const first = await uploadMedia(
      upload(await photo('harbour-dawn.jpg'), { alt: 'Bateaux de pêche au port à l’aube', credit: 'Jorge Ruiz' }),
    );
    const second = await uploadMedia(
      upload(await photo('IMG_2041.jpg'), { alt: 'Élèves devant l’école rénovée', credit: 'Oficina de México' }),
    );
    if (!first.ok || !second.ok) throw new Error('refused');
    harbour = first.image.mediaId;
    school = second.image.mediaId;
  });

  it('lists the newest images first for any signed-in person, with who uploaded them', async () => {
    await as(n.people.senegalWriter);
    const items = await listMedia({ limit: 2 });
    expect(items.map((item) => item.id)).toEqual([school, harbour]);
    expect(items[0]).toMatchObject({
      originalName: 'IMG_2041.jpg',
      uploadedBy: 'americas.editor',
      credit: 'Oficina de México',
    });
    expect(items[0]!.thumbnailSrc).toMatch(/\/w480\.webp$/);
  });

  it('finds images by name, alt text and credit, ignoring case and accents', async () => {
    await as(n.people.panamaWriter);
    const ids = async (q: string) => (await listMedia({ q, limit: 48 })).map((item) => item.id);
    expect(await ids('HARBOUR')).toEqual([harbour]);
    expect(await ids('eleves')).toEqual([school]);
    expect(await ids('méxico')).toEqual([school]);
    expect(await ids('jorge ruiz')).toEqual([harbour]);
    expect(await ids('100%')).toEqual([]);
  });

  it('sends an anonymous caller to sign in', async () => {
    actAs(null);
    expect(await catchDigest(listMedia({ limit: 10 }))).toMatch(/^NEXT_REDIRECT;.*\/login/);
  });

  it('gives the editor one image with all its web versions, and a 404 for an unknown or malformed id', async () => {
    await as(n.people.senegalWriter);
    const image = await getMediaForEditor(harbour);
    expect(image.variants.map((variant) => variant.width)).toEqual([480, 960, 1200]);
    expect(image.src).toBe(`/media/${image.variants[1]!.key}`);
    expect(await catchDigest(getMediaForEditor(crypto.randomUUID()))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await catchDigest(getMediaForEditor('not-an-id'))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
