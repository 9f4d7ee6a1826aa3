import fs from 'node:fs';
import path from 'node:path';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { auditLog, pageRevisions, pages, publications, releases, revisions, transitions, users } from '@/db/schema';
import {
  importLegacyDumps,
  LARGEST_DUMP_BYTES,
  LEGACY_AUTHOR,
  type ImportActor,
  type ImportOptions,
  type LegacyDumpFile,
} from '@/lib/dal/legacy-import';
import { freshDatabase } from '@/test/database';
import { insertOffice, insertUser } from '@/test/fixtures';

const CLI: ImportActor = { kind: 'cli' };
const bytesOf = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name));
/** A fixture under a source name of the test's own, so that tests do not see each other's imports. */
const dump = (fixture: string, name = `${crypto.randomUUID()}/${fixture}`): LegacyDumpFile => ({
  name,
  bytes: bytesOf(fixture),
});
const edited = (file: LegacyDumpFile, from: string, to: string): LegacyDumpFile => ({
  name: file.name,
  bytes: new TextEncoder().encode(new TextDecoder().decode(file.bytes).replace(from, to)),
});

let db: Database;
let offices: Record<'hq' | 'regional' | 'senegal' | 'niger', { id: string; code: string }>;

beforeAll(async () => {
  db = await freshDatabase();
  const hq = await insertOffice(db, {
    code: 'hq',
    kind: 'hq',
    cities: { fr: 'Genève', en: 'Genève', es: 'Genève' },
    names: { fr: 'Siège de l’ACI', en: 'ICA Headquarters', es: 'Sede de la ACI' },
  });
  const regional = await insertOffice(db, {
    code: 'west-central-africa',
    kind: 'regional',
    parentId: hq.id,
    cities: { fr: 'Dakar', en: 'Dakar', es: 'Dakar' },
    names: {
      fr: 'Bureau régional pour l’Afrique de l’Ouest et du Centre',
      en: 'Regional Office for West and Central Africa',
      es: 'Oficina Regional para África Occidental y Central',
    },
  });
  const senegal = await insertOffice(db, {
    code: 'senegal',
    kind: 'country',
    parentId: regional.id,
    cities: { fr: 'Dakar', en: 'Dakar', es: 'Dakar' },
    names: { fr: 'ACI Sénégal', en: 'ICA Senegal', es: 'ACI Senegal' },
  });
  const niger = await insertOffice(db, {
    code: 'niger',
    kind: 'country',
    parentId: regional.id,
    cities: { fr: 'Niamey', en: 'Niamey', es: 'Niamey' },
    names: { fr: 'ACI Niger', en: 'ICA Niger', es: 'ACI Níger' },
  });
  offices = { hq, regional, senegal, niger };
});

async function run(files: LegacyDumpFile[], options: ImportOptions = {}, actor: ImportActor = CLI) {
  const outcome = await importLegacyDumps(files, options, actor);
  if (!outcome.ok) expect.fail(`import refused: ${outcome.reason}`);
  return outcome.report;
}

async function releaseOf(source: string) {
  const [row] = await db.select().from(releases).where(eq(releases.sourceKey, source));
  return row!;
}

/** Row counts of everything an import writes, to show that a call changed nothing. */
async function snapshot() {
  const tables = { releases, revisions, transitions, publications, pages, pageRevisions, auditLog, users };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables))
    counts[name] = (await db.select({ n: count() }).from(table))[0]!.n;
  const hashes = await db
    .select({ key: releases.sourceKey, hash: releases.sourceHash, version: releases.version })
    .from(releases);
  return { counts, hashes: hashes.sort((a, b) => String(a.key).localeCompare(String(b.key))) };
}

describe('importing a release', () => {
  const file = dump('fr-release-wrapped.txt');
  let report: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    report = await run([file]);
  });

  it('stores it as published legacy content, with one revision and its publication', async () => {
    expect(report.counts).toMatchObject({ imported: 1, failed: 0 });
    const release = await releaseOf(file.name);
    expect(release).toMatchObject({
      state: 'published',
      language: 'fr',
      title: 'L’ACI et la Ville de Thiès lancent une école des métiers',
      sourceKey: file.name,
    });
    const [revision] = await db.select().from(revisions).where(eq(revisions.releaseId, release.id));
    expect(release.liveRevisionId).toBe(revision!.id);
    expect(revision).toMatchObject({ number: 1, state: 'published', topicIds: [] });
    const [publication] = await db.select().from(publications).where(eq(publications.releaseId, release.id));
    expect(publication).toMatchObject({
      isLegacy: true,
      revisionId: revision!.id,
      slug: release.slug,
      topics: [],
      officeCode: 'senegal',
      regionCode: 'west-central-africa',
    });
    expect(publication!.bodyHtml).toContain(
      '<li><p>L’accompagnement vers l’emploi, avec des stages dans les entreprises partenaires.</p></li>',
    );
    expect(publication!.contacts).toEqual(release.contacts);
    const [transition] = await db.select().from(transitions).where(eq(transitions.releaseId, release.id));
    expect(transition).toMatchObject({ name: 'import', fromState: 'draft', toState: 'published', actorId: null });
  });

  it('takes the office from the contact block and gives it a kebab-case slug', async () => {
    expect(report.files[0]).toMatchObject({
      status: 'imported',
      officeCode: 'senegal',
      slug: 'l-aci-et-la-ville-de-thies-lancent-une-ecole-des-metiers',
    });
  });

  it('credits the inactive legacy account, never a real person', async () => {
    const release = await releaseOf(file.name);
    const [author] = await db.select().from(users).where(eq(users.id, release.authorId));
    expect(author).toMatchObject({ email: LEGACY_AUTHOR.email, active: false });
  });

  it('writes audit rows labelled "importer": the import transition and the file it came from', async () => {
    const release = await releaseOf(file.name);
    const rows = await db.select().from(auditLog).where(eq(auditLog.releaseId, release.id)).orderBy(auditLog.action);
    expect(rows).toMatchObject([
      { actorLabel: 'importer', action: 'release.import', actorId: null, data: { from: 'draft', to: 'published' } },
      { actorLabel: 'importer', action: 'release.imported', actorId: null, data: { source: file.name } },
    ]);
  });
});

describe('importing a static page', () => {
  it('stores a page with a title line under pages, published with its rendered HTML', async () => {
    const file = dump('en-page-titled.txt');
    const report = await run([file]);
    expect(report.files[0]).toMatchObject({ status: 'imported', kind: 'page', state: 'published', needsReview: false });
    const [page] = await db.select().from(pages).where(eq(pages.sourceKey, file.name));
    expect(page).toMatchObject({ state: 'published', language: 'en', title: 'Our commitments' });
    expect(page!.publishedHtml).toMatch(/^<p>ICA publishes every budget/);
  });

  it('keeps a page whose title had to be taken from its first sentence as a draft to review', async () => {
    const file = dump('fr-page-about.txt');
    const report = await run([file]);
    expect(report.files[0]).toMatchObject({
      status: 'imported',
      kind: 'page',
      state: 'draft',
      needsReview: true,
      reasons: [{ field: 'title', code: 'title_derived' }],
    });
    const [page] = await db.select().from(pages).where(eq(pages.sourceKey, file.name));
    expect(page).toMatchObject({ state: 'draft', language: 'fr', path: report.files[0]!.slug, publishedHtml: null });
    expect(page!.bodyText).toMatch(/^L’ACI, fondée en 1962/);
    expect(await db.select().from(pageRevisions).where(eq(pageRevisions.pageId, page!.id))).toHaveLength(1);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, page!.id));
    expect(audit).toMatchObject([{ actorLabel: 'importer', action: 'page.imported', subjectType: 'page' }]);
  });
});

describe('importing again', () => {
  it('changes nothing when the files are the same', async () => {
    const files = [dump('fr-release-two-contacts.txt'), dump('en-release.txt'), dump('en-page-titled.txt')];
    await run(files, { officeCode: 'hq' });
    const before = await snapshot();
    const report = await run(files, { officeCode: 'hq' });
    expect(report.counts).toMatchObject({ imported: 0, updated: 0, unchanged: 3, failed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('updates a changed release as a new revision and refreshes its publication', async () => {
    const file = dump('en-release.txt');
    await run([file], { officeCode: 'hq' });
    const changed = edited(file, 'New cold chain keeps vaccines safe', 'Solar cold chain keeps vaccines safe');
    const report = await run([changed], { officeCode: 'hq' });
    expect(report.files[0]).toMatchObject({ status: 'updated' });
    const release = await releaseOf(file.name);
    expect(release).toMatchObject({
      title: 'Solar cold chain keeps vaccines safe on remote islands',
      version: 2,
      state: 'published',
    });
    const history = await db
      .select()
      .from(revisions)
      .where(eq(revisions.releaseId, release.id))
      .orderBy(revisions.number);
    expect(history.map((revision) => [revision.number, revision.title])).toEqual([
      [1, 'New cold chain keeps vaccines safe on remote islands'],
      [2, 'Solar cold chain keeps vaccines safe on remote islands'],
    ]);
    const [publication] = await db.select().from(publications).where(eq(publications.releaseId, release.id));
    expect(publication).toMatchObject({ revisionId: history[1]!.id, title: release.title, slug: release.slug });
    expect(publication!.revisedAt).toBeInstanceOf(Date);
    const audit = await db.select().from(auditLog).where(eq(auditLog.releaseId, release.id));
    expect(audit.map((row) => row.action).sort()).toEqual(['release.import', 'release.imported', 'release.reimported']);
  });

  it('updates a changed page as a new page revision', async () => {
    const file = dump('en-page-titled.txt');
    await run([file]);
    const report = await run([edited(file, 'Our commitments', 'What we promise')]);
    expect(report.files[0]).toMatchObject({ status: 'updated', kind: 'page' });
    const [page] = await db.select().from(pages).where(eq(pages.sourceKey, file.name));
    expect(page).toMatchObject({ title: 'What we promise', publishedTitle: 'What we promise', version: 2 });
    expect(await db.select().from(pageRevisions).where(eq(pageRevisions.pageId, page!.id))).toHaveLength(2);
  });

  it('refuses a file that an earlier import stored as the other kind', async () => {
    const file = dump('en-page-titled.txt');
    await run([file]);
    const asRelease = { name: file.name, bytes: bytesOf('en-release.txt') };
    expect((await run([asRelease])).files[0]).toMatchObject({ status: 'failed', reason: 'kind_changed' });
  });
});

describe('options', () => {
  it('--draft stores releases as drafts, with no publication', async () => {
    const file = dump('fr-release-two-contacts.txt');
    await run([file], { draft: true });
    const release = await releaseOf(file.name);
    expect(release).toMatchObject({ state: 'draft', liveRevisionId: null });
    expect(await db.select().from(publications).where(eq(publications.releaseId, release.id))).toEqual([]);
    expect(await db.select().from(transitions).where(eq(transitions.releaseId, release.id))).toEqual([]);
  });

  it('--dry-run reports what would happen and writes nothing', async () => {
    const before = await snapshot();
    const report = await run([dump('es-release.txt'), dump('fr-page-about.txt'), dump('empty.txt')], {
      dryRun: true,
      officeCode: 'hq',
    });
    expect(report).toMatchObject({ dryRun: true, counts: { imported: 2, skipped: 1 } });
    expect(await snapshot()).toEqual(before);
  });

  it('uses --office when the contact block names no known office, and fails the file without it', async () => {
    const without = await run([dump('es-release.txt')]);
    expect(without.files[0]).toMatchObject({ status: 'failed', reason: 'no_office' });
    const unknown = await run([dump('es-release.txt')], { officeCode: 'atlantis' });
    expect(unknown.files[0]).toMatchObject({ status: 'failed', reason: 'unknown_office' });
    const file = dump('es-release.txt');
    expect((await run([file], { officeCode: 'hq' })).files[0]).toMatchObject({
      status: 'imported',
      officeCode: 'hq',
      language: 'es',
    });
  });

  it('prefers the office the contact block names over --office', async () => {
    const report = await run([dump('fr-release-two-contacts.txt')], { officeCode: 'hq' });
    expect(report.files[0]).toMatchObject({ status: 'imported', officeCode: 'west-central-africa' });
  });
});

describe('slugs', () => {
  it('are unique per language: the same title gets a numbered suffix', async () => {
    const first = await run([dump('en-release.txt')], { officeCode: 'hq' });
    const second = await run([dump('en-release.txt')], { officeCode: 'hq' });
    const slugs = [first.files[0]!.slug!, second.files[0]!.slug!];
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) expect(slug).toMatch(/^new-cold-chain-keeps-vaccines-safe-on-remote-islands(-\d+)?$/);
    const stored = await db.select({ slug: releases.slug }).from(releases).where(inArray(releases.slug, slugs));
    expect(stored).toHaveLength(2);
  });
});

describe('bad files', () => {
  it('are reported one by one while the others are imported', async () => {
    const good = dump('fr-release-wrapped.txt');
    const report = await run([dump('empty.txt'), dump('binary.txt'), dump('only-chrome.txt'), good, { ...good }]);
    expect(report.files.map((file) => [file.status, file.reason])).toEqual([
      ['skipped', 'empty'],
      ['skipped', 'binary'],
      ['failed', 'no_content'],
      ['imported', undefined],
      ['skipped', 'duplicate_source'],
    ]);
    expect(report.counts).toEqual({ imported: 1, updated: 0, unchanged: 0, skipped: 3, failed: 1, needsReview: 0 });
  });
});

describe('a file the database refuses', () => {
  it('fails alone: the rest of its batch is still stored', async () => {
    await db.execute(sql`create function refuse_tillaberi() returns trigger language plpgsql as $$
      begin
        if new.title like '%Tillabéri%' then raise exception 'refused by the test'; end if;
        return new;
      end $$`);
    await db.execute(
      sql`create trigger refuse_tillaberi before insert on releases for each row execute function refuse_tillaberi()`,
    );
    try {
      const files = [dump('fr-release-wrapped.txt'), dump('fr-release-two-contacts.txt'), dump('fr-page-about.txt')];
      const report = await run(files);
      expect(report.files.map((file) => file.status)).toEqual(['imported', 'failed', 'imported']);
      expect(report.files[1]).toMatchObject({
        reason: 'storage_error',
        detail: expect.stringContaining('refused by the test'),
      });
      expect(await releaseOf(files[0]!.name)).toMatchObject({ state: 'published' });
    } finally {
      await db.execute(sql`drop trigger refuse_tillaberi on releases`);
      await db.execute(sql`drop function refuse_tillaberi`);
    }
  });
});

describe('source names', () => {
  it('are refused when empty, too long or holding control characters', async () => {
    const bytes = bytesOf('fr-page-about.txt');
    const report = await run([
      { name: '', bytes },
      { name: 'a'.repeat(600), bytes },
      { name: 'bad\u0000name.txt', bytes },
    ]);
    expect(report.files.map((file) => [file.status, file.reason])).toEqual([
      ['skipped', 'invalid_name'],
      ['skipped', 'invalid_name'],
      ['skipped', 'invalid_name'],
    ]);
  });
});

describe('who may import', () => {
  it('refuses a writer and leaves everything as it was', async () => {
    const writer = await insertUser(db, offices.hq.id, 'writer');
    const before = await snapshot();
    const outcome = await importLegacyDumps(
      [dump('en-release.txt')],
      {},
      { kind: 'user', id: writer.id, role: 'writer' },
    );
    expect(outcome).toEqual({ ok: false, reason: 'forbidden' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an editor too', async () => {
    const editor = await insertUser(db, offices.hq.id, 'editor');
    const outcome = await importLegacyDumps(
      [dump('en-release.txt')],
      { dryRun: true },
      { kind: 'user', id: editor.id, role: 'editor' },
    );
    expect(outcome).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('records the admin who imported from the workspace', async () => {
    const admin = await insertUser(db, offices.hq.id, 'admin');
    const file = dump('en-release.txt');
    await run([file], { officeCode: 'hq' }, { kind: 'user', id: admin.id, role: 'admin' });
    const release = await releaseOf(file.name);
    const audit = await db.select().from(auditLog).where(eq(auditLog.releaseId, release.id));
    // The admin started the import; the workflow's import transition is the importer's own.
    expect(audit.find((row) => row.action === 'release.imported')).toMatchObject({
      actorId: admin.id,
      actorLabel: 'importer',
    });
    expect(audit.find((row) => row.action === 'release.import')).toMatchObject({
      actorId: null,
      actorLabel: 'importer',
    });
    const [revision] = await db.select().from(revisions).where(eq(revisions.releaseId, release.id));
    expect(revision).toMatchObject({ createdById: null, contentAuthorId: release.authorId });
  });
});

const encoded = (text: string) => new TextEncoder().encode(text);

describe('what the importer is unsure of', () => {
  it('is imported as a draft flagged for review, with its reasons, and never published', async () => {
    const file = { name: `${crypto.randomUUID()}/no-title.txt`, bytes: bytesOf('no-title.txt') };
    const report = await run([file], { officeCode: 'hq' });
    expect(report.counts).toMatchObject({ imported: 1, needsReview: 1 });
    expect(report.files[0]).toMatchObject({ state: 'draft', needsReview: true });
    const release = await releaseOf(file.name);
    expect(release).toMatchObject({ state: 'draft', liveRevisionId: null });
    expect(release.importReview).toMatchObject({
      needsReview: true,
      reasons: expect.arrayContaining([{ field: 'title', code: 'title_derived' }]),
    });
    expect(await db.select().from(publications).where(eq(publications.releaseId, release.id))).toEqual([]);
    expect(await db.select().from(transitions).where(eq(transitions.releaseId, release.id))).toEqual([]);
  });
});

describe('dates and offices of legacy releases', () => {
  const release = (dateline: string, contact = '') =>
    encoded(
      `Un centre de formation ouvre ses portes\n${dateline}L’ACI a inauguré un centre de formation pour les jeunes de la région, a annoncé le bureau.\nLe centre accueillera deux cents apprentis par an.\n${contact}`,
    );

  it('keeps the date the text gives, as an archive date on the release and its publication', async () => {
    const file = {
      name: `${crypto.randomUUID()}/dated.txt`,
      bytes: release('NIAMEY, 12 mars 2016 – '),
      modifiedAt: new Date('2024-01-02T00:00:00Z'),
    };
    await run([file]);
    const stored = await releaseOf(file.name);
    expect(stored).toMatchObject({ archiveDate: '2016-03-12', datelineCity: 'Niamey', state: 'published' });
    const [publication] = await db.select().from(publications).where(eq(publications.releaseId, stored.id));
    expect(publication).toMatchObject({ isLegacy: true, archiveDate: '2016-03-12', promotedAt: null });
  });

  it('falls back on the file’s date, else on no date at all — never the day of the import', async () => {
    const fromFile = {
      name: `${crypto.randomUUID()}/a.txt`,
      bytes: release('Niamey – '),
      modifiedAt: new Date('2019-05-06T10:00:00Z'),
    };
    const undated = { name: `${crypto.randomUUID()}/b.txt`, bytes: release('Niamey – ') };
    const report = await run([fromFile, undated]);
    expect((await releaseOf(fromFile.name)).archiveDate).toBe('2019-05-06');
    expect((await releaseOf(undated.name)).archiveDate).toBeNull();
    expect(report.files.map((file) => file.reasons.map((reason) => reason.code))).toEqual([
      expect.arrayContaining(['date_from_file']),
      expect.arrayContaining(['date_missing']),
    ]);
  });

  it('takes the office from the dateline city in another language when the contact block names none', async () => {
    const file = { name: `${crypto.randomUUID()}/geneva.txt`, bytes: release('GENEVA, 3 May 2016 – ') };
    const report = await run([file]);
    expect(report.files[0]).toMatchObject({ status: 'imported', officeCode: 'hq' });
    expect(report.files[0]!.reasons).toContainEqual({
      field: 'office',
      code: 'office_from_dateline',
      detail: 'Geneva',
    });
  });

  it('skips a file over the size limit without reading it as a page', async () => {
    const big = { name: `${crypto.randomUUID()}/big.txt`, bytes: new Uint8Array(LARGEST_DUMP_BYTES + 1).fill(65) };
    const report = await run([big]);
    expect(report.files[0]).toMatchObject({ status: 'skipped', reason: 'too_large' });
  });
});
