import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, releases, releaseTopics, revisions, topics } from '@/db/schema';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { markUntranslated } from '@/lib/rich-text/untranslated';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import {
  acknowledgeSourceChange,
  createTranslation,
  findSourceChange,
  findTranslationSource,
  listTranslations,
} from './translations';
import { saveVersion } from './revisions';
import { applyTransition } from './transitions';
import { READY } from '@/test/jobs';

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
      // The source stands beside the empty title and summary; its text is there to write over, marked untranslated.
      title: '',
      summary: '',
      datelineCity: 'Ville de Panama',
      body: markUntranslated(body),
      contacts,
    });
    const [kept] = await n.db.select().from(revisions).where(eq(revisions.id, translation!.translatedFromRevisionId!));
    expect(kept).toMatchObject({ releaseId: source.id, title: source.title, body });
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

describe('the revision a translation keeps', () => {
  it('is the source’s newest revision when it holds the working copy, and a new one otherwise', async () => {
    const source = await frenchRelease();
    actAs(n.people.panamaWriter);
    const english = await createTranslation({ sourceId: source.id, language: 'en' });
    const spanish = await createTranslation({ sourceId: source.id, language: 'es' });
    if (!english.ok || !spanish.ok) throw new Error('refused');
    const kept = await n.db
      .select({ id: releases.translatedFromRevisionId })
      .from(releases)
      .where(eq(releases.translationGroupId, source.translationGroupId));
    const sourceRevisions = await n.db.select().from(revisions).where(eq(revisions.releaseId, source.id));
    expect(sourceRevisions).toHaveLength(1);
    expect(kept.filter((row) => row.id === sourceRevisions[0]!.id)).toHaveLength(2);
  });

  it('is shown beside the translation, block by block', async () => {
    const source = await frenchRelease();
    actAs(n.people.panamaWriter);
    const english = await createTranslation({ sourceId: source.id, language: 'en' });
    if (!english.ok) throw new Error(english.reason);
    expect(await findTranslationSource(english.id)).toEqual({
      language: 'fr',
      title: source.title,
      summary: source.summary,
      blocks: ['<p>Le texte.</p>'],
    });
    expect(await findTranslationSource(source.id)).toBeNull();
  });
});

describe('an untranslated translation at submit', () => {
  const english =
    'The families of the village gave their time during the holidays, and the pupils of the region ' +
    'have brighter classrooms with notebooks for all of them at last. ';

  async function translationReadyBut(body: RichTextDoc) {
    const source = await frenchRelease();
    actAs(n.people.panamaWriter);
    const result = await createTranslation({ sourceId: source.id, language: 'en' });
    if (!result.ok) throw new Error(result.reason);
    await n.db
      .update(releases)
      .set({ ...READY, title: 'A safer labour corridor', summary: 'The families gave their time.', body })
      .where(eq(releases.id, result.id));
    await n.db
      .update(releases)
      .set({ bodyText: toPlainText(body) })
      .where(eq(releases.id, result.id));
    return result.id;
  }
  const writer = () => ({ kind: 'user' as const, id: n.people.panamaWriter.id, role: 'writer' as const });

  it('is refused while a block still holds source text, and stays a draft', async () => {
    const id = await translationReadyBut(markUntranslated(READY.body));
    expect(await applyTransition(writer(), id, 'submit')).toEqual({ ok: false, reason: 'checklist_incomplete' });
    expect((await n.db.select({ state: releases.state }).from(releases).where(eq(releases.id, id)))[0]!.state).toBe(
      'draft',
    );
  });

  it('is refused while its text reads as another language than its own', async () => {
    const french = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Les familles du village ont donné leur temps pendant les vacances et les élèves de la région ont des classes plus claires. '.repeat(
                5,
              ),
            },
          ],
        },
      ],
    };
    const id = await translationReadyBut(french);
    expect(await applyTransition(writer(), id, 'submit')).toEqual({ ok: false, reason: 'checklist_incomplete' });
  });

  it('is accepted once translated', async () => {
    const translated = {
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: english.repeat(4) }] }],
    };
    const id = await translationReadyBut(translated);
    expect(await applyTransition(writer(), id, 'submit')).toMatchObject({ ok: true, state: 'in_review' });
  });
});

describe('“source changed since”', () => {
  async function translatedPair() {
    const source = await frenchRelease();
    actAs(n.people.panamaWriter);
    const english = await createTranslation({ sourceId: source.id, language: 'en' });
    if (!english.ok) throw new Error(english.reason);
    return { source, englishId: english.id };
  }

  it('says nothing while the source keeps the text the translation was made from', async () => {
    const { source, englishId } = await translatedPair();
    // A new revision with the same text (a state change) is no change.
    await saveVersion({ releaseId: source.id, message: 'Même texte' });
    expect(await findSourceChange(englishId)).toBeNull();
  });

  it('compares the kept revision with the source’s newest one, field by field', async () => {
    const { source, englishId } = await translatedPair();
    await n.db.update(releases).set({ summary: 'Un résumé plus précis.' }).where(eq(releases.id, source.id));
    await saveVersion({ releaseId: source.id, message: 'Résumé précisé' });

    const change = await findSourceChange(englishId);
    expect(change).toMatchObject({
      source: { id: source.id, language: 'fr' },
      fromNumber: 1,
      toNumber: 2,
      canAcknowledge: true,
    });
    const summary = change!.diffs.find((diff) => diff.field === 'summary');
    expect(summary).toMatchObject({ changed: true });
    expect(
      summary!.parts
        .filter((part) => part.kind === 'added')
        .map((part) => part.text)
        .join(''),
    ).toContain('plus précis');
    expect(change!.diffs.find((diff) => diff.field === 'body')).toMatchObject({ changed: false });
  });

  it('ends when the translator says the translation follows the changes, and is audited', async () => {
    const { source, englishId } = await translatedPair();
    await n.db
      .update(releases)
      .set({ title: 'Un couloir de travail encore plus sûr' })
      .where(eq(releases.id, source.id));
    await saveVersion({ releaseId: source.id, message: 'Titre' });

    expect(await acknowledgeSourceChange({ releaseId: englishId, toNumber: 2 })).toEqual({ ok: true });
    expect(await findSourceChange(englishId)).toBeNull();
    expect(
      (await n.db.select().from(auditLog).where(eq(auditLog.action, 'release.source_followed'))).some(
        (row) => row.releaseId === englishId,
      ),
    ).toBe(true);
    // Saying it again, or for a revision that does not exist, changes nothing.
    expect(await acknowledgeSourceChange({ releaseId: englishId, toNumber: 2 })).toEqual({
      ok: false,
      reason: 'stale_version',
    });
    expect(await acknowledgeSourceChange({ releaseId: englishId, toNumber: 9 })).toEqual({
      ok: false,
      reason: 'stale_version',
    });
  });

  it('cannot be cleared by an admin or by an editor of another region, and nothing changes', async () => {
    const { source, englishId } = await translatedPair();
    await n.db.update(releases).set({ title: 'Un autre titre' }).where(eq(releases.id, source.id));
    await saveVersion({ releaseId: source.id, message: 'Titre' });
    const kept = async () =>
      (await n.db.select().from(releases).where(eq(releases.id, englishId)))[0]!.translatedFromRevisionId;
    const before = await kept();

    actAs(n.people.admin);
    expect(await acknowledgeSourceChange({ releaseId: englishId, toNumber: 2 })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    actAs(n.people.westAfricaEditor);
    await expect(acknowledgeSourceChange({ releaseId: englishId, toNumber: 2 })).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    });
    await expect(findSourceChange(englishId)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(await kept()).toBe(before);
  });
});
