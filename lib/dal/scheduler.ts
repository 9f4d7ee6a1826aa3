import 'server-only';
import { and, asc, eq, lte } from 'drizzle-orm';
import { db } from '@/db/client';
import { releases } from '@/db/schema';
import { applyTransition, type PublicationChange } from './transitions';

const BATCH = 50;

export type ScheduledPublishOutcome =
  | { releaseId: string; outcome: 'published'; publication: PublicationChange | null }
  | { releaseId: string; outcome: 'taken_back'; reason: string }
  | { releaseId: string; outcome: 'already_handled' };

/**
 * Publishes every scheduled release whose time has come. Safe on every instance at once:
 * applyTransition locks each release and checks its state, so a release another worker holds
 * (`busy`) or has just published (`wrong_state`) is counted as already handled, never published twice.
 * A due release that may not go live (its checklist fails) goes back to approved, with the reason.
 */
export async function publishDueReleases(now: Date = new Date()): Promise<ScheduledPublishOutcome[]> {
  const due = await db
    .select({ id: releases.id })
    .from(releases)
    .where(and(eq(releases.state, 'scheduled'), lte(releases.scheduledAt, now)))
    .orderBy(asc(releases.scheduledAt))
    .limit(BATCH);

  const outcomes: ScheduledPublishOutcome[] = [];
  for (const { id } of due) {
    const published = await applyTransition({ kind: 'system' }, id, 'publish', {}, now);
    if (published.ok) {
      outcomes.push({ releaseId: id, outcome: 'published', publication: published.publication });
    } else if (published.reason === 'wrong_state' || published.reason === 'busy') {
      outcomes.push({ releaseId: id, outcome: 'already_handled' });
    } else {
      const comment = `scheduled_publish_refused:${published.reason}`;
      const takenBack = await applyTransition({ kind: 'system' }, id, 'unschedule', { comment }, now);
      outcomes.push(
        takenBack.ok
          ? { releaseId: id, outcome: 'taken_back', reason: published.reason }
          : { releaseId: id, outcome: 'already_handled' },
      );
    }
  }
  return outcomes;
}
