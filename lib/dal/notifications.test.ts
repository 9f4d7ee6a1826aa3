import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, notifications } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertUser } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import {
  countUnreadNotifications,
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  NOTIFICATIONS_PER_PAGE,
} from './notifications';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

/** A fresh Panama writer with `howMany` notifications, one minute apart, the last one the newest. */
async function writerWithNotifications(howMany: number) {
  const writer = await insertUser(n.db, n.offices.panama.id, 'writer');
  const start = Date.parse('2031-03-02T09:00:00Z');
  const rows = await n.db
    .insert(notifications)
    .values(
      Array.from({ length: howMany }, (_, index) => ({
        userId: writer.id,
        kind: index % 2 ? ('mentioned' as const) : ('changes_requested' as const),
        releaseId: n.releases.panamaInReview.id,
        actorId: n.people.americasEditor.id,
        data: { title: `Titre ${index}` },
        createdAt: new Date(start + index * 60_000),
      })),
    )
    .returning({ id: notifications.id });
  return { writer, ids: rows.map((row) => row.id) };
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect((error as { digest?: string } | undefined)?.digest).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
}

const readStates = () =>
  n.db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .orderBy(asc(notifications.id));
const auditCount = async () => (await n.db.select({ n: count() }).from(auditLog))[0]!.n;

describe('a notification of a workflow step', () => {
  it('carries what its actor wrote, and nothing when they wrote nothing', async () => {
    const { writer, ids } = await writerWithNotifications(2);
    await n.db
      .update(notifications)
      .set({ data: { title: 'Titre 0', message: 'Ajoutez le nombre de familles.' } })
      .where(eq(notifications.id, ids[0]!));
    actAs(writer);
    const { items } = await listMyNotifications(1);
    expect(items.map((item) => item.message)).toEqual([null, 'Ajoutez le nombre de familles.']);
  });
});

describe('a person’s notifications', () => {
  it('are counted while unread and listed newest first, with who acted and on which release', async () => {
    const { writer } = await writerWithNotifications(3);
    actAs(writer);

    expect(await countUnreadNotifications()).toBe(3);
    const page = await listMyNotifications(1);
    expect(page.hasOlder).toBe(false);
    expect(page.items.map((item) => [item.kind, item.releaseTitle, item.actorName])).toEqual([
      ['changes_requested', 'Titre 2', 'americas.editor'],
      ['mentioned', 'Titre 1', 'americas.editor'],
      ['changes_requested', 'Titre 0', 'americas.editor'],
    ]);
    expect(page.items[0]).toMatchObject({ releaseId: n.releases.panamaInReview.id, readAt: null });
  });

  it('come a page at a time, saying when older ones remain', async () => {
    const { writer } = await writerWithNotifications(NOTIFICATIONS_PER_PAGE + 2);
    actAs(writer);

    const first = await listMyNotifications(1);
    const second = await listMyNotifications(2);
    expect([first.items.length, first.hasOlder]).toEqual([NOTIFICATIONS_PER_PAGE, true]);
    expect([second.items.length, second.hasOlder]).toEqual([2, false]);
    expect(second.items.map((item) => item.releaseTitle)).toEqual(['Titre 1', 'Titre 0']);
  });

  it('are never someone else’s', async () => {
    await writerWithNotifications(2);
    const { writer } = await writerWithNotifications(1);
    actAs(writer);
    expect((await listMyNotifications(1)).items).toHaveLength(1);
    expect(await countUnreadNotifications()).toBe(1);
  });
});

describe('marking notifications as read', () => {
  it('marks one as read, once, with an audit row', async () => {
    const { writer, ids } = await writerWithNotifications(2);
    actAs(writer);
    const audited = await auditCount();

    await markNotificationRead(ids[0]!);
    await markNotificationRead(ids[0]!);

    expect(await countUnreadNotifications()).toBe(1);
    expect(await auditCount()).toBe(audited + 1);
  });

  it('answers 404 to someone else’s notification and changes nothing', async () => {
    const { ids } = await writerWithNotifications(1);
    const other = await insertUser(n.db, n.offices.panama.id, 'writer');
    const before = [await readStates(), await auditCount()];

    for (const person of [other, n.people.hqEditor, n.people.admin]) {
      actAs(person);
      await expectNotFound(markNotificationRead(ids[0]!));
    }
    await expectNotFound(markNotificationRead('not-a-uuid'));

    expect([await readStates(), await auditCount()]).toEqual(before);
  });

  it('marks all of one’s own as read and leaves everyone else’s unread', async () => {
    const { writer } = await writerWithNotifications(3);
    const { writer: other } = await writerWithNotifications(2);
    actAs(writer);

    expect(await markAllNotificationsRead()).toBe(3);
    expect(await countUnreadNotifications()).toBe(0);
    expect(await markAllNotificationsRead()).toBe(0);
    actAs(other);
    expect(await countUnreadNotifications()).toBe(2);
    const [mine] = await n.db.select({ n: count() }).from(notifications).where(eq(notifications.userId, writer.id));
    expect(mine!.n).toBe(3);
  });
});
