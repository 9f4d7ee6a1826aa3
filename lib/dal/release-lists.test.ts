import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditLog,
  bouncedAddresses,
  mediaContactRegions,
  mediaContacts,
  mediaListMembers,
  mediaLists,
  releaseDistributionLists,
  releaseTopics,
  subscriberOffices,
  subscribers,
  subscriberTopics,
  topics,
} from '@/db/schema';
import type { MediaContactStatus, SubscriberStatus } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { chooseReleaseLists, findReleaseDistribution } from './release-lists';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

let n: Newsroom;
let health: { id: string };
let climate: { id: string };
let panamaDesk: string;
let americasDesk: string;
let dakarDesk: string;
let spanishFilter: string;

async function contact(officeId: string, email: string, status: MediaContactStatus = 'active', languages = ['es']) {
  const [row] = await n.db
    .insert(mediaContacts)
    .values({ officeId, name: email, email, languages: languages as ('es' | 'fr')[], status })
    .returning({ id: mediaContacts.id });
  await n.db.insert(mediaContactRegions).values({ contactId: row!.id, officeId });
  return row!.id;
}

async function staticList(officeId: string, name: string, contactIds: string[]) {
  const [list] = await n.db.insert(mediaLists).values({ officeId, name, kind: 'static' }).returning();
  if (contactIds.length > 0)
    await n.db.insert(mediaListMembers).values(contactIds.map((contactId) => ({ listId: list!.id, contactId })));
  return list!.id;
}

async function subscriber(
  email: string,
  follows: { offices?: string[]; topics?: string[] } = {},
  status: SubscriberStatus = 'active',
) {
  const [row] = await n.db
    .insert(subscribers)
    .values({ email, locale: 'es', languages: ['es'], status })
    .returning({ id: subscribers.id });
  for (const officeId of follows.offices ?? [])
    await n.db.insert(subscriberOffices).values({ subscriberId: row!.id, officeId });
  for (const topicId of follows.topics ?? [])
    await n.db.insert(subscriberTopics).values({ subscriberId: row!.id, topicId });
}

const chosenLists = async (releaseId: string) =>
  (
    await n.db
      .select({ listId: releaseDistributionLists.listId })
      .from(releaseDistributionLists)
      .where(eq(releaseDistributionLists.releaseId, releaseId))
      .orderBy(asc(releaseDistributionLists.listId))
  ).map((row) => row.listId);

beforeAll(async () => {
  n = await freshNewsroom();
  [health, climate] = (await n.db
    .insert(topics)
    .values([
      { slug: 'health', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } },
      { slug: 'climate', labels: { fr: 'Climat', en: 'Climate', es: 'Clima' } },
    ])
    .returning({ id: topics.id })) as [{ id: string }, { id: string }];
  await n.db.insert(releaseTopics).values({ releaseId: n.releases.panamaPublished.id, topicId: health.id });

  const { panama, americas, senegal } = n.offices;
  const ana = await contact(panama.id, 'ana@istmo.example');
  const luis = await contact(panama.id, 'luis@istmo.example');
  const gone = await contact(panama.id, 'gone@istmo.example', 'unsubscribed');
  const refused = await contact(panama.id, 'refused@istmo.example');
  const marta = await contact(americas.id, 'marta@region.example');
  await contact(americas.id, 'claude@region.example', 'active', ['fr']);
  const awa = await contact(senegal.id, 'awa@dakar.example', 'active', ['fr']);
  await n.db.insert(bouncedAddresses).values({ email: 'refused@istmo.example', reason: '550 no such user' });
  panamaDesk = await staticList(panama.id, 'Panama desk', [ana, luis, gone, refused]);
  americasDesk = await staticList(americas.id, 'Americas desk', [marta, ana]);
  dakarDesk = await staticList(senegal.id, 'Dakar desk', [awa]);
  const [filter] = await n.db
    .insert(mediaLists)
    .values({
      officeId: americas.id,
      name: 'Spanish speakers of the region',
      kind: 'filter',
      filter: { languages: ['es'], officeIds: [], topicIds: [], beat: '' },
    })
    .returning();
  spanishFilter = filter!.id;

  // Subscribers: who follows everything, Panama, the Americas, health; and who does not match.
  await subscriber('everything@reader.example');
  await subscriber('panama@reader.example', { offices: [panama.id] });
  await subscriber('region@reader.example', { offices: [americas.id], topics: [health.id] });
  await subscriber('ana@istmo.example', { topics: [health.id] }); // also a contact: counted once
  await subscriber('senegal@reader.example', { offices: [senegal.id] });
  await subscriber('climate@reader.example', { topics: [climate.id] });
  await subscriber('left@reader.example', {}, 'unsubscribed');
  await subscriber('waiting@reader.example', {}, 'pending');
});

describe('choosing the lists a release goes to', () => {
  it("offers a regional editor the lists of the release's office and region, the release's office first", async () => {
    actAs(n.people.americasEditor);
    const distribution = await findReleaseDistribution(n.releases.panamaPublished.id);
    expect(distribution?.groups.map((group) => group.officeNames.en)).toEqual([
      n.offices.panama.names.en,
      n.offices.americas.names.en,
    ]);
    expect(distribution?.groups.flatMap((group) => group.lists.map((list) => list.id)).sort()).toEqual(
      [panamaDesk, americasDesk, spanishFilter].sort(),
    );
    expect(distribution?.live).toBe(true);
  });

  it("offers an editor at headquarters every office's lists, grouped by office", async () => {
    actAs(n.people.hqEditor);
    const distribution = await findReleaseDistribution(n.releases.panamaPublished.id);
    expect(distribution?.groups.map((group) => group.officeId)).toEqual([
      n.offices.panama.id,
      n.offices.americas.id,
      n.offices.senegal.id,
    ]);
  });

  it('counts the subscribers who follow the release before any list is chosen', async () => {
    actAs(n.people.americasEditor);
    const distribution = await findReleaseDistribution(n.releases.panamaScheduled.id);
    // The scheduled release has no topic: only those who follow every topic, of Panama, its region or all offices.
    expect(distribution?.reach).toEqual({ total: 2, subscribers: 2, contacts: 0 });
    expect(distribution?.live).toBe(false);
  });

  it('stores the choice, records it, and counts each active address once', async () => {
    actAs(n.people.americasEditor);
    const result = await chooseReleaseLists({
      releaseId: n.releases.panamaPublished.id,
      listIds: [panamaDesk, americasDesk],
    });
    expect(result).toEqual({ ok: true, added: 2, removed: 0 });
    expect(await chosenLists(n.releases.panamaPublished.id)).toEqual([panamaDesk, americasDesk].sort());
    const distribution = await findReleaseDistribution(n.releases.panamaPublished.id);
    expect(
      distribution?.groups.flatMap((group) => group.lists.filter((list) => list.chosen).map((list) => list.id)).sort(),
    ).toEqual([panamaDesk, americasDesk].sort());
    // Subscribers: everything, panama, region, ana. Contacts: ana, luis, marta (gone unsubscribed, refused bounced).
    expect(distribution?.reach).toEqual({ total: 6, subscribers: 4, contacts: 3 });
    const [audit] = await n.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'release.lists_chosen'), eq(auditLog.subjectId, n.releases.panamaPublished.id)));
    expect(audit?.actorId).toBe(n.people.americasEditor.id);
    expect(audit?.data).toEqual({ added: expect.arrayContaining([panamaDesk, americasDesk]), removed: [] });
  });

  it("reaches a saved filter's contacts as they are now", async () => {
    actAs(n.people.americasEditor);
    await chooseReleaseLists({ releaseId: n.releases.panamaPublished.id, listIds: [spanishFilter] });
    const distribution = await findReleaseDistribution(n.releases.panamaPublished.id);
    // Spanish-speaking active contacts of the Americas and Panama: ana, luis, marta.
    expect(distribution?.reach).toEqual({ total: 6, subscribers: 4, contacts: 3 });
    expect(await chosenLists(n.releases.panamaPublished.id)).toEqual([spanishFilter]);
  });

  it('keeps a list chosen at headquarters that a regional editor cannot see', async () => {
    actAs(n.people.hqEditor);
    await chooseReleaseLists({ releaseId: n.releases.panamaDraft.id, listIds: [dakarDesk, panamaDesk] });
    actAs(n.people.americasEditor);
    expect(await chooseReleaseLists({ releaseId: n.releases.panamaDraft.id, listIds: [] })).toEqual({
      ok: true,
      added: 0,
      removed: 1,
    });
    expect(await chosenLists(n.releases.panamaDraft.id)).toEqual([dakarDesk]);
  });

  it('records nothing when the choice does not change', async () => {
    actAs(n.people.americasEditor);
    await chooseReleaseLists({ releaseId: n.releases.panamaInReview.id, listIds: [panamaDesk] });
    const before = await n.db.select().from(auditLog);
    expect(await chooseReleaseLists({ releaseId: n.releases.panamaInReview.id, listIds: [panamaDesk] })).toEqual({
      ok: true,
      added: 0,
      removed: 0,
    });
    expect(await n.db.select().from(auditLog)).toEqual(before);
  });

  it("answers 404 to an editor choosing another region's list, changing nothing", async () => {
    actAs(n.people.americasEditor);
    const before = await chosenLists(n.releases.panamaPublished.id);
    expect(
      await outcomeOf(() =>
        chooseReleaseLists({ releaseId: n.releases.panamaPublished.id, listIds: [panamaDesk, dakarDesk] }),
      ),
    ).toBe(NOT_FOUND);
    expect(await chosenLists(n.releases.panamaPublished.id)).toEqual(before);
  });

  it("answers 404 to another region's editor and to writers, changing nothing", async () => {
    const before = await chosenLists(n.releases.panamaPublished.id);
    for (const intruder of [n.people.westAfricaEditor, n.people.panamaWriter, n.people.senegalWriter]) {
      actAs(intruder);
      expect(await outcomeOf(() => chooseReleaseLists({ releaseId: n.releases.panamaPublished.id, listIds: [] }))).toBe(
        NOT_FOUND,
      );
    }
    actAs(n.people.westAfricaEditor);
    expect(await outcomeOf(() => findReleaseDistribution(n.releases.panamaPublished.id))).toBe(NOT_FOUND);
    expect(await chosenLists(n.releases.panamaPublished.id)).toEqual(before);
  });

  it('shows writers no distribution section on their own release', async () => {
    actAs(n.people.panamaWriter);
    expect(await findReleaseDistribution(n.releases.panamaPublished.id)).toBeUndefined();
  });
});
