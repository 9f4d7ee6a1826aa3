import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { publications, releases, releaseTopics, topics, transitions } from '@/db/schema';
import { richTextFromBlocks } from '@/db/seed/rich-text-from-blocks';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { freshDatabase } from '@/test/database';
import { insertOffice, insertRelease, insertUser } from '@/test/fixtures';
import { publishDueReleases } from './scheduler';

let db: Database;
let owner: { officeId: string; authorId: string };
let topicId: string;
const now = new Date('2026-06-01T08:00:00Z');

const body = richTextFromBlocks([{ paragraph: Array.from({ length: 90 }, (_, i) => `mot${i}`).join(' ') }]);
const ready = {
  title: 'Ouverture d’un centre d’accueil à Tahoua',
  summary: 'Le centre accueillera les personnes de retour.',
  datelineCity: 'Niamey',
  datelineCountry: 'Niger',
  contacts: [{ name: 'Awa Diop', phones: ['+227 20 55 50 60'], email: 'adiop@example.org' }],
  body,
  bodyText: toPlainText(body),
};

async function scheduledRelease(scheduledAt: Date, content: Partial<typeof ready> = {}) {
  const release = await insertRelease(db, owner, { ...ready, ...content, state: 'scheduled', scheduledAt });
  await db.insert(releaseTopics).values({ releaseId: release.id, topicId });
  return release;
}

const stateOf = async (id: string) =>
  (await db.select({ state: releases.state }).from(releases).where(eq(releases.id, id)))[0]!.state;

beforeAll(async () => {
  db = await freshDatabase();
  const office = await insertOffice(db);
  const editor = await insertUser(db, office.id, 'editor');
  owner = { officeId: office.id, authorId: editor.id };
  [{ id: topicId }] = (await db
    .insert(topics)
    .values({ slug: 'emergencies', labels: { fr: 'Urgences', en: 'Emergencies', es: 'Emergencias' } })
    .returning({ id: topics.id })) as [{ id: string }];
});

describe('the scheduled-publish worker', () => {
  it('publishes a release whose embargo has passed, and leaves a future one alone', async () => {
    const due = await scheduledRelease(new Date(now.getTime() - 1000));
    const later = await scheduledRelease(new Date(now.getTime() + 60_000));

    const outcomes = await publishDueReleases(now);

    expect(outcomes).toContainEqual(expect.objectContaining({ releaseId: due.id, outcome: 'published' }));
    expect(await stateOf(due.id)).toBe('published');
    expect(await stateOf(later.id)).toBe('scheduled');
    expect((await db.select().from(publications).where(eq(publications.releaseId, due.id))).length).toBe(1);
  });

  it('takes a due release back to approved when it may no longer go live, saying why', async () => {
    const incomplete = await scheduledRelease(new Date(now.getTime() - 1000), { summary: '' });

    const outcomes = await publishDueReleases(now);

    expect(outcomes).toContainEqual({
      releaseId: incomplete.id,
      outcome: 'taken_back',
      reason: 'checklist_incomplete',
    });
    expect(await stateOf(incomplete.id)).toBe('approved');
    const [last] = await db.select().from(transitions).where(eq(transitions.releaseId, incomplete.id));
    expect(last).toMatchObject({
      name: 'unschedule',
      actorId: null,
      comment: 'scheduled_publish_refused:checklist_incomplete',
    });
  });

  it('publishes each of 200 due releases exactly once with three workers running at the same time', async () => {
    const due = await Promise.all(
      Array.from({ length: 200 }, (_, i) => scheduledRelease(new Date(now.getTime() - 1000 - i))),
    );

    const threeWorkers = () => Promise.all([publishDueReleases(now), publishDueReleases(now), publishDueReleases(now)]);
    const rounds = [await threeWorkers()];
    // Each worker takes 50 due releases a round; keep going until a round finds nothing left to do.
    while (
      rounds
        .at(-1)!
        .flat()
        .some((outcome) => outcome.outcome === 'published')
    )
      rounds.push(await threeWorkers());

    const publishes = await db
      .select({ releaseId: transitions.releaseId, n: sql<number>`count(*)::int` })
      .from(transitions)
      .where(eq(transitions.name, 'publish'))
      .groupBy(transitions.releaseId);
    const ids = new Set(due.map((release) => release.id));
    const ours = publishes.filter((row) => ids.has(row.releaseId));
    expect(ours).toHaveLength(200);
    expect(ours.every((row) => row.n === 1)).toBe(true);
    const reportedPublished = rounds.flat(2).filter((o) => o.outcome === 'published' && ids.has(o.releaseId));
    expect(reportedPublished).toHaveLength(200);
  }, 120_000);
});
