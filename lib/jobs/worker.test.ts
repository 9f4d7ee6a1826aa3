import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { outbox, releases, releaseTopics, topics } from '@/db/schema';
import { richTextFromBlocks } from '@/db/seed/rich-text-from-blocks';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { freshDatabase } from '@/test/database';
import { insertOffice, insertRelease, insertUser } from '@/test/fixtures';
import { startWorker, type Worker } from './worker';

let db: Database;
let worker: Worker | undefined;

beforeAll(async () => {
  db = await freshDatabase();
});

afterEach(async () => {
  await worker?.stop();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the background worker', () => {
  it('publishes a release whose embargo has passed and asks the app to refresh its public pages', async () => {
    vi.stubEnv('REVALIDATE_SECRET', 'worker-test-secret');
    vi.stubEnv('INTERNAL_URL', 'http://127.0.0.1:3999');
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const office = await insertOffice(db);
    const editor = await insertUser(db, office.id, 'editor');
    const body = richTextFromBlocks([{ paragraph: Array.from({ length: 90 }, (_, i) => `mot${i}`).join(' ') }]);
    const release = await insertRelease(
      db,
      { officeId: office.id, authorId: editor.id },
      {
        title: 'Un centre d’accueil ouvre à Tahoua',
        summary: 'Le centre accueillera les personnes de retour.',
        datelineCity: 'Niamey',
        contacts: [{ name: 'Awa Diop', phones: ['+227 20 55 50 60'] }],
        body,
        bodyText: toPlainText(body),
        state: 'scheduled',
        scheduledAt: new Date(Date.now() - 1000),
      },
    );
    const [topic] = await db
      .insert(topics)
      .values({ slug: 'health', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } })
      .returning();
    await db.insert(releaseTopics).values({ releaseId: release.id, topicId: topic!.id });

    worker = startWorker({ intervalMs: 50 });

    await until(
      async () => (await db.select().from(releases).where(eq(releases.id, release.id)))[0]!.state === 'published',
    );
    await until(async () => fetchMock.mock.calls.length > 0);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [URL, RequestInit];
    expect(url.toString()).toBe('http://127.0.0.1:3999/api/revalidate');
    expect(init.headers).toMatchObject({ authorization: 'Bearer worker-test-secret' });
    expect(JSON.parse(String(init.body))).toEqual({ language: 'fr', slug: release.slug });
  });

  it('leaves mail in the outbox when no SMTP server is configured', async () => {
    vi.stubEnv('SMTP_URL', '');
    const [message] = await db
      .insert(outbox)
      .values({ recipient: 'a@example.org', subject: 'Sujet', body: 'Corps' })
      .returning();

    worker = startWorker({ intervalMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect((await db.select().from(outbox).where(eq(outbox.id, message!.id)))[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
    });
  });
});
