import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { publications, releases, releaseTopics, topics, transitions } from '@/db/schema';
import { richTextFromBlocks } from '@/db/seed/rich-text-from-blocks';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { freshDatabase } from '@/test/database';
import { insertOffice, insertRelease, insertUser } from '@/test/fixtures';
import { listScheduledReleases, publishScheduledRelease, ReleaseBusyError } from './scheduler';

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

describe('the work of a scheduled-publish job', () => {
  it('publishes a release whose embargo has passed, and leaves a future one alone', async () => {
    const due = await scheduledRelease(new Date(now.getTime() - 1000));
    const later = await scheduledRelease(new Date(now.getTime() + 60_000));

    expect(await publishScheduledRelease(due.id, now)).toMatchObject({ releaseId: due.id, outcome: 'published' });
    expect(await publishScheduledRelease(later.id, now)).toEqual({ releaseId: later.id, outcome: 'not_due' });

    expect(await stateOf(due.id)).toBe('published');
    expect(await stateOf(later.id)).toBe('scheduled');
    expect((await db.select().from(publications).where(eq(publications.releaseId, due.id))).length).toBe(1);
  });

  it('takes a due release back to approved when it may no longer go live, saying why', async () => {
    const incomplete = await scheduledRelease(new Date(now.getTime() - 1000), { summary: '' });

    expect(await publishScheduledRelease(incomplete.id, now)).toEqual({
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

  it('publishes a release once however many times its job runs, even at the same time', async () => {
    const due = await scheduledRelease(new Date(now.getTime() - 1000));

    const outcomes = await Promise.all([1, 2, 3].map(() => publishScheduledRelease(due.id, now).catch((e) => e)));
    const again = await publishScheduledRelease(due.id, now);

    const publishes = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(transitions)
      .where(sql`${transitions.releaseId} = ${due.id} and ${transitions.name} = 'publish'`);
    expect(publishes[0]!.n).toBe(1);
    expect(again).toEqual({ releaseId: due.id, outcome: 'already_handled' });
    // A worker that found the release locked by another says so, and its job is tried again.
    for (const outcome of outcomes)
      if (!(outcome instanceof ReleaseBusyError)) expect(['published', 'already_handled']).toContain(outcome.outcome);
  });

  it('lists every scheduled release with its time, for the jobs that may be missing', async () => {
    const release = await scheduledRelease(new Date(now.getTime() + 3_600_000));
    expect(await listScheduledReleases()).toContainEqual({ id: release.id, scheduledAt: release.scheduledAt });
  });
});
