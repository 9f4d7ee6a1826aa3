import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, publications, releases } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRelease, insertRevision } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { importLegacyDumps } from './legacy-import';
import { writeLivePublication } from './transitions';
import { findImportNotes, setArchivePromotion } from './legacy-archive';
import { listFeedItems, listLatestPublications, listPublications, searchPublications } from './publications';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
// Outside Next there is no data cache: reads run straight through.
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  redirect: () => {
    throw new Error('NEXT_REDIRECT');
  },
}));

let n: Newsroom;
let archived: typeof releases.$inferSelect;
let withoutSummary: typeof releases.$inferSelect;

const dump = (title: string, date: string) =>
  new TextEncoder().encode(
    `${title}\nPANAMA, ${date} – La oficina presentó hoy un estudio sobre la migración laboral en la región, informó su directora.\n"Los datos ayudan a decidir mejor", dijo la directora.\nPara más información, contacte a Ana Ruiz, Tel: +507 555 0101, Correo: ana.ruiz@example.org\n`,
  );

async function publicationOf(id: string) {
  const [row] = await n.db.select().from(publications).where(eq(publications.releaseId, id));
  return row!;
}
const latestSlugs = async () => (await listLatestPublications('es', 50)).map((item) => item.slug);

beforeAll(async () => {
  n = await freshNewsroom();
  const outcome = await importLegacyDumps(
    [
      {
        name: 'archivo/estudio-migracion.txt',
        bytes: dump('Un estudio sobre la migración laboral', '3 de mayo de 2016'),
      },
      {
        name: 'archivo/taller-regional.txt',
        bytes: dump('Un taller regional sobre datos migratorios', '9 de junio de 2017'),
      },
    ],
    { officeCode: 'panama' },
    { kind: 'cli' },
  );
  if (!outcome.ok) throw new Error('import refused');
  expect(outcome.report.files.map((file) => file.state)).toEqual(['published', 'published']);
  const stored = async (id: string) => (await n.db.select().from(releases).where(eq(releases.id, id)))[0]!;
  archived = await stored(outcome.report.files[0]!.id!);
  withoutSummary = await stored(outcome.report.files[1]!.id!);
  // An editor wrote a summary for the first one, as promotion needs.
  await n.db.update(releases).set({ summary: 'Un estudio regional.' }).where(eq(releases.id, archived.id));
});

describe('an imported archive release', () => {
  it('keeps the date its dump gives and stays off the home page, the listings and the feeds', async () => {
    expect(await publicationOf(archived.id)).toMatchObject({
      isLegacy: true,
      archiveDate: '2016-05-03',
      promotedAt: null,
    });
    expect(await latestSlugs()).not.toContain(archived.slug);
    const listing = await listPublications({ languages: ['es'], page: 1 });
    expect(listing.items.map((item) => item.slug)).not.toContain(archived.slug);
    expect((await listFeedItems('es', {})).map((item) => item.slug)).not.toContain(archived.slug);
  });

  it('is still found by search, dated by its archive date', async () => {
    const hits = await searchPublications('es', 'migración laboral', { languages: ['es'], page: 1 });
    const hit = hits.items.find((item) => item.slug === archived.slug);
    expect(hit).toMatchObject({ isArchive: true, archiveDate: '2016-05-03' });
  });
});

describe('promoting an archive release', () => {
  it('brings it into the current news for an editor of its office, and back to the archive', async () => {
    actAs(n.people.americasEditor);
    expect(await findImportNotes(archived.id)).toMatchObject({ isArchive: true, live: true, canPromote: true });
    const promoted = await setArchivePromotion({ releaseId: archived.id, promote: true });
    expect(promoted).toMatchObject({ ok: true, tags: expect.arrayContaining(['publications:es']) });
    expect((await publicationOf(archived.id)).promotedAt).toBeInstanceOf(Date);
    expect(await latestSlugs()).toContain(archived.slug);
    expect((await listFeedItems('es', {})).map((item) => item.slug)).toContain(archived.slug);

    expect(await setArchivePromotion({ releaseId: archived.id, promote: false })).toMatchObject({ ok: true });
    expect((await publicationOf(archived.id)).promotedAt).toBeNull();
    expect(await latestSlugs()).not.toContain(archived.slug);
    const audit = await n.db.select().from(auditLog).where(eq(auditLog.releaseId, archived.id));
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['release.promoted', 'release.demoted']));
  });

  it('asks for a summary first, since lists show it', async () => {
    actAs(n.people.hqEditor);
    expect(await setArchivePromotion({ releaseId: withoutSummary.id, promote: true })).toEqual({
      ok: false,
      reason: 'needs_summary',
    });
    expect((await publicationOf(withoutSummary.id)).promotedAt).toBeNull();
  });

  it('refuses a release that was not imported', async () => {
    actAs(n.people.hqEditor);
    expect(await setArchivePromotion({ releaseId: n.releases.panamaPublished.id, promote: true })).toEqual({
      ok: false,
      reason: 'not_archive',
    });
  });

  it.each([
    ['the office’s writer', 'panamaWriter'],
    ['an admin', 'admin'],
  ] as const)('is refused to %s, and changes nothing', async (_who, person) => {
    actAs(n.people[person]);
    const before = await publicationOf(archived.id);
    expect(await setArchivePromotion({ releaseId: archived.id, promote: true })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    expect(await publicationOf(archived.id)).toEqual(before);
  });

  it('answers 404 to an editor of another region, and changes nothing', async () => {
    actAs(n.people.westAfricaEditor);
    const before = await publicationOf(archived.id);
    await expect(setArchivePromotion({ releaseId: archived.id, promote: true })).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(findImportNotes(archived.id)).rejects.toThrow('NEXT_NOT_FOUND');
    expect(await publicationOf(archived.id)).toEqual(before);
  });
});

describe('what counts as an archive item', () => {
  it('is only what the importer brought: a release published again keeps its place in the news, whatever its source key', async () => {
    const seeded = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { language: 'es', state: 'approved', sourceKey: 'demo:seeded-release', title: 'Un comunicado de la semilla' },
    );
    const revision = await insertRevision(n.db, seeded);
    await n.db.transaction((tx) => writeLivePublication(tx, seeded, revision.id, [], new Date()));
    expect((await publicationOf(seeded.id)).isLegacy).toBe(false);

    const [imported] = await n.db.select().from(releases).where(eq(releases.id, archived.id));
    await n.db.transaction((tx) => writeLivePublication(tx, imported!, imported!.liveRevisionId!, [], new Date()));
    expect((await publicationOf(archived.id)).isLegacy).toBe(true);
  });
});
