import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, releases, releaseTopics, revisions, topics } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRelease, SQLSTATE, sqlStateOf } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { compareRevisions, getReleaseHistory, restoreRevision, saveVersion } from './revisions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
let topicId: string;
beforeAll(async () => {
  n = await freshNewsroom();
  const [topic] = await n.db
    .insert(topics)
    .values({ slug: 'fisheries', labels: { fr: 'Pêche', en: 'Fisheries', es: 'Pesca' } })
    .returning();
  topicId = topic!.id;
});

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function panamaDraft(title = 'Cooperatives open a cold store', text = 'The store runs on solar power.') {
  return insertRelease(
    n.db,
    { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
    { title, body: paragraph(text), bodyText: text, state: 'draft' },
  );
}

/** Edits the working copy the way the editor does: in place, one version further. */
async function edit(id: string, values: Partial<typeof releases.$inferInsert>) {
  const [row] = await n.db.select({ version: releases.version }).from(releases).where(eq(releases.id, id));
  await n.db
    .update(releases)
    .set({ ...values, version: row!.version + 1 })
    .where(eq(releases.id, id));
}

const revisionsOf = (id: string) =>
  n.db.select().from(revisions).where(eq(revisions.releaseId, id)).orderBy(asc(revisions.number));
const releaseRow = async (id: string) => (await n.db.select().from(releases).where(eq(releases.id, id)))[0]!;
const auditCount = async (id: string) =>
  (await n.db.select({ n: count() }).from(auditLog).where(eq(auditLog.releaseId, id)))[0]!.n;
const everything = async (id: string) => ({
  release: await releaseRow(id),
  revisions: await revisionsOf(id),
  audit: await auditCount(id),
});

describe('saving a version', () => {
  it('snapshots the working copy with the message, the author and the state, and audits it', async () => {
    const draft = await panamaDraft();
    actAs(n.people.panamaWriter);

    expect(await saveVersion({ releaseId: draft.id, message: 'First full text' })).toEqual({ ok: true, number: 1 });

    const [revision] = await revisionsOf(draft.id);
    expect(revision).toMatchObject({
      number: 1,
      state: 'draft',
      title: draft.title,
      bodyText: draft.bodyText,
      message: 'First full text',
      createdById: n.people.panamaWriter.id,
    });
    expect(await auditCount(draft.id)).toBe(1);
  });

  it('makes a snapshot the database refuses to rewrite', async () => {
    const draft = await panamaDraft();
    actAs(n.people.panamaWriter);
    await saveVersion({ releaseId: draft.id, message: 'Before the rewrite' });

    expect(
      await sqlStateOf(
        n.db.update(revisions).set({ title: 'Rewritten history' }).where(eq(revisions.releaseId, draft.id)),
      ),
    ).toBe(SQLSTATE.insufficientPrivilege);
    expect((await revisionsOf(draft.id))[0]!.title).toBe(draft.title);
  });

  it('numbers versions one after the other, after the workflow’s own snapshots', async () => {
    const draft = await panamaDraft();
    actAs(n.people.americasEditor);
    await saveVersion({ releaseId: draft.id, message: 'One' });
    await saveVersion({ releaseId: draft.id, message: 'Two' });
    expect((await revisionsOf(draft.id)).map((revision) => [revision.number, revision.message])).toEqual([
      [1, 'One'],
      [2, 'Two'],
    ]);
  });
});

describe('the history and the comparison', () => {
  it('list every revision newest first, with who saved it', async () => {
    const draft = await panamaDraft();
    actAs(n.people.panamaWriter);
    await saveVersion({ releaseId: draft.id, message: 'One' });
    await saveVersion({ releaseId: draft.id, message: 'Two' });

    const history = await getReleaseHistory(draft.id);
    expect(history.revisions.map((revision) => [revision.number, revision.message, revision.createdByName])).toEqual([
      [2, 'Two', n.people.panamaWriter.name],
      [1, 'One', n.people.panamaWriter.name],
    ]);
  });

  it('compares two revisions word by word, with topics named in the release’s language', async () => {
    const draft = await panamaDraft('Cooperatives open a cold store', 'The store runs on solar power.');
    actAs(n.people.panamaWriter);
    await saveVersion({ releaseId: draft.id, message: 'One' });
    await edit(draft.id, { title: 'Cooperatives open a shared cold store' });
    await n.db.insert(releaseTopics).values({ releaseId: draft.id, topicId });
    await saveVersion({ releaseId: draft.id, message: 'Two' });

    const comparison = await compareRevisions(draft.id, 1, 2);
    expect(comparison.diffs.filter((diff) => diff.changed).map((diff) => diff.field)).toEqual(['title', 'topics']);
    expect(comparison.diffs.find((diff) => diff.field === 'topics')!.parts).toEqual([{ kind: 'added', text: 'Pêche' }]);
  });

  it('answers 404 for a revision the release does not have', async () => {
    const draft = await panamaDraft();
    actAs(n.people.panamaWriter);
    await saveVersion({ releaseId: draft.id, message: 'One' });
    await expect(compareRevisions(draft.id, 1, 7)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });
});

describe('restoring a revision', () => {
  it('writes the revision back into the working copy as a new revision, leaving the old ones untouched', async () => {
    const draft = await panamaDraft('First title', 'First text.');
    actAs(n.people.panamaWriter);
    await saveVersion({ releaseId: draft.id, message: 'First' });
    await edit(draft.id, { title: 'Second title', body: paragraph('Second text.'), bodyText: 'Second text.' });
    await n.db.insert(releaseTopics).values({ releaseId: draft.id, topicId });
    await saveVersion({ releaseId: draft.id, message: 'Second' });
    const before = await revisionsOf(draft.id);
    const version = (await releaseRow(draft.id)).version;

    actAs(n.people.americasEditor);
    expect(await restoreRevision({ releaseId: draft.id, revisionNumber: 1, expectedVersion: version })).toEqual({
      ok: true,
      number: 3,
      version: version + 1,
    });

    const after = await revisionsOf(draft.id);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]).toMatchObject({
      number: 3,
      title: 'First title',
      bodyText: 'First text.',
      topicIds: [],
      message: 'Restored from revision 1',
      createdById: n.people.americasEditor.id,
    });
    expect(await releaseRow(draft.id)).toMatchObject({
      title: 'First title',
      bodyText: 'First text.',
      version: version + 1,
      lastEditedById: n.people.americasEditor.id,
    });
    expect(await n.db.select().from(releaseTopics).where(eq(releaseTopics.releaseId, draft.id))).toEqual([]);
    expect(
      (await n.db.select().from(auditLog).where(eq(auditLog.releaseId, draft.id))).map((entry) => entry.action),
    ).toContain('release.restore');
  });

  it('is refused against a version the working copy has moved on from, and changes nothing', async () => {
    const draft = await panamaDraft('First title');
    actAs(n.people.panamaWriter);
    await saveVersion({ releaseId: draft.id, message: 'First' });
    const stale = (await releaseRow(draft.id)).version;
    await edit(draft.id, { title: 'Someone else’s newer title' });
    const before = await everything(draft.id);

    expect(await restoreRevision({ releaseId: draft.id, revisionNumber: 1, expectedVersion: stale })).toEqual({
      ok: false,
      reason: 'stale_version',
    });
    expect(await everything(draft.id)).toEqual(before);
  });

  it.each(['in_review', 'approved', 'scheduled'] as const)(
    'is refused while the release is %s, and changes nothing',
    async (state) => {
      const draft = await panamaDraft();
      actAs(n.people.panamaWriter);
      await saveVersion({ releaseId: draft.id, message: 'First' });
      await n.db
        .update(releases)
        .set({ state, scheduledAt: new Date(Date.now() + 86_400_000) })
        .where(eq(releases.id, draft.id));
      const before = await everything(draft.id);

      expect(
        await restoreRevision({ releaseId: draft.id, revisionNumber: 1, expectedVersion: before.release.version }),
      ).toEqual({ ok: false, reason: 'frozen' });
      expect(await everything(draft.id)).toEqual(before);
    },
  );
});

describe('people who may not touch a release’s history', () => {
  const senegalDraft = async () => {
    const draft = await insertRelease(
      n.db,
      { officeId: n.offices.senegal.id, authorId: n.people.senegalWriter.id },
      { title: 'Dakar draft', state: 'draft' },
    );
    actAs(n.people.senegalWriter);
    await saveVersion({ releaseId: draft.id, message: 'First' });
    return draft;
  };

  it.each([
    ['a writer of another office', () => n.people.panamaWriter],
    ['an editor of another region', () => n.people.americasEditor],
  ])('%s gets a 404 on save, restore, history and comparison, and nothing changes', async (_who, person) => {
    const draft = await senegalDraft();
    const before = await everything(draft.id);
    actAs(person());
    const notFound = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };
    await expect(saveVersion({ releaseId: draft.id, message: 'Mine now' })).rejects.toMatchObject(notFound);
    await expect(
      restoreRevision({ releaseId: draft.id, revisionNumber: 1, expectedVersion: before.release.version }),
    ).rejects.toMatchObject(notFound);
    await expect(getReleaseHistory(draft.id)).rejects.toMatchObject(notFound);
    await expect(compareRevisions(draft.id, 1, 1)).rejects.toMatchObject(notFound);
    expect(await everything(draft.id)).toEqual(before);
  });

  it('an admin may read the history but neither save nor restore', async () => {
    const draft = await senegalDraft();
    const before = await everything(draft.id);
    actAs(n.people.admin);
    expect((await getReleaseHistory(draft.id)).revisions).toHaveLength(1);
    expect(await saveVersion({ releaseId: draft.id, message: 'Admin note' })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    expect(
      await restoreRevision({ releaseId: draft.id, revisionNumber: 1, expectedVersion: before.release.version }),
    ).toEqual({ ok: false, reason: 'not_allowed' });
    expect(await everything(draft.id)).toEqual(before);
  });

  it('someone signed out is sent to sign in, and nothing changes', async () => {
    const draft = await senegalDraft();
    const before = await everything(draft.id);
    actAs(null);
    const toLogin = { digest: expect.stringContaining('/login') };
    await expect(saveVersion({ releaseId: draft.id, message: 'Anonymous' })).rejects.toMatchObject(toLogin);
    await expect(
      restoreRevision({ releaseId: draft.id, revisionNumber: 1, expectedVersion: before.release.version }),
    ).rejects.toMatchObject(toLogin);
    expect(await everything(draft.id)).toEqual(before);
  });
});
