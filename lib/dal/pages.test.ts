import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, menuItems, menus, pageRedirects, pageRevisions, pages } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { PUT as savePageDraftRoute } from '@/app/api/pages/[id]/draft/route';
import { listMenusForAdmin } from './menu-admin';
import { listMenu } from './menus';
import {
  createPage,
  createPageTranslation,
  getPageForEdit,
  listPagesForAdmin,
  publishPage,
  renamePage,
  restorePageRevision,
  savePageDraft,
  savePageVersion,
  unpublishPage,
} from './pages';
import { getPageView } from './public-pages';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
// Outside Next there is no data cache: the portal's reads run straight through.
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const as = async (person: { id: string } | null) => actAs(person ? await reloadUser(n.db, person.id) : null);
const body = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
let sequence = 0;
const unique = (base: string) => `${base}-${++sequence}`;

async function newPage(language: 'fr' | 'en' | 'es' = 'fr', path = unique('qui-sommes-nous')) {
  await as(n.people.admin);
  const result = await createPage({ language, title: `Page ${path}`, path });
  if (!result.ok) throw new Error(result.reason);
  return { id: result.id, path };
}

const rowOf = async (id: string) => (await n.db.select().from(pages).where(eq(pages.id, id)))[0]!;

async function publishedPage(language: 'fr' | 'en' | 'es' = 'fr') {
  const page = await newPage(language);
  await savePageDraft(
    page.id,
    { title: 'Qui sommes-nous', summary: 'Notre mission.', body: body('Une organisation au service des régions.') },
    1,
  );
  const result = await publishPage({ pageId: page.id });
  expect(result.ok).toBe(true);
  return page;
}

describe('creating a page', () => {
  it('refuses a path another page of the same language already has, saving nothing', async () => {
    const first = await newPage('fr');
    const before = await n.db.select({ n: count() }).from(pages);
    expect(await createPage({ language: 'fr', title: 'Doublon', path: first.path })).toEqual({
      ok: false,
      reason: 'path_taken',
    });
    expect(await n.db.select({ n: count() }).from(pages)).toEqual(before);
  });

  it('accepts the same path in another language, touching no portal cache', async () => {
    const first = await newPage('fr');
    expect(await createPage({ language: 'en', title: 'Who we are', path: first.path })).toMatchObject({
      ok: true,
      tags: [],
    });
  });

  it('puts a child page below its parent’s path, and refuses a parent in another language', async () => {
    const parent = await newPage('fr');
    const child = await createPage({ language: 'fr', title: 'Structure', path: 'structure', parentId: parent.id });
    expect(child.ok && (await rowOf(child.id)).path).toBe(`${parent.path}/structure`);
    expect(await createPage({ language: 'en', title: 'Structure', path: 'structure', parentId: parent.id })).toEqual({
      ok: false,
      reason: 'invalid_parent',
    });
  });

  it('lists pages filtered by language, state and title', async () => {
    const page = await newPage('es');
    const found = await listPagesForAdmin({ language: 'es', state: 'draft', q: page.path });
    expect(found.map((row) => row.id)).toEqual([page.id]);
    expect(await listPagesForAdmin({ language: 'fr', q: page.path })).toEqual([]);
  });
});

describe('saving a draft', () => {
  it('refuses a save from a stale version and hands back what the server holds', async () => {
    const page = await newPage();
    expect((await savePageDraft(page.id, { title: 'Premier', summary: '', body: body('Un.') }, 1)).ok).toBe(true);
    const stale = await savePageDraft(page.id, { title: 'Second', summary: '', body: body('Deux.') }, 1);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2, title: 'Premier' } });
    expect((await rowOf(page.id)).title).toBe('Premier');
  });

  it('says in a conflict whether the version was saved by the person themselves or by someone else', async () => {
    const page = await newPage();
    await savePageDraft(page.id, { title: 'Premier', summary: '', body: body('Un.') }, 1);
    expect(await savePageDraft(page.id, { title: 'Second', summary: '', body: body('Deux.') }, 1)).toMatchObject({
      current: { lastEditedByYou: true },
    });
    await as(n.people.hqEditor);
    expect(await savePageDraft(page.id, { title: 'Troisième', summary: '', body: body('Trois.') }, 1)).toMatchObject({
      current: { lastEditedByYou: false, lastEditedByName: n.people.admin.name },
    });
  });

  it('answers a stale autosave through the route with 409', async () => {
    const page = await newPage();
    await as(n.people.hqEditor);
    const save = (title: string) =>
      savePageDraftRoute(
        new Request(`http://localhost/api/pages/${page.id}/draft`, {
          method: 'PUT',
          headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
          body: JSON.stringify({ expectedVersion: 1, draft: { title, summary: '', body: body('Texte.') } }),
        }),
        { params: Promise.resolve({ id: page.id }) },
      );
    expect((await save('Première')).status).toBe(200);
    expect((await save('Seconde')).status).toBe(409);
    expect((await rowOf(page.id)).title).toBe('Première');
  });

  it('does not change what the portal shows of a published page', async () => {
    const page = await publishedPage();
    const version = (await rowOf(page.id)).version;
    await savePageDraft(page.id, { title: 'Brouillon en cours', summary: '', body: body('Pas encore.') }, version);
    const view = await getPageView('fr', page.path);
    expect(view.state === 'live' && view.page.title).toBe('Qui sommes-nous');
  });
});

describe('publishing and unpublishing', () => {
  it('renders the body through the allowlist into the published copy and keeps a revision', async () => {
    const page = await newPage();
    const unsafe = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Écrire', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    } as RichTextDoc;
    await n.db.update(pages).set({ title: 'Contacts', body: unsafe }).where(eq(pages.id, page.id));
    const result = await publishPage({ pageId: page.id });
    expect(result).toEqual({ ok: true, tags: [CACHE_TAGS.pages, CACHE_TAGS.sitemap] });
    const row = await rowOf(page.id);
    expect(row).toMatchObject({ state: 'published', publishedTitle: 'Contacts' });
    expect(row.publishedHtml).toContain('Écrire');
    expect(row.publishedHtml).not.toContain('javascript');
    expect(
      await n.db.select({ number: pageRevisions.number }).from(pageRevisions).where(eq(pageRevisions.pageId, page.id)),
    ).toEqual([{ number: 1 }]);
    expect(await getPageView('fr', page.path)).toMatchObject({ state: 'live' });
  });

  it('refuses to publish a page without a title', async () => {
    const page = await newPage();
    await n.db.update(pages).set({ title: ' ' }).where(eq(pages.id, page.id));
    expect(await publishPage({ pageId: page.id })).toEqual({ ok: false, reason: 'needs_title' });
    expect((await rowOf(page.id)).state).toBe('draft');
  });

  it('makes the portal answer gone after unpublishing, and hides a menu entry pointing at the page, flagged in the menu editor', async () => {
    const page = await publishedPage();
    const [menu] = await n.db.insert(menus).values({ key: 'header' }).onConflictDoNothing().returning();
    const menuId = menu?.id ?? (await n.db.select({ id: menus.id }).from(menus).where(eq(menus.key, 'header')))[0]!.id;
    const [item] = await n.db
      .insert(menuItems)
      .values({
        menuId,
        position: 99,
        labels: { fr: 'Qui', en: 'Who', es: 'Quién' },
        targetKind: 'page',
        pageId: page.id,
      })
      .returning();
    expect((await listMenu('header', 'fr')).map((entry) => entry.id)).toContain(item!.id);

    const result = await unpublishPage({ pageId: page.id });
    expect(result).toEqual({ ok: true, tags: [CACHE_TAGS.pages, CACHE_TAGS.sitemap, CACHE_TAGS.menus] });
    expect(await getPageView('fr', page.path)).toEqual({ state: 'gone', title: 'Qui sommes-nous' });
    expect((await listMenu('header', 'fr')).map((entry) => entry.id)).not.toContain(item!.id);
    const flagged = (await listMenusForAdmin()).flatMap((entry) => entry.items).find((entry) => entry.id === item!.id);
    expect(flagged?.unpublishedIn).toEqual(['fr', 'en', 'es']);
    expect(await unpublishPage({ pageId: page.id })).toEqual({ ok: false, reason: 'not_live' });
    await n.db.delete(menuItems).where(eq(menuItems.id, item!.id));
  });

  it('answers 404 for a path no page ever had, with nothing to show there', async () => {
    const path = unique('nulle-part');
    expect(await getPageView('fr', path)).toEqual({ state: 'missing' });
  });
});

describe('renaming', () => {
  it('keeps the old path of a published page redirecting to the new one, also after a second rename', async () => {
    const page = await publishedPage();
    const second = unique('a-propos');
    const third = unique('notre-organisation');
    expect(await renamePage({ pageId: page.id, path: second })).toEqual({
      ok: true,
      tags: [CACHE_TAGS.pages, CACHE_TAGS.sitemap],
    });
    expect(await getPageView('fr', page.path)).toEqual({ state: 'moved', path: second });
    await renamePage({ pageId: page.id, path: third });
    expect(await getPageView('fr', page.path)).toEqual({ state: 'moved', path: third });
    expect(await getPageView('fr', second)).toEqual({ state: 'moved', path: third });
    expect(await getPageView('fr', third)).toMatchObject({ state: 'live', page: { path: third } });
  });

  it('lets a new page take an old path, which then wins over the redirect', async () => {
    const page = await publishedPage();
    await renamePage({ pageId: page.id, path: unique('ailleurs') });
    const taker = await createPage({ language: 'fr', title: 'Nouvelle', path: page.path });
    expect(taker.ok && taker.tags).toEqual([CACHE_TAGS.pages]);
    expect(await n.db.select().from(pageRedirects).where(eq(pageRedirects.fromPath, page.path))).toEqual([]);
    expect(await getPageView('fr', page.path)).toEqual({ state: 'missing' });
  });

  it('keeps no redirect for a page that was never public, and refuses a path already taken', async () => {
    const page = await newPage();
    const other = await newPage();
    expect(await renamePage({ pageId: page.id, path: other.path })).toEqual({ ok: false, reason: 'path_taken' });
    const renamed = unique('brouillon');
    expect(await renamePage({ pageId: page.id, path: renamed })).toEqual({ ok: true, tags: [] });
    expect(await n.db.select().from(pageRedirects).where(eq(pageRedirects.pageId, page.id))).toEqual([]);
  });
});

describe('versions', () => {
  it('saves a named version and restores it, refusing a restore against a stale version', async () => {
    const page = await newPage();
    await savePageDraft(page.id, { title: 'Version A', summary: '', body: body('A.') }, 1);
    expect(await savePageVersion({ pageId: page.id, message: 'Relue' })).toEqual({ ok: true, number: 1 });
    await savePageDraft(page.id, { title: 'Version B', summary: '', body: body('B.') }, 2);
    expect(await restorePageRevision({ pageId: page.id, revisionNumber: 1, expectedVersion: 2 })).toEqual({
      ok: false,
      reason: 'stale_version',
    });
    expect((await restorePageRevision({ pageId: page.id, revisionNumber: 1, expectedVersion: 3 })).ok).toBe(true);
    expect((await rowOf(page.id)).title).toBe('Version A');
  });
});

describe('translating', () => {
  it('makes a pre-filled draft in the same translation group, linked from both versions, once per language', async () => {
    const page = await publishedPage();
    const result = await createPageTranslation({ sourceId: page.id, language: 'en' });
    if (!result.ok) throw new Error(result.reason);
    const [source, translation] = [await rowOf(page.id), await rowOf(result.id)];
    expect(translation).toMatchObject({
      language: 'en',
      state: 'draft',
      path: page.path,
      title: source.title,
      translationGroupId: source.translationGroupId,
    });
    expect((await getPageForEdit(page.id)).translations.map((version) => version.id)).toEqual([result.id]);
    expect((await getPageForEdit(result.id)).translations.map((version) => version.id)).toEqual([page.id]);
    expect((await getPageForEdit(result.id)).missingLanguages).toEqual(['es']);
    expect(await createPageTranslation({ sourceId: page.id, language: 'en' })).toEqual({
      ok: false,
      reason: 'language_exists',
    });

    await publishPage({ pageId: result.id });
    const view = await getPageView('fr', page.path);
    expect(view.state === 'live' && view.page.translations).toEqual([{ language: 'en', path: page.path }]);
  });
});

describe('who may manage pages', () => {
  const everything = async () => ({
    pages: await n.db.select().from(pages).orderBy(asc(pages.id)),
    revisions: await n.db.select().from(pageRevisions).orderBy(asc(pageRevisions.id)),
    redirects: await n.db.select().from(pageRedirects).orderBy(asc(pageRedirects.id)),
    audit: (await n.db.select({ n: count() }).from(auditLog))[0]!.n,
  });
  const outcomeOf = async (call: () => Promise<unknown>) => {
    try {
      await call();
      return 'ok';
    } catch (error) {
      return String((error as { digest?: string }).digest);
    }
  };

  const mutations: [string, (page: { id: string; path: string }) => Promise<unknown>][] = [
    ['create a page', () => createPage({ language: 'fr', title: 'Intrus', path: unique('intrus') })],
    ['save a draft', (page) => savePageDraft(page.id, { title: 'Intrus', summary: '', body: body('Non.') }, 2)],
    ['rename a page', (page) => renamePage({ pageId: page.id, path: unique('intrus') })],
    ['save a version', (page) => savePageVersion({ pageId: page.id, message: 'Intrus' })],
    ['restore a revision', (page) => restorePageRevision({ pageId: page.id, revisionNumber: 1, expectedVersion: 2 })],
    ['publish a page', (page) => publishPage({ pageId: page.id })],
    ['unpublish a page', (page) => unpublishPage({ pageId: page.id })],
    ['create a translation', (page) => createPageTranslation({ sourceId: page.id, language: 'es' })],
  ];
  const refused = [
    ['a writer', () => n.people.panamaWriter, 'NEXT_HTTP_ERROR_FALLBACK;404'],
    ['a regional editor', () => n.people.americasEditor, 'NEXT_HTTP_ERROR_FALLBACK;404'],
    ['an anonymous visitor', () => null, 'NEXT_REDIRECT;replace;/login;307;'],
  ] as const;

  for (const [action, call] of mutations) {
    for (const [who, person, answer] of refused) {
      it(`refuses to let ${who} ${action}, changing nothing`, async () => {
        const page = await publishedPage();
        await savePageVersion({ pageId: page.id, message: 'Base' });
        await as(person());
        const before = await everything();
        expect(await outcomeOf(() => call(page))).toBe(answer);
        expect(await everything()).toEqual(before);
      });
    }
  }

  it('lets an editor at headquarters publish a page', async () => {
    const page = await newPage();
    await as(n.people.hqEditor);
    expect((await publishPage({ pageId: page.id })).ok).toBe(true);
  });

  it('hides the page list from writers and regional editors', async () => {
    await as(n.people.panamaWriter);
    expect(await outcomeOf(() => listPagesForAdmin())).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    await as(n.people.westAfricaEditor);
    expect(await outcomeOf(() => listPagesForAdmin())).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
