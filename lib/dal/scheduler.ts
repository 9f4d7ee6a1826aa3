import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { releases } from '@/db/schema';
import { applyTransition, type PublicationChange } from './transitions';

export type ScheduledPublishOutcome =
  | { releaseId: string; outcome: 'published'; publication: PublicationChange | null }
  | { releaseId: string; outcome: 'taken_back'; reason: string }
  | { releaseId: string; outcome: 'already_handled' }
  | { releaseId: string; outcome: 'not_due' };

/** Thrown when someone holds the release (an editor unscheduling it): the job is tried again shortly. */
export class ReleaseBusyError extends Error {
  constructor(releaseId: string) {
    super(`release ${releaseId} is being changed; the scheduled publish is tried again`);
  }
}

/**
 * The work of one `scheduled-publish` job: publishes the release if it is still scheduled and its
 * time has come. Safe to run twice or on several workers at once: applyTransition locks the release
 * and checks its state, so a release already published (`wrong_state`) counts as handled, never
 * published twice. A job left from an earlier schedule (the release was rescheduled later) does
 * nothing: the new time has its own job. A due release that may not go live (its checklist fails)
 * goes back to approved, with the reason. The portal's refresh is a job written with the publish.
 */
export async function publishScheduledRelease(
  releaseId: string,
  now: Date = new Date(),
): Promise<ScheduledPublishOutcome> {
  const [release] = await db
    .select({ state: releases.state, scheduledAt: releases.scheduledAt })
    .from(releases)
    .where(eq(releases.id, releaseId));
  if (!release || release.state !== 'scheduled') return { releaseId, outcome: 'already_handled' };
  if (release.scheduledAt && release.scheduledAt > now) return { releaseId, outcome: 'not_due' };

  const published = await applyTransition({ kind: 'system' }, releaseId, 'publish', {}, now);
  if (published.ok) return { releaseId, outcome: 'published', publication: published.publication };
  if (published.reason === 'wrong_state') return { releaseId, outcome: 'already_handled' };
  if (published.reason === 'busy') throw new ReleaseBusyError(releaseId);
  const comment = `scheduled_publish_refused:${published.reason}`;
  const takenBack = await applyTransition({ kind: 'system' }, releaseId, 'unschedule', { comment }, now);
  if (!takenBack.ok && takenBack.reason === 'busy') throw new ReleaseBusyError(releaseId);
  return takenBack.ok
    ? { releaseId, outcome: 'taken_back', reason: published.reason }
    : { releaseId, outcome: 'already_handled' };
}

/** Every scheduled release and its time: each must have its publish job (see lib/jobs/recover.ts). */
export async function listScheduledReleases(): Promise<{ id: string; scheduledAt: Date }[]> {
  const rows = await db
    .select({ id: releases.id, scheduledAt: releases.scheduledAt })
    .from(releases)
    .where(and(eq(releases.state, 'scheduled'), isNotNull(releases.scheduledAt)))
    .orderBy(asc(releases.scheduledAt));
  return rows.filter((row): row is { id: string; scheduledAt: Date } => row.scheduledAt !== null);
}
