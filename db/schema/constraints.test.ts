import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { auditLog, menuItems, menus, offices, publications, revisions, users } from '@/db/schema';
import { freshDatabase } from '@/test/database';
import { insertOffice, insertRelease, insertRevision, insertUser, SQLSTATE, sqlStateOf } from '@/test/fixtures';

let db: Database;
let hq: typeof offices.$inferSelect;
let writer: typeof users.$inferSelect;
let owner: { officeId: string; authorId: string };

beforeAll(async () => {
  db = await freshDatabase();
  hq = await insertOffice(db);
  writer = await insertUser(db, hq.id);
  owner = { officeId: hq.id, authorId: writer.id };
});

describe('releases', () => {
  it('refuses a second release with the same slug in the same language', async () => {
    await insertRelease(db, owner, { slug: 'accord-regional', language: 'fr' });
    expect(await sqlStateOf(insertRelease(db, owner, { slug: 'accord-regional', language: 'fr' }))).toBe(
      SQLSTATE.uniqueViolation,
    );
  });

  it('accepts the same slug in another language', async () => {
    await insertRelease(db, owner, { slug: 'agenda-2030', language: 'fr' });
    const english = await insertRelease(db, owner, { slug: 'agenda-2030', language: 'en' });
    expect(english.slug).toBe('agenda-2030');
  });

  it('refuses two versions in the same language within one translation group', async () => {
    const french = await insertRelease(db, owner, { language: 'fr' });
    const again = insertRelease(db, owner, { language: 'fr', translationGroupId: french.translationGroupId });
    expect(await sqlStateOf(again)).toBe(SQLSTATE.uniqueViolation);
    const spanish = await insertRelease(db, owner, { language: 'es', translationGroupId: french.translationGroupId });
    expect(spanish.translationGroupId).toBe(french.translationGroupId);
  });

  it('refuses a state outside the workflow and a language the portal does not serve', async () => {
    expect(await sqlStateOf(insertRelease(db, owner, { state: 'lost' as never }))).toBe(SQLSTATE.checkViolation);
    expect(await sqlStateOf(insertRelease(db, owner, { language: 'de' as never }))).toBe(SQLSTATE.checkViolation);
  });

  it('refuses slugs that are not lowercase kebab-case', async () => {
    expect(await sqlStateOf(insertRelease(db, owner, { slug: 'Accord Régional' }))).toBe(SQLSTATE.checkViolation);
    expect(await sqlStateOf(insertRelease(db, owner, { slug: '../etc' }))).toBe(SQLSTATE.checkViolation);
  });

  it('refuses a release of an office that does not exist', async () => {
    const missingOffice = { ...owner, officeId: crypto.randomUUID() };
    expect(await sqlStateOf(insertRelease(db, missingOffice))).toBe(SQLSTATE.foreignKeyViolation);
  });

  it('refuses a scheduled release without a time and a published one without a live revision', async () => {
    expect(await sqlStateOf(insertRelease(db, owner, { state: 'scheduled' }))).toBe(SQLSTATE.checkViolation);
    expect(await sqlStateOf(insertRelease(db, owner, { state: 'published' }))).toBe(SQLSTATE.checkViolation);
  });
});

describe('revisions and the audit log', () => {
  it('refuses to change a revision once written', async () => {
    const release = await insertRelease(db, owner, { title: 'Premier jet' });
    const revision = await insertRevision(db, release);
    const rewrite = db.update(revisions).set({ title: 'Réécrit' }).where(eq(revisions.id, revision.id));
    expect(await sqlStateOf(rewrite)).toBe(SQLSTATE.insufficientPrivilege);
    const [kept] = await db.select().from(revisions).where(eq(revisions.id, revision.id));
    expect(kept!.title).toBe('Premier jet');
  });

  it('refuses a second revision with the same number', async () => {
    const release = await insertRelease(db, owner);
    await insertRevision(db, release, 1);
    expect(await sqlStateOf(insertRevision(db, release, 1))).toBe(SQLSTATE.uniqueViolation);
  });

  it('keeps the audit log append-only: no update, no delete, no truncate', async () => {
    const [entry] = await db.insert(auditLog).values({ actorLabel: 'system', action: 'test.recorded' }).returning();
    expect(await sqlStateOf(db.update(auditLog).set({ action: 'test.forged' }).where(eq(auditLog.id, entry!.id)))).toBe(
      SQLSTATE.insufficientPrivilege,
    );
    expect(await sqlStateOf(db.delete(auditLog).where(eq(auditLog.id, entry!.id)))).toBe(
      SQLSTATE.insufficientPrivilege,
    );
    expect(await sqlStateOf(db.execute(sql`truncate audit_log`))).toBe(SQLSTATE.insufficientPrivilege);
    const [kept] = await db.select().from(auditLog).where(eq(auditLog.id, entry!.id));
    expect(kept!.action).toBe('test.recorded');
  });
});

describe('people and offices', () => {
  it('treats e-mail addresses as case-insensitive when checking uniqueness', async () => {
    await insertUser(db, hq.id, 'writer', { email: 'Camille.Roux@example.org' });
    expect(await sqlStateOf(insertUser(db, hq.id, 'writer', { email: 'camille.roux@EXAMPLE.org' }))).toBe(
      SQLSTATE.uniqueViolation,
    );
  });

  it('refuses a role outside writer, editor and admin', async () => {
    expect(await sqlStateOf(insertUser(db, hq.id, 'owner' as never))).toBe(SQLSTATE.checkViolation);
  });

  it('requires a parent for every office but headquarters', async () => {
    expect(await sqlStateOf(insertOffice(db, { kind: 'country', parentId: null }))).toBe(SQLSTATE.checkViolation);
    expect(await sqlStateOf(insertOffice(db, { kind: 'hq', parentId: hq.id }))).toBe(SQLSTATE.checkViolation);
    const region = await insertOffice(db, { kind: 'regional', parentId: hq.id });
    expect(region.parentId).toBe(hq.id);
  });
});

describe('menus', () => {
  it('refuses an item whose target does not match its kind', async () => {
    const [menu] = await db.insert(menus).values({ key: 'footer' }).returning();
    const base = { menuId: menu!.id, position: 0, labels: { fr: 'Lien', en: 'Link', es: 'Enlace' } };
    expect(await sqlStateOf(db.insert(menuItems).values({ ...base, targetKind: 'page' }))).toBe(
      SQLSTATE.checkViolation,
    );
    expect(
      await sqlStateOf(db.insert(menuItems).values({ ...base, targetKind: 'url', url: 'javascript:alert(1)' })),
    ).toBe(SQLSTATE.checkViolation);
    const [link] = await db
      .insert(menuItems)
      .values({ ...base, targetKind: 'url', url: 'https://example.org/' })
      .returning();
    expect(link!.url).toBe('https://example.org/');
  });
});

describe('public search', () => {
  async function publish(language: 'fr' | 'en' | 'es', title: string, bodyText: string) {
    const release = await insertRelease(db, owner, { language, title });
    const revision = await insertRevision(db, release);
    await db.insert(publications).values({
      releaseId: release.id,
      revisionId: revision.id,
      language,
      slug: release.slug,
      translationGroupId: release.translationGroupId,
      title,
      summary: '',
      datelineCity: 'Dakar',
      datelineCountry: 'Sénégal',
      bodyHtml: '',
      bodyText,
      contacts: [],
      officeId: hq.id,
      officeCode: hq.code,
      officeNames: hq.names,
      topics: [],
      publishedAt: new Date(),
    });
    return release.id;
  }

  async function matches(language: 'fr' | 'en' | 'es', query: string): Promise<string[]> {
    const config = { fr: 'fr_unaccent', en: 'en_unaccent', es: 'es_unaccent' }[language];
    const rows = await db
      .select({ releaseId: publications.releaseId })
      .from(publications)
      .where(
        sql`${publications.language} = ${language} and ${publications.search} @@ websearch_to_tsquery(${config}::regconfig, ${query})`,
      );
    return rows.map((row) => row.releaseId);
  }

  it('finds French text without its accents and across word forms', async () => {
    const id = await publish(
      'fr',
      'Un atelier sur le développement',
      'Les réfugiés et la sécurité des routes migratoires.',
    );
    expect(await matches('fr', 'developpement')).toContain(id);
    expect(await matches('fr', 'refugie securite')).toContain(id);
    expect(await matches('fr', 'Développements')).toContain(id);
  });

  it('finds Spanish and English text through their own stemmers', async () => {
    const spanish = await publish('es', 'Migración laboral en la región', 'Las autoridades firmaron un acuerdo.');
    const english = await publish('en', 'Building resilience', 'Communities were relocated after floods.');
    expect(await matches('es', 'migracion laborales')).toContain(spanish);
    expect(await matches('en', 'resilient communities')).toContain(english);
    expect(await matches('en', 'earthquake')).not.toContain(english);
    expect(await matches('en', 'flood relocation')).toContain(english);
  });
});
