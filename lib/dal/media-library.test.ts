import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, media, pages, publications, releases } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { mediaStorage } from '@/lib/media/storage';
import { toPublicationValues } from '@/lib/publications/publication-values';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { MediaDetailsInput, MediaUploadInput } from '@/lib/validation/media';
import { MediaLibraryFiltersInput } from '@/lib/validation/workspace-filters';
import { actAs } from '@/test/fake-auth';
import { uniquePhoto as photo, withTemporaryMediaDir } from '@/test/media';
import { insertRelease, insertRevision } from '@/test/fixtures';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { heroImageOf } from './hero-image';
import {
  deleteMedia,
  getMediaDetail,
  MEDIA_PAGE_SIZE,
  replaceMediaFile,
  searchMediaLibrary,
  updateMediaDetails,
  uploadMedia,
} from './media';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

withTemporaryMediaDir('communique-media-library-');

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const as = async (user: { id: string }) => actAs(await reloadUser(n.db, user.id));
const catchDigest = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { digest?: string }) => String(error.digest),
  );
const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';

async function uploadAs(user: { id: string }, name: string, alt = 'Une coopérative de pêcheurs à Colón', credit = '') {
  await as(user);
  const result = await uploadMedia(MediaUploadInput.parse({ file: await photo(name), alt, credit, language: 'fr' }));
  if (!result.ok) throw new Error(result.reason);
  return result.image;
}
const mediaRow = async (id: string) => (await n.db.select().from(media).where(eq(media.id, id)))[0];
const filesOf = (row: { storageKey: string; variants: { key: string }[] }) => [
  row.storageKey,
  ...row.variants.map((variant) => variant.key),
];
const bodyWith = (image: { mediaId: string; src: string }): RichTextDoc => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Les pêcheurs partagent une chambre froide.' }] },
    {
      type: 'image',
      attrs: { src: image.src, alt: 'La chambre froide', credit: 'Bureau de Panama', mediaId: image.mediaId },
    },
  ],
});

/** A Panama release, live on the portal with the image as its main image. */
async function publishedWithHero(mediaId: string, title: string) {
  const release = await insertRelease(
    n.db,
    { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
    { title, heroMediaId: mediaId, language: 'fr' },
  );
  const revision = await insertRevision(n.db, release);
  await n.db
    .update(releases)
    .set({ state: 'published', liveRevisionId: revision.id })
    .where(eq(releases.id, release.id));
  const values = toPublicationValues({
    release,
    revision,
    office: {
      id: n.offices.panama.id,
      code: n.offices.panama.code,
      names: n.offices.panama.names,
      regionCode: 'americas',
    },
    topicSlugs: [],
    hero: await heroImageOf(n.db, mediaId, 'fr'),
    publishedAt: new Date(),
    revisedAt: null,
  });
  await n.db.insert(publications).values(values);
  return release;
}

async function publishedPage(image: { mediaId: string; src: string }, pagePath: string) {
  const body = bodyWith(image);
  const [page] = await n.db
    .insert(pages)
    .values({
      language: 'fr',
      path: pagePath,
      title: 'Nos partenaires',
      state: 'published',
      body,
      publishedTitle: 'Nos partenaires',
      publishedHtml: renderRichTextHtml(body),
      publishedAt: new Date(),
    })
    .returning();
  return page!;
}

async function everything() {
  const [mediaRows, releaseRows, publicationRows, pageRows, [audits]] = await Promise.all([
    n.db.select().from(media).orderBy(asc(media.id)),
    n.db
      .select({ id: releases.id, body: releases.body, version: releases.version })
      .from(releases)
      .orderBy(asc(releases.id)),
    n.db
      .select({ id: publications.id, bodyHtml: publications.bodyHtml, hero: publications.hero })
      .from(publications)
      .orderBy(asc(publications.id)),
    n.db
      .select({ id: pages.id, body: pages.body, publishedHtml: pages.publishedHtml })
      .from(pages)
      .orderBy(asc(pages.id)),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return { mediaRows, releaseRows, publicationRows, pageRows, audits: audits?.n };
}

/** The people who may not change an image a Panama writer uploaded, and what each call answers them. */
const OUTSIDERS = [
  ['a writer of another office', () => n.people.senegalWriter, NOT_FOUND],
  ['an editor of another region', () => n.people.westAfricaEditor, NOT_FOUND],
  ['an anonymous caller', () => null, 'login'],
] as const;
async function callAs(who: { id: string } | null, call: () => Promise<unknown>) {
  if (who) await as(who);
  else actAs(null);
  const digest = await catchDigest(call());
  return digest.startsWith('NEXT_REDIRECT') && digest.includes('/login') ? 'login' : digest;
}

describe('searching the library', () => {
  const marker = `lib-${crypto.randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    // Rows only: the search reads the table, never the files.
    const rows = Array.from({ length: MEDIA_PAGE_SIZE + 1 }, (_, index) => ({
      storageKey: `zz/${marker}-${index}/original.jpg`,
      variants: [{ width: 480, height: 320, key: `zz/${marker}-${index}/w480.webp`, bytes: 100 }],
      originalName: `${marker}-${index}.jpg`,
      mimeType: 'image/jpeg' as const,
      byteSize: 1000,
      width: 480,
      height: 320,
      sha256: `${marker}-${index}`,
      alt: index === 0 ? { es: 'Niñas en la escuela de Darién' } : { fr: 'Un port' },
      credit: index === 1 ? 'Jorge Ruiz' : null,
      uploadedById: index < 2 ? n.people.americasEditor.id : n.people.panamaWriter.id,
      createdAt: index === 2 ? new Date('2024-03-15T10:00:00Z') : new Date(),
    }));
    await n.db.insert(media).values(rows);
  });
  const search = (query: Record<string, string>) => searchMediaLibrary(MediaLibraryFiltersInput.parse(query));
  const names = async (query: Record<string, string>) => (await search(query)).items.map((item) => item.originalName);

  it('finds images by alt text in any language, ignoring accents, and by credit', async () => {
    await as(n.people.senegalWriter);
    expect(await names({ q: 'ninas en la escuela de darien' })).toEqual([`${marker}-0.jpg`]);
    expect(await names({ q: 'jorge ruiz' })).toEqual([`${marker}-1.jpg`]);
  });

  it('finds images by uploader and by upload period, and says when nothing matches', async () => {
    await as(n.people.panamaWriter);
    expect((await names({ q: marker, uploader: 'americas.EDITOR' })).sort()).toEqual([
      `${marker}-0.jpg`,
      `${marker}-1.jpg`,
    ]);
    expect(await names({ q: marker, from: '2024-03-15', to: '2024-03-15' })).toEqual([`${marker}-2.jpg`]);
    expect(await names({ q: marker, from: '2024-03-16', to: '2024-03-31' })).toEqual([]);
    expect(await search({ q: 'nothing-is-called-this' })).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it('pages the results, newest first, and keeps a page beyond the last on the last', async () => {
    await as(n.people.panamaWriter);
    const first = await search({ q: marker });
    expect({ total: first.total, pageCount: first.pageCount, shown: first.items.length }).toEqual({
      total: MEDIA_PAGE_SIZE + 1,
      pageCount: 2,
      shown: MEDIA_PAGE_SIZE,
    });
    const last = await search({ q: marker, page: '9' });
    expect(last.page).toBe(2);
    expect(last.items.map((item) => item.originalName)).toEqual([`${marker}-2.jpg`]);
  });

  it('sends an anonymous caller to sign in', async () => {
    expect(await callAs(null, () => search({}))).toBe('login');
  });
});

describe('where an image is used', () => {
  let image: { mediaId: string; src: string };
  let draftId: string;
  let publishedId: string;
  beforeAll(async () => {
    image = await uploadAs(n.people.panamaWriter, 'cold-store.jpg');
    draftId = (
      await insertRelease(
        n.db,
        { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
        { title: 'Une chambre froide partagée', body: bodyWith(image) },
      )
    ).id;
    publishedId = (await publishedWithHero(image.mediaId, 'Le port de Colón rouvre')).id;
    await n.db
      .insert(pages)
      .values({ language: 'en', path: 'draft-partners', title: 'Partners (draft)', body: bodyWith(image) });
    await publishedPage(image, 'partenaires-peche');
  });

  it('shows a Panama writer the releases and pages that use it, with links, and where in them', async () => {
    await as(n.people.panamaWriter);
    const { uses, canManage } = await getMediaDetail(image.mediaId);
    expect(canManage).toBe(true);
    expect(uses.releases).toEqual([
      {
        releaseId: publishedId,
        title: 'Le port de Colón rouvre',
        language: 'fr',
        inDraft: { hero: true, body: false },
        inLive: { hero: true, body: false },
        workspaceHref: `/workspace/releases/${publishedId}`,
        publicHref: expect.stringMatching(/^\/fr\/news\/release-/),
      },
      {
        releaseId: draftId,
        title: 'Une chambre froide partagée',
        language: 'fr',
        inDraft: { hero: false, body: true },
        inLive: null,
        workspaceHref: `/workspace/releases/${draftId}`,
        publicHref: null,
      },
    ]);
    expect(uses.pages).toEqual([
      expect.objectContaining({ path: 'partenaires-peche', published: true, publicHref: '/fr/partenaires-peche' }),
    ]);
    expect(uses.hidden).toBe(1);
    expect(uses.history).toBe(1);
  });

  it('shows a writer of another office only what is public, counting the rest, and lets them change nothing', async () => {
    await as(n.people.senegalWriter);
    const { uses, canManage } = await getMediaDetail(image.mediaId);
    expect(canManage).toBe(false);
    expect(uses.releases).toEqual([
      expect.objectContaining({
        releaseId: publishedId,
        inDraft: null,
        workspaceHref: null,
        publicHref: expect.stringMatching(/^\/fr\/news\//),
      }),
    ]);
    expect(uses.pages.map((page) => page.path)).toEqual(['partenaires-peche']);
    expect(uses.hidden).toBe(2);
  });

  it('shows an admin draft pages too, and lets the regional editor of the uploader manage the image', async () => {
    await as(n.people.admin);
    expect((await getMediaDetail(image.mediaId)).uses.pages.map((page) => page.path).sort()).toEqual([
      'draft-partners',
      'partenaires-peche',
    ]);
    await as(n.people.americasEditor);
    expect((await getMediaDetail(image.mediaId)).canManage).toBe(true);
  });

  it('answers 404 for an unknown or malformed id, and sends an anonymous caller to sign in', async () => {
    await as(n.people.panamaWriter);
    expect(await catchDigest(getMediaDetail(crypto.randomUUID()))).toBe(NOT_FOUND);
    expect(await catchDigest(getMediaDetail('42'))).toBe(NOT_FOUND);
    expect(await callAs(null, () => getMediaDetail(image.mediaId))).toBe('login');
  });
});

describe('editing alt text and credit', () => {
  let image: { mediaId: string; src: string };
  let release: { slug: string };
  beforeAll(async () => {
    image = await uploadAs(n.people.panamaWriter, 'solar-roof.jpg', 'Un toit solaire');
    release = await publishedWithHero(image.mediaId, 'Un toit solaire pour la chambre froide');
  });
  const details = (fields: Partial<MediaDetailsInput> = {}) =>
    MediaDetailsInput.parse({
      mediaId: image.mediaId,
      altFr: 'Un toit solaire sur la chambre froide',
      altEn: 'A solar roof on the cold store',
      altEs: '',
      credit: 'Ana Pérez',
      ...fields,
    });

  it('sets the alt text of each language and the credit for the uploader, audited, refreshing the live main image', async () => {
    await as(n.people.panamaWriter);
    const result = await updateMediaDetails(details());
    expect(result).toEqual({ ok: true, tags: [CACHE_TAGS.publication('fr', release.slug)] });
    expect(await mediaRow(image.mediaId)).toMatchObject({
      alt: { fr: 'Un toit solaire sur la chambre froide', en: 'A solar roof on the cold store' },
      credit: 'Ana Pérez',
    });
    const [live] = await n.db
      .select({ hero: publications.hero })
      .from(publications)
      .where(eq(publications.slug, release.slug));
    expect(live!.hero).toMatchObject({ alt: 'Un toit solaire sur la chambre froide', credit: 'Ana Pérez' });
    const [audit] = await n.db.select().from(auditLog).where(eq(auditLog.action, 'media.details_changed'));
    expect(audit).toMatchObject({
      actorId: n.people.panamaWriter.id,
      subjectId: image.mediaId,
      data: { after: { credit: 'Ana Pérez' } },
    });
  });

  it('lets the regional editor of the uploader and an admin edit, and removes the text of a language left empty', async () => {
    await as(n.people.americasEditor);
    expect((await updateMediaDetails(details({ altEn: '' }))).ok).toBe(true);
    expect((await mediaRow(image.mediaId))!.alt).toEqual({ fr: 'Un toit solaire sur la chambre froide' });
    await as(n.people.admin);
    expect((await updateMediaDetails(details({ credit: '' }))).ok).toBe(true);
    expect((await mediaRow(image.mediaId))!.credit).toBeNull();
  });

  it('shares one schema with the form: refuses an alt text over 500 characters and a credit over 300', () => {
    const parsed = MediaDetailsInput.safeParse({
      mediaId: image.mediaId,
      altEs: 'x'.repeat(501),
      credit: 'y'.repeat(301),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).sort()).toEqual(['alt_too_long', 'credit_too_long']);
  });

  it.each(OUTSIDERS)('refuses %s, changing nothing', async (_who, person, outcome) => {
    const before = await everything();
    expect(await callAs(person(), () => updateMediaDetails(details({ altFr: 'Changé par un intrus' })))).toBe(outcome);
    expect(await everything()).toEqual(before);
  });
});

describe('replacing the file', () => {
  let image: { mediaId: string; src: string };
  let release: { id: string; slug: string };
  let draftId: string;
  beforeAll(async () => {
    image = await uploadAs(n.people.panamaWriter, 'old-harbour.jpg', 'Le vieux port');
    release = await publishedWithHero(image.mediaId, 'Le vieux port change de visage');
    draftId = (
      await insertRelease(
        n.db,
        { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
        { title: 'Le quai', body: bodyWith(image) },
      )
    ).id;
    await publishedPage(image, 'le-port');
  });

  it.each(OUTSIDERS)('refuses %s, changing nothing', async (_who, person, outcome) => {
    const file = await photo('intruder.jpg');
    const before = await everything();
    expect(await callAs(person(), () => replaceMediaFile({ mediaId: image.mediaId, file }))).toBe(outcome);
    expect(await everything()).toEqual(before);
  });

  it('refuses a file that is not an image, as an upload would, changing nothing', async () => {
    await as(n.people.panamaWriter);
    const before = await everything();
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'new.png', { type: 'image/png' });
    expect(await replaceMediaFile({ mediaId: image.mediaId, file: svg })).toEqual({
      ok: false,
      reason: 'unsupported_type',
    });
    expect(await everything()).toEqual(before);
  });

  it('stores the new file under new keys, points releases, publications and pages at it, removes the old files and names the portal pages to refresh', async () => {
    await as(n.people.panamaWriter);
    const old = (await mediaRow(image.mediaId))!;
    const result = await replaceMediaFile({ mediaId: image.mediaId, file: await photo('new-harbour.jpg', 800, 600) });
    expect(result).toEqual({
      ok: true,
      tags: expect.arrayContaining([CACHE_TAGS.publication('fr', release.slug), CACHE_TAGS.pages]),
    });
    if (!result.ok) return;
    expect(result.tags).toHaveLength(2);

    const now = (await mediaRow(image.mediaId))!;
    expect({ width: now.width, height: now.height, alt: now.alt }).toEqual({ width: 800, height: 600, alt: old.alt });
    expect(now.storageKey).not.toBe(old.storageKey);
    for (const key of filesOf(old)) expect(await mediaStorage().read(key)).toBeNull();
    for (const key of filesOf(now)) expect(await mediaStorage().read(key)).not.toBeNull();

    const newSrc = `/media/${now.variants.at(-1)!.key}`;
    const [draft] = await n.db.select({ body: releases.body }).from(releases).where(eq(releases.id, draftId));
    expect(draft!.body.content[1]!.attrs).toMatchObject({
      src: newSrc,
      mediaId: image.mediaId,
      alt: 'La chambre froide',
    });
    const [live] = await n.db
      .select({ hero: publications.hero })
      .from(publications)
      .where(eq(publications.releaseId, release.id));
    expect(live!.hero).toMatchObject({ src: newSrc, width: 800, height: 600 });
    const [page] = await n.db
      .select({ body: pages.body, publishedHtml: pages.publishedHtml })
      .from(pages)
      .where(eq(pages.path, 'le-port'));
    expect(page!.body.content[1]!.attrs!.src).toBe(newSrc);
    expect(page!.publishedHtml).toContain(`src="${newSrc}"`);
    expect(page!.publishedHtml).not.toContain(old.sha256);

    const [audit] = await n.db.select().from(auditLog).where(eq(auditLog.action, 'media.replaced'));
    expect(audit).toMatchObject({ actorId: n.people.panamaWriter.id, subjectId: image.mediaId });
  });

  it('refuses a picture that is already in the library as another image', async () => {
    const file = await photo('twin.jpg');
    await as(n.people.panamaWriter);
    const first = await uploadMedia(
      MediaUploadInput.parse({ file, alt: 'Un filet de pêche', credit: '', language: 'fr' }),
    );
    const other = await uploadAs(n.people.panamaWriter, 'other.jpg');
    expect(first.ok).toBe(true);
    const before = await everything();
    expect(await replaceMediaFile({ mediaId: other.mediaId, file })).toEqual({
      ok: false,
      reason: 'already_in_library',
    });
    expect(await everything()).toEqual(before);
  });
});

describe('deleting an image', () => {
  it('refuses while a release text, a main image or a page uses it, keeping row and files', async () => {
    const inBody = await uploadAs(n.people.panamaWriter, 'in-body.jpg');
    await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { body: bodyWith(inBody) },
    );
    const asHero = await uploadAs(n.people.panamaWriter, 'as-hero.jpg');
    await publishedWithHero(asHero.mediaId, 'Une image principale');
    const inPage = await uploadAs(n.people.panamaWriter, 'in-page.jpg');
    await publishedPage(inPage, 'page-avec-image');
    await as(n.people.panamaWriter);
    for (const image of [inBody, asHero, inPage]) {
      const before = await everything();
      expect(await deleteMedia({ mediaId: image.mediaId })).toEqual({ ok: false, reason: 'in_use' });
      expect(await everything()).toEqual(before);
      for (const key of filesOf((await mediaRow(image.mediaId))!))
        expect(await mediaStorage().read(key)).not.toBeNull();
    }
  });

  it.each(OUTSIDERS)('refuses %s, even for an unused image, changing nothing', async (_who, person, outcome) => {
    const image = await uploadAs(n.people.panamaWriter, `unused-${outcome}.jpg`);
    const before = await everything();
    expect(await callAs(person(), () => deleteMedia({ mediaId: image.mediaId }))).toBe(outcome);
    expect(await everything()).toEqual(before);
  });

  it('deletes an image nothing uses, with its files, audited', async () => {
    const image = await uploadAs(n.people.panamaWriter, 'unused.jpg');
    const row = (await mediaRow(image.mediaId))!;
    await as(n.people.americasEditor);
    expect(await deleteMedia({ mediaId: image.mediaId })).toEqual({ ok: true, tags: [] });
    expect(await mediaRow(image.mediaId)).toBeUndefined();
    for (const key of filesOf(row)) expect(await mediaStorage().read(key)).toBeNull();
    const [audit] = await n.db.select().from(auditLog).where(eq(auditLog.action, 'media.deleted'));
    expect(audit).toMatchObject({ actorId: n.people.americasEditor.id, subjectId: image.mediaId });
  });
});
