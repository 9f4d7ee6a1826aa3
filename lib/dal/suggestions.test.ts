import { count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, publications, releases, revisions } from '@/db/schema';
import { toPublicationValues } from '@/lib/publications/publication-values';
import { listSuggestions } from '@/lib/rich-text/suggestions';
import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { decideSuggestions, saveSuggestions } from './suggestions';
import { applyTransition } from './transitions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const doc = (...runs: RichTextNode[]): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: runs }],
});
const ORIGINAL = doc(text('The council opens ten small schools.'));
/** What the suggestion editor sends: "new " inserted, "small " deleted, under ids it made up. */
const suggested = (by = { id: 'browser', name: 'Browser' }) => {
  const attrs = (id: string) => ({ id, authorId: by.id, authorName: by.name, createdAt: '2000-01-01T00:00:00.000Z' });
  return doc(
    text('The council opens '),
    text('new ', [{ type: 'suggestionInsert', attrs: attrs('ins-1') }]),
    text('ten '),
    text('small ', [{ type: 'suggestionDelete', attrs: attrs('del-1') }]),
    text('schools.'),
  );
};

const signInAs = async (person: { id: string } | null) => actAs(person && (await reloadUser(n.db, person.id)));
const reload = async (id: string) => (await n.db.select().from(releases).where(eq(releases.id, id)))[0]!;
const auditCount = async () => (await n.db.select({ n: count() }).from(auditLog))[0]!.n;
const editor = () => ({ kind: 'user', id: n.people.americasEditor.id, role: 'editor' }) as const;
const inReview = () =>
  insertRelease(
    n.db,
    { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
    { state: 'in_review', body: ORIGINAL, bodyText: 'The council opens ten small schools.', version: 3 },
  );

/** A release in review with the americas editor's two suggestions saved on it. */
async function withSuggestions() {
  const release = await inReview();
  await signInAs(n.people.americasEditor);
  expect(await saveSuggestions(release.id, suggested(), 3)).toEqual({ ok: true, version: 4 });
  return release;
}

async function unchanged(id: string, call: () => Promise<unknown>) {
  const before = { release: await reload(id), audit: await auditCount() };
  let outcome: unknown;
  try {
    outcome = await call();
  } catch (error) {
    outcome = (error as { digest?: string }).digest;
  }
  expect({ release: await reload(id), audit: await auditCount() }).toEqual(before);
  return outcome;
}

describe('suggesting changes to a release in review', () => {
  it('stores them signed with the editor and the time, without changing the text or its author', async () => {
    const release = await inReview();
    await signInAs(n.people.americasEditor);
    const now = new Date('2026-12-07T09:30:00.000Z');
    expect(await saveSuggestions(release.id, suggested(), 3, now)).toEqual({ ok: true, version: 4 });
    const saved = await reload(release.id);
    expect(listSuggestions(saved.body)).toEqual([
      expect.objectContaining({
        kind: 'insert',
        text: 'new ',
        authorId: n.people.americasEditor.id,
        createdAt: now.toISOString(),
      }),
      expect.objectContaining({ kind: 'delete', text: 'small ', authorId: n.people.americasEditor.id }),
    ]);
    expect(saved.bodyText).toBe('The council opens ten small schools.');
    expect(saved.lastEditedById).toBeNull();
  });

  it('refuses a suggestion save that changes the text itself', async () => {
    const release = await inReview();
    await signInAs(n.people.americasEditor);
    expect(await unchanged(release.id, () => saveSuggestions(release.id, doc(text('Rewritten.')), 3))).toEqual({
      ok: false,
      reason: 'text_changed',
    });
  });

  it('gives the current text back to a save made from an older version', async () => {
    const release = await withSuggestions();
    await signInAs(n.people.hqEditor);
    const outcome = await unchanged(release.id, () => saveSuggestions(release.id, suggested(), 3));
    expect(outcome).toMatchObject({ ok: false, reason: 'conflict', current: { version: 4 } });
  });

  it('only takes suggestions while the release is in review', async () => {
    const release = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { state: 'approved', body: ORIGINAL },
    );
    await signInAs(n.people.americasEditor);
    expect(await unchanged(release.id, () => saveSuggestions(release.id, suggested(), 1))).toEqual({
      ok: false,
      reason: 'wrong_state',
    });
  });

  it('answers 404 to a writer of another office and to an admin, changing nothing', async () => {
    const release = await inReview();
    await signInAs(n.people.senegalWriter);
    expect(await unchanged(release.id, () => saveSuggestions(release.id, suggested(), 3))).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
    await signInAs(n.people.admin);
    expect(await unchanged(release.id, () => saveSuggestions(release.id, suggested(), 3))).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
  });
});

describe('accepting and rejecting suggestions', () => {
  it('lets the writer accept one and reject the other, each in a revision naming who suggested and who decided', async () => {
    const release = await withSuggestions();
    const [insertion, deletion] = listSuggestions((await reload(release.id)).body);
    await signInAs(n.people.panamaWriter);
    const accepted = await decideSuggestions(release.id, [insertion!.id], 'accept');
    expect(accepted).toMatchObject({ ok: true, version: 5 });
    const rejected = await decideSuggestions(release.id, [deletion!.id], 'reject');
    expect(rejected).toMatchObject({ ok: true, version: 6 });
    const after = await reload(release.id);
    expect(after.bodyText).toBe('The council opens new ten small schools.');
    expect(listSuggestions(after.body)).toEqual([]);
    const history = await n.db
      .select()
      .from(revisions)
      .where(eq(revisions.releaseId, release.id))
      .orderBy(desc(revisions.number));
    expect(history.map((revision) => [revision.contentAuthorId, revision.createdById])).toEqual([
      [n.people.panamaWriter.id, n.people.panamaWriter.id],
      [n.people.americasEditor.id, n.people.panamaWriter.id],
    ]);
    expect(history[1]!.message).toContain('Accepted insertion “new ” suggested by');
    expect(history[0]!.message).toContain('Rejected deletion “small ”');
  });

  it('lets an editor accept all at once, or reject all at once', async () => {
    const one = await withSuggestions();
    await signInAs(n.people.hqEditor);
    expect(await decideSuggestions(one.id, 'all', 'accept')).toMatchObject({ ok: true });
    expect((await reload(one.id)).bodyText).toBe('The council opens new ten schools.');
    const other = await withSuggestions();
    await signInAs(n.people.hqEditor);
    expect(await decideSuggestions(other.id, 'all', 'reject')).toMatchObject({ ok: true });
    expect((await reload(other.id)).body).toEqual(ORIGINAL);
  });

  it('refuses a suggestion that is no longer open', async () => {
    const release = await withSuggestions();
    await signInAs(n.people.panamaWriter);
    expect(await unchanged(release.id, () => decideSuggestions(release.id, ['gone'], 'accept'))).toEqual({
      ok: false,
      reason: 'unknown_suggestion',
    });
  });

  it('answers 404 to a writer of another office, an editor of another region and an admin, changing nothing', async () => {
    const release = await withSuggestions();
    for (const person of [n.people.senegalWriter, n.people.westAfricaEditor, n.people.admin]) {
      await signInAs(person);
      expect(await unchanged(release.id, () => decideSuggestions(release.id, 'all', 'accept'))).toBe(
        'NEXT_HTTP_ERROR_FALLBACK;404',
      );
    }
  });
});

describe('approving a release that had suggestions', () => {
  it('is refused while suggestions are open', async () => {
    const release = await withSuggestions();
    expect(await applyTransition(editor(), release.id, 'approve')).toEqual({ ok: false, reason: 'open_suggestions' });
    expect((await reload(release.id)).state).toBe('in_review');
  });

  it('is open to the editor whose suggestions the writer accepted: suggesting is not writing', async () => {
    const release = await withSuggestions();
    await signInAs(n.people.panamaWriter);
    await decideSuggestions(release.id, 'all', 'accept');
    expect(await applyTransition(editor(), release.id, 'approve')).toMatchObject({ ok: true, state: 'approved' });
  });

  it('is refused to the editor who accepted their own suggestion: that is changing the text', async () => {
    const release = await withSuggestions();
    await signInAs(n.people.americasEditor);
    await decideSuggestions(release.id, 'all', 'accept');
    expect(await applyTransition(editor(), release.id, 'approve')).toEqual({ ok: false, reason: 'four_eyes' });
  });
});

describe('the public never reads a suggestion', () => {
  it('refuses to publish a working copy that holds one, whatever way it got there, and writes nothing public', async () => {
    const release = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { state: 'approved', body: suggested(n.people.americasEditor), bodyText: 'The council opens ten small schools.' },
    );
    expect(await applyTransition(editor(), release.id, 'publish')).toEqual({ ok: false, reason: 'open_suggestions' });
    expect(await n.db.select().from(publications).where(eq(publications.releaseId, release.id))).toEqual([]);
    expect((await reload(release.id)).state).toBe('approved');
  });

  it('renders a revision that holds one for the portal as its original text: deletions kept, insertions dropped', () => {
    const values = toPublicationValues({
      release: { id: 'r', language: 'en', slug: 's', translationGroupId: 'g' },
      revision: {
        id: 'v',
        title: 'T',
        summary: 'S',
        datelineCity: 'Panama',
        datelineCountry: '',
        body: suggested(),
        bodyText: 'The council opens ten small schools.',
        contacts: [],
      },
      office: { id: 'o', code: 'PA', names: { fr: 'P', en: 'P', es: 'P' }, regionCode: null },
      topicSlugs: [],
      publishedAt: new Date(),
      revisedAt: null,
    });
    expect(values.bodyHtml).toBe('<p>The council opens ten small schools.</p>');
  });
});
