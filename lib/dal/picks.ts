import 'server-only';
import { and, asc, desc, eq, ilike, isNotNull, isNull, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { publications } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_PICKS, type MovePickInput, type PinInput } from '@/lib/validation/picks';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { recordAudit } from './audit';
import { jobs } from './job-system';
import { sendPortalRefresh } from './jobs';
import { likePattern } from './like-pattern';
import { getCurrentEditorOrAdmin } from './session';
import type { AuditAction } from '@/lib/audit/actions';

export type PickDTO = { id: string; title: string; officeCode: string; publishedAt: string; position: number | null };
export type PickChangeResult =
  { ok: true; language: Locale } | { ok: false; reason: 'picks_full' | 'invalid_move' | 'not_live' };

const live = isNull(publications.withdrawnAt);
const columns = {
  id: publications.id,
  title: publications.title,
  officeCode: publications.officeCode,
  publishedAt: publications.publishedAt,
  position: publications.pickPosition,
};
const toDTO = (row: {
  id: string;
  title: string;
  officeCode: string;
  publishedAt: Date;
  position: number | null;
}): PickDTO => ({ ...row, publishedAt: row.publishedAt.toISOString() });

/** The live picks of one language's home page, in their order. */
export async function listPicks(language: Locale): Promise<PickDTO[]> {
  await getCurrentEditorOrAdmin();
  const rows = await db
    .select(columns)
    .from(publications)
    .where(and(eq(publications.language, language), live, isNotNull(publications.pickPosition)))
    .orderBy(asc(publications.pickPosition), desc(publications.publishedAt));
  return rows.map(toDTO);
}

/** Live releases of one language not yet picked whose title holds the text, newest first. */
export async function searchPublicationsToPin(language: Locale, text: string): Promise<PickDTO[]> {
  await getCurrentEditorOrAdmin();
  if (!text.trim()) return [];
  const rows = await db
    .select(columns)
    .from(publications)
    .where(
      and(
        eq(publications.language, language),
        live,
        isNull(publications.pickPosition),
        ilike(publications.title, likePattern(text.trim())),
      ),
    )
    .orderBy(desc(publications.publishedAt))
    .limit(10);
  return rows.map(toDTO);
}

/**
 * Runs one change of a language's picks with that language's picks locked, so that two editors
 * pinning at once cannot both take the last place, and renumbers the picks 0…n-1 afterwards.
 */
async function changePicks(
  publicationId: string,
  change: (
    target: { id: string; language: Locale; live: boolean; position: number | null },
    picks: string[],
  ) => string[] | PickChangeResult,
  action: AuditAction,
): Promise<PickChangeResult> {
  const editor = await getCurrentEditorOrAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ language: publications.language })
      .from(publications)
      .where(eq(publications.id, publicationId));
    if (!found) notFound();
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`picks:${found.language}`}))`);
    const [target] = await tx
      .select({
        id: publications.id,
        language: publications.language,
        withdrawnAt: publications.withdrawnAt,
        position: publications.pickPosition,
      })
      .from(publications)
      .where(eq(publications.id, publicationId));
    if (!target) notFound();
    const current = await tx
      .select({ id: publications.id })
      .from(publications)
      .where(and(eq(publications.language, target.language), live, isNotNull(publications.pickPosition)))
      .orderBy(asc(publications.pickPosition), desc(publications.publishedAt));
    const before = current.map((row) => row.id);
    const after = change({ ...target, live: target.withdrawnAt === null }, before);
    if (!Array.isArray(after)) return after;
    // Withdrawn releases leave the picks for good, so that they never come back by surprise.
    await tx
      .update(publications)
      .set({ pickPosition: null })
      .where(
        and(
          eq(publications.language, target.language),
          isNotNull(publications.pickPosition),
          isNotNull(publications.withdrawnAt),
        ),
      );
    for (const id of before.filter((id) => !after.includes(id)))
      await tx.update(publications).set({ pickPosition: null }).where(eq(publications.id, id));
    for (const [position, id] of after.entries())
      await tx.update(publications).set({ pickPosition: position }).where(eq(publications.id, id));
    await recordAudit(tx, {
      actor: { id: editor.id, email: editor.email },
      action,
      subjectType: 'publication',
      subjectId: target.id,
      data: { language: target.language, before, after },
    });
    // Only the home page of the language shows picks, through its own tag.
    await sendPortalRefresh(tx, [CACHE_TAGS.picks(target.language)]);
    return { ok: true, language: target.language } as const;
  });
}

/** Adds a live release at the end of its language's picks; refuses a seventh. */
export function pinPublication(input: PinInput): Promise<PickChangeResult> {
  return changePicks(
    input.publicationId,
    (target, picks) => {
      if (!target.live) return { ok: false, reason: 'not_live' };
      if (picks.includes(target.id)) return picks;
      if (picks.length >= MAX_PICKS) return { ok: false, reason: 'picks_full' };
      return [...picks, target.id];
    },
    'picks.pinned',
  );
}

export function unpinPublication(input: PinInput): Promise<PickChangeResult> {
  return changePicks(input.publicationId, (target, picks) => picks.filter((id) => id !== target.id), 'picks.unpinned');
}

/** Swaps a pick with the one before or after it. */
export function movePick(input: MovePickInput): Promise<PickChangeResult> {
  return changePicks(
    input.publicationId,
    (target, picks) => {
      const from = picks.indexOf(target.id);
      const to = from + (input.direction === 'up' ? -1 : 1);
      if (from < 0 || to < 0 || to >= picks.length) return { ok: false, reason: 'invalid_move' };
      const reordered = [...picks];
      [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
      return reordered;
    },
    'picks.moved',
  );
}
