import { and, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import {
  auditLog,
  media,
  notifications,
  outbox,
  publications,
  releases,
  revisions,
  transitions,
  users,
} from '@/db/schema';
import { demoSourceKey, seedDemo } from '@/db/seed';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';
import type { Actor } from '@/lib/workflow/transitions';
import { freshDatabase } from '@/test/database';
import { insertRelease } from '@/test/fixtures';
import { applyTransition } from './transitions';

let db: Database;
const people: Record<string, Actor & { kind: 'user' }> = {};

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'transitions-test' });
  for (const row of await db.select().from(users))
    people[row.email.split('@')[0]!] = { kind: 'user', id: row.id, role: row.role };
});

// Each test starts from the seeded newsroom: the releases and the public read model it changes are
// put back afterwards (history rows stay; tests count them as differences).
let seeded: { releases: (typeof releases.$inferSelect)[]; publications: (typeof publications.$inferSelect)[] };
beforeEach(async () => {
  seeded = { releases: await db.select().from(releases), publications: await db.select().from(publications) };
});
afterEach(async () => {
  // `search` is computed by the database from the text: it is never written.
  for (const { id, search: _search, ...values } of seeded.releases)
    await db.update(releases).set(values).where(eq(releases.id, id));
  await db.delete(publications);
  if (seeded.publications.length) await db.insert(publications).values(seeded.publications);
});

/** A demo release of the given office and state, by its seed key. */
async function demoRelease(office: string, state: string, nth = 0) {
  const demo = DEMO_RELEASES.filter((release) => release.office === office && release.state === state)[nth];
  if (!demo) throw new Error(`no demo release of ${office} in ${state}`);
  const [row] = await db
    .select()
    .from(releases)
    .where(eq(releases.sourceKey, demoSourceKey(demo.key)));
  return row!;
}

const stateOf = async (id: string) =>
  (await db.select({ state: releases.state }).from(releases).where(eq(releases.id, id)))[0]!.state;
const countOf = async (table: PgTable, where?: ReturnType<typeof sql>) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(where)
  )[0]!.n;
const historyOf = async (releaseId: string) =>
  Promise.all([
    countOf(revisions, sql`release_id = ${releaseId}`),
    countOf(transitions, sql`release_id = ${releaseId}`),
    countOf(auditLog, sql`release_id = ${releaseId}`),
    countOf(notifications, sql`release_id = ${releaseId}`),
  ]);

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect((error as { digest?: string } | undefined)?.digest).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
}

describe('submitting a draft', () => {
  it('moves it to review with a revision, a transition, an audit row and word to the editors covering the office', async () => {
    const draft = await demoRelease('panama', 'changes_requested');
    const before = await historyOf(draft.id);

    const result = await applyTransition(people['writer.panama']!, draft.id, 'submit');

    expect(result).toMatchObject({ ok: true, state: 'in_review', publication: null });
    expect(await stateOf(draft.id)).toBe('in_review');
    const after = await historyOf(draft.id);
    expect(after.map((count, index) => count - before[index]!)).toEqual([1, 1, 1, 3]);
    const notified = await db
      .select({ email: users.email })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.releaseId, draft.id));
    expect(notified.map((row) => row.email).sort()).toEqual([
      'editor.americas@example.org',
      'editor.desk@example.org',
      'editor@example.org',
    ]);
    expect(await countOf(outbox, sql`payload->>'releaseId' = ${draft.id}`)).toBe(3);
  });

  it('answers 404 to a writer of another office and changes nothing', async () => {
    const draft = await demoRelease('mexico', 'draft');
    const before = await historyOf(draft.id);

    await expectNotFound(applyTransition(people['writer.dakar']!, draft.id, 'submit'));

    expect(await stateOf(draft.id)).toBe('draft');
    expect(await historyOf(draft.id)).toEqual(before);
  });

  it('answers 404 to a deactivated account', async () => {
    const draft = await demoRelease('mexico', 'draft');
    await db.update(users).set({ active: false }).where(eq(users.id, people['writer.mexico']!.id));
    try {
      await expectNotFound(applyTransition(people['writer.mexico']!, draft.id, 'submit'));
      expect(await stateOf(draft.id)).toBe('draft');
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, people['writer.mexico']!.id));
    }
  });
});

describe('reviewing', () => {
  it('refuses a request for changes without a comment and writes nothing', async () => {
    const inReview = await demoRelease('west-central-africa', 'in_review');
    const before = await historyOf(inReview.id);

    expect(await applyTransition(people['editor.desk']!, inReview.id, 'request_changes', { comment: '  ' })).toEqual({
      ok: false,
      reason: 'needs_comment',
    });

    expect(await stateOf(inReview.id)).toBe('in_review');
    expect(await historyOf(inReview.id)).toEqual(before);
  });

  it("refuses approval by the release's own author, and accepts another editor's", async () => {
    const inReview = await demoRelease('west-central-africa', 'in_review', 1);
    const before = await historyOf(inReview.id);

    expect(await applyTransition(people.editor!, inReview.id, 'approve')).toEqual({ ok: false, reason: 'four_eyes' });
    expect(await stateOf(inReview.id)).toBe('in_review');
    expect(await historyOf(inReview.id)).toEqual(before);

    expect(await applyTransition(people['editor.desk']!, inReview.id, 'approve')).toMatchObject({
      ok: true,
      state: 'approved',
    });
  });

  it('refuses approval by an editor who changed the text under review', async () => {
    const inReview = await demoRelease('west-central-africa', 'in_review');
    await db.update(releases).set({ lastEditedById: people['editor.desk']!.id }).where(eq(releases.id, inReview.id));

    expect(await applyTransition(people['editor.desk']!, inReview.id, 'approve')).toEqual({
      ok: false,
      reason: 'four_eyes',
    });
    expect(await stateOf(inReview.id)).toBe('in_review');
  });

  it('acts with the role the database holds, not the one the caller passes', async () => {
    const own = await demoRelease('panama', 'changes_requested');
    const elsewhere = await demoRelease('senegal', 'unpublished');
    const before = await Promise.all([historyOf(own.id), historyOf(elsewhere.id)]);
    const writer = people['writer.panama']!;
    // Archiving is for editors and admins: a writer whose caller says "editor" may not.
    expect(await applyTransition({ ...writer, role: 'editor' }, own.id, 'archive')).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    // Nor does a caller saying "admin" widen the writer's office scope.
    await expectNotFound(applyTransition({ ...writer, role: 'admin' }, elsewhere.id, 'archive'));
    expect([await stateOf(own.id), await stateOf(elsewhere.id)]).toEqual(['changes_requested', 'unpublished']);
    expect(await Promise.all([historyOf(own.id), historyOf(elsewhere.id)])).toEqual(before);
  });

  it('answers 404 to a regional editor outside their region', async () => {
    const inReview = await demoRelease('west-central-africa', 'in_review');
    await expectNotFound(applyTransition(people['editor.americas']!, inReview.id, 'approve'));
    expect(await stateOf(inReview.id)).toBe('in_review');
  });

  it('refuses to schedule for a time already past', async () => {
    const approved = (await db.select().from(releases).where(eq(releases.state, 'approved')))[0]!;
    const result = await applyTransition(people.editor!, approved.id, 'schedule', {
      scheduledAt: new Date(Date.now() - 60_000),
    });
    expect(result).toEqual({ ok: false, reason: 'needs_future_time' });
  });
});

describe('publishing', () => {
  it('writes the public read model in the same step, and lets the scheduler publish an embargoed release', async () => {
    const scheduled = (await db.select().from(releases).where(eq(releases.state, 'scheduled')))[0]!;

    const result = await applyTransition({ kind: 'system' }, scheduled.id, 'publish');

    expect(result).toMatchObject({
      ok: true,
      state: 'published',
      publication: { change: 'published', slug: scheduled.slug },
    });
    const [publication] = await db.select().from(publications).where(eq(publications.releaseId, scheduled.id));
    expect(publication).toMatchObject({ title: scheduled.title, withdrawnAt: null, revisedAt: null });
    const [release] = await db.select().from(releases).where(eq(releases.id, scheduled.id));
    expect(release!.liveRevisionId).toBe(publication!.revisionId);
    expect(release!.scheduledAt).toBeNull();
  });

  it('keeps the live text public while an edit of a published release goes through review (forward revisions)', async () => {
    const live = await demoRelease('senegal', 'published');
    const [before] = await db.select().from(publications).where(eq(publications.releaseId, live.id));
    await db
      .update(releases)
      .set({ title: `${live.title} (corrigé)`, lastEditedById: people['writer.dakar']!.id })
      .where(eq(releases.id, live.id));

    expect(await applyTransition(people['writer.dakar']!, live.id, 'submit')).toMatchObject({
      ok: true,
      state: 'in_review',
    });
    const [duringReview] = await db.select().from(publications).where(eq(publications.releaseId, live.id));
    expect(duringReview!.title).toBe(live.title);
    expect(duringReview!.withdrawnAt).toBeNull();

    expect(await applyTransition(people.editor!, live.id, 'approve')).toMatchObject({ ok: true });
    expect(await applyTransition(people.editor!, live.id, 'publish')).toMatchObject({ ok: true, state: 'published' });
    const [after] = await db.select().from(publications).where(eq(publications.releaseId, live.id));
    expect(after!.title).toBe(`${live.title} (corrigé)`);
    expect(after!.publishedAt).toEqual(before!.publishedAt);
    expect(after!.revisedAt).not.toBeNull();
  });

  it('withdraws the publication on unpublish, keeping its row for the 410 page', async () => {
    const live = await demoRelease('hq', 'published');
    const result = await applyTransition(people['editor.desk']!, live.id, 'unpublish');
    expect(result).toMatchObject({ ok: true, publication: { change: 'withdrawn', slug: live.slug } });
    const [publication] = await db.select().from(publications).where(eq(publications.releaseId, live.id));
    expect(publication!.withdrawnAt).not.toBeNull();
  });

  it('refuses a writer who tries to publish, changing nothing', async () => {
    const approved = (
      await db
        .select()
        .from(releases)
        .where(and(eq(releases.state, 'approved')))
    )[0]!;
    const before = await historyOf(approved.id);
    expect(
      await applyTransition(people['writer.dakar']!, approved.id, 'publish').catch(
        (error: { digest?: string }) => error.digest,
      ),
    ).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404$|not_allowed/);
    expect(await stateOf(approved.id)).toBe('approved');
    expect(await historyOf(approved.id)).toEqual(before);
  });

  it('publishes the main image with the alt text of the release’s language and its credit', async () => {
    const approved = (await db.select().from(releases).where(eq(releases.state, 'approved')))[0]!;
    const [image] = await db
      .insert(media)
      .values({
        storageKey: 'ab/ab12/original.png',
        originalName: 'tanks.png',
        mimeType: 'image/png',
        byteSize: 2048,
        width: 1600,
        height: 1000,
        sha256: 'ab12',
        variants: [
          { width: 480, height: 300, key: 'ab/ab12/w480.webp', bytes: 100 },
          { width: 960, height: 600, key: 'ab/ab12/w960.webp', bytes: 200 },
        ],
        alt: {
          fr: 'Citernes sur le toit d’une école',
          en: 'Tanks on a school roof',
          es: 'Tanques en el techo de una escuela',
        },
        credit: 'Ana Ríos',
        uploadedById: people.editor!.id,
      })
      .returning();
    await db.update(releases).set({ heroMediaId: image!.id }).where(eq(releases.id, approved.id));

    expect(await applyTransition(people.editor!, approved.id, 'publish')).toMatchObject({
      ok: true,
      state: 'published',
    });
    const [publication] = await db.select().from(publications).where(eq(publications.releaseId, approved.id));
    expect(publication!.hero).toEqual({
      src: '/media/ab/ab12/w960.webp',
      alt: image!.alt[approved.language],
      credit: 'Ana Ríos',
      width: 960,
      height: 600,
      // Cards choose among every version; a feed's enclosure states the size of the one it links.
      srcSet: '/media/ab/ab12/w480.webp 480w, /media/ab/ab12/w960.webp 960w',
      bytes: 200,
    });
  });
});

describe('one transaction', () => {
  it('leaves nothing behind when any of its writes fails', async () => {
    const draft = await demoRelease('panama', 'published');
    const before = await historyOf(draft.id);
    await db.execute(
      sql`create function fail_outbox() returns trigger language plpgsql as $$ begin raise exception 'outbox down'; end $$`,
    );
    await db.execute(
      sql`create trigger outbox_down before insert on outbox for each row execute function fail_outbox()`,
    );
    try {
      await expect(applyTransition(people['writer.panama']!, draft.id, 'submit')).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger outbox_down on outbox`);
      await db.execute(sql`drop function fail_outbox()`);
    }
    expect(await stateOf(draft.id)).toBe('published');
    expect(await historyOf(draft.id)).toEqual(before);
  });
});

/** A release of the Dakar writer, in review, for a test of its own. */
async function releaseInReview(title: string) {
  const office = await demoRelease('west-central-africa', 'in_review');
  return insertRelease(
    db,
    { officeId: office.officeId, authorId: people['writer.dakar']!.id },
    { title, state: 'in_review' },
  );
}

describe('e-mail', () => {
  it('writes each announcement to the outbox in the recipient’s language, in the same transaction', async () => {
    const inReview = await demoRelease('west-central-africa', 'in_review');
    await db.update(releases).set({ lastEditedById: people['writer.dakar']!.id }).where(eq(releases.id, inReview.id));

    const result = await applyTransition(people['editor.desk']!, inReview.id, 'request_changes', {
      comment: 'Précisez la date.',
    });

    expect(result).toMatchObject({ ok: true });
    const mails = await db
      .select()
      .from(outbox)
      .where(sql`payload->>'releaseId' = ${inReview.id} and payload->>'kind' = 'changes_requested'`);
    const toAuthor = mails.find((mail) => mail.recipient === 'editor@example.org');
    const toWriter = mails.find((mail) => mail.recipient === 'writer.dakar@example.org');
    expect(toAuthor!.body).toContain('Sofia Lindqvist demande des modifications sur « ');
    expect(toWriter!.body).toContain(`/workspace/releases/${inReview.id}`);
  });

  it('quotes what the editor wrote in the notification and in the e-mail of the people it concerns', async () => {
    const inReview = await releaseInReview('Pêche artisanale à Saint-Louis');
    const message = 'Donnez le nombre de bateaux.\nEt le nom du port.';

    const result = await applyTransition(people['editor.desk']!, inReview.id, 'request_changes', {
      comment: `  ${message} `,
    });

    expect(result).toMatchObject({ ok: true });

    const toAuthor = await db
      .select({ data: notifications.data })
      .from(notifications)
      .where(and(eq(notifications.releaseId, inReview.id), eq(notifications.userId, inReview.authorId)));
    expect(toAuthor.map((row) => row.data.message)).toEqual([message]);
    const [mail] = await db
      .select()
      .from(outbox)
      .where(sql`payload->>'releaseId' = ${inReview.id} and payload->>'kind' = 'changes_requested'`);
    expect(mail!.body).toContain('Sofia Lindqvist a écrit :\n> Donnez le nombre de bateaux.\n> Et le nom du port.');
    const [step] = await db.select().from(transitions).where(eq(transitions.releaseId, inReview.id));
    expect(step!.comment).toBe(message);
  });

  it('adds no quote when the step came without a message', async () => {
    const inReview = await releaseInReview('Marée haute à Dakar');
    expect(await applyTransition(people['editor.desk']!, inReview.id, 'approve')).toMatchObject({ ok: true });
    const rows = await db
      .select({ data: notifications.data })
      .from(notifications)
      .where(eq(notifications.releaseId, inReview.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.data.message === undefined)).toBe(true);
  });
});
