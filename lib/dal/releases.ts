import 'server-only';
import { aliasedTable, and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { offices, releases, transitions, users, type PublicationHero } from '@/db/schema';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { Contact } from '@/lib/validation/contact';
import type { ReleaseState } from '@/lib/workflow/states';
import type { TransitionName } from '@/lib/workflow/transitions';
import { zonedLocalToUtc } from '@/lib/time/zoned';
import type { TransitionRequestInput } from '@/lib/validation/transition';
import type { ReviewFiltersInput } from '@/lib/validation/workspace-filters';
import { inOfficeScope } from './scope';
import { heroImageOf } from './hero-image';
import { withCurrentImageSources } from './media-uses';
import { applyTransition, scheduleRelease, type TransitionResult } from './transitions';
import { getCurrentEditor, getCurrentUser, type CurrentUser } from './session';

export type ReleaseListItemDTO = {
  id: string;
  title: string;
  language: Locale;
  state: ReleaseState;
  officeNames: LocalizedText;
  officeTimeZone: string;
  authorName: string;
  updatedAt: Date;
  scheduledAt: Date | null;
  lastPublishedAt: Date | null;
};

export type ReleaseViewDTO = ReleaseListItemDTO & {
  officeId: string;
  slug: string;
  summary: string;
  datelineCity: string;
  datelineCountry: string;
  bodyHtml: string;
  contacts: Contact[];
  hero: PublicationHero | null;
  createdAt: Date;
  firstPublishedAt: Date | null;
  /** Who wrote and who last changed the text: neither may approve it (four eyes). */
  contentAuthorIds: string[];
  /** The step that brought the release to its state, with what its actor wrote; null before any. */
  lastStep: ReleaseStepDTO | null;
};

export type ReleaseStepDTO = {
  name: TransitionName;
  actorName: string | null;
  comment: string | null;
  at: Date;
};

// An editor's queue must show everything waiting; the other lists are reminders.
const LIMITS = { queue: 100, reviewScreen: 200, list: 20, recent: 8 } as const;

const listColumns = {
  id: releases.id,
  title: releases.title,
  language: releases.language,
  state: releases.state,
  officeNames: offices.names,
  officeTimeZone: offices.timeZone,
  authorName: users.name,
  updatedAt: releases.updatedAt,
  scheduledAt: releases.scheduledAt,
  lastPublishedAt: releases.lastPublishedAt,
};

async function listInScope(where: SQL | undefined, orderBy: SQL[], limit: number): Promise<ReleaseListItemDTO[]> {
  const user = await getCurrentUser();
  return db
    .select(listColumns)
    .from(releases)
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .innerJoin(users, eq(users.id, releases.authorId))
    .where(and(inOfficeScope(user.scope, releases.officeId), where))
    .orderBy(...orderBy)
    .limit(limit);
}

/** The signed-in user's own releases that are still being written. */
export async function listMyDrafts(): Promise<ReleaseListItemDTO[]> {
  const user = await getCurrentUser();
  return listInScope(
    and(eq(releases.authorId, user.id), inArray(releases.state, ['draft', 'changes_requested'])),
    [desc(releases.updatedAt)],
    LIMITS.list,
  );
}

/** The signed-in user's own releases that wait for an editor (in review, or approved and not yet out), newest first. */
export async function listMySubmitted(): Promise<ReleaseListItemDTO[]> {
  const user = await getCurrentUser();
  return listInScope(
    and(eq(releases.authorId, user.id), inArray(releases.state, ['in_review', 'approved'])),
    [desc(releases.updatedAt)],
    LIMITS.list,
  );
}

/** Releases an editor may review, oldest first; empty for anyone who does not review. */
export async function listWaitingForReview(): Promise<ReleaseListItemDTO[]> {
  const user = await getCurrentUser();
  if (user.role !== 'editor') return [];
  return listInScope(eq(releases.state, 'in_review'), [asc(releases.updatedAt)], LIMITS.queue);
}

export async function listScheduled(): Promise<ReleaseListItemDTO[]> {
  return listInScope(eq(releases.state, 'scheduled'), [asc(releases.scheduledAt)], LIMITS.list);
}

export async function listRecentlyPublished(): Promise<ReleaseListItemDTO[]> {
  return listInScope(eq(releases.state, 'published'), [desc(releases.lastPublishedAt)], LIMITS.recent);
}

/** Finds a release only within the user's offices, so that missing and not-yours look the same. */
export function visibleReleaseCondition(user: Pick<CurrentUser, 'scope'>, id: string): SQL | undefined {
  return and(eq(releases.id, id), inOfficeScope(user.scope, releases.officeId));
}

/** One release of the user's scope, read-only; calls notFound() for a missing or out-of-scope id. */
export async function getReleaseView(id: string): Promise<ReleaseViewDTO> {
  const user = await getCurrentUser();
  if (!z.uuid().safeParse(id).success) notFound();
  const [row] = await db
    .select({
      ...listColumns,
      officeId: releases.officeId,
      slug: releases.slug,
      summary: releases.summary,
      datelineCity: releases.datelineCity,
      datelineCountry: releases.datelineCountry,
      body: releases.body,
      contacts: releases.contacts,
      heroMediaId: releases.heroMediaId,
      createdAt: releases.createdAt,
      firstPublishedAt: releases.firstPublishedAt,
      authorId: releases.authorId,
      lastEditedById: releases.lastEditedById,
    })
    .from(releases)
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .innerJoin(users, eq(users.id, releases.authorId))
    .where(visibleReleaseCondition(user, id));
  if (!row) notFound();
  const { body, heroMediaId, authorId, lastEditedById, ...rest } = row;
  const [current, hero, [lastStep]] = await Promise.all([
    withCurrentImageSources(db, body),
    heroImageOf(db, heroMediaId, row.language),
    db
      .select({
        name: sql<TransitionName>`${transitions.name}`,
        actorName: users.name,
        comment: transitions.comment,
        at: transitions.createdAt,
      })
      .from(transitions)
      .leftJoin(users, eq(users.id, transitions.actorId))
      .where(eq(transitions.releaseId, row.id))
      .orderBy(desc(transitions.createdAt), desc(transitions.id))
      .limit(1),
  ]);
  return {
    ...rest,
    bodyHtml: renderRichTextHtml(current),
    hero,
    contentAuthorIds: [authorId, lastEditedById ?? authorId],
    lastStep: lastStep ?? null,
  };
}

/**
 * A transition asked for by the signed-in person. An embargo time is read in the release's office
 * time zone; a release outside the person's offices answers 404.
 */
export async function requestTransition(request: TransitionRequestInput): Promise<TransitionResult> {
  const user = await getCurrentUser();
  let scheduledAt: Date | undefined;
  if (request.scheduledAt) {
    const [office] = await db
      .select({ timeZone: offices.timeZone })
      .from(releases)
      .innerJoin(offices, eq(offices.id, releases.officeId))
      .where(and(eq(releases.id, request.releaseId), inOfficeScope(user.scope, releases.officeId)));
    if (!office) notFound();
    scheduledAt = zonedLocalToUtc(request.scheduledAt, office.timeZone);
  }
  const actor = { kind: 'user' as const, id: user.id, role: user.role };
  // Scheduling a scheduled release moves it (and its embargo) to the new time.
  if (request.transition === 'schedule' && scheduledAt) return scheduleRelease(actor, request.releaseId, scheduledAt);
  return applyTransition(actor, request.releaseId, request.transition, {
    comment: request.comment,
    scheduledAt,
    correction: request.correction,
  });
}

export type ReviewQueueItemDTO = ReleaseListItemDTO & {
  officeCode: string;
  /** When the release last entered review (its latest submission). */
  waitingSince: Date;
};

export type ReviewOfficeOptionDTO = { code: string; kind: 'hq' | 'regional' | 'country'; names: LocalizedText };

const regionOffices = aliasedTable(offices, 'region_offices');

/**
 * The review screen: releases of the editor's offices in one state (in review unless asked),
 * the longest-waiting first. Calls notFound() for anyone who is not an editor.
 */
export async function listReviewQueue(filters: ReviewFiltersInput): Promise<ReviewQueueItemDTO[]> {
  const user = await getCurrentEditor();
  // Releases seeded or imported straight into review have no submission: their last change stands in.
  const waitingSince =
    sql<Date>`coalesce((select max(${transitions.createdAt}) from ${transitions} where ${transitions.releaseId} = ${releases.id} and ${transitions.name} = 'submit'), ${releases.updatedAt})`.mapWith(
      releases.updatedAt,
    );
  return db
    .select({ ...listColumns, officeCode: offices.code, waitingSince })
    .from(releases)
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .leftJoin(regionOffices, eq(regionOffices.id, offices.parentId))
    .innerJoin(users, eq(users.id, releases.authorId))
    .where(
      and(
        inOfficeScope(user.scope, releases.officeId),
        eq(releases.state, filters.state ?? 'in_review'),
        filters.office ? eq(offices.code, filters.office) : undefined,
        filters.region ? or(eq(offices.code, filters.region), eq(regionOffices.code, filters.region)) : undefined,
        filters.language ? eq(releases.language, filters.language) : undefined,
      ),
    )
    .orderBy(asc(waitingSince), asc(releases.id))
    .limit(LIMITS.reviewScreen);
}

/** The offices an editor may filter the review screen by: those of their scope, hierarchy order. */
export async function listReviewOffices(): Promise<ReviewOfficeOptionDTO[]> {
  const user = await getCurrentEditor();
  return db
    .select({ code: offices.code, kind: offices.kind, names: offices.names })
    .from(offices)
    .where(inOfficeScope(user.scope, offices.id))
    .orderBy(sql`case ${offices.kind} when 'hq' then 0 when 'regional' then 1 else 2 end`, asc(offices.code));
}
