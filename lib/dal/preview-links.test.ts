import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, previewLinks, releases, revisions } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import {
  createPreviewLink,
  hashPreviewToken,
  listPreviewLinks,
  openPreviewLink,
  revokePreviewLink,
} from './preview-links';
import { saveVersion } from './revisions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const DAY_MS = 86_400_000;
const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const draftIn = (office: 'panama' | 'senegal', title = 'A joint release with a partner') =>
  insertRelease(
    n.db,
    office === 'panama'
      ? { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id }
      : { officeId: n.offices.senegal.id, authorId: n.people.senegalWriter.id },
    {
      title,
      summary: 'What the partner should check.',
      body: paragraph('The partner reads this first.'),
      bodyText: 'The partner reads this first.',
      state: 'draft',
    },
  );

const revisionsOf = (id: string) =>
  n.db.select().from(revisions).where(eq(revisions.releaseId, id)).orderBy(asc(revisions.number));
const linksOf = (id: string) => n.db.select().from(previewLinks).where(eq(previewLinks.releaseId, id));
const auditOf = async (id: string) =>
  (await n.db.select().from(auditLog).where(eq(auditLog.releaseId, id))).map((entry) => entry.action);
const everything = async (id: string) => ({
  revisions: await revisionsOf(id),
  links: await linksOf(id),
  audit: await auditOf(id),
});

describe('creating a preview link', () => {
  it('snapshots a working copy no revision holds yet, and stores only the token’s hash', async () => {
    const draft = await draftIn('panama');
    actAs(n.people.panamaWriter);
    const now = new Date();

    const result = await createPreviewLink({ releaseId: draft.id, days: 7 }, now);

    if (!result.ok) throw new Error(result.reason);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.expiresAt).toEqual(new Date(now.getTime() + 7 * DAY_MS));
    const [link] = await linksOf(draft.id);
    expect(link!.tokenHash).toBe(hashPreviewToken(result.token));
    expect(JSON.stringify(link)).not.toContain(result.token);
    expect((await revisionsOf(draft.id)).map((revision) => revision.id)).toEqual([link!.revisionId]);
    expect(await auditOf(draft.id)).toEqual(['preview_link.create']);
  });

  it('reuses the latest revision when it holds the working copy', async () => {
    const draft = await draftIn('panama');
    actAs(n.people.panamaWriter);
    await saveVersion({ releaseId: draft.id, message: 'Ready for the partner' });
    await createPreviewLink({ releaseId: draft.id, days: 1 });
    expect(await revisionsOf(draft.id)).toHaveLength(1);
  });

  it('is allowed to an editor covering the office but not to a writer who is not the author', async () => {
    const draft = await draftIn('panama');
    actAs(n.people.americasEditor);
    expect(await createPreviewLink({ releaseId: draft.id, days: 3 })).toMatchObject({ ok: true });

    const colleague = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.americasEditor.id },
      { state: 'draft' },
    );
    const before = await everything(colleague.id);
    actAs(n.people.panamaWriter);
    expect(await createPreviewLink({ releaseId: colleague.id, days: 3 })).toEqual({ ok: false, reason: 'not_allowed' });
    expect(await everything(colleague.id)).toEqual(before);
  });
});

describe('opening a preview link', () => {
  it('shows the revision to anyone holding the token, and records the opening', async () => {
    const draft = await draftIn('panama', 'What the partner sees');
    actAs(n.people.panamaWriter);
    const created = await createPreviewLink({ releaseId: draft.id, days: 7 });
    if (!created.ok) throw new Error(created.reason);
    await n.db.update(releases).set({ title: 'A later edit the link does not show' }).where(eq(releases.id, draft.id));
    actAs(null);
    const openedAt = new Date(Date.now() + 60_000);

    const article = await openPreviewLink(created.token, openedAt);

    expect(article).toMatchObject({ title: 'What the partner sees', language: 'fr', shareUrl: null, translations: [] });
    expect(article!.bodyHtml).toContain('The partner reads this first.');
    expect((await linksOf(draft.id))[0]!.lastOpenedAt).toEqual(openedAt);
    expect(await auditOf(draft.id)).toEqual(['preview_link.create', 'preview_link.open']);
  });

  it('finds nothing once the link is revoked, and lists it no more', async () => {
    const draft = await draftIn('panama');
    actAs(n.people.panamaWriter);
    const created = await createPreviewLink({ releaseId: draft.id, days: 7 });
    if (!created.ok) throw new Error(created.reason);

    expect(await revokePreviewLink({ releaseId: draft.id, linkId: created.linkId })).toEqual({ ok: true });

    expect(await openPreviewLink(created.token)).toBeUndefined();
    expect((await listPreviewLinks(draft.id)).links).toEqual([]);
    expect(await auditOf(draft.id)).toEqual(['preview_link.create', 'preview_link.revoke']);
  });

  it('finds nothing once the link has expired', async () => {
    const draft = await draftIn('panama');
    actAs(n.people.panamaWriter);
    const now = new Date();
    const created = await createPreviewLink({ releaseId: draft.id, days: 1 }, now);
    if (!created.ok) throw new Error(created.reason);

    expect(await openPreviewLink(created.token, new Date(now.getTime() + DAY_MS - 1))).toBeDefined();
    expect(await openPreviewLink(created.token, new Date(now.getTime() + DAY_MS))).toBeUndefined();
    expect((await listPreviewLinks(draft.id, new Date(now.getTime() + DAY_MS))).links).toEqual([]);
  });

  it('finds nothing for an unknown or malformed token, and records nothing', async () => {
    const auditBefore = await n.db.select().from(auditLog);
    expect(await openPreviewLink('A'.repeat(43))).toBeUndefined();
    expect(await openPreviewLink('../../etc/passwd')).toBeUndefined();
    expect(await n.db.select().from(auditLog)).toEqual(auditBefore);
  });
});

describe('people who may not share a release', () => {
  it.each([
    ['a writer of another office', () => n.people.panamaWriter],
    ['an editor of another region', () => n.people.americasEditor],
  ])('%s gets a 404 on create, list and revoke, and nothing changes', async (_who, person) => {
    const draft = await draftIn('senegal');
    actAs(n.people.senegalWriter);
    const created = await createPreviewLink({ releaseId: draft.id, days: 7 });
    if (!created.ok) throw new Error(created.reason);
    const before = await everything(draft.id);
    actAs(person());
    const notFound = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };
    await expect(createPreviewLink({ releaseId: draft.id, days: 7 })).rejects.toMatchObject(notFound);
    await expect(listPreviewLinks(draft.id)).rejects.toMatchObject(notFound);
    await expect(revokePreviewLink({ releaseId: draft.id, linkId: created.linkId })).rejects.toMatchObject(notFound);
    expect(await everything(draft.id)).toEqual(before);
  });

  it('a link cannot be revoked through another release of the same office', async () => {
    const draft = await draftIn('panama');
    const other = await draftIn('panama');
    actAs(n.people.panamaWriter);
    const created = await createPreviewLink({ releaseId: draft.id, days: 7 });
    if (!created.ok) throw new Error(created.reason);
    await revokePreviewLink({ releaseId: other.id, linkId: created.linkId });
    expect((await linksOf(draft.id))[0]!.revokedAt).toBeNull();
  });

  it('an admin and someone signed out are refused, and nothing changes', async () => {
    const draft = await draftIn('senegal');
    const before = await everything(draft.id);
    actAs(n.people.admin);
    expect(await createPreviewLink({ releaseId: draft.id, days: 7 })).toEqual({ ok: false, reason: 'not_allowed' });
    actAs(null);
    await expect(createPreviewLink({ releaseId: draft.id, days: 7 })).rejects.toMatchObject({
      digest: expect.stringContaining('/login'),
    });
    expect(await everything(draft.id)).toEqual(before);
  });
});
