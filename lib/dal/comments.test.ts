import { and, asc, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, comments, notifications, outbox, releases, users } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRelease, insertRevision, insertUser } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import {
  addComment,
  listComments,
  listMentionableColleagues,
  reopenComment,
  replyToComment,
  resolveComment,
} from './comments';
import { applyTransition } from './transitions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const BODY_TEXT = [
  'Les coopératives de pêche de Colón partagent désormais une chambre froide sur le port.',
  'La chambre froide fonctionne avec son propre toit solaire.',
].join('\n');

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

/** A Panama release in review, written by the Panama writer, with one snapshot of its text. */
async function panamaReleaseInReview(title = 'Chambre froide partagée') {
  const release = await insertRelease(
    n.db,
    { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
    { title, state: 'in_review', bodyText: BODY_TEXT },
  );
  const revision = await insertRevision(n.db, release);
  return { ...release, revisionId: revision.id };
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect((error as { digest?: string } | undefined)?.digest).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
}

const countOf = async (table: typeof comments | typeof notifications | typeof outbox | typeof auditLog) =>
  (await n.db.select({ n: count() }).from(table))[0]!.n;
/** Everything a comment could change: the comments themselves, notifications, e-mails and the audit log. */
const everything = async () => ({
  comments: await n.db.select().from(comments).orderBy(asc(comments.id)),
  notifications: await countOf(notifications),
  outbox: await countOf(outbox),
  audit: await countOf(auditLog),
});

const notificationsOf = (commentId: string) =>
  n.db
    .select({ email: users.email, kind: notifications.kind })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.commentId, commentId))
    .orderBy(asc(users.email));

async function comment(
  author: { id: string; sessionVersion: number },
  releaseId: string,
  body: string,
  extra: Partial<Parameters<typeof addComment>[0]> = {},
) {
  actAs(author);
  const result = await addComment({ releaseId, body, mentionedUserIds: [], ...extra });
  if (!result.ok) throw new Error(`comment refused: ${result.reason}`);
  return result.commentId;
}

describe('commenting on a release', () => {
  it('lets an editor comment, shows the thread to everyone who sees the release, audits it and tells the author', async () => {
    const release = await panamaReleaseInReview();
    const id = await comment(n.people.americasEditor, release.id, 'Citez la mairie dans le deuxième paragraphe.');

    for (const person of [n.people.panamaWriter, n.people.americasEditor, n.people.hqEditor, n.people.admin]) {
      actAs(person);
      const threads = await listComments(release.id);
      expect(threads).toMatchObject([
        {
          id,
          authorName: 'americas.editor',
          body: 'Citez la mairie dans le deuxième paragraphe.',
          anchor: null,
          resolvedAt: null,
          replies: [],
        },
      ]);
    }
    expect(await notificationsOf(id)).toEqual([{ email: 'panama.writer@example.org', kind: 'commented' }]);
    expect(
      await n.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(sql`${auditLog.data}->>'commentId' = ${id}`),
    ).toEqual([{ action: 'comment.add' }]);
  });

  it('refuses a writer of another office with a 404, shows them no comment, and changes nothing', async () => {
    const release = await panamaReleaseInReview();
    const id = await comment(n.people.americasEditor, release.id, 'Une source manque.');
    const before = await everything();

    actAs(n.people.senegalWriter);
    await expectNotFound(listComments(release.id));
    await expectNotFound(listMentionableColleagues(release.id));
    await expectNotFound(addComment({ releaseId: release.id, body: 'Je peux commenter ?', mentionedUserIds: [] }));
    await expectNotFound(replyToComment({ commentId: id, body: 'Je réponds ?', mentionedUserIds: [] }));
    await expectNotFound(resolveComment(id));
    actAs(n.people.westAfricaEditor);
    await expectNotFound(resolveComment(id));

    expect(await everything()).toEqual(before);
  });

  it('answers 404 to a comment on a release that does not exist', async () => {
    actAs(n.people.hqEditor);
    await expectNotFound(addComment({ releaseId: crypto.randomUUID(), body: 'Où est-il ?', mentionedUserIds: [] }));
    await expectNotFound(listComments('not-a-uuid'));
  });
});

describe('replying', () => {
  it('adds the reply to the thread, keeps one level when answering a reply, and tells the thread’s people', async () => {
    const release = await panamaReleaseInReview();
    const thread = await comment(n.people.americasEditor, release.id, 'Le chiffre de 2023 est-il sûr ?');
    actAs(n.people.panamaWriter);
    const reply = await replyToComment({
      commentId: thread,
      body: 'Oui, il vient du rapport annuel.',
      mentionedUserIds: [],
    });
    actAs(n.people.hqEditor);
    const answer = await replyToComment({
      commentId: reply.ok ? reply.commentId : '',
      body: 'Alors citons le rapport.',
      mentionedUserIds: [],
    });

    expect(reply.ok && answer.ok).toBe(true);
    actAs(n.people.panamaWriter);
    const [listed] = await listComments(release.id);
    expect(listed!.replies.map((item) => [item.authorName, item.body])).toEqual([
      ['panama.writer', 'Oui, il vient du rapport annuel.'],
      ['hq.editor', 'Alors citons le rapport.'],
    ]);
    const stored = await n.db
      .select({ parentId: comments.parentId })
      .from(comments)
      .where(eq(comments.id, answer.ok ? answer.commentId : ''));
    expect(stored).toEqual([{ parentId: thread }]);
    expect(await notificationsOf(answer.ok ? answer.commentId : '')).toEqual([
      { email: 'americas.editor@example.org', kind: 'commented' },
      { email: 'panama.writer@example.org', kind: 'commented' },
    ]);
  });
});

describe('resolving and reopening', () => {
  it('lets the comment’s author resolve it and an editor of the office reopen it, both audited', async () => {
    const release = await panamaReleaseInReview();
    const thread = await comment(n.people.panamaWriter, release.id, 'J’ai ajouté la citation demandée.');

    actAs(n.people.panamaWriter);
    expect(await resolveComment(thread)).toEqual({ ok: true, commentId: thread });
    expect((await listComments(release.id))[0]).toMatchObject({ resolvedByName: 'panama.writer' });
    expect((await listComments(release.id))[0]!.resolvedAt).toBeInstanceOf(Date);
    expect(await resolveComment(thread)).toEqual({ ok: false, reason: 'already_resolved' });

    actAs(n.people.americasEditor);
    expect(await reopenComment(thread)).toEqual({ ok: true, commentId: thread });
    expect((await listComments(release.id))[0]).toMatchObject({ resolvedAt: null, resolvedByName: null });
    expect(await reopenComment(thread)).toEqual({ ok: false, reason: 'not_resolved' });

    const actions = await n.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(sql`${auditLog.data}->>'commentId' = ${thread}`)
      .orderBy(asc(auditLog.at));
    expect(actions.map((row) => row.action)).toEqual(['comment.add', 'comment.resolve', 'comment.reopen']);
  });

  it('lets the writer whose release it is resolve an editor’s thread, and reopen it', async () => {
    const release = await panamaReleaseInReview();
    const thread = await comment(n.people.americasEditor, release.id, 'Ajoutez le nom de la coopérative.');

    actAs(n.people.panamaWriter);
    expect((await listComments(release.id))[0]).toMatchObject({ id: thread, canResolve: true });
    expect(await resolveComment(thread)).toEqual({ ok: true, commentId: thread });
    expect((await listComments(release.id))[0]).toMatchObject({ resolvedByName: 'panama.writer' });
    expect(await reopenComment(thread)).toEqual({ ok: true, commentId: thread });
  });

  it('does not let a writer of the same office settle a thread on a colleague’s release', async () => {
    const release = await panamaReleaseInReview();
    const thread = await comment(n.people.americasEditor, release.id, 'La date est-elle juste ?');
    const colleague = await insertUser(n.db, n.offices.panama.id, 'writer', { email: 'other.panama@example.org' });
    const before = await everything();

    actAs(colleague);
    expect((await listComments(release.id))[0]).toMatchObject({ id: thread, canResolve: false });
    expect(await resolveComment(thread)).toEqual({ ok: false, reason: 'not_allowed' });
    expect(await everything()).toEqual(before);
  });

  it('answers 404 to a writer of another office resolving a thread on the release, changing nothing', async () => {
    const release = await panamaReleaseInReview();
    const thread = await comment(n.people.americasEditor, release.id, 'Citez la source.');
    const before = await everything();

    actAs(n.people.senegalWriter);
    await expectNotFound(resolveComment(thread));
    await expectNotFound(reopenComment(thread));
    expect(await everything()).toEqual(before);
  });

  it('refuses a writer who did not write the comment, and a reply, changing nothing', async () => {
    const release = await panamaReleaseInReview();
    const thread = await comment(n.people.americasEditor, release.id, 'Raccourcissez le titre.');
    const colleague = await insertUser(n.db, n.offices.panama.id, 'writer', { email: 'colleague.panama@example.org' });
    actAs(n.people.panamaWriter);
    const reply = await replyToComment({ commentId: thread, body: 'C’est fait.', mentionedUserIds: [] });
    const before = await everything();

    actAs(colleague);
    expect(await resolveComment(thread)).toEqual({ ok: false, reason: 'not_allowed' });
    actAs(n.people.panamaWriter);
    expect(await resolveComment(reply.ok ? reply.commentId : '')).toEqual({ ok: false, reason: 'not_a_thread' });

    expect(await everything()).toEqual(before);
  });
});

describe('mentioning colleagues', () => {
  it('offers everyone else who can see the release, and no one else', async () => {
    const release = await panamaReleaseInReview();
    actAs(n.people.americasEditor);
    const names = (await listMentionableColleagues(release.id)).map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(['admin', 'hq.editor', 'panama.writer']));
    expect(names).not.toContain('americas.editor');
    expect(names).not.toContain('senegal.writer');
    expect(names).not.toContain('west-africa.editor');
  });

  it('tells the mentioned person with a notification and an e-mail, and the author once, as a mention', async () => {
    const release = await panamaReleaseInReview();
    const id = await comment(n.people.americasEditor, release.id, '@panama.writer @hq.editor pouvez-vous vérifier ?', {
      mentionedUserIds: [n.people.panamaWriter.id, n.people.hqEditor.id, n.people.panamaWriter.id],
    });

    expect(await notificationsOf(id)).toEqual([
      { email: 'hq.editor@example.org', kind: 'mentioned' },
      { email: 'panama.writer@example.org', kind: 'mentioned' },
    ]);
    const mails = await n.db
      .select({ recipient: outbox.recipient, body: outbox.body })
      .from(outbox)
      .where(sql`${outbox.payload}->>'commentId' = ${id}`)
      .orderBy(asc(outbox.recipient));
    expect(mails.map((mail) => mail.recipient)).toEqual(['hq.editor@example.org', 'panama.writer@example.org']);
    expect(mails[0]!.body).toContain(`/workspace/releases/${release.id}#comment-${id}`);
    actAs(n.people.panamaWriter);
    expect((await listComments(release.id))[0]!.mentions.map((person) => person.name).sort()).toEqual([
      'hq.editor',
      'panama.writer',
    ]);
  });

  it('refuses to mention someone who cannot see the release, and writes nothing at all', async () => {
    const release = await panamaReleaseInReview();
    const before = await everything();

    actAs(n.people.americasEditor);
    for (const outsider of [n.people.senegalWriter.id, n.people.westAfricaEditor.id, crypto.randomUUID()]) {
      const result = await addComment({
        releaseId: release.id,
        body: 'Regardez ceci',
        mentionedUserIds: [n.people.panamaWriter.id, outsider],
      });
      expect(result).toEqual({ ok: false, reason: 'mention_not_allowed' });
    }
    const thread = await comment(n.people.americasEditor, release.id, 'Un fil');
    const afterThread = await everything();
    actAs(n.people.americasEditor);
    expect(
      await replyToComment({ commentId: thread, body: 'Et vous ?', mentionedUserIds: [n.people.senegalWriter.id] }),
    ).toEqual({ ok: false, reason: 'mention_not_allowed' });

    expect(afterThread.comments).toHaveLength(before.comments.length + 1);
    expect(await everything()).toEqual(afterThread);
  });

  it('refuses to mention a deactivated account', async () => {
    const release = await panamaReleaseInReview();
    const gone = await insertUser(n.db, n.offices.panama.id, 'writer', { active: false });
    actAs(n.people.americasEditor);
    expect(await addComment({ releaseId: release.id, body: 'Vu ?', mentionedUserIds: [gone.id] })).toEqual({
      ok: false,
      reason: 'mention_not_allowed',
    });
  });
});

describe('inline comments', () => {
  const anchor = { quote: 'son propre toit solaire', prefix: 'La chambre froide fonctionne avec ', suffix: '.' };

  it('keeps the quoted passage and the revision it was written on, and finds it in the current text', async () => {
    const release = await panamaReleaseInReview();
    const id = await comment(n.people.americasEditor, release.id, 'Quelle puissance ?', { anchor });

    const [stored] = await n.db
      .select({ anchor: comments.anchor, revisionId: comments.revisionId })
      .from(comments)
      .where(eq(comments.id, id));
    expect(stored).toEqual({ anchor, revisionId: release.revisionId });
    actAs(n.people.panamaWriter);
    expect((await listComments(release.id))[0]).toMatchObject({ anchor, anchorFound: true });
  });

  it('keeps a comment whose passage was edited away, marked as on text that has changed', async () => {
    const release = await panamaReleaseInReview();
    await comment(n.people.americasEditor, release.id, 'Quelle puissance ?', { anchor });
    await n.db
      .update(releases)
      .set({ bodyText: BODY_TEXT.replace('son propre toit solaire', 'des panneaux installés en 2024') })
      .where(eq(releases.id, release.id));

    actAs(n.people.panamaWriter);
    expect((await listComments(release.id))[0]).toMatchObject({
      anchor,
      anchorFound: false,
      body: 'Quelle puissance ?',
    });
  });
});

describe('workflow events after a comment', () => {
  it('reach everyone who commented, the author once, and never the person acting', async () => {
    const release = await panamaReleaseInReview();
    const thread = await comment(n.people.hqEditor, release.id, 'Le titre est trop long.');
    actAs(n.people.panamaWriter);
    await replyToComment({ commentId: thread, body: 'Je le raccourcis.', mentionedUserIds: [] });
    await comment(n.people.americasEditor, release.id, 'D’accord avec la remarque.');

    const result = await applyTransition(
      { kind: 'user', id: n.people.americasEditor.id, role: 'editor' },
      release.id,
      'request_changes',
      { comment: 'Raccourcir le titre.' },
    );

    expect(result.ok).toBe(true);
    const told = await n.db
      .select({ email: users.email })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(notifications.releaseId, release.id), eq(notifications.kind, 'changes_requested')))
      .orderBy(asc(users.email));
    expect(told.map((row) => row.email)).toEqual(['hq.editor@example.org', 'panama.writer@example.org']);
    expect(
      await n.db
        .select({ recipient: outbox.recipient })
        .from(outbox)
        .where(
          and(
            sql`${outbox.payload}->>'releaseId' = ${release.id}`,
            sql`${outbox.payload}->>'kind' = 'changes_requested'`,
          ),
        )
        .orderBy(asc(outbox.recipient)),
    ).toEqual([{ recipient: 'hq.editor@example.org' }, { recipient: 'panama.writer@example.org' }]);
  });
});
