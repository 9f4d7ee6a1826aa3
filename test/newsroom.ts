import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { releases, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { freshDatabase } from './database';
import { insertOffice, insertRelease, insertRevision, insertUser } from './fixtures';

export const NEWSROOM_PASSWORD = 'a-newsroom-test-password';

/**
 * A freshly migrated database holding a small newsroom: headquarters, two regions with a
 * country office each, one person per role and office, and releases in known states.
 */
export async function freshNewsroom() {
  const db = await freshDatabase();
  const passwordHash = await hashPassword(NEWSROOM_PASSWORD);
  const hq = await insertOffice(db, { kind: 'hq', code: 'hq' });
  const americas = await insertOffice(db, { kind: 'regional', code: 'americas', parentId: hq.id });
  const panama = await insertOffice(db, {
    kind: 'country',
    code: 'panama',
    parentId: americas.id,
    timeZone: 'America/Panama',
  });
  const westAfrica = await insertOffice(db, { kind: 'regional', code: 'west-africa', parentId: hq.id });
  const senegal = await insertOffice(db, {
    kind: 'country',
    code: 'senegal',
    parentId: westAfrica.id,
    timeZone: 'Africa/Dakar',
  });

  const person = (officeId: string, role: 'writer' | 'editor' | 'admin', email: string) =>
    insertUser(db, officeId, role, { email, passwordHash, name: email.split('@')[0]! });
  const admin = await person(hq.id, 'admin', 'admin@example.org');
  const hqEditor = await person(hq.id, 'editor', 'hq.editor@example.org');
  const americasEditor = await person(americas.id, 'editor', 'americas.editor@example.org');
  const westAfricaEditor = await person(westAfrica.id, 'editor', 'west-africa.editor@example.org');
  const panamaWriter = await person(panama.id, 'writer', 'panama.writer@example.org');
  const senegalWriter = await person(senegal.id, 'writer', 'senegal.writer@example.org');

  const inPanama = { officeId: panama.id, authorId: panamaWriter.id };
  const panamaDraft = await insertRelease(db, inPanama, { title: 'Panama draft', state: 'draft' });
  const panamaInReview = await insertRelease(db, inPanama, { title: 'Panama in review', state: 'in_review' });
  const panamaScheduled = await insertRelease(db, inPanama, {
    title: 'Panama scheduled',
    state: 'scheduled',
    scheduledAt: new Date(Date.now() + 86_400_000),
  });
  const panamaPublished = await publish(db, await insertRelease(db, inPanama, { title: 'Panama published' }));
  const senegalDraft = await insertRelease(
    db,
    { officeId: senegal.id, authorId: senegalWriter.id },
    { title: 'Senegal draft', state: 'draft' },
  );
  const senegalInReview = await insertRelease(
    db,
    { officeId: senegal.id, authorId: senegalWriter.id },
    { title: 'Senegal in review', state: 'in_review' },
  );

  return {
    db,
    offices: { hq, americas, panama, westAfrica, senegal },
    people: { admin, hqEditor, americasEditor, westAfricaEditor, panamaWriter, senegalWriter },
    releases: { panamaDraft, panamaInReview, panamaScheduled, panamaPublished, senegalDraft, senegalInReview },
  };
}

export type Newsroom = Awaited<ReturnType<typeof freshNewsroom>>;

async function publish(db: Database, release: typeof releases.$inferSelect) {
  const revision = await insertRevision(db, release);
  const now = new Date();
  const [published] = await db
    .update(releases)
    .set({ state: 'published', liveRevisionId: revision.id, firstPublishedAt: now, lastPublishedAt: now })
    .where(eq(releases.id, release.id))
    .returning();
  return published!;
}

/** The user's row as it is now, to check what a refused call left unchanged. */
export async function reloadUser(db: Database, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}
