import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { auditLog, menuItems, menus, pages, publications, releaseTopics, topics, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { isValidTree } from '@/lib/menus/tree';
import { actAs } from '@/test/fake-auth';
import { freshDatabase } from '@/test/database';
import { addMenuItem, deleteMenuItem, listMenusForAdmin, moveMenuItem, placeMenuItem } from './menu-admin';
import { listMenu } from './menus';
import { listPublicTopics } from './public-offices';
import { listPicks, movePick, pinPublication, unpinPublication } from './picks';
import { createTopic, mergeTopic, renameTopic, retireTopic } from './topic-admin';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
// Outside Next there is no data cache: the portal's reads run straight through.
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));

let db: Database;
const person = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0]!;
beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'site-admin-test' });
});
const asAdmin = async () => actAs(await person('admin@example.org'));
const asEditor = async () => actAs(await person('editor@example.org'));
const asWriter = async () => actAs(await person('writer.panama@example.org'));

async function headerTree() {
  const [menu] = await db.select({ id: menus.id }).from(menus).where(eq(menus.key, 'header'));
  return db
    .select({ id: menuItems.id, parentId: menuItems.parentId, position: menuItems.position })
    .from(menuItems)
    .where(eq(menuItems.menuId, menu!.id));
}
const auditCount = async () => (await db.select({ n: count() }).from(auditLog))[0]!.n;

describe('moving menu entries', () => {
  it('keeps a valid ordered two-level tree through a series of moves, each audited', async () => {
    await asAdmin();
    const moves = ['down', 'in', 'out', 'up', 'in'] as const;
    for (const move of moves) {
      const [header] = await listMenusForAdmin();
      const candidate = header!.items.find((item) => item.moves[move])!;
      expect(await moveMenuItem({ itemId: candidate.id, move, shape: header!.shape })).toEqual({ ok: true });
      expect(isValidTree(await headerTree())).toBe(true);
    }
    expect((await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'menu.item_moved')))[0]!.n).toBe(
      moves.length,
    );
  });

  it('refuses a move made against a tree that changed since it was read, and changes nothing', async () => {
    await asAdmin();
    const [header] = await listMenusForAdmin();
    const [first, second] = header!.items.filter((item) => item.depth === 1);
    expect(await moveMenuItem({ itemId: second!.id, move: 'up', shape: header!.shape })).toEqual({ ok: true });
    const before = await headerTree();
    expect(await moveMenuItem({ itemId: first!.id, move: 'up', shape: header!.shape })).toEqual({
      ok: false,
      reason: 'stale_tree',
    });
    expect(await headerTree()).toEqual(before);
  });

  it('refuses to drop an entry under a deleted parent, and to delete an entry that has children', async () => {
    await asAdmin();
    const [header] = await listMenusForAdmin();
    const parent = header!.items.find(
      (item) => item.depth === 1 && header!.items.some((child) => child.parentId === item.id),
    )!;
    expect(await deleteMenuItem({ itemId: parent.id })).toEqual({ ok: false, reason: 'has_children' });
    const lone = header!.items.find(
      (item) => item.depth === 1 && !header!.items.some((child) => child.parentId === item.id),
    )!;
    expect(await deleteMenuItem({ itemId: lone.id })).toEqual({ ok: true });
    const mover = header!.items.find(
      (item) => item.depth === 1 && item.id !== lone.id && !header!.items.some((child) => child.parentId === item.id),
    )!;
    const [now] = await listMenusForAdmin();
    expect(await placeMenuItem({ itemId: mover.id, parentId: lone.id, index: 0, shape: now!.shape })).toEqual({
      ok: false,
      reason: 'invalid_move',
    });
    expect(isValidTree(await headerTree())).toBe(true);
  });

  it('refuses every menu change to an editor, a writer and an anonymous visitor, changing nothing', async () => {
    for (const act of [asEditor, asWriter, async () => actAs(null)]) {
      await asAdmin();
      const [header] = await listMenusForAdmin();
      const item = header!.items.find((candidate) => candidate.moves.down)!;
      const [before, audits] = [await headerTree(), await auditCount()];
      await act();
      await expect(moveMenuItem({ itemId: item.id, move: 'down', shape: header!.shape })).rejects.toThrow(/NEXT_/);
      await expect(placeMenuItem({ itemId: item.id, parentId: null, index: 0, shape: header!.shape })).rejects.toThrow(
        /NEXT_/,
      );
      await expect(deleteMenuItem({ itemId: item.id })).rejects.toThrow(/NEXT_/);
      expect(await headerTree()).toEqual(before);
      expect(await auditCount()).toBe(audits);
    }
  });
});

describe('a menu entry pointing to a page that is not published', () => {
  it('is flagged in the editor and left out of the portal menu', async () => {
    await asAdmin();
    const [draft] = await db
      .insert(pages)
      .values({ language: 'en', path: 'draft-menu-target', title: 'Draft target', body: { type: 'doc', content: [] } })
      .returning({ id: pages.id });
    expect(
      await addMenuItem({
        menuKey: 'footer',
        labelFr: 'Brouillon',
        labelEn: 'Draft',
        labelEs: 'Borrador',
        kind: 'page',
        pageId: draft!.id,
      }),
    ).toEqual({ ok: true });
    const footer = (await listMenusForAdmin()).find((menu) => menu.key === 'footer')!;
    expect(footer.items.find((item) => item.pageId === draft!.id)?.unpublishedIn).toEqual(['fr', 'en', 'es']);
    expect((await listMenu('footer', 'en')).map((item) => item.label)).not.toContain('Draft');
  });
});

describe('creating, renaming and retiring topics', () => {
  it('creates a topic once, and refuses a second one with the same slug', async () => {
    await asAdmin();
    const labels = { labelFr: 'Eau', labelEn: 'Water', labelEs: 'Agua' };
    expect(await createTopic({ slug: 'water-access', ...labels })).toEqual({ ok: true, tags: ['topics'] });
    expect(await createTopic({ slug: 'water-access', ...labels })).toEqual({ ok: false, reason: 'topic_slug_taken' });
    const [created] = await db.select().from(topics).where(eq(topics.slug, 'water-access'));
    expect(
      await renameTopic({
        topicId: created!.id,
        labelFr: 'Accès à l’eau',
        labelEn: 'Access to water',
        labelEs: 'Acceso al agua',
      }),
    ).toEqual({ ok: true, tags: ['topics'] });
    expect((await listPublicTopics()).find((topic) => topic.slug === 'water-access')?.labels.en).toBe(
      'Access to water',
    );
  });

  it('hides a retired topic from the portal filters while its releases keep it', async () => {
    await asAdmin();
    const [used] = await db.select({ topicId: releaseTopics.topicId }).from(releaseTopics).limit(1);
    const [topic] = await db.select().from(topics).where(eq(topics.id, used!.topicId));
    const links = await db.select().from(releaseTopics).where(eq(releaseTopics.topicId, topic!.id));
    expect(await retireTopic({ topicId: topic!.id })).toEqual({ ok: true, tags: ['topics'] });
    expect((await listPublicTopics()).map((shown) => shown.slug)).not.toContain(topic!.slug);
    expect(await db.select().from(releaseTopics).where(eq(releaseTopics.topicId, topic!.id))).toEqual(links);
  });
});

describe('merging topics', () => {
  const topicsOfPublications = () =>
    db.select({ id: publications.id, topics: publications.topics }).from(publications).orderBy(asc(publications.id));

  it('moves every release and publication from A to B once, retires A and points it at B', async () => {
    await asAdmin();
    const withCount = await db
      .select({ topicId: releaseTopics.topicId, n: count() })
      .from(releaseTopics)
      .groupBy(releaseTopics.topicId)
      .orderBy(sql`count(*) desc`);
    const [a, b] = await Promise.all(
      withCount
        .slice(0, 2)
        .map(async ({ topicId }) => (await db.select().from(topics).where(eq(topics.id, topicId)))[0]!),
    );
    const releasesWithEither = await db
      .selectDistinct({ releaseId: releaseTopics.releaseId })
      .from(releaseTopics)
      .where(sql`${releaseTopics.topicId} in (${a!.id}, ${b!.id})`);

    const result = await mergeTopic({ topicId: a!.id, intoId: b!.id });
    if (!result.ok) expect.fail(result.reason);
    expect(result.tags).toContain('topics');

    expect(await db.select().from(releaseTopics).where(eq(releaseTopics.topicId, a!.id))).toEqual([]);
    expect((await db.select().from(releaseTopics).where(eq(releaseTopics.topicId, b!.id))).length).toBe(
      releasesWithEither.length,
    );
    for (const row of await topicsOfPublications()) {
      expect(row.topics).not.toContain(a!.slug);
      expect(new Set(row.topics).size).toBe(row.topics.length);
    }
    const [merged] = await db.select().from(topics).where(eq(topics.id, a!.id));
    expect(merged!.mergedIntoId).toBe(b!.id);
    expect(merged!.retiredAt).not.toBeNull();
  });

  it('refuses to merge into a retired topic or into itself, and changes nothing', async () => {
    await asAdmin();
    const active = await db
      .select()
      .from(topics)
      .where(sql`${topics.retiredAt} is null`)
      .orderBy(asc(topics.slug));
    const [a, b] = active;
    expect(await retireTopic({ topicId: b!.id })).toEqual({ ok: true, tags: ['topics'] });
    const before = await topicsOfPublications();
    expect(await mergeTopic({ topicId: a!.id, intoId: b!.id })).toEqual({ ok: false, reason: 'invalid_merge' });
    expect(await mergeTopic({ topicId: a!.id, intoId: a!.id })).toEqual({ ok: false, reason: 'invalid_merge' });
    expect(await topicsOfPublications()).toEqual(before);
  });

  it('refuses a merge to an editor, a writer and an anonymous visitor, changing nothing', async () => {
    const active = await db
      .select()
      .from(topics)
      .where(sql`${topics.retiredAt} is null`)
      .orderBy(asc(topics.slug));
    for (const act of [asEditor, asWriter, async () => actAs(null)]) {
      const [before, links, audits] = [
        await topicsOfPublications(),
        await db.select().from(releaseTopics),
        await auditCount(),
      ];
      await act();
      await expect(mergeTopic({ topicId: active[0]!.id, intoId: active[1]!.id })).rejects.toThrow(/NEXT_/);
      await expect(retireTopic({ topicId: active[0]!.id })).rejects.toThrow(/NEXT_/);
      expect(await topicsOfPublications()).toEqual(before);
      expect(await db.select().from(releaseTopics)).toEqual(links);
      expect(await auditCount()).toBe(audits);
    }
  });
});

describe("the home page's picks", () => {
  const frenchLive = () =>
    db
      .select({ id: publications.id })
      .from(publications)
      .where(and(eq(publications.language, 'fr'), sql`${publications.withdrawnAt} is null`))
      .orderBy(asc(publications.publishedAt));
  const pickOrder = async () =>
    (
      await db
        .select({ id: publications.id, position: publications.pickPosition })
        .from(publications)
        .where(and(eq(publications.language, 'fr'), isNotNull(publications.pickPosition)))
        .orderBy(asc(publications.pickPosition))
    ).map((row) => `${row.position}:${row.id}`);

  it('pins in order up to six, refuses the seventh, and keeps positions without gaps', async () => {
    await asEditor();
    const candidates = (await frenchLive()).map((row) => row.id);
    const picked = new Set((await listPicks('fr')).map((pick) => pick.id));
    let refusedSeventh = false;
    for (const id of candidates.filter((candidate) => !picked.has(candidate))) {
      if (picked.size === 6) {
        expect(await pinPublication({ publicationId: id })).toEqual({ ok: false, reason: 'picks_full' });
        refusedSeventh = true;
        break;
      }
      expect(await pinPublication({ publicationId: id })).toEqual({ ok: true, language: 'fr' });
      picked.add(id);
    }
    expect(refusedSeventh).toBe(true);
    const picks = await listPicks('fr');
    expect(picks).toHaveLength(6);
    expect(picks.map((pick) => pick.position)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('moves a pick down and unpins one, renumbering the rest', async () => {
    await asAdmin();
    const [first, second] = await listPicks('fr');
    expect(await movePick({ publicationId: first!.id, direction: 'down' })).toEqual({ ok: true, language: 'fr' });
    expect((await listPicks('fr')).slice(0, 2).map((pick) => pick.id)).toEqual([second!.id, first!.id]);
    expect(await movePick({ publicationId: second!.id, direction: 'up' })).toEqual({
      ok: false,
      reason: 'invalid_move',
    });
    expect(await unpinPublication({ publicationId: second!.id })).toEqual({ ok: true, language: 'fr' });
    expect((await listPicks('fr')).map((pick) => pick.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses pinning, moving and unpinning to a writer and an anonymous visitor, changing nothing', async () => {
    const [pick] = await listPicks('fr');
    const [free] = (await frenchLive()).filter((row) => row.id !== pick!.id);
    for (const act of [asWriter, async () => actAs(null)]) {
      const [before, audits] = [await pickOrder(), await auditCount()];
      await act();
      await expect(pinPublication({ publicationId: free!.id })).rejects.toThrow(/NEXT_/);
      await expect(unpinPublication({ publicationId: pick!.id })).rejects.toThrow(/NEXT_/);
      await expect(movePick({ publicationId: pick!.id, direction: 'down' })).rejects.toThrow(/NEXT_/);
      expect(await pickOrder()).toEqual(before);
      expect(await auditCount()).toBe(audits);
      await asAdmin();
    }
  });
});
