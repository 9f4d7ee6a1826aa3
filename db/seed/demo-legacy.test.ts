import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { publications, releases } from '@/db/schema';
import { listFeedItems, listLatestPublications } from '@/lib/dal/publications';
import type { ImportReport } from '@/lib/importer/report';
import { freshDatabase } from '@/test/database';
import type { Database } from '../client';
import { seedDemo } from '../seed';
import { seedDemoLegacyArchive } from './demo-legacy';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));

let db: Database;
let report: ImportReport;
const fileNamed = (suffix: string) => report.files.find((file) => file.source.endsWith(suffix))!;
const releaseOf = async (id: string) => (await db.select().from(releases).where(eq(releases.id, id)))[0]!;

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'seed-test-password' });
  report = await seedDemoLegacyArchive();
}, 60_000);

describe('the demo archive, imported by the seed through the importer', () => {
  it('publishes the dated French release as an archive item of 2019, kept off the latest lists and the feed', async () => {
    const file = fileNamed('fr-forages-maradi.txt');
    expect(file).toMatchObject({ status: 'imported', state: 'published', officeCode: 'niger' });
    const release = await releaseOf(file.id!);
    expect(release.archiveDate).toBe('2019-03-14');
    const [publication] = await db.select().from(publications).where(eq(publications.releaseId, release.id));
    expect(publication!.archiveDate).toBe('2019-03-14');
    expect((await listLatestPublications('fr', 50)).map((item) => item.slug)).not.toContain(release.slug);
    expect((await listFeedItems('fr', {})).map((item) => item.slug)).not.toContain(release.slug);
  });

  it('keeps the Spanish release with a number it cannot read as a draft that names what to check', async () => {
    const file = fileNamed('es-ferias-empleo.txt');
    expect(file).toMatchObject({ status: 'imported', state: 'draft', needsReview: true, officeCode: 'mexico' });
    expect(file.reasons).toContainEqual(expect.objectContaining({ field: 'contacts', code: 'contacts_unread' }));
    const release = await releaseOf(file.id!);
    expect(release.state).toBe('draft');
    expect(release.importReview).toMatchObject({ needsReview: true });
  });

  it('stores the English accreditation text as a static page', () => {
    expect(fileNamed('en-media-accreditation.txt')).toMatchObject({ status: 'imported', kind: 'page' });
  });

  it('leaves every file as it was when the seed runs again', async () => {
    const again = await seedDemoLegacyArchive();
    expect(again.files.map((file) => file.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});
