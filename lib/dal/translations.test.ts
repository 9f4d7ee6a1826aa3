import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, releases, releaseTopics, topics } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { createTranslation, listTranslations } from './translations';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
let topicId: string;
beforeAll(async () => {
  n = await freshNewsroom();
  const [topic] = await n.db
    .insert(topics)
    .values({ slug: 'migration', labels: { fr: 'Migration', en: 'Migration', es: 'Migración' } })
    .returning();
  topicId = topic!.id;
});

const contacts = [
  {
    name: 'Lucía Herrera',
    role: 'Chargée de communication',
    phones: ['+507 6555 0187'],
    email: 'lherrera@example.org',
  },
];
const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le texte.' }] }] };

async function frenchRelease(office: 'panama' | 'senegal' = 'panama') {
  const owner =
    office === 'panama'
      ? { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id }
      : { officeId: n.offices.senegal.id, authorId: n.people.senegalWriter.id };
  const release = await insertRelease(n.db, owner, {
    language: 'fr',
    title: 'Un couloir de travail plus sûr',
    summary: 'Un résumé.',
    datelineCity: 'Ville de Panama',
    datelineCountry: 'Panama',
    body,
    bodyText: 'Le texte.',
    contacts,
    state: 'approved',
  });
  await n.db.insert(releaseTopics).values({ releaseId: release.id, topicId });
  return release;
}

const groupOf = (groupId: string) =>
  n.db.select().from(releases).where(eq(releases.translationGroupId, groupId)).orderBy(asc(releases.language));
const everything = async (groupId: string) => ({
  group: await groupOf(groupId),
  audit: (await n.db.select().from(auditLog)).length,
});

describe('creating a translation', () => {
  it('makes a draft in the same group and office, written by the person, pre-filled from the source', async () => {
    const source = await frenchRelease();
    actAs(n.people.americasEditor);

    const result = await createTranslation({ sourceId: source.id, language: 'en' });

    if (!result.ok) throw new Error(result.reason);
    const [translation] = await n.db.select().from(releases).where(eq(releases.id, result.id));
    expect(translation).toMatchObject({
      language: 'en',
      slug: source.slug,
      state: 'draft',
      translationGroupId: source.translationGroupId,
      officeId: n.offices.panama.id,
      authorId: n.people.americasEditor.id,
      title: source.title,
      summary: source.summary,
      datelineCity: 'Ville de Panama',
      body,
      contacts,
    });
    expect(
      await n.db
        .select({ topicId: releaseTopics.topicId })
        .from(releaseTopics)
        .where(eq(releaseTopics.releaseId, result.id)),
    ).toEqual([{ topicId }]);
    const [entry] = await n.db.select().from(auditLog).where(eq(auditLog.releaseId, result.id));
    expect(entry).toMatchObject({ action: 'release.create_translation', actorId: n.people.americasEditor.id });
  });

  it('links the versions both ways and offers only the languages still missing', async () => {
    const source = await frenchRelease();
    actAs(n.people.panamaWriter);
    const spanish = await createTranslation({ sourceId: source.id, language: 'es' });
    if (!spanish.ok) throw new Error(spanish.reason);

    expect(await listTranslations(source.id)).toMatchObject({
      language: 'fr',
      versions: [{ id: spanish.id, language: 'es' }],
      missing: ['en'],
    });
    expect(await listTranslations(spanish.id)).toMatchObject({
      language: 'es',
      versions: [{ id: source.id, language: 'fr' }],
      missing: ['en'],
    });
  });

  it('refuses a language the group already has, from any of its versions, and changes nothing', async () => {
    const source = await frenchRelease();
    actAs(n.people.panamaWriter);
    const english = await createTranslation({ sourceId: source.id, language: 'en' });
    if (!english.ok) throw new Error(english.reason);
    const before = await everything(source.translationGroupId);

    expect(await createTranslation({ sourceId: source.id, language: 'en' })).toEqual({
      ok: false,
      reason: 'language_exists',
    });
    expect(await createTranslation({ sourceId: english.id, language: 'fr' })).toEqual({
      ok: false,
      reason: 'language_exists',
    });
    expect(await everything(source.translationGroupId)).toEqual(before);
  });

  it('takes the next free slug when the source’s slug is taken in that language', async () => {
    const source = await frenchRelease();
    await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { language: 'en', slug: source.slug },
    );
    actAs(n.people.panamaWriter);
    const result = await createTranslation({ sourceId: source.id, language: 'en' });
    if (!result.ok) throw new Error(result.reason);
    expect((await n.db.select({ slug: releases.slug }).from(releases).where(eq(releases.id, result.id)))[0]!.slug).toBe(
      `${source.slug}-2`,
    );
  });
});

describe('people who may not translate a release', () => {
  it.each([
    ['a writer of another office', () => n.people.panamaWriter],
    ['an editor of another region', () => n.people.americasEditor],
  ])('%s gets a 404, and nothing changes', async (_who, person) => {
    const source = await frenchRelease('senegal');
    const before = await everything(source.translationGroupId);
    actAs(person());
    await expect(createTranslation({ sourceId: source.id, language: 'en' })).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    });
    await expect(listTranslations(source.id)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(await everything(source.translationGroupId)).toEqual(before);
  });

  it('an admin is refused and someone signed out is sent to sign in, and nothing changes', async () => {
    const source = await frenchRelease('senegal');
    const before = await everything(source.translationGroupId);
    actAs(n.people.admin);
    expect(await createTranslation({ sourceId: source.id, language: 'en' })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    actAs(null);
    await expect(createTranslation({ sourceId: source.id, language: 'en' })).rejects.toMatchObject({
      digest: expect.stringContaining('/login'),
    });
    expect(await everything(source.translationGroupId)).toEqual(before);
  });
});
