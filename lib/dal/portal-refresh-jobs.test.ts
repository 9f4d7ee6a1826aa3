import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { media, pages, publications, releases, topics, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { QUEUES } from '@/lib/jobs/queues';
import { actAs } from '@/test/fake-auth';
import { freshDatabase } from '@/test/database';
import { jobsIn } from '@/test/jobs';
import { uniquePhoto, withTemporaryMediaDir } from '@/test/media';
import { importLegacyDumps } from './legacy-import';
import { replaceMediaFile, updateMediaDetails } from './media';
import { deleteMenuItem, listMenusForAdmin, moveMenuItem } from './menu-admin';
import { publishPage, renamePage, unpublishPage } from './pages';
import { pinPublication, unpinPublication } from './picks';
import { createTopic, mergeTopic, renameTopic } from './topic-admin';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));

withTemporaryMediaDir('communique-portal-refresh-');

/**
 * Every change the portal shows queues its `portal-refresh` job in its own transaction: the job
 * (which expires the app's cached pages and purges the edges) exists exactly when the change was
 * committed, whatever happens to the process afterwards.
 */
let db: Database;
const person = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0]!;
beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'portal-refresh-jobs-test', images: true });
}, 120_000);

/** The tags of each portal-refresh job created while `change` ran, in order. */
async function refreshesDuring(change: () => Promise<unknown>): Promise<string[][]> {
  const before = new Set((await jobsIn(db, QUEUES.portalRefresh)).map((job) => job.id));
  await change();
  return (await jobsIn(db, QUEUES.portalRefresh))
    .filter((job) => !before.has(job.id))
    .map((job) => job.data.tags as string[]);
}

describe('menus', () => {
  it('queue a refresh of the menus with a committed change, none with a refused one', async () => {
    actAs(await person('admin@example.org'));
    const [header] = await listMenusForAdmin();
    const parent = header!.items.find((item) => header!.items.some((child) => child.parentId === item.id))!;
    expect(await refreshesDuring(() => deleteMenuItem({ itemId: parent.id }))).toEqual([]);
    const mover = header!.items.find((item) => item.moves.down)!;
    expect(await refreshesDuring(() => moveMenuItem({ itemId: mover.id, move: 'down', shape: 'stale' }))).toEqual([]);

    const refreshes = await refreshesDuring(async () =>
      expect(await moveMenuItem({ itemId: mover.id, move: 'down', shape: header!.shape })).toEqual({ ok: true }),
    );
    expect(refreshes).toEqual([[CACHE_TAGS.menus]]);
  });
});

describe('topics', () => {
  it('queue a refresh of what shows them with a committed change, none with a refused one', async () => {
    actAs(await person('admin@example.org'));
    const labels = { labelFr: 'Pêche', labelEn: 'Fishing', labelEs: 'Pesca' };
    expect(await refreshesDuring(() => createTopic({ slug: 'fishing-rights', ...labels }))).toEqual([['topics']]);
    expect(await refreshesDuring(() => createTopic({ slug: 'fishing-rights', ...labels }))).toEqual([]);
    const [created] = await db.select().from(topics).where(eq(topics.slug, 'fishing-rights'));
    expect(await refreshesDuring(() => renameTopic({ topicId: created!.id, ...labels }))).toEqual([['topics']]);
    expect(await refreshesDuring(() => mergeTopic({ topicId: created!.id, intoId: created!.id }))).toEqual([]);

    // A merge refreshes the lists and the pages of every publication that carried the topic.
    const [used] = await db
      .select({ slug: sql<string>`unnest(${publications.topics})`, language: publications.language })
      .from(publications)
      .where(isNull(publications.withdrawnAt))
      .limit(1);
    const [from] = await db.select().from(topics).where(eq(topics.slug, used!.slug));
    const [merge] = await refreshesDuring(() => mergeTopic({ topicId: from!.id, intoId: created!.id }));
    expect(merge).toEqual(
      expect.arrayContaining([
        'topics',
        CACHE_TAGS.publications(used!.language),
        CACHE_TAGS.relatedByTopic(used!.language, used!.slug),
      ]),
    );
    expect(merge!.some((tag) => tag.startsWith('publication:'))).toBe(true);
  });
});

describe("the home page's picks", () => {
  it('queue a refresh of the picks of their language, none for a refused pin', async () => {
    actAs(await person('editor@example.org'));
    const [live] = await db
      .select({ id: publications.id })
      .from(publications)
      .where(and(eq(publications.language, 'es'), isNull(publications.withdrawnAt), isNull(publications.pickPosition)))
      .orderBy(asc(publications.publishedAt));
    expect(await refreshesDuring(() => pinPublication({ publicationId: live!.id }))).toEqual([
      [CACHE_TAGS.picks('es')],
    ]);
    expect(await refreshesDuring(() => unpinPublication({ publicationId: live!.id }))).toEqual([
      [CACHE_TAGS.picks('es')],
    ]);
    const [withdrawn] = await db
      .select({ id: publications.id })
      .from(publications)
      .where(isNotNull(publications.withdrawnAt));
    if (withdrawn) expect(await refreshesDuring(() => pinPublication({ publicationId: withdrawn.id }))).toEqual([]);
    actAs(await person('writer.panama@example.org'));
    expect(await refreshesDuring(() => pinPublication({ publicationId: live!.id }).catch(() => undefined))).toEqual([]);
  });
});

describe('static pages', () => {
  it('queue a refresh of the pages with a publish, an unpublish or a rename of a public page, none when refused', async () => {
    actAs(await person('admin@example.org'));
    const [page] = await db.select().from(pages).where(eq(pages.state, 'published')).limit(1);
    const [draft] = await db.select().from(pages).where(eq(pages.state, 'draft')).limit(1);
    if (draft) expect(await refreshesDuring(() => unpublishPage({ pageId: draft.id }))).toEqual([]);

    const [unpublished] = await refreshesDuring(() => unpublishPage({ pageId: page!.id }));
    expect(unpublished).toEqual(expect.arrayContaining([CACHE_TAGS.pages, CACHE_TAGS.sitemap]));
    expect(await refreshesDuring(() => unpublishPage({ pageId: page!.id }))).toEqual([]);
    const [published] = await refreshesDuring(() => publishPage({ pageId: page!.id }));
    expect(published).toEqual(unpublished);
    const [renamed] = await refreshesDuring(() => renamePage({ pageId: page!.id, path: `${page!.path}-moved` }));
    expect(renamed).toEqual(unpublished);
  });
});

describe('images', () => {
  it('queue a refresh of the live releases showing them with an alt text change or a new file', async () => {
    actAs(await person('admin@example.org'));
    const [shown] = await db
      .select({ media, language: publications.language, slug: publications.slug })
      .from(media)
      .innerJoin(releases, eq(releases.heroMediaId, media.id))
      .innerJoin(publications, and(eq(publications.releaseId, releases.id), isNull(publications.withdrawnAt)))
      .limit(1);
    const image = shown!.media;
    const details = {
      mediaId: image.id,
      altFr: 'Un quai de pêche',
      altEn: 'A fishing quay',
      altEs: 'Un muelle',
      captionFr: '',
      captionEn: '',
      captionEs: '',
      credit: '',
    };
    const [changed] = await refreshesDuring(() => updateMediaDetails(details));
    expect(changed).toContain(CACHE_TAGS.publication(shown!.language, shown!.slug));

    const [replaced] = await refreshesDuring(async () =>
      expect((await replaceMediaFile({ mediaId: image.id, file: await uniquePhoto('quay.jpg') })).ok).toBe(true),
    );
    expect(replaced).toContain(CACHE_TAGS.publication(shown!.language, shown!.slug));

    // Someone who may not manage the image changes nothing and queues nothing.
    actAs(await person('writer.panama@example.org'));
    expect(await refreshesDuring(() => updateMediaDetails(details).catch(() => undefined))).toEqual([]);
  });
});

describe('imports', () => {
  const release = (title: string) => ({
    name: `${crypto.randomUUID()}/communique.txt`,
    bytes: new TextEncoder().encode(
      `${title}\n\nGenève, 3 mars 2019 — ${'Le texte du communiqué importé parle de la saison des pluies. '.repeat(8)}\n`,
    ),
  });

  it('queue a refresh of what each batch wrote, in its transaction; a dry run queues nothing', async () => {
    const file = release('Les pluies arrivent plus tôt cette année');
    expect(
      await refreshesDuring(() => importLegacyDumps([file], { dryRun: true, officeCode: 'hq' }, { kind: 'cli' })),
    ).toEqual([]);

    let report: Awaited<ReturnType<typeof importLegacyDumps>> | undefined;
    const refreshes = await refreshesDuring(async () => {
      report = await importLegacyDumps([file], { officeCode: 'hq' }, { kind: 'cli' });
    });
    expect(report?.ok).toBe(true);
    const [written] = report!.ok ? report!.report.files : [];
    expect(written?.status).toBe('imported');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]).toEqual(expect.arrayContaining([CACHE_TAGS.publications('fr'), CACHE_TAGS.sitemap]));
    // The same file again changes nothing, and queues nothing.
    expect(await refreshesDuring(() => importLegacyDumps([file], { officeCode: 'hq' }, { kind: 'cli' }))).toEqual([]);
  });
});
