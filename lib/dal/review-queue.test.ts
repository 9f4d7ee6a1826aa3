import { beforeAll, describe, expect, it, vi } from 'vitest';
import { transitions } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRelease, insertRevision } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { listReviewOffices, listReviewQueue } from './releases';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
const DAY = 86_400_000;
beforeAll(async () => {
  n = await freshNewsroom();
  const inSenegal = { officeId: n.offices.senegal.id, authorId: n.people.senegalWriter.id };
  // Edited yesterday, but submitted four days ago: the submission is what counts.
  const longWaiting = await insertRelease(n.db, inSenegal, {
    title: 'Senegal long waiting',
    state: 'in_review',
    language: 'en',
    updatedAt: new Date(Date.now() - DAY),
  });
  const revision = await insertRevision(n.db, longWaiting);
  await n.db.insert(transitions).values({
    releaseId: longWaiting.id,
    name: 'submit',
    fromState: 'draft',
    toState: 'in_review',
    actorId: n.people.senegalWriter.id,
    revisionId: revision.id,
    createdAt: new Date(Date.now() - 4 * DAY),
  });
  await insertRelease(n.db, inSenegal, { title: 'Senegal approved', state: 'approved' });
});

const titles = (items: { title: string }[]) => items.map((item) => item.title);

describe('the review queue', () => {
  it('shows a headquarters editor every release in review, the longest-waiting first, from its submission', async () => {
    actAs(n.people.hqEditor);
    const queue = await listReviewQueue({});
    expect(titles(queue)).toEqual(['Senegal long waiting', 'Panama in review', 'Senegal in review']);
    expect(Date.now() - queue[0]!.waitingSince.getTime()).toBeGreaterThan(3.9 * DAY);
  });

  it('shows a regional editor only their region', async () => {
    actAs(n.people.americasEditor);
    expect(titles(await listReviewQueue({}))).toEqual(['Panama in review']);
    expect(titles(await listReviewQueue({ office: 'senegal' }))).toEqual([]);
    expect((await listReviewOffices()).map((office) => office.code)).toEqual(['americas', 'panama']);
  });

  it('combines the region, office, language and state filters', async () => {
    actAs(n.people.hqEditor);
    expect(titles(await listReviewQueue({ region: 'west-africa' }))).toEqual([
      'Senegal long waiting',
      'Senegal in review',
    ]);
    expect(titles(await listReviewQueue({ region: 'west-africa', language: 'en' }))).toEqual(['Senegal long waiting']);
    expect(titles(await listReviewQueue({ office: 'panama', region: 'west-africa' }))).toEqual([]);
    expect(titles(await listReviewQueue({ state: 'approved' }))).toEqual(['Senegal approved']);
    expect(titles(await listReviewQueue({ state: 'scheduled', office: 'panama' }))).toEqual(['Panama scheduled']);
  });

  it('answers 404 to writers and admins', async () => {
    for (const person of [n.people.panamaWriter, n.people.admin]) {
      actAs(person);
      await expect(listReviewQueue({})).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
      await expect(listReviewOffices()).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    }
  });
});
