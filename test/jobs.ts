import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { releaseTopics, topics } from '@/db/schema';
import { richTextFromBlocks } from '@/db/seed/rich-text-from-blocks';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { insertOffice, insertRelease, insertUser } from './fixtures';

const body = richTextFromBlocks([{ paragraph: Array.from({ length: 90 }, (_, i) => `mot${i}`).join(' ') }]);

/** Content that passes the pre-publication checklist. */
export const READY = {
  title: 'Un centre d’accueil ouvre à Tahoua',
  summary: 'Le centre accueillera les personnes de retour.',
  datelineCity: 'Niamey',
  datelineCountry: 'Niger',
  contacts: [{ name: 'Awa Diop', phones: ['+227 20 55 50 60'] }],
  body,
  bodyText: toPlainText(body),
};

/** An office with a writer (the author) and an editor, and a topic for releases. */
export async function newsroomForJobs(db: Database) {
  const office = await insertOffice(db);
  const writer = await insertUser(db, office.id, 'writer');
  const editor = await insertUser(db, office.id, 'editor');
  const [topic] = await db
    .insert(topics)
    .values({ slug: `health-${crypto.randomUUID().slice(0, 8)}`, labels: { fr: 'Santé', en: 'Health', es: 'Salud' } })
    .returning();
  const release = async (values: Parameters<typeof insertRelease>[2] = {}) => {
    const row = await insertRelease(db, { officeId: office.id, authorId: writer.id }, { ...READY, ...values });
    await db.insert(releaseTopics).values({ releaseId: row.id, topicId: topic!.id });
    return row;
  };
  return {
    office,
    writer,
    editor,
    release,
    editorActor: { kind: 'user' as const, id: editor.id, role: 'editor' as const },
  };
}

export type JobRow = { id: string; state: string; data: Record<string, unknown>; retry_count: number; output: unknown };

/** The jobs of one queue, as pg-boss holds them. */
export async function jobsIn(db: Database, queue: string): Promise<JobRow[]> {
  const result: unknown = await db.execute(
    sql`select id::text, state::text, data, retry_count, output from pgboss.job where name = ${queue} order by created_on`,
  );
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as JobRow[];
}

export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 20_000, what = 'condition') {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Replaces the cache handler's invalidation (what a refresh inside the app calls) for a test. */
export function fakePortalCache(fail: (call: number, tags: string[]) => boolean = () => false) {
  const calls: string[][] = [];
  const hook = Symbol.for('communique.cache.expireTags');
  (globalThis as Record<symbol, unknown>)[hook] = async (tags: string[]) => {
    calls.push(tags);
    if (fail(calls.length, tags)) throw new Error('cache unreachable');
  };
  return { calls, remove: () => delete (globalThis as Record<symbol, unknown>)[hook] };
}
