import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_STATES } from '@/lib/workflow/states';
import { verifyPassword } from '@/lib/auth/password';
import type { Database } from './client';
import {
  distributionDeliveries,
  distributions,
  menuItems,
  offices,
  pages,
  publications,
  releaseDistributionLists,
  releases,
  revisions,
  subscriberOffices,
  subscribers,
  subscriberTopics,
  transitions,
  users,
} from './schema';
import { SUBSCRIBER_STATUSES } from './schema/distribution';
import { hasContent, seedDemo } from './seed';
import { DEMO_ACCOUNTS, demoEmail } from './seed/demo-accounts';
import { DEMO_MAILED_RELEASE } from './seed/demo-distribution';
import { DEMO_RELEASES } from './seed/demo-releases';
import { freshDatabase } from '@/test/database';

let db: Database;
const count = async (table: PgTable) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

beforeAll(async () => {
  db = await freshDatabase();
  expect(await hasContent(db)).toBe(false);
  await seedDemo(db, { password: 'seed-test-password' });
});

describe('the demo newsroom', () => {
  it('has headquarters, three regional offices and six country offices in one hierarchy', async () => {
    const rows = await db.select().from(offices);
    const byKind = (kind: string) => rows.filter((office) => office.kind === kind);
    expect(byKind('hq')).toHaveLength(1);
    expect(byKind('regional')).toHaveLength(3);
    expect(byKind('country')).toHaveLength(6);
    const hq = byKind('hq')[0]!;
    expect(byKind('regional').every((office) => office.parentId === hq.id)).toBe(true);
    const regionalIds = new Set(byKind('regional').map((office) => office.id));
    expect(byKind('country').every((office) => regionalIds.has(office.parentId!))).toBe(true);
  });

  it('has the demo accounts, each signing in with the given password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db
        .select()
        .from(users)
        .where(eq(users.email, demoEmail(account.key)));
      expect(user, account.key).toMatchObject({ role: account.role, active: true });
      expect(await verifyPassword(user!.passwordHash, 'seed-test-password')).toBe(true);
    }
  });

  it('has at least thirty releases in three languages, some linked as translations, in every workflow state', async () => {
    const rows = await db.select().from(releases);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((release) => release.language))).toEqual(new Set(['fr', 'en', 'es']));
    expect(new Set(rows.map((release) => release.state))).toEqual(new Set(RELEASE_STATES));
    const groupSizes = new Map<string, number>();
    for (const release of rows)
      groupSizes.set(release.translationGroupId, (groupSizes.get(release.translationGroupId) ?? 0) + 1);
    expect([...groupSizes.values()].filter((size) => size > 1).length).toBeGreaterThanOrEqual(5);
  });

  it('gives every release that left draft a revision per transition, and every live one a publication', async () => {
    const [transitionCount, revisionCount] = [await count(transitions), await count(revisions)];
    expect(transitionCount).toBe(revisionCount);
    const live = await db.select().from(releases).where(eq(releases.state, 'published'));
    const visible = await db
      .select()
      .from(publications)
      .where(sql`${publications.withdrawnAt} is null`);
    expect(visible.map((publication) => publication.releaseId).sort()).toEqual(
      live.map((release) => release.id).sort(),
    );
    expect(visible.every((publication) => publication.bodyHtml.startsWith('<'))).toBe(true);
  });

  it('keeps withdrawn releases as withdrawn publications, so their URLs can answer 410', async () => {
    const gone = await db
      .select()
      .from(publications)
      .where(sql`${publications.withdrawnAt} is not null`);
    const expected = DEMO_RELEASES.filter((release) => release.state === 'unpublished' || release.state === 'archived');
    expect(gone).toHaveLength(expected.length);
  });

  it('has published static pages in the three languages and two menus', async () => {
    const pageRows = await db.select().from(pages);
    expect(new Set(pageRows.map((page) => page.language))).toEqual(new Set(['fr', 'en', 'es']));
    expect(pageRows.every((page) => page.state === 'published')).toBe(true);
    expect(await count(menuItems)).toBeGreaterThan(10);
  });

  it('has a mailed release whose deliveries are in every final state, a send under embargo, and lists chosen on two releases', async () => {
    const mailings = await db
      .select({ id: distributions.id, kind: distributions.kind, sourceKey: releases.sourceKey })
      .from(distributions)
      .innerJoin(releases, eq(releases.id, distributions.releaseId));
    expect(mailings.map((mailing) => mailing.kind).sort()).toEqual(['embargo', 'publish']);
    const mailing = mailings.find((one) => one.kind === 'publish');
    expect(mailing).toMatchObject({ sourceKey: DEMO_MAILED_RELEASE });
    const statuses = await db
      .select({ status: distributionDeliveries.status })
      .from(distributionDeliveries)
      .where(eq(distributionDeliveries.distributionId, mailing!.id));
    expect(statuses).toHaveLength(15);
    expect(new Set(statuses.map((row) => row.status))).toEqual(new Set(['sent', 'failed', 'bounced', 'skipped']));
    const chosen = await db
      .selectDistinct({ releaseId: releaseDistributionLists.releaseId })
      .from(releaseDistributionLists);
    expect(chosen).toHaveLength(2);
  });

  it('has portal subscribers in every state, in the three languages, some following offices and topics', async () => {
    const rows = await db.select().from(subscribers);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(SUBSCRIBER_STATUSES));
    expect(new Set(rows.map((row) => row.locale))).toEqual(new Set(['fr', 'en', 'es']));
    // Only addresses of the domains reserved for examples.
    expect(rows.every((row) => /@([a-z-]+\.)?example(\.(com|org|net))?$/.test(row.email))).toBe(true);
    expect(await count(subscriberOffices)).toBeGreaterThan(5);
    expect(await count(subscriberTopics)).toBeGreaterThan(5);
  });

  it('changes nothing when it runs again', async () => {
    const before = await Promise.all(
      [
        offices,
        users,
        releases,
        revisions,
        publications,
        pages,
        menuItems,
        subscribers,
        distributions,
        distributionDeliveries,
        releaseDistributionLists,
      ].map(count),
    );
    const report = await seedDemo(db, { password: 'another-password' });
    expect(report).toEqual({ offices: 0, topics: 0, users: 0, releases: 0, pages: 0, menuItems: 0 });
    expect(
      await Promise.all(
        [
          offices,
          users,
          releases,
          revisions,
          publications,
          pages,
          menuItems,
          subscribers,
          distributions,
          distributionDeliveries,
          releaseDistributionLists,
        ].map(count),
      ),
    ).toEqual(before);
  });
});
