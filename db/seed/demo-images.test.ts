import fs from 'node:fs';
import path from 'node:path';
import { eq, isNotNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { attachments, media, publications, releases, revisions } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { freshDatabase } from '@/test/database';
import { withTemporaryMediaDir } from '@/test/media';

withTemporaryMediaDir('demo-images-');
let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'demo-images-test', images: true });
});

describe('the demo lead images', () => {
  it('illustrate six releases in every language version, on the live page too, with the alt text of its language', async () => {
    const illustrated = await db.select().from(releases).where(isNotNull(releases.heroMediaId));
    expect(new Set(illustrated.map((release) => release.translationGroupId)).size).toBe(6);
    const live = await db.select().from(publications).where(isNotNull(publications.hero));
    expect(live.length).toBeGreaterThanOrEqual(10);
    for (const publication of live) {
      const [image] = await db
        .select()
        .from(media)
        .innerJoin(releases, eq(releases.heroMediaId, media.id))
        .where(eq(releases.id, publication.releaseId));
      expect(publication.hero!.alt).toBe(image!.media.alt[publication.language]);
      expect(publication.hero!.src).toMatch(/^\/media\/.+\.webp$/);
      expect(publication.hero!.srcSet).toMatch(/^\/media\/\S+ 480w, \/media\/\S+ 960w, \/media\/\S+ 1600w$/);
      const [revision] = await db.select().from(revisions).where(eq(revisions.id, publication.revisionId));
      expect(revision!.heroMediaId).toBe(image!.media.id);
    }
  });

  it('stores every size of each image where the media route reads them', async () => {
    for (const image of await db.select().from(media)) {
      for (const key of [image.storageKey, ...image.variants.map((variant) => variant.key)]) {
        expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, key))).toBe(true);
      }
      expect(image.variants.map((variant) => variant.width)).toEqual([480, 960, 1600]);
      const folder = image.storageKey.slice(0, image.storageKey.lastIndexOf('/'));
      expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, folder, 'share-1200x630.jpg'))).toBe(true);
    }
  });

  it('stores each image once when the seed runs again', async () => {
    await seedDemo(db, { password: 'demo-images-test', images: true });
    expect(await db.$count(media)).toBe(6);
    expect(await db.$count(attachments)).toBe(1);
  });
});

describe('the demo data report', () => {
  it('shows a captioned figure, a table with column headers and a PDF to download, in every language', async () => {
    const reports = await db
      .select()
      .from(publications)
      .where(
        sql`${publications.slug} like '%report%' or ${publications.slug} like '%rapport%' or ${publications.slug} like '%informe%'`,
      );
    const withTables = reports.filter((publication) => publication.bodyHtml.includes('<table>'));
    expect(withTables.map((publication) => publication.language).sort()).toEqual(['en', 'es', 'fr']);
    for (const publication of withTables) {
      expect(publication.bodyHtml).toMatch(
        /<figure><img [^>]*alt="[^"]+"[^>]*><figcaption>[^<]+ — ICA<\/figcaption><\/figure>/,
      );
      expect(publication.bodyHtml).toContain('<th scope="col">');
      expect(publication.hero?.caption).toBeTruthy();
      expect(publication.downloads).toHaveLength(1);
      expect(publication.downloads[0]).toMatchObject({ format: 'pdf' });
      const [document] = await db.select().from(attachments);
      const stored = fs.readFileSync(path.join(process.env.MEDIA_DIR!, document!.storageKey));
      expect(stored.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});
