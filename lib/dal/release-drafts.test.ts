import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, publications, releases, releaseTopics, revisions, topics } from '@/db/schema';
import { draftFingerprint, toEditorDraft } from '@/lib/releases/draft';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { ReleaseDraftInput } from '@/lib/validation/release-draft';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { createRelease, editRightOf, findReleaseDraftForEdit, saveReleaseDraft } from './release-drafts';
import { applyTransition } from './transitions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
let topicId: string;
beforeAll(async () => {
  n = await freshNewsroom();
  const [topic] = await n.db
    .insert(topics)
    .values({ slug: 'water', labels: { fr: 'Eau', en: 'Water', es: 'Agua' } })
    .returning();
  topicId = topic!.id;
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const bodyOf = (...texts: string[]): RichTextDoc => ({ type: 'doc', content: texts.map(paragraph) });

const draft = (over: Partial<ReleaseDraftInput> = {}): ReleaseDraftInput => ({
  title: 'Rain tanks for twelve schools',
  summary: 'Twelve rural schools now collect rain water for the dry season.',
  datelineCity: 'Santiago de Veraguas',
  datelineCountry: 'Panama',
  body: bodyOf('Twelve schools in the province received rain tanks this week.'),
  contacts: [{ name: 'Ana Ríos', phones: ['+507 555 0100'], email: 'ana.rios@example.org' }],
  topicIds: [topicId],
  heroMediaId: null,
  ...over,
});

const signInAs = async (person: { id: string } | null) => actAs(person && (await reloadUser(n.db, person.id)));
const reload = async (id: string) => (await n.db.select().from(releases).where(eq(releases.id, id)))[0]!;
const auditCount = async () => (await n.db.select({ n: count() }).from(auditLog))[0]!.n;
const newDraft = () =>
  insertRelease(n.db, { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id }, { state: 'draft' });

/** What a call may not change when it is refused: the release row, its topics and the audit log. */
async function unchanged(id: string, call: () => Promise<unknown>) {
  const before = {
    release: await reload(id),
    topics: await n.db.select().from(releaseTopics).where(eq(releaseTopics.releaseId, id)),
    audit: await auditCount(),
  };
  let outcome: unknown;
  try {
    outcome = await call();
  } catch (error) {
    outcome = (error as { digest?: string }).digest;
  }
  expect({
    release: await reload(id),
    topics: await n.db.select().from(releaseTopics).where(eq(releaseTopics.releaseId, id)),
    audit: await auditCount(),
  }).toEqual(before);
  return outcome;
}

function createdId(result: Awaited<ReturnType<typeof createRelease>>): string {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.id;
}

describe('creating a release', () => {
  it('gives a writer a draft in their own office, with a slug made from the title', async () => {
    await signInAs(n.people.panamaWriter);
    const id = createdId(await createRelease({ title: 'Écoles et citernes à Veraguas', language: 'fr' }));
    const created = await reload(id);
    expect(created).toMatchObject({
      state: 'draft',
      officeId: n.offices.panama.id,
      authorId: n.people.panamaWriter.id,
      slug: 'ecoles-et-citernes-a-veraguas',
      version: 1,
    });
    expect(created.body).toEqual({ type: 'doc', content: [] });
  });

  it('makes the slug unique in its language only', async () => {
    await signInAs(n.people.panamaWriter);
    const again = await reload(
      createdId(await createRelease({ title: 'Écoles et citernes à Veraguas', language: 'fr' })),
    );
    const inSpanish = await reload(
      createdId(await createRelease({ title: 'Écoles et citernes à Veraguas', language: 'es' })),
    );
    expect(again.slug).toBe('ecoles-et-citernes-a-veraguas-2');
    expect(inSpanish.slug).toBe('ecoles-et-citernes-a-veraguas');
  });

  it('refuses a writer who names another office, creating nothing', async () => {
    await signInAs(n.people.panamaWriter);
    const before = (await n.db.select({ n: count() }).from(releases))[0]!.n;
    await expect(
      createRelease({ title: 'Elsewhere', language: 'fr', officeId: n.offices.senegal.id }),
    ).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect((await n.db.select({ n: count() }).from(releases))[0]!.n).toBe(before);
  });

  it('lets a regional editor create in a country office of their region, never outside it', async () => {
    await signInAs(n.people.americasEditor);
    const id = createdId(
      await createRelease({ title: 'Regional note', language: 'es', officeId: n.offices.panama.id }),
    );
    expect((await reload(id)).officeId).toBe(n.offices.panama.id);
    await expect(
      createRelease({ title: 'Not mine', language: 'fr', officeId: n.offices.senegal.id }),
    ).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });

  it('sends anonymous visitors to the sign-in page', async () => {
    await signInAs(null);
    await expect(createRelease({ title: 'Nobody', language: 'fr' })).rejects.toMatchObject({
      digest: expect.stringContaining('/login'),
    });
  });
});

describe('saving the working copy', () => {
  it('writes the fields, the plain text and the topics, bumps the version and audits it, without a revision', async () => {
    const release = await newDraft();
    await signInAs(n.people.panamaWriter);
    const result = await saveReleaseDraft(release.id, draft(), 1);
    expect(result).toMatchObject({ ok: true, version: 2 });
    const saved = await reload(release.id);
    expect(saved).toMatchObject({
      title: 'Rain tanks for twelve schools',
      datelineCity: 'Santiago de Veraguas',
      version: 2,
      lastEditedById: n.people.panamaWriter.id,
    });
    expect(saved.bodyText).toBe('Twelve schools in the province received rain tanks this week.');
    expect(
      await n.db
        .select({ topicId: releaseTopics.topicId })
        .from(releaseTopics)
        .where(eq(releaseTopics.releaseId, release.id)),
    ).toEqual([{ topicId }]);
    expect(await n.db.select().from(revisions).where(eq(revisions.releaseId, release.id))).toEqual([]);
    const [audit] = await n.db.select().from(auditLog).where(eq(auditLog.releaseId, release.id));
    expect(audit).toMatchObject({
      action: 'release.draft_saved',
      actorId: n.people.panamaWriter.id,
      data: { version: 2 },
    });
  });

  it('stores a French release in French typography, addresses untouched, and the plain text with it', async () => {
    const release = await newDraft();
    await signInAs(n.people.panamaWriter);
    await saveReleaseDraft(
      release.id,
      draft({
        title: "L'eau de pluie : 2 143 élèves servis !",
        summary: 'Douze écoles ; pourquoi pas plus ?',
        body: bodyOf('Écrire à presse@gob.pa ou voir https://gob.pa/eau?x=1 : merci !'),
      }),
      1,
    );
    const saved = await reload(release.id);
    expect(saved.title).toBe('L’eau de pluie\u00a0: 2\u202f143 élèves servis\u202f!');
    expect(saved.summary).toBe('Douze écoles\u202f; pourquoi pas plus\u202f?');
    expect(saved.bodyText).toBe('Écrire à presse@gob.pa ou voir https://gob.pa/eau?x=1\u00a0: merci\u202f!');
    expect(saved.body).toEqual(bodyOf(saved.bodyText));
  });

  it('stores an English or Spanish release as typed', async () => {
    const release = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { state: 'draft', language: 'es' },
    );
    await signInAs(n.people.panamaWriter);
    await saveReleaseDraft(release.id, draft({ title: 'Agua: 2 143 alumnos!' }), 1);
    expect((await reload(release.id)).title).toBe('Agua: 2 143 alumnos!');
  });

  it('refuses a save against an older version, changes nothing, and returns the server copy', async () => {
    const release = await newDraft();
    await signInAs(n.people.panamaWriter);
    await saveReleaseDraft(release.id, draft({ title: 'The first text' }), 1);
    const outcome = await unchanged(release.id, () =>
      saveReleaseDraft(release.id, draft({ title: 'A stale text' }), 1),
    );
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: { version: 2, title: 'The first text', topicIds: [topicId] },
    });
  });

  it('hands back a saved text that the editor recognises as the one it sent, though the database reorders its keys', async () => {
    const release = await newDraft();
    await signInAs(n.people.panamaWriter);
    const sent = draft({ body: bodyOf('Twelve schools.', 'Each tank holds ten thousand litres.') });
    await saveReleaseDraft(release.id, sent, 1);
    const stored = (await findReleaseDraftForEdit(release.id))!;
    expect(JSON.stringify(stored.body)).not.toBe(JSON.stringify(sent.body));
    expect(draftFingerprint(toEditorDraft(stored))).toBe(draftFingerprint(toEditorDraft(sent)));
  });

  it('says in a conflict whether the version was saved by the person themselves or by someone else', async () => {
    const release = await newDraft();
    await signInAs(n.people.panamaWriter);
    await saveReleaseDraft(release.id, draft({ title: 'Typed in another tab' }), 1);
    expect(await saveReleaseDraft(release.id, draft({ title: 'Typed here' }), 1)).toMatchObject({
      reason: 'conflict',
      current: { lastEditedByYou: true, lastEditedByName: n.people.panamaWriter.name },
    });
    await signInAs(n.people.americasEditor);
    expect(await saveReleaseDraft(release.id, draft({ title: 'The editor’s text' }), 1)).toMatchObject({
      reason: 'conflict',
      current: { lastEditedByYou: false, lastEditedByName: n.people.panamaWriter.name },
    });
  });

  it('lets exactly one of two saves from the same version win', async () => {
    const release = await newDraft();
    await signInAs(n.people.panamaWriter);
    const results = await Promise.all([
      saveReleaseDraft(release.id, draft({ title: 'Mine' }), 1),
      saveReleaseDraft(release.id, draft({ title: 'Theirs' }), 1),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === 'conflict')).toHaveLength(1);
    const winner = results.findIndex((result) => result.ok);
    expect(await reload(release.id)).toMatchObject({ version: 2, title: winner === 0 ? 'Mine' : 'Theirs' });
  });

  it('refuses a topic that does not exist, changing nothing', async () => {
    const release = await newDraft();
    await signInAs(n.people.panamaWriter);
    expect(
      await unchanged(release.id, () => saveReleaseDraft(release.id, draft({ topicIds: [crypto.randomUUID()] }), 1)),
    ).toEqual({ ok: false, reason: 'unknown_topic' });
  });

  it('refuses to change a release in review: its text is frozen', async () => {
    await signInAs(n.people.panamaWriter);
    const outcome = await unchanged(n.releases.panamaInReview.id, () =>
      saveReleaseDraft(n.releases.panamaInReview.id, draft(), n.releases.panamaInReview.version),
    );
    expect(outcome).toEqual({ ok: false, reason: 'frozen', state: 'in_review' });
  });

  it('lets an editor of the region edit, and counts them as the last editor', async () => {
    const release = await newDraft();
    await signInAs(n.people.americasEditor);
    expect(await saveReleaseDraft(release.id, draft(), 1)).toMatchObject({ ok: true });
    expect((await reload(release.id)).lastEditedById).toBe(n.people.americasEditor.id);
  });

  for (const [who, person] of [
    ['a writer of another office', () => n.people.senegalWriter],
    ['an editor outside the region', () => n.people.westAfricaEditor],
  ] as const) {
    it(`answers 404 to ${who}, changing nothing`, async () => {
      const release = await newDraft();
      await signInAs(person());
      expect(await unchanged(release.id, () => saveReleaseDraft(release.id, draft({ title: 'Taken over' }), 1))).toBe(
        'NEXT_HTTP_ERROR_FALLBACK;404',
      );
      expect(await unchanged(release.id, () => findReleaseDraftForEdit(release.id))).toBe(
        'NEXT_HTTP_ERROR_FALLBACK;404',
      );
    });
  }

  it('sends anonymous visitors to the sign-in page, changing nothing', async () => {
    const release = await newDraft();
    await signInAs(null);
    expect(await unchanged(release.id, () => saveReleaseDraft(release.id, draft(), 1))).toEqual(
      expect.stringContaining('/login'),
    );
  });

  it('edits only the working copy of a published release: the public text stays until it is published again', async () => {
    const words = Array.from({ length: 90 }, (_, index) => `word${index}`).join(' ');
    const release = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { ...draft({ body: bodyOf(words) }), bodyText: words, state: 'approved' },
    );
    await n.db.insert(releaseTopics).values({ releaseId: release.id, topicId });
    expect(await applyTransition({ kind: 'system' }, release.id, 'publish')).toMatchObject({
      ok: true,
      state: 'published',
    });
    const [before] = await n.db.select().from(publications).where(eq(publications.releaseId, release.id));

    await signInAs(n.people.panamaWriter);
    const { version } = await reload(release.id);
    expect(
      await saveReleaseDraft(
        release.id,
        draft({ title: 'A corrected title', body: bodyOf(`${words} corrected`) }),
        version,
      ),
    ).toMatchObject({ ok: true });

    expect(await reload(release.id)).toMatchObject({ title: 'A corrected title', state: 'published' });
    expect(await n.db.select().from(publications).where(eq(publications.releaseId, release.id))).toEqual([before]);
  });
});

describe('who may edit', () => {
  const scopeOf = (officeIds: string[]) => ({ kind: 'offices' as const, officeIds });
  it('is the writers of the office and the author, and editors of the office’s scope, in the editable states only', () => {
    const release = { officeId: 'panama', authorId: 'author', state: 'draft' as const };
    expect(editRightOf({ id: 'x', role: 'writer', officeId: 'panama', scope: scopeOf(['panama']) }, release)).toBe(
      'edit',
    );
    expect(editRightOf({ id: 'author', role: 'writer', officeId: 'moved', scope: scopeOf(['moved']) }, release)).toBe(
      'edit',
    );
    expect(editRightOf({ id: 'x', role: 'writer', officeId: 'dakar', scope: scopeOf(['dakar']) }, release)).toBe(
      'none',
    );
    expect(
      editRightOf({ id: 'x', role: 'editor', officeId: 'americas', scope: scopeOf(['americas', 'panama']) }, release),
    ).toBe('edit');
    expect(
      editRightOf({ id: 'x', role: 'editor', officeId: 'africa', scope: scopeOf(['africa', 'dakar']) }, release),
    ).toBe('none');
    expect(
      editRightOf(
        { id: 'x', role: 'writer', officeId: 'panama', scope: scopeOf(['panama']) },
        { ...release, state: 'scheduled' },
      ),
    ).toBe('frozen');
  });

  it('is never an admin, who reads every release and changes none', () => {
    const release = { officeId: 'panama', authorId: 'admin', state: 'draft' as const };
    expect(editRightOf({ id: 'admin', role: 'admin', officeId: 'hq', scope: { kind: 'all' } }, release)).toBe('none');
  });
});
