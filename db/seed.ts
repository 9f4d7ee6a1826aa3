import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ReleaseState } from '@/lib/workflow/states';
import { hashPassword } from '@/lib/auth/password';
import type { Locale } from '@/lib/i18n/locales';
import { heroImageOf } from '@/lib/dal/hero-image';
import { toPublicationValues } from '@/lib/publications/publication-values';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { Database, Transaction } from './client';
import {
  menuItems,
  menus,
  offices,
  pages,
  publications,
  releases,
  releaseTopics,
  revisions,
  topics,
  transitions,
  users,
  type MenuKey,
} from './schema';
import { DEMO_ACCOUNTS, demoEmail } from './seed/demo-accounts';
import { createDemoReport } from './seed/demo-documents';
import { createDemoImages } from './seed/demo-images';
import { seedDistribution } from './seed/demo-distribution';
import { seedMediaContacts } from './seed/demo-media-contacts';
import { seedSubscribers } from './seed/demo-subscribers';
import { DEMO_MENUS, type DemoMenuItem } from './seed/demo-menus';
import { DEMO_OFFICES } from './seed/demo-offices';
import { DEMO_PAGES } from './seed/demo-pages';
import { seedPressDirectory } from './seed/demo-press-directory';
import { DEMO_RELEASES } from './seed/demo-releases';
import { DEMO_TOPICS } from './seed/demo-topics';
import type { DemoBlock, DemoRelease } from './seed/demo-types';
import type { PickedAttachment } from '@/lib/media/attachment-types';
import type { RichTextNode } from '@/lib/rich-text/types';
import { richTextFromBlocks } from './seed/rich-text-from-blocks';

export type SeedReport = {
  offices: number;
  topics: number;
  users: number;
  releases: number;
  pages: number;
  menuItems: number;
};

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** The transitions each demo state went through, in order, as (name, to-state). */
const HISTORY: Record<ReleaseState, [string, ReleaseState][]> = {
  draft: [],
  in_review: [['submit', 'in_review']],
  changes_requested: [
    ['submit', 'in_review'],
    ['request_changes', 'changes_requested'],
  ],
  approved: [
    ['submit', 'in_review'],
    ['approve', 'approved'],
  ],
  scheduled: [
    ['submit', 'in_review'],
    ['approve', 'approved'],
    ['schedule', 'scheduled'],
  ],
  published: [
    ['submit', 'in_review'],
    ['approve', 'approved'],
    ['publish', 'published'],
  ],
  unpublished: [
    ['submit', 'in_review'],
    ['approve', 'approved'],
    ['publish', 'published'],
    ['unpublish', 'unpublished'],
  ],
  archived: [
    ['submit', 'in_review'],
    ['approve', 'approved'],
    ['publish', 'published'],
    ['unpublish', 'unpublished'],
    ['archive', 'archived'],
  ],
};

export const demoSourceKey = (key: string) => `demo:${key}`;

/** Whether the database already holds anything (the dev server seeds only an empty one). */
export async function hasContent(db: Database): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(offices);
  return (row?.count ?? 0) > 0;
}

/**
 * Inserts the demo newsroom; every step skips what already exists, so running it twice changes nothing.
 * `images` also draws and stores lead images for some releases (in MEDIA_DIR), as `npm run db:seed` does.
 */
export async function seedDemo(
  db: Database,
  options: { password: string; now?: Date; images?: boolean },
): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const report: SeedReport = { offices: 0, topics: 0, users: 0, releases: 0, pages: 0, menuItems: 0 };

  const officeIds = new Map<string, string>();
  for (const office of DEMO_OFFICES) {
    const inserted = await db
      .insert(offices)
      .values({ ...office, parentId: office.parent ? officeIds.get(office.parent) : null })
      .onConflictDoNothing({ target: offices.code })
      .returning({ id: offices.id });
    report.offices += inserted.length;
    const [row] = await db.select({ id: offices.id }).from(offices).where(eq(offices.code, office.code));
    officeIds.set(office.code, row!.id);
  }

  report.topics = (
    await db.insert(topics).values(DEMO_TOPICS).onConflictDoNothing({ target: topics.slug }).returning()
  ).length;
  const topicIds = new Map(
    (await db.select({ id: topics.id, slug: topics.slug }).from(topics)).map((t) => [t.slug, t.id]),
  );

  const passwordHash = await hashPassword(options.password);
  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const email = demoEmail(account.key);
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    if (existing) {
      userIds.set(account.key, existing.id);
      continue;
    }
    const [row] = await db
      .insert(users)
      .values({
        email,
        name: account.name,
        passwordHash,
        role: account.role,
        officeId: officeIds.get(account.office)!,
        uiLanguage: account.uiLanguage,
        timeZone: account.timeZone ?? null,
      })
      .returning({ id: users.id });
    userIds.set(account.key, row!.id);
    report.users += 1;
  }

  const heroIds = options.images ? await createDemoImages(db, userIds.get('editor')!) : new Map<string, string>();
  const demoReport = options.images ? await createDemoReport(db, userIds.get('editor')!) : undefined;
  const groupIds = new Map<string, string>();
  const inserted: DemoRelease[] = [];
  for (const release of DEMO_RELEASES) {
    const [existing] = await db
      .select({ translationGroupId: releases.translationGroupId })
      .from(releases)
      .where(eq(releases.sourceKey, demoSourceKey(release.key)));
    if (existing) {
      groupIds.set(release.group, existing.translationGroupId);
      continue;
    }
    groupIds.set(release.group, groupIds.get(release.group) ?? crypto.randomUUID());
    await db.transaction((tx) =>
      insertDemoRelease(tx, release, {
        now,
        officeIds,
        userIds,
        topicIds,
        translationGroupId: groupIds.get(release.group)!,
        heroMediaId: heroIds.get(release.group) ?? null,
        imageIds: heroIds,
        report: demoReport,
      }),
    );
    inserted.push(release);
    report.releases += 1;
  }
  // Once every translation holds the revision it was made from, their sources may change.
  for (const release of inserted)
    if (release.laterRevision) await db.transaction((tx) => reviseDemoRelease(tx, release, now));

  const pageGroups = new Map<string, string>();
  const pageIds = new Map<string, string>();
  for (const page of DEMO_PAGES) {
    const [existing] = await db
      .select({ id: pages.id, translationGroupId: pages.translationGroupId })
      .from(pages)
      .where(sql`${pages.language} = ${page.language} and ${pages.path} = ${page.path}`);
    if (existing) {
      pageGroups.set(page.group, existing.translationGroupId);
      if (page.language === 'fr') pageIds.set(page.group, existing.id);
      continue;
    }
    pageGroups.set(page.group, pageGroups.get(page.group) ?? crypto.randomUUID());
    const body = richTextFromBlocks(page.body);
    const [row] = await db
      .insert(pages)
      .values({
        language: page.language,
        path: page.path,
        translationGroupId: pageGroups.get(page.group)!,
        state: 'published',
        title: page.title,
        summary: page.summary,
        body,
        bodyText: toPlainText(body),
        publishedTitle: page.title,
        publishedSummary: page.summary,
        publishedHtml: renderRichTextHtml(body),
        publishedAt: new Date(now.getTime() - 400 * DAY),
        createdById: userIds.get('admin'),
        updatedById: userIds.get('admin'),
      })
      .returning({ id: pages.id });
    if (page.language === 'fr') pageIds.set(page.group, row!.id);
    report.pages += 1;
  }

  for (const [key, items] of Object.entries(DEMO_MENUS) as [MenuKey, DemoMenuItem[]][]) {
    report.menuItems += await seedMenu(db, key, items, { pageIds, officeIds });
  }
  await seedMediaContacts(db, { officeIds, topicIds, createdById: userIds.get('editor') });
  await seedPressDirectory(db, { officeIds, topicIds, createdById: userIds.get('editor') });
  await seedSubscribers(db, { officeIds, topicIds, now });
  await seedDistribution(db, { now, officeIds, userIds });
  return report;
}

type ReleaseContext = {
  now: Date;
  officeIds: Map<string, string>;
  userIds: Map<string, string>;
  topicIds: Map<string, string>;
  translationGroupId: string;
  heroMediaId: string | null;
  /** Demo images by the group they illustrate, for figures in the text. */
  imageIds: Map<string, string>;
  /** The demo report, for download blocks; none when the seed stores no files. */
  report?: Omit<PickedAttachment, 'title'>;
};

/** The nodes of a release's figures and downloads, made from what the seed stored. */
async function demoAssetNodes(
  tx: Transaction,
  demo: DemoRelease,
  context: ReleaseContext,
): Promise<Map<DemoBlock, RichTextNode>> {
  const nodes = new Map<DemoBlock, RichTextNode>();
  for (const block of demo.body) {
    if ('figure' in block) {
      const mediaId = context.imageIds.get(block.figure.image) ?? null;
      const image = await heroImageOf(tx, mediaId, demo.language as Locale);
      if (image)
        nodes.set(block, {
          type: 'image',
          attrs: { src: image.src, alt: image.alt, caption: block.figure.caption, credit: image.credit, mediaId },
        });
    } else if ('download' in block && context.report) {
      nodes.set(block, { type: 'attachment', attrs: { ...context.report, title: block.download.title } });
    }
  }
  return nodes;
}

/** Editors who may approve a release of this office without having written it. */
function approverFor(release: DemoRelease): string {
  const americas = release.office === 'americas' || release.office === 'panama' || release.office === 'mexico';
  if (release.author === 'editor') return 'editor.desk';
  return americas && release.author !== 'editor.americas' ? 'editor.americas' : 'editor';
}

async function insertDemoRelease(tx: Transaction, demo: DemoRelease, context: ReleaseContext): Promise<void> {
  const { now, userIds } = context;
  const assets = await demoAssetNodes(tx, demo, context);
  const body = richTextFromBlocks(demo.body, (block) => assets.get(block));
  const bodyText = toPlainText(body);
  const topicIds = demo.topics.map((slug) => context.topicIds.get(slug)!);
  const authorId = userIds.get(demo.author)!;
  const officeId = context.officeIds.get(demo.office)!;
  // Published and past states happened around `daysAgo`; a scheduled one goes live then.
  const pivot = new Date(now.getTime() - demo.daysAgo * DAY);
  const history = HISTORY[demo.state];
  const startedAt = new Date(Math.min(pivot.getTime(), now.getTime()) - (history.length + 2) * 6 * HOUR);

  const content = {
    title: demo.title,
    summary: demo.summary,
    datelineCity: demo.datelineCity,
    datelineCountry: demo.datelineCountry,
    body,
    bodyText,
    contacts: demo.contacts,
    heroMediaId: context.heroMediaId,
  };
  const [release] = await tx
    .insert(releases)
    .values({
      ...content,
      language: demo.language,
      slug: demo.slug,
      officeId,
      authorId,
      translationGroupId: context.translationGroupId,
      lastEditedById: authorId,
      sourceKey: demoSourceKey(demo.key),
      createdAt: startedAt,
    })
    .returning();
  if (topicIds.length)
    await tx.insert(releaseTopics).values(topicIds.map((topicId) => ({ releaseId: release!.id, topicId })));

  let state: ReleaseState = 'draft';
  let liveRevisionId: string | null = null;
  let publishedAt: Date | null = null;
  for (const [index, [name, toState]] of history.entries()) {
    const at =
      name === 'publish' && demo.state !== 'scheduled' ? pivot : new Date(startedAt.getTime() + (index + 1) * 6 * HOUR);
    const actorKey = name === 'submit' ? demo.author : approverFor(demo);
    const [revision] = await tx
      .insert(revisions)
      .values({
        ...content,
        releaseId: release!.id,
        number: index + 1,
        state: toState,
        topicIds,
        contentAuthorId: authorId,
        createdById: userIds.get(actorKey)!,
        createdAt: at,
      })
      .returning({ id: revisions.id });
    await tx.insert(transitions).values({
      releaseId: release!.id,
      name,
      fromState: state,
      toState,
      actorId: userIds.get(actorKey)!,
      comment: name === 'request_changes' ? (demo.reviewComment ?? null) : null,
      revisionId: revision!.id,
      createdAt: at,
    });
    if (name === 'publish') {
      liveRevisionId = revision!.id;
      publishedAt = at;
    }
    state = toState;
  }

  const [source] = demo.translatedFrom
    ? await tx
        .select({ liveRevisionId: releases.liveRevisionId })
        .from(releases)
        .where(eq(releases.sourceKey, demoSourceKey(demo.translatedFrom)))
    : [];
  await tx
    .update(releases)
    .set({
      state,
      liveRevisionId,
      firstPublishedAt: publishedAt,
      lastPublishedAt: publishedAt,
      scheduledAt: demo.state === 'scheduled' ? pivot : null,
      translatedFromRevisionId: source?.liveRevisionId ?? null,
    })
    .where(eq(releases.id, release!.id));

  if (liveRevisionId && publishedAt) {
    const [office] = await tx.select().from(offices).where(eq(offices.id, officeId));
    const [parent] = office!.parentId ? await tx.select().from(offices).where(eq(offices.id, office!.parentId)) : [];
    const regionCode = office!.kind === 'regional' ? office!.code : office!.kind === 'country' ? parent!.code : null;
    await tx.insert(publications).values({
      ...toPublicationValues({
        release: { ...release!, language: demo.language as Locale },
        revision: { id: liveRevisionId, ...content },
        office: { id: office!.id, code: office!.code, names: office!.names, regionCode },
        topicSlugs: demo.topics,
        publishedAt,
        revisedAt: null,
        hero: await heroImageOf(tx, context.heroMediaId, demo.language as Locale),
      }),
      withdrawnAt: state === 'published' ? null : new Date(publishedAt.getTime() + 3 * DAY),
      pickPosition: demo.pick ?? null,
    });
  }
}

/** A published demo release whose text changed later: a new live revision and its public copy "updated on". */
async function reviseDemoRelease(tx: Transaction, demo: DemoRelease, now: Date): Promise<void> {
  const change = demo.laterRevision!;
  const [release] = await tx
    .select()
    .from(releases)
    .where(eq(releases.sourceKey, demoSourceKey(demo.key)));
  const blocks = change.lastParagraph ? [...demo.body.slice(0, -1), { paragraph: change.lastParagraph }] : demo.body;
  const body = richTextFromBlocks(blocks);
  const content = { summary: change.summary ?? demo.summary, body, bodyText: toPlainText(body) };
  const at = new Date(now.getTime() - change.daysAgo * DAY);
  const [{ last } = { last: 0 }] = await tx
    .select({ last: sql<number>`max(${revisions.number})`.mapWith(Number) })
    .from(revisions)
    .where(eq(revisions.releaseId, release!.id));
  const [previous] = await tx.select().from(revisions).where(eq(revisions.id, release!.liveRevisionId!));
  const [revision] = await tx
    .insert(revisions)
    .values({
      ...previous!,
      ...content,
      id: undefined,
      number: last + 1,
      message: change.message,
      createdAt: at,
    })
    .returning({ id: revisions.id });
  // Published again by whoever published it first, so that each revision has its step, as in the workflow.
  const [published] = await tx
    .select({ actorId: transitions.actorId })
    .from(transitions)
    .where(and(eq(transitions.releaseId, release!.id), eq(transitions.name, 'publish')))
    .orderBy(desc(transitions.createdAt))
    .limit(1);
  await tx.insert(transitions).values({
    releaseId: release!.id,
    name: 'publish',
    fromState: 'approved',
    toState: 'published',
    actorId: published!.actorId,
    revisionId: revision!.id,
    createdAt: at,
  });
  await tx
    .update(releases)
    .set({ ...content, liveRevisionId: revision!.id, lastPublishedAt: at })
    .where(eq(releases.id, release!.id));
  await tx
    .update(publications)
    .set({
      summary: content.summary,
      bodyHtml: renderRichTextHtml(body),
      bodyText: content.bodyText,
      revisionId: revision!.id,
      revisedAt: at,
    })
    .where(eq(publications.releaseId, release!.id));
}

async function seedMenu(
  db: Database,
  key: MenuKey,
  items: DemoMenuItem[],
  ids: { pageIds: Map<string, string>; officeIds: Map<string, string> },
): Promise<number> {
  const [menu] = await db.insert(menus).values({ key }).onConflictDoNothing({ target: menus.key }).returning();
  if (!menu) return 0; // the menu exists: it belongs to the admins now
  const pageLabels = await db
    .select({ id: pages.id, group: pages.translationGroupId, language: pages.language, title: pages.title })
    .from(pages)
    .where(inArray(pages.id, [...ids.pageIds.values()]));
  const allTitles = await db
    .select({ group: pages.translationGroupId, language: pages.language, title: pages.title })
    .from(pages)
    .where(
      inArray(
        pages.translationGroupId,
        pageLabels.map((p) => p.group),
      ),
    );
  const labelsOfPage = (pageId: string) => {
    const group = pageLabels.find((p) => p.id === pageId)!.group;
    const titleIn = (language: Locale) =>
      allTitles.find((t) => t.group === group && t.language === language)?.title ?? '';
    return { fr: titleIn('fr'), en: titleIn('en'), es: titleIn('es') };
  };

  let count = 0;
  const insertLevel = async (level: DemoMenuItem[], parentId: string | null) => {
    for (const [position, item] of level.entries()) {
      const common = { menuId: menu.id, parentId, position };
      const values =
        'page' in item
          ? {
              ...common,
              targetKind: 'page' as const,
              pageId: ids.pageIds.get(item.page)!,
              labels: labelsOfPage(ids.pageIds.get(item.page)!),
            }
          : 'office' in item
            ? {
                ...common,
                targetKind: 'office' as const,
                officeId: ids.officeIds.get(item.office)!,
                labels: item.labels,
              }
            : { ...common, targetKind: 'listing' as const, listingQuery: item.listing, labels: item.labels };
      const [row] = await db.insert(menuItems).values(values).returning({ id: menuItems.id });
      count += 1;
      if ('children' in item && item.children) await insertLevel(item.children, row!.id);
    }
  };
  await insertLevel(items, null);
  return count;
}
