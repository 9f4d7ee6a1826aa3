import 'server-only';
import { eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { releases } from '@/db/schema';
import { writesReleases } from '@/lib/auth/roles';
import { toPlainText } from '@/lib/rich-text/plain-text';
import {
  listSuggestions,
  resolveSuggestions,
  signSuggestions,
  type Suggestion,
  type SuggestionDecision,
  type SuggestionProblem,
} from '@/lib/rich-text/suggestions';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { recordAudit } from './audit';
import { editRightOf } from './release-drafts';
import { visibleReleaseCondition } from './releases';
import { getCurrentUser } from './session';
import { snapshotRevision, topicIdsOf } from './snapshots';

export type SaveSuggestionsResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'wrong_state' | SuggestionProblem }
  | { ok: false; reason: 'conflict'; current: { body: RichTextDoc; version: number } };

export type DecideSuggestionsResult =
  { ok: true; version: number; revisionId: string } | { ok: false; reason: 'unknown_suggestion' };

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/**
 * Saves the text of a release in review as the signed-in colleague suggests changing it: the
 * text itself stays as it was, what they typed or deleted is stored as their suggestions (signed
 * with their name and the server's time, see signSuggestions). Anyone of the newsroom who may see
 * the release may suggest; the person is not counted as having written the text. Of two saves
 * from the same version one wins, the other gets the current text back. Calls notFound() for a
 * release the person may not see, and for admins, who only read.
 */
export async function saveSuggestions(
  releaseId: string,
  body: RichTextDoc,
  expectedVersion: number,
  now: Date = new Date(),
): Promise<SaveSuggestionsResult> {
  const user = await getCurrentUser();
  if (!isUuid(releaseId) || !writesReleases(user)) notFound();
  return db.transaction(async (tx): Promise<SaveSuggestionsResult> => {
    const [row] = await tx.select().from(releases).where(visibleReleaseCondition(user, releaseId)).for('update');
    if (!row) notFound();
    if (row.state !== 'in_review') return { ok: false, reason: 'wrong_state' };
    if (row.version !== expectedVersion)
      return { ok: false, reason: 'conflict', current: { body: row.body, version: row.version } };
    const signed = signSuggestions(row.body, body, { id: user.id, name: user.name }, now);
    if (!signed.ok) return { ok: false, reason: signed.problem };
    const [saved] = await tx
      .update(releases)
      .set({ body: signed.doc, bodyText: toPlainText(signed.doc), version: row.version + 1 })
      .where(eq(releases.id, row.id))
      .returning({ version: releases.version });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.suggested',
      subjectType: 'release',
      subjectId: row.id,
      releaseId: row.id,
      data: { version: saved!.version, open: listSuggestions(signed.doc).length },
    });
    return { ok: true, version: saved!.version };
  });
}

const MESSAGE_MAX = 500;
const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

/** How the revision history tells who suggested what, and who decided. */
function decisionMessage(decision: SuggestionDecision, decided: Suggestion[]): string {
  const verb = decision === 'accept' ? 'Accepted' : 'Rejected';
  const items = decided.map(
    (suggestion) =>
      `${suggestion.kind === 'insert' ? 'insertion' : 'deletion'} ${quote(suggestion.text)} suggested by ${suggestion.authorName} (${suggestion.createdAt.slice(0, 16).replace('T', ' ')} UTC)`,
  );
  const message = `${verb} ${items.join('; ')}`;
  return message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message;
}

/**
 * Accepts or rejects suggestions of a release's text, the named ones or all of them, as its
 * writer (anyone who may edit it) or an editor of its office. Takes a revision naming who
 * suggested and who decided; the suggester is credited in it but does not become an author of
 * the release for the four-eyes rule, unless they accept their own suggestion. Refuses ids that
 * are no longer open (someone decided them meanwhile). Calls notFound() for a release the person
 * may not see or may not change.
 */
export async function decideSuggestions(
  releaseId: string,
  ids: readonly string[] | 'all',
  decision: SuggestionDecision,
  now: Date = new Date(),
): Promise<DecideSuggestionsResult> {
  const user = await getCurrentUser();
  if (!isUuid(releaseId)) notFound();
  return db.transaction(async (tx): Promise<DecideSuggestionsResult> => {
    const [row] = await tx.select().from(releases).where(visibleReleaseCondition(user, releaseId)).for('update');
    if (!row || editRightOf(user, row) === 'none') notFound();
    const open = listSuggestions(row.body);
    const decided = ids === 'all' ? open : open.filter((suggestion) => ids.includes(suggestion.id));
    if (decided.length === 0 || (ids !== 'all' && decided.length !== new Set(ids).size))
      return { ok: false, reason: 'unknown_suggestion' };
    const body = resolveSuggestions(
      row.body,
      decided.map((suggestion) => suggestion.id),
      decision,
    );
    const bodyText = toPlainText(body);
    const acceptsOwn = decision === 'accept' && decided.some((suggestion) => suggestion.authorId === user.id);
    const lastEditedById = acceptsOwn && user.id !== row.authorId ? user.id : row.lastEditedById;
    const [saved] = await tx
      .update(releases)
      .set({ body, bodyText, lastEditedById, version: row.version + 1 })
      .where(eq(releases.id, row.id))
      .returning({ version: releases.version });
    const revision = await snapshotRevision(
      tx,
      { ...row, body, bodyText },
      {
        state: row.state,
        topicIds: await topicIdsOf(tx, row.id),
        contentAuthorId: decision === 'accept' ? decided[0]!.authorId : (row.lastEditedById ?? row.authorId),
        createdById: user.id,
        message: decisionMessage(decision, decided),
        createdAt: now,
      },
    );
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: `release.suggestions_${decision}ed`,
      subjectType: 'release',
      subjectId: row.id,
      releaseId: row.id,
      data: {
        revisionId: revision.id,
        suggestions: decided.map(({ id, kind, authorId }) => ({ id, kind, authorId })),
      },
    });
    return { ok: true, version: saved!.version, revisionId: revision.id };
  });
}

export type SuggestionReviewDTO = {
  body: RichTextDoc;
  version: number;
  suggestions: Suggestion[];
  /** In review, anyone of the newsroom who sees the release suggests rather than edits. */
  canSuggest: boolean;
  /** The writer (whoever may edit the release) and the editors of its office. */
  canDecide: boolean;
};

/**
 * The suggestions of a release and what the signed-in person may do with them, while it is in
 * review or holds suggestions; `undefined` otherwise. Calls notFound() for a release they cannot see.
 */
export async function findSuggestionReview(releaseId: string): Promise<SuggestionReviewDTO | undefined> {
  const user = await getCurrentUser();
  if (!isUuid(releaseId)) notFound();
  const [row] = await db.select().from(releases).where(visibleReleaseCondition(user, releaseId));
  if (!row) notFound();
  const suggestions = listSuggestions(row.body);
  if (row.state !== 'in_review' && suggestions.length === 0) return undefined;
  return {
    body: row.body,
    version: row.version,
    suggestions,
    canSuggest: row.state === 'in_review' && writesReleases(user),
    canDecide: editRightOf(user, row) !== 'none',
  };
}
