import 'server-only';
import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import { publications, releaseTopics, topics } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import type { CreateTopicInput, MergeTopicInput, RenameTopicInput, RetireTopicInput } from '@/lib/validation/topics';
import { recordAudit } from './audit';
import { jobs } from './job-system';
import { sendPortalRefresh } from './jobs';
import { getCurrentAdmin } from './session';

export type TopicAdminDTO = {
  id: string;
  slug: string;
  labels: LocalizedText;
  retired: boolean;
  mergedIntoSlug: string | null;
  releases: number;
};

/** A change to topics, with the portal's cache tags to invalidate once it is committed. */
export type TopicChangeResult =
  { ok: true; tags: string[] } | { ok: false; reason: 'topic_slug_taken' | 'invalid_merge' };

const labelsOf = (input: { labelFr: string; labelEn: string; labelEs: string }): LocalizedText => ({
  fr: input.labelFr,
  en: input.labelEn,
  es: input.labelEs,
});

/** Every topic, active ones first, with how many releases carry it. */
export async function listTopicsForAdmin(): Promise<TopicAdminDTO[]> {
  await getCurrentAdmin();
  const [rows, usage] = await Promise.all([
    db
      .select({
        id: topics.id,
        slug: topics.slug,
        labels: topics.labels,
        retiredAt: topics.retiredAt,
        mergedIntoId: topics.mergedIntoId,
      })
      .from(topics)
      .orderBy(asc(topics.slug)),
    db.select({ topicId: releaseTopics.topicId, n: count() }).from(releaseTopics).groupBy(releaseTopics.topicId),
  ]);
  const slugOf = new Map(rows.map((row) => [row.id, row.slug]));
  const releasesOf = new Map(usage.map((row) => [row.topicId, row.n]));
  return rows
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      labels: row.labels,
      retired: row.retiredAt !== null,
      mergedIntoSlug: row.mergedIntoId ? (slugOf.get(row.mergedIntoId) ?? null) : null,
      releases: releasesOf.get(row.id) ?? 0,
    }))
    .sort((a, b) => Number(a.retired) - Number(b.retired));
}

/** A committed change: the portal's refresh of these tags is queued in its transaction. */
async function changed(tx: Transaction, tags: string[]) {
  await sendPortalRefresh(tx, tags);
  return { ok: true, tags } as const;
}

export async function createTopic(input: CreateTopicInput): Promise<TopicChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.slug, input.slug));
    if (taken) return { ok: false, reason: 'topic_slug_taken' } as const;
    const [created] = await tx
      .insert(topics)
      .values({ slug: input.slug, labels: labelsOf(input) })
      .returning({ id: topics.id });
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'topic.created',
      subjectType: 'topic',
      subjectId: created!.id,
      data: { slug: input.slug, labels: labelsOf(input) },
    });
    return changed(tx, [CACHE_TAGS.topics]);
  });
}

/** Changes a topic's labels; its slug stays, because links and feeds use it. */
export async function renameTopic(input: RenameTopicInput): Promise<TopicChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: topics.id, labels: topics.labels })
      .from(topics)
      .where(eq(topics.id, input.topicId))
      .for('update');
    if (!before) notFound();
    await tx
      .update(topics)
      .set({ labels: labelsOf(input) })
      .where(eq(topics.id, before.id));
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'topic.renamed',
      subjectType: 'topic',
      subjectId: before.id,
      data: { before: before.labels, after: labelsOf(input) },
    });
    return changed(tx, [CACHE_TAGS.topics]);
  });
}

/** Hides a topic from pickers and portal filters; releases that carry it keep it. */
export async function retireTopic(input: RetireTopicInput): Promise<TopicChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: topics.id, retiredAt: topics.retiredAt })
      .from(topics)
      .where(eq(topics.id, input.topicId))
      .for('update');
    if (!before) notFound();
    if (before.retiredAt) return { ok: true, tags: [] } as const;
    await tx.update(topics).set({ retiredAt: new Date() }).where(eq(topics.id, before.id));
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'topic.retired',
      subjectType: 'topic',
      subjectId: before.id,
    });
    return changed(tx, [CACHE_TAGS.topics]);
  });
}

/**
 * Merges topic A into B in one transaction: every release and every publication that carried A
 * carries B instead (once), topics merged into A earlier now point at B, and A is retired with a
 * pointer to B. Merging into a retired or merged topic, or into itself, is refused.
 */
export async function mergeTopic(input: MergeTopicInput): Promise<TopicChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const locked = await tx
      .select()
      .from(topics)
      .where(inArray(topics.id, [input.topicId, input.intoId]))
      .orderBy(asc(topics.id))
      .for('update');
    const from = locked.find((topic) => topic.id === input.topicId);
    const into = locked.find((topic) => topic.id === input.intoId);
    if (!from || !into) notFound();
    if (from.id === into.id || from.mergedIntoId || into.mergedIntoId || into.retiredAt)
      return { ok: false, reason: 'invalid_merge' } as const;

    const moved = await tx
      .select({ releaseId: releaseTopics.releaseId })
      .from(releaseTopics)
      .where(eq(releaseTopics.topicId, from.id));
    if (moved.length) {
      await tx
        .insert(releaseTopics)
        .values(moved.map(({ releaseId }) => ({ releaseId, topicId: into.id })))
        .onConflictDoNothing();
      await tx.delete(releaseTopics).where(eq(releaseTopics.topicId, from.id));
    }
    const carrying = sql`${publications.topics} @> array[${from.slug}]::text[]`;
    const affected = await tx
      .select({ language: publications.language, slug: publications.slug })
      .from(publications)
      .where(carrying);
    await tx
      .update(publications)
      .set({
        topics: sql`case when ${publications.topics} @> array[${into.slug}]::text[] then array_remove(${publications.topics}, ${from.slug}) else array_replace(${publications.topics}, ${from.slug}, ${into.slug}) end`,
      })
      .where(carrying);
    await tx.update(topics).set({ mergedIntoId: into.id }).where(eq(topics.mergedIntoId, from.id));
    await tx
      .update(topics)
      .set({ mergedIntoId: into.id, retiredAt: from.retiredAt ?? new Date() })
      .where(eq(topics.id, from.id));
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'topic.merged',
      subjectType: 'topic',
      subjectId: from.id,
      data: { from: from.slug, into: into.slug, releases: moved.length, publications: affected.length },
    });

    const languages = [...new Set(affected.map((row) => row.language))] as Locale[];
    return changed(tx, [
      CACHE_TAGS.topics,
      ...languages.flatMap((language) => [
        CACHE_TAGS.publications(language),
        CACHE_TAGS.relatedByTopic(language, from.slug),
        CACHE_TAGS.relatedByTopic(language, into.slug),
      ]),
      ...affected.map((row) => CACHE_TAGS.publication(row.language, row.slug)),
    ]);
  });
}
