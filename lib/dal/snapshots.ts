import 'server-only';
import { eq, max } from 'drizzle-orm';
import { isDeepStrictEqual } from 'node:util';
import type { Transaction } from '@/db/client';
import { releases, releaseTopics, revisions } from '@/db/schema';
import { workingCopyOf } from '@/lib/releases/working-copy';
import type { ReleaseState } from '@/lib/workflow/states';

type ReleaseRow = typeof releases.$inferSelect;
type RevisionRow = typeof revisions.$inferSelect;

export type SnapshotDetails = {
  state: ReleaseState;
  topicIds: string[];
  /** Who last changed the text: the four-eyes rule compares against it. */
  contentAuthorId: string;
  createdById: string | null;
  message?: string | null;
  createdAt?: Date;
};

/**
 * Snapshots a release's working copy as its next revision. Run it inside the transaction that
 * locked the release row, so that two snapshots never claim the same number.
 */
export async function snapshotRevision(
  tx: Transaction,
  release: ReleaseRow,
  details: SnapshotDetails,
): Promise<{ id: string; number: number }> {
  const [{ last } = { last: 0 }] = await tx
    .select({ last: max(revisions.number) })
    .from(revisions)
    .where(eq(revisions.releaseId, release.id));
  const [revision] = await tx
    .insert(revisions)
    .values({
      releaseId: release.id,
      number: (last ?? 0) + 1,
      state: details.state,
      ...workingCopyOf(release),
      topicIds: details.topicIds,
      contentAuthorId: details.contentAuthorId,
      createdById: details.createdById,
      message: details.message ?? null,
      ...(details.createdAt ? { createdAt: details.createdAt } : {}),
    })
    .returning({ id: revisions.id, number: revisions.number });
  return revision!;
}

/** The working copy's topics, as a revision keeps them. */
export async function topicIdsOf(tx: Transaction, releaseId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: releaseTopics.topicId })
    .from(releaseTopics)
    .where(eq(releaseTopics.releaseId, releaseId));
  return rows.map((row) => row.id).sort();
}

/** Whether a revision holds exactly the working copy's content. */
export function matchesWorkingCopy(revision: RevisionRow, release: ReleaseRow, topicIds: string[]): boolean {
  return isDeepStrictEqual(
    { ...workingCopyOf(revision), topicIds: [...revision.topicIds].sort() },
    { ...workingCopyOf(release), topicIds },
  );
}
