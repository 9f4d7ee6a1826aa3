import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, publications, releases, releaseSlugRedirects, releaseTopics, topics } from '@/db/schema';
import { QUEUES } from '@/lib/jobs/queues';
import { ChangeReleaseSlugInput } from '@/lib/validation/release-slug';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { jobsIn, READY } from '@/test/jobs';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { getReleaseView } from './publications';
import { findReleaseDraftForEdit, saveReleaseDraft } from './release-drafts';
import { changeReleaseSlug } from './release-slugs';
import { applyTransition } from './transitions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
// Outside Next there is no data cache: the portal's reads run straight through.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  unstable_cache: (read: () => unknown) => read,
}));

let n: Newsroom;
let topicId: string;
beforeAll(async () => {
  n = await freshNewsroom();
  const [topic] = await n.db
    .insert(topics)
    .values({ slug: 'adresses', labels: { fr: 'Adresses', en: 'Addresses', es: 'Direcciones' } })
    .returning();
  topicId = topic!.id;
});

let counter = 0;
async function draft(values: Partial<typeof releases.$inferInsert> = {}) {
  counter += 1;
  const release = await insertRelease(
    n.db,
    { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
    { ...READY, slug: `brouillon-${counter}`, ...values },
  );
  await n.db.insert(releaseTopics).values({ releaseId: release.id, topicId });
  return release;
}

async function published(slug: string) {
  const release = await draft({ slug, state: 'approved' });
  const result = await applyTransition(
    { kind: 'user', id: n.people.americasEditor.id, role: 'editor' },
    release.id,
    'publish',
  );
  if (!result.ok) throw new Error(result.reason);
  return release;
}

const slugOf = async (id: string) =>
  (await n.db.select({ slug: releases.slug }).from(releases).where(eq(releases.id, id)))[0]!.slug;

async function saveTitle(id: string, title: string) {
  const current = (await findReleaseDraftForEdit(id))!;
  const { id: _id, version, language: _l, state: _s, hero: _h, updatedAt: _u, ...rest } = current;
  const { lastEditedByName: _n, lastEditedByYou: _y, isTranslation: _t, ...fields } = rest;
  const result = await saveReleaseDraft(id, { ...fields, title }, version);
  if (!result.ok) throw new Error(result.reason);
}

const everything = async (id: string) => ({
  release: (await n.db.select().from(releases).where(eq(releases.id, id)))[0],
  publication: (await n.db.select().from(publications).where(eq(publications.releaseId, id)))[0],
  redirects: await n.db.select().from(releaseSlugRedirects).where(eq(releaseSlugRedirects.releaseId, id)),
  audit: (await n.db.select().from(auditLog)).length,
});

describe('the address of a release before it is first published', () => {
  it('follows its title on every save', async () => {
    const release = await draft();
    actAs(n.people.panamaWriter);
    await saveTitle(release.id, 'Une clinique mobile pour les saisonniers');
    expect(await slugOf(release.id)).toBe('une-clinique-mobile-pour-les-saisonniers');
    await saveTitle(release.id, 'Deux cliniques mobiles pour les saisonniers');
    expect(await slugOf(release.id)).toBe('deux-cliniques-mobiles-pour-les-saisonniers');
  });

  it('takes the next free slug when another release has the title’s, and keeps it on the next save', async () => {
    const other = await draft();
    actAs(n.people.panamaWriter);
    await saveTitle(other.id, 'Un guichet pour les familles');
    const release = await draft();
    await saveTitle(release.id, 'Un guichet pour les familles');
    expect(await slugOf(release.id)).toBe('un-guichet-pour-les-familles-2');
    await saveTitle(release.id, 'Un guichet pour les familles');
    expect(await slugOf(release.id)).toBe('un-guichet-pour-les-familles-2');
  });

  it('cannot be changed by hand, even by an editor: it follows the title', async () => {
    const release = await draft();
    actAs(n.people.americasEditor);
    const before = await everything(release.id);
    expect(await changeReleaseSlug({ releaseId: release.id, slug: 'autre-adresse' })).toEqual({
      ok: false,
      reason: 'not_published_yet',
    });
    expect(await everything(release.id)).toEqual(before);
  });
});

describe('the address of a release that has been published', () => {
  it('stays when the title changes', async () => {
    const release = await published('une-adresse-stable');
    actAs(n.people.americasEditor);
    await saveTitle(release.id, 'Un tout autre titre pour ce communiqué');
    expect(await slugOf(release.id)).toBe('une-adresse-stable');
  });

  it('is changed by an editor: the public copy moves, and the old address redirects permanently', async () => {
    const release = await published('ancienne-adresse');
    actAs(n.people.americasEditor);

    const result = await changeReleaseSlug({ releaseId: release.id, slug: 'nouvelle-adresse' });

    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    // Both addresses are refreshed in the portal's cache, by the job committed with the change too.
    expect(result.tags).toEqual(
      expect.arrayContaining(['publication:fr:ancienne-adresse', 'publication:fr:nouvelle-adresse']),
    );
    const jobs = await jobsIn(n.db, QUEUES.portalRefresh);
    expect(jobs.some((job) => (job.data.tags as string[]).includes('publication:fr:ancienne-adresse'))).toBe(true);
    expect(await slugOf(release.id)).toBe('nouvelle-adresse');
    expect(await getReleaseView('fr', 'ancienne-adresse')).toEqual({ state: 'moved', slug: 'nouvelle-adresse' });
    expect(await getReleaseView('fr', 'nouvelle-adresse')).toMatchObject({
      state: 'live',
      publication: { slug: 'nouvelle-adresse' },
    });
    const [entry] = await n.db.select().from(auditLog).where(eq(auditLog.action, 'release.slug_changed'));
    expect(entry).toMatchObject({ data: { from: 'ancienne-adresse', to: 'nouvelle-adresse' } });
  });

  it('sends every older address to the newest one, and lets the release take an old address back', async () => {
    const release = await published('premiere-adresse');
    actAs(n.people.hqEditor);
    await changeReleaseSlug({ releaseId: release.id, slug: 'deuxieme-adresse' });
    await changeReleaseSlug({ releaseId: release.id, slug: 'troisieme-adresse' });
    expect(await getReleaseView('fr', 'premiere-adresse')).toEqual({ state: 'moved', slug: 'troisieme-adresse' });
    expect(await getReleaseView('fr', 'deuxieme-adresse')).toEqual({ state: 'moved', slug: 'troisieme-adresse' });

    expect(await changeReleaseSlug({ releaseId: release.id, slug: 'premiere-adresse' })).toMatchObject({ ok: true });
    expect(await getReleaseView('fr', 'premiere-adresse')).toMatchObject({ state: 'live' });
    expect(await getReleaseView('fr', 'troisieme-adresse')).toEqual({ state: 'moved', slug: 'premiere-adresse' });
  });

  it('keeps an old address from every other release of the language, by hand or by title', async () => {
    const moved = await published('adresse-gardee');
    actAs(n.people.americasEditor);
    await changeReleaseSlug({ releaseId: moved.id, slug: 'adresse-gardee-ailleurs' });

    const other = await published('une-autre-adresse');
    const before = await everything(other.id);
    expect(await changeReleaseSlug({ releaseId: other.id, slug: 'adresse-gardee' })).toEqual({
      ok: false,
      reason: 'slug_taken',
    });
    expect(await changeReleaseSlug({ releaseId: other.id, slug: 'adresse-gardee-ailleurs' })).toEqual({
      ok: false,
      reason: 'slug_taken',
    });
    expect(await everything(other.id)).toEqual(before);

    const fresh = await draft();
    await saveTitle(fresh.id, 'Adresse gardée');
    expect(await slugOf(fresh.id)).toBe('adresse-gardee-2');
    // Another language has addresses of its own.
    const english = await draft({ language: 'en', slug: 'english-draft' });
    await saveTitle(english.id, 'Adresse gardée');
    expect(await slugOf(english.id)).toBe('adresse-gardee');
  });

  it('answers 410 at an old address once the release is withdrawn', async () => {
    const release = await published('adresse-retiree');
    actAs(n.people.americasEditor);
    await changeReleaseSlug({ releaseId: release.id, slug: 'adresse-retiree-nouvelle' });
    await applyTransition({ kind: 'user', id: n.people.americasEditor.id, role: 'editor' }, release.id, 'unpublish');
    expect(await getReleaseView('fr', 'adresse-retiree')).toMatchObject({ state: 'withdrawn', title: READY.title });
  });
});

describe('people who may not change a published address', () => {
  it('a writer of the office is refused, and nothing changes', async () => {
    const release = await published('adresse-du-bureau');
    const before = await everything(release.id);
    actAs(n.people.panamaWriter);
    expect(await changeReleaseSlug({ releaseId: release.id, slug: 'adresse-du-redacteur' })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    actAs(n.people.admin);
    expect(await changeReleaseSlug({ releaseId: release.id, slug: 'adresse-de-l-admin' })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    expect(await everything(release.id)).toEqual(before);
    expect(await getReleaseView('fr', 'adresse-du-redacteur')).toEqual({ state: 'missing' });
  });

  it('an editor of another region gets a 404, and nothing changes', async () => {
    const release = await published('adresse-hors-region');
    const before = await everything(release.id);
    actAs(n.people.westAfricaEditor);
    await expect(changeReleaseSlug({ releaseId: release.id, slug: 'prise' })).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    });
    expect(await everything(release.id)).toEqual(before);
  });
});

describe('a typed address', () => {
  it.each([
    ['', 'required'],
    ['deux--tirets', 'invalid_release_slug'],
    ['avec espace', 'invalid_release_slug'],
    ['-debut', 'invalid_release_slug'],
    ['accentué', 'invalid_release_slug'],
    ['a/b', 'invalid_release_slug'],
    ['x'.repeat(81), 'slug_too_long'],
  ])('“%s” is refused with %s', (slug, code) => {
    const parsed = ChangeReleaseSlugInput.safeParse({ releaseId: crypto.randomUUID(), slug });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(code);
  });

  it('is taken in lower case, without surrounding spaces', () => {
    const parsed = ChangeReleaseSlugInput.parse({ releaseId: crypto.randomUUID(), slug: ' Nouvelle-Ecole ' });
    expect(parsed.slug).toBe('nouvelle-ecole');
  });
});
