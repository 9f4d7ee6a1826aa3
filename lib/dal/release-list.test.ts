import { beforeAll, describe, expect, it, vi } from 'vitest';
import { releaseTopics, topics } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { listReleaseListChoices, listReleases, RELEASES_PER_PAGE } from './release-list';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
const DAY = 86_400_000;
beforeAll(async () => {
  n = await freshNewsroom();
  const inPanama = { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id };
  const water = await insertRelease(n.db, inPanama, {
    title: 'Energía eléctrica para las escuelas de Colón',
    summary: 'Paneles solares en doce escuelas.',
    bodyText: 'La electricidad llega por fin a las aulas rurales.',
    language: 'es',
    updatedAt: new Date(Date.now() - 3 * DAY),
  });
  await insertRelease(n.db, inPanama, {
    title: 'Electric power for the schools of Colón',
    language: 'en',
    translationGroupId: water.translationGroupId,
    updatedAt: new Date(Date.now() - 2 * DAY),
    lastEditedById: n.people.americasEditor.id,
  });
  await insertRelease(
    n.db,
    { officeId: n.offices.senegal.id, authorId: n.people.senegalWriter.id },
    {
      title: 'Des pêcheurs de Saint-Louis formés à la météo marine',
      summary: 'Une sécheresse inédite.',
      state: 'approved',
    },
  );
  const [climate] = await n.db
    .insert(topics)
    .values({ slug: 'climate', labels: { fr: 'Climat', en: 'Climate', es: 'Clima' } })
    .returning();
  await n.db.insert(releaseTopics).values({ releaseId: water.id, topicId: climate!.id });
});

const titles = (page: { items: { title: string }[] }) => page.items.map((item) => item.title);

describe('the list of releases', () => {
  it('shows a writer only the releases of their own office', async () => {
    actAs(n.people.panamaWriter);
    const page = await listReleases({});
    expect(titles(page)).toContain('Panama draft');
    expect(titles(page).some((title) => /Senegal|Saint-Louis/.test(title))).toBe(false);
    expect(titles(await listReleases({ office: 'senegal' }))).toEqual([]);
    expect(titles(await listReleases({ q: 'pecheurs' }))).toEqual([]);
  });

  it('shows a regional editor their region, and headquarters and admins every office', async () => {
    actAs(n.people.westAfricaEditor);
    expect(titles(await listReleases({})).every((title) => /Senegal|Saint-Louis/.test(title))).toBe(true);
    for (const person of [n.people.hqEditor, n.people.admin]) {
      actAs(person);
      const all = titles(await listReleases({}));
      expect(all).toContain('Panama draft');
      expect(all).toContain('Des pêcheurs de Saint-Louis formés à la météo marine');
    }
  });

  it('finds words without their accents in the title, summary or text, in any language', async () => {
    actAs(n.people.hqEditor);
    expect(titles(await listReleases({ q: 'electrica', language: 'es' }))).toEqual([
      'Energía eléctrica para las escuelas de Colón',
    ]);
    expect(titles(await listReleases({ q: 'pecheurs meteo' }))).toEqual([
      'Des pêcheurs de Saint-Louis formés à la météo marine',
    ]);
    expect(titles(await listReleases({ q: 'secheresse' }))).toHaveLength(1);
    expect(titles(await listReleases({ q: 'aulas rurales' }))).toHaveLength(1);
    expect(titles(await listReleases({ q: 'nowhere-to-be-found' }))).toEqual([]);
  });

  it('filters by state, office, language, author, topic and period, and sorts', async () => {
    actAs(n.people.hqEditor);
    expect(titles(await listReleases({ state: 'approved' }))).toEqual([
      'Des pêcheurs de Saint-Louis formés à la météo marine',
    ]);
    expect(titles(await listReleases({ office: 'senegal', state: 'draft' }))).toEqual(['Senegal draft']);
    expect(titles(await listReleases({ language: 'en' }))).toEqual(['Electric power for the schools of Colón']);
    expect(titles(await listReleases({ author: n.people.senegalWriter.id })).length).toBe(3);
    expect(titles(await listReleases({ topic: 'climate' }))).toEqual(['Energía eléctrica para las escuelas de Colón']);
    const threeDaysAgo = new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10);
    expect(titles(await listReleases({ from: threeDaysAgo, to: threeDaysAgo, office: 'panama' }))).toEqual([
      'Energía eléctrica para las escuelas de Colón',
    ]);
    const byTitle = titles(await listReleases({ sort: 'title' }));
    expect(byTitle).toEqual([...byTitle].sort((a, b) => (a < b ? -1 : 1)));
    expect(titles(await listReleases({ sort: 'oldest', office: 'panama', language: 'es' }))[0]).toBe(
      'Energía eléctrica para las escuelas de Colón',
    );
  });

  it('names the language versions, the last change and who made it', async () => {
    actAs(n.people.panamaWriter);
    const { items } = await listReleases({ q: 'electric' });
    const english = items.find((item) => item.language === 'en')!;
    expect(english.versions.map((version) => version.language)).toEqual(['en', 'es']);
    expect(english.lastChangedByName).toBe('americas.editor');
    const spanish = items.find((item) => item.language === 'es')!;
    expect(spanish.lastChangedByName).toBe('panama.writer');
  });

  it('pages through the list, saying whether another page follows', async () => {
    actAs(n.people.hqEditor);
    const inSenegal = { officeId: n.offices.senegal.id, authorId: n.people.senegalWriter.id };
    for (let i = 0; i < RELEASES_PER_PAGE; i++) await insertRelease(n.db, inSenegal, { title: `Bulk ${i}` });
    const first = await listReleases({});
    expect(first.items).toHaveLength(RELEASES_PER_PAGE);
    expect(first.hasNext).toBe(true);
    const second = await listReleases({ page: 2 });
    expect(second.page).toBe(2);
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.some((item) => first.items.some((seen) => seen.id === item.id))).toBe(false);
    // Words most of the newest releases hold: the search walks the order's index, and finds the same.
    const bulk = await listReleases({ q: 'bulk' });
    expect(bulk.items).toHaveLength(RELEASES_PER_PAGE);
    expect(bulk.hasNext).toBe(false);
    expect(titles(bulk).every((title) => title.startsWith('Bulk'))).toBe(true);
  });

  it('offers a writer only the offices and people of their own office as filters', async () => {
    actAs(n.people.panamaWriter);
    const choices = await listReleaseListChoices();
    expect(choices.offices.map((office) => office.code)).toEqual(['panama']);
    expect(choices.authors.map((author) => author.name)).toEqual(['panama.writer']);
  });
});
