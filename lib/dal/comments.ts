import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, type SQL } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Transaction } from '@/db/client';
import { comments, offices, releases, revisions, users } from '@/db/schema';
import { findQuote, type TextQuote } from '@/lib/comments/anchor';
import type { LocalizedText } from '@/lib/i18n/locales';
import type { CommentInput, ReplyInput } from '@/lib/validation/comments';
import { recordAudit } from './audit';
import { inOfficeScope } from './scope';
import { notifyPeople } from './notify';
import { jobs } from '@/lib/dal/job-system';
import { visibleReleaseCondition } from './releases';
import { getCurrentUser, type CurrentUser } from './session';

export type CommentDTO = {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
  /** The people named in the body, as the server resolved them when the comment was posted. */
  mentions: { id: string; name: string }[];
};

export type CommentThreadDTO = CommentDTO & {
  /** The quoted passage of an inline comment; `null` for a comment on the whole release. */
  anchor: TextQuote | null;
  /** Whether the quoted passage is still in the release's current text. */
  anchorFound: boolean;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  /** Whether the signed-in person may resolve or reopen it: its author, the release's author, or an editor. */
  canResolve: boolean;
  replies: CommentDTO[];
};

export type MentionableDTO = { id: string; name: string; officeNames: LocalizedText };

export type CommentRefusal =
  'mention_not_allowed' | 'not_a_thread' | 'not_allowed' | 'already_resolved' | 'not_resolved';
export type CommentResult = { ok: true; commentId: string } | { ok: false; reason: CommentRefusal };

type VisibleRelease = {
  id: string;
  title: string;
  officeId: string;
  authorId: string;
  lastEditedById: string | null;
  bodyText: string;
};

const releaseColumns = {
  id: releases.id,
  title: releases.title,
  officeId: releases.officeId,
  authorId: releases.authorId,
  lastEditedById: releases.lastEditedById,
  bodyText: releases.bodyText,
};

async function findVisibleRelease(
  tx: Transaction | typeof db,
  user: CurrentUser,
  releaseId: string,
): Promise<VisibleRelease | undefined> {
  if (!z.uuid().safeParse(releaseId).success) return undefined;
  const [row] = await tx.select(releaseColumns).from(releases).where(visibleReleaseCondition(user, releaseId));
  return row;
}

const releaseOffice = alias(offices, 'release_office');

/**
 * Who may see releases of an office, as a condition on `users` joined with their office: its own
 * people, editors of the regional office above it, editors at headquarters and admins. The same
 * rule as `officeScopeFor`, asked the other way round.
 */
function canSeeOffice(officeId: string): SQL {
  return or(
    eq(users.officeId, officeId),
    eq(users.role, 'admin'),
    and(eq(users.role, 'editor'), eq(offices.kind, 'hq')),
    and(eq(users.role, 'editor'), eq(offices.kind, 'regional'), eq(releaseOffice.parentId, users.officeId)),
  )!;
}

function colleaguesWhoCanSee(tx: Transaction | typeof db, release: VisibleRelease, where?: SQL) {
  return tx
    .select({ id: users.id, name: users.name, officeNames: offices.names })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .innerJoin(releaseOffice, eq(releaseOffice.id, release.officeId))
    .where(and(eq(users.active, true), canSeeOffice(release.officeId), where))
    .orderBy(asc(users.name));
}

/** The colleagues the signed-in person may mention in a comment on a release: everyone else who can see it. */
export async function listMentionableColleagues(releaseId: string): Promise<MentionableDTO[]> {
  const user = await getCurrentUser();
  const release = await findVisibleRelease(db, user, releaseId);
  if (!release) notFound();
  return colleaguesWhoCanSee(db, release, ne(users.id, user.id));
}

/**
 * The threads of a release, oldest first, each with its replies; calls notFound() for a release the
 * person may not see. Memoised per request: the editor (for its highlights) and the comments panel both read it.
 */
export const listComments = cache(async (releaseId: string): Promise<CommentThreadDTO[]> => {
  const user = await getCurrentUser();
  const release = await findVisibleRelease(db, user, releaseId);
  if (!release) notFound();
  const author = alias(users, 'comment_author');
  const resolver = alias(users, 'comment_resolver');
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorId: comments.authorId,
      authorName: author.name,
      body: comments.body,
      anchor: comments.anchor,
      mentionedUserIds: comments.mentionedUserIds,
      resolvedAt: comments.resolvedAt,
      resolvedByName: resolver.name,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(author, eq(author.id, comments.authorId))
    .leftJoin(resolver, eq(resolver.id, comments.resolvedById))
    .where(eq(comments.releaseId, release.id))
    .orderBy(asc(comments.createdAt), asc(comments.id));

  const mentionedIds = [...new Set(rows.flatMap((row) => row.mentionedUserIds))];
  const named = mentionedIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, mentionedIds))
    : [];
  const nameOf = new Map(named.map((person) => [person.id, person.name]));
  const toDTO = (row: (typeof rows)[number]): CommentDTO => ({
    id: row.id,
    authorName: row.authorName,
    body: row.body,
    createdAt: row.createdAt,
    mentions: row.mentionedUserIds.flatMap((id) => (nameOf.has(id) ? [{ id, name: nameOf.get(id)! }] : [])),
  });

  const threads = rows
    .filter((row) => !row.parentId)
    .map((row): CommentThreadDTO => ({
      ...toDTO(row),
      anchor: row.anchor,
      anchorFound: row.anchor ? findQuote(release.bodyText, row.anchor) !== null : false,
      resolvedAt: row.resolvedAt,
      resolvedByName: row.resolvedByName,
      canResolve: mayResolve(user, row.authorId, release.authorId),
      replies: [],
    }));
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  for (const row of rows) if (row.parentId) byId.get(row.parentId)?.replies.push(toDTO(row));
  return threads;
});

/** The mentioned people, if every one of them may see the release; `undefined` if any may not (or does not exist). */
async function resolveMentions(
  tx: Transaction,
  release: VisibleRelease,
  requested: string[],
): Promise<string[] | undefined> {
  const ids = [...new Set(requested)];
  if (ids.length === 0) return [];
  if (!ids.every((id) => z.uuid().safeParse(id).success)) return undefined;
  const found = await colleaguesWhoCanSee(tx, release, inArray(users.id, ids));
  return found.length === ids.length ? found.map((person) => person.id) : undefined;
}

const actorOf = (user: CurrentUser) => ({ id: user.id, email: user.email });

async function announce(
  tx: Transaction,
  user: CurrentUser,
  release: VisibleRelease,
  commentId: string,
  mentioned: string[],
  involved: (string | null)[],
  now: Date,
) {
  const event = { release, actor: user, commentId, now };
  await notifyPeople(tx, mentioned, { ...event, kind: 'mentioned' });
  // Someone who is mentioned hears about the comment once, as a mention.
  await notifyPeople(
    tx,
    involved.filter((id) => !id || !mentioned.includes(id)),
    { ...event, kind: 'commented' },
  );
}

/**
 * Posts a comment on a release, on the whole text or on a quoted passage, and tells the people
 * it mentions and the release's author. Calls notFound() for a release the person may not see.
 */
export async function addComment(input: CommentInput, now: Date = new Date()): Promise<CommentResult> {
  const user = await getCurrentUser();
  await jobs(); // the mail jobs are written in the transaction
  return db.transaction(async (tx): Promise<CommentResult> => {
    const [release] = await tx
      .select(releaseColumns)
      .from(releases)
      .where(visibleReleaseCondition(user, input.releaseId))
      .for('update');
    if (!release) notFound();
    const mentioned = await resolveMentions(tx, release, input.mentionedUserIds);
    if (!mentioned) return { ok: false, reason: 'mention_not_allowed' };
    // An inline comment remembers the text it was written on: the release's latest snapshot.
    const [revision] = input.anchor
      ? await tx
          .select({ id: revisions.id })
          .from(revisions)
          .where(eq(revisions.releaseId, release.id))
          .orderBy(desc(revisions.number))
          .limit(1)
      : [];
    const [comment] = await tx
      .insert(comments)
      .values({
        releaseId: release.id,
        authorId: user.id,
        body: input.body,
        anchor: input.anchor ?? null,
        revisionId: revision?.id ?? null,
        mentionedUserIds: mentioned,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: comments.id });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'comment.add',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { commentId: comment!.id, inline: Boolean(input.anchor), mentioned },
    });
    await announce(tx, user, release, comment!.id, mentioned, [release.authorId, release.lastEditedById], now);
    return { ok: true, commentId: comment!.id };
  });
}

/** A comment and its release, if the person may see that release. */
async function findVisibleComment(tx: Transaction, user: CurrentUser, commentId: string) {
  if (!z.uuid().safeParse(commentId).success) return undefined;
  const [row] = await tx
    .select({ comment: comments, release: releaseColumns })
    .from(comments)
    .innerJoin(releases, eq(releases.id, comments.releaseId))
    .where(and(eq(comments.id, commentId), inOfficeScope(user.scope, releases.officeId)))
    .for('update', { of: comments });
  return row;
}

/**
 * Replies to a thread (a reply to a reply joins the same thread: one level is enough), telling
 * the people it mentions, the thread's participants and the release's author.
 */
export async function replyToComment(input: ReplyInput, now: Date = new Date()): Promise<CommentResult> {
  const user = await getCurrentUser();
  await jobs(); // the mail jobs are written in the transaction
  return db.transaction(async (tx): Promise<CommentResult> => {
    const found = await findVisibleComment(tx, user, input.commentId);
    if (!found) notFound();
    const { comment: parent, release } = found;
    const threadId = parent.parentId ?? parent.id;
    const mentioned = await resolveMentions(tx, release, input.mentionedUserIds);
    if (!mentioned) return { ok: false, reason: 'mention_not_allowed' };
    const [reply] = await tx
      .insert(comments)
      .values({
        releaseId: release.id,
        parentId: threadId,
        authorId: user.id,
        body: input.body,
        mentionedUserIds: mentioned,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: comments.id });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'comment.reply',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { commentId: reply!.id, threadId, mentioned },
    });
    const participants = await tx
      .selectDistinct({ id: comments.authorId })
      .from(comments)
      .where(or(eq(comments.id, threadId), eq(comments.parentId, threadId)));
    await announce(
      tx,
      user,
      release,
      reply!.id,
      mentioned,
      [...participants.map((row) => row.id), release.authorId, release.lastEditedById],
      now,
    );
    return { ok: true, commentId: reply!.id };
  });
}

/**
 * Who settles a thread: whoever opened it, the writer whose release it is (the comments are for
 * them to act on), and the editors of the release's offices.
 */
const mayResolve = (user: CurrentUser, threadAuthorId: string, releaseAuthorId: string) =>
  threadAuthorId === user.id || releaseAuthorId === user.id || user.role === 'editor';

async function setResolved(commentId: string, resolved: boolean, now: Date): Promise<CommentResult> {
  const user = await getCurrentUser();
  await jobs(); // the mail jobs are written in the transaction
  return db.transaction(async (tx): Promise<CommentResult> => {
    const found = await findVisibleComment(tx, user, commentId);
    if (!found) notFound();
    const { comment, release } = found;
    if (comment.parentId) return { ok: false, reason: 'not_a_thread' };
    if (!mayResolve(user, comment.authorId, release.authorId)) return { ok: false, reason: 'not_allowed' };
    if (resolved && comment.resolvedAt) return { ok: false, reason: 'already_resolved' };
    if (!resolved && !comment.resolvedAt) return { ok: false, reason: 'not_resolved' };
    await tx
      .update(comments)
      .set(
        resolved
          ? { resolvedAt: now, resolvedById: user.id, updatedAt: now }
          : { resolvedAt: null, resolvedById: null, updatedAt: now },
      )
      .where(and(eq(comments.id, comment.id), resolved ? isNull(comments.resolvedAt) : isNotNull(comments.resolvedAt)));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: resolved ? 'comment.resolve' : 'comment.reopen',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { commentId: comment.id },
    });
    return { ok: true, commentId: comment.id };
  });
}

/** Marks a thread as dealt with; its author, the release's author or an editor of the release's offices may. */
export async function resolveComment(commentId: string, now: Date = new Date()): Promise<CommentResult> {
  return setResolved(commentId, true, now);
}

/** Opens a resolved thread again; its author, the release's author or an editor of the release's offices may. */
export async function reopenComment(commentId: string, now: Date = new Date()): Promise<CommentResult> {
  return setResolved(commentId, false, now);
}
