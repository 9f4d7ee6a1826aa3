import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import {
  bouncedAddresses,
  distributionDeliveries,
  distributions,
  mediaContacts,
  mediaListMembers,
  mediaLists,
  releaseDistributionLists,
  releases,
  releaseTopics,
  subscriberOffices,
  subscribers,
  subscriberTopics,
  topics,
  type SubscriberStatus,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { createJobSystem, jobs } from '@/lib/dal/job-system';
import { createDistributionMailer } from '@/lib/jobs/mailer';
import { QUEUES } from '@/lib/jobs/queues';
import { queueMissingJobs } from '@/lib/jobs/recover';
import { startWorker, type Worker } from '@/lib/jobs/worker';
import { TransitionRequestInput } from '@/lib/validation/transition';
import { freshDatabase } from '@/test/database';
import { insertOffice, insertRelease, insertUser } from '@/test/fixtures';
import { jobsIn, READY, until } from '@/test/jobs';
import { startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { applyTransition } from './transitions';

let db: Database;
let sink: SmtpSink;
let worker: Worker | undefined;
let n = 0;

// A retry comes a second later here, not thirty.
process.env.DISTRIBUTION_RETRY_DELAY_SECONDS = '1';

type Newsroom = Awaited<ReturnType<typeof newsroom>>;
let room: Newsroom;

/** Headquarters, a region and a country office under it, with a writer and two editors there and a topic. */
async function newsroom() {
  const hq = await insertOffice(db, { kind: 'hq' });
  const region = await insertOffice(db, { kind: 'regional', parentId: hq.id });
  const country = await insertOffice(db, { kind: 'country', parentId: region.id, timeZone: 'Africa/Niamey' });
  const elsewhere = await insertOffice(db, { kind: 'regional', parentId: hq.id });
  const writer = await insertUser(db, country.id, 'writer');
  const editor = await insertUser(db, country.id, 'editor');
  const outsider = await insertUser(db, elsewhere.id, 'editor');
  const [health] = await db
    .insert(topics)
    .values({ slug: 'health-d', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } })
    .returning();
  const [water] = await db
    .insert(topics)
    .values({ slug: 'water-d', labels: { fr: 'Eau', en: 'Water', es: 'Agua' } })
    .returning();
  return { hq, region, country, elsewhere, writer, editor, outsider, health: health!, water: water! };
}

const actor = (user: { id: string; role: 'writer' | 'editor' | 'admin' }) => ({
  kind: 'user' as const,
  id: user.id,
  role: user.role,
});

/** An approved release of the country office on health, ready to publish. */
async function approvedRelease(values: Parameters<typeof insertRelease>[2] = {}) {
  n += 1;
  const release = await insertRelease(
    db,
    { officeId: room.country.id, authorId: room.writer.id },
    { ...READY, title: `Communiqué ${n}`, state: 'approved', ...values },
  );
  await db.insert(releaseTopics).values({ releaseId: release.id, topicId: room.health.id });
  return release;
}

async function subscriber(
  languages: Locale[],
  {
    status = 'active',
    officeIds = [],
    topicIds = [],
    email,
  }: { status?: SubscriberStatus; officeIds?: string[]; topicIds?: string[]; email?: string } = {},
) {
  n += 1;
  const [row] = await db
    .insert(subscribers)
    .values({ email: email ?? `reader${n}@example.net`, locale: languages[0]!, languages, status })
    .returning();
  if (officeIds.length > 0)
    await db.insert(subscriberOffices).values(officeIds.map((officeId) => ({ subscriberId: row!.id, officeId })));
  if (topicIds.length > 0)
    await db.insert(subscriberTopics).values(topicIds.map((topicId) => ({ subscriberId: row!.id, topicId })));
  return row!;
}

async function contact(
  email: string,
  languages: Locale[] = ['fr'],
  values: Partial<typeof mediaContacts.$inferInsert> = {},
) {
  const [row] = await db
    .insert(mediaContacts)
    .values({ officeId: room.country.id, name: 'Journaliste', email, languages, ...values })
    .returning();
  return row!;
}

async function staticList(contactIds: string[]) {
  const [list] = await db
    .insert(mediaLists)
    .values({ officeId: room.country.id, name: `Liste ${++n}`, kind: 'static' })
    .returning();
  if (contactIds.length > 0)
    await db.insert(mediaListMembers).values(contactIds.map((contactId) => ({ listId: list!.id, contactId })));
  return list!;
}

async function publish(releaseId: string, by = room.editor, input: { correction?: boolean } = {}) {
  return applyTransition(actor(by), releaseId, 'publish', input);
}

async function deliveriesOf(releaseId: string) {
  return db
    .select({
      kind: distributions.kind,
      eventKey: distributions.eventKey,
      email: distributionDeliveries.email,
      status: distributionDeliveries.status,
      language: distributionDeliveries.language,
      listIds: distributionDeliveries.listIds,
      messageId: distributionDeliveries.messageId,
      reason: distributionDeliveries.reason,
      attempts: distributionDeliveries.attempts,
    })
    .from(distributionDeliveries)
    .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
    .where(eq(distributions.releaseId, releaseId));
}

const mailTo = (email: string) => sink.received.filter((mail) => mail.to.includes(email));

/** A worker sending to the sink; `sentAt` collects when each message was handed to the mailer. */
async function runWorker({ ratePerSecond = 500, sentAt }: { ratePerSecond?: number; sentAt?: number[] } = {}) {
  const mailer = createDistributionMailer(sink.url)!;
  worker = startWorker({
    send: undefined,
    sendDistribution: sentAt
      ? async (mail) => {
          sentAt.push(performance.now());
          await mailer(mail);
        }
      : mailer,
    distributionRatePerSecond: ratePerSecond,
    boss: await createJobSystem(),
  });
  await worker.ready;
}

/** Waits until none of the release's deliveries is queued. */
async function settled(releaseId: string) {
  await until(
    async () => (await deliveriesOf(releaseId)).every((delivery) => delivery.status !== 'queued'),
    20_000,
    'every delivery settled',
  );
}

beforeAll(async () => {
  db = await freshDatabase();
  await jobs();
  room = await newsroom();
  sink = await startSmtpSink();
  // Every test starts with no subscriber left from another: only its own readers are active.
});

afterEach(async () => {
  await worker?.stop({ timeoutMs: 1_000 });
  worker = undefined;
  sink.answer(() => 'accept');
  sink.received.length = 0;
  await db.update(subscribers).set({ status: 'paused' });
});

afterAll(async () => {
  await sink?.close();
});

describe('mailing a release when it goes live', () => {
  it('sends a French release to each reader in the first of their languages it is published in, else the original with a note', async () => {
    const spanish = await subscriber(['es', 'fr']);
    const english = await subscriber(['en']);
    const french = await subscriber(['fr', 'en']);
    const original = await approvedRelease({ title: 'Un puits pour Tahoua' });
    const translation = await approvedRelease({
      title: 'Un pozo para Tahoua',
      language: 'es',
      translationGroupId: original.translationGroupId,
    });

    expect((await publish(original.id)).ok).toBe(true);
    // The Spanish version goes live before the worker sends: its readers get it.
    expect((await publish(translation.id)).ok).toBe(true);
    expect(await deliveriesOf(translation.id)).toEqual([]); // the same readers are not mailed twice
    const queued = await deliveriesOf(original.id);
    expect(queued.map((delivery) => [delivery.email, delivery.kind, delivery.status]).sort()).toEqual(
      [
        [english.email, 'publish', 'queued'],
        [french.email, 'publish', 'queued'],
        [spanish.email, 'publish', 'queued'],
      ].sort(),
    );
    // One job carries the three deliveries.
    const ids = (
      await db
        .select({ id: distributionDeliveries.id })
        .from(distributionDeliveries)
        .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
        .where(eq(distributions.releaseId, original.id))
    ).map((row) => row.id);
    const carrying = (await jobsIn(db, QUEUES.distributionMail)).filter((job) =>
      ((job.data as { deliveryIds?: string[] }).deliveryIds ?? []).some((id) => ids.includes(id)),
    );
    expect(carrying).toHaveLength(1);
    expect((carrying[0]!.data as { deliveryIds: string[] }).deliveryIds.sort()).toEqual(ids.sort());

    await runWorker();
    await settled(original.id);

    const [toSpanish] = mailTo(spanish.email);
    expect(toSpanish!.parsed!.subject).toBe('Un pozo para Tahoua');
    expect(toSpanish!.parsed!.text).not.toContain('no existe');
    const [toEnglish] = mailTo(english.email);
    expect(toEnglish!.parsed!.subject).toBe('Un puits pour Tahoua');
    expect(toEnglish!.parsed!.text).toContain(
      'This release is not available in English: here is the original version.',
    );
    const [toFrench] = mailTo(french.email);
    expect(toFrench!.parsed!.subject).toBe('Un puits pour Tahoua');
    expect(toFrench!.parsed!.html).toContain('Un puits pour Tahoua');
    expect(toFrench!.parsed!.text).toContain('Niamey, le');
    expect(sink.received).toHaveLength(3);

    const sent = await deliveriesOf(original.id);
    expect(sent.find((delivery) => delivery.email === spanish.email)).toMatchObject({ status: 'sent', language: 'es' });
    expect(sent.find((delivery) => delivery.email === english.email)).toMatchObject({ status: 'sent', language: 'fr' });
  });

  it('carries the one-click unsubscribe headers and the Message-ID stored on its delivery', async () => {
    const reader = await subscriber(['fr']);
    const release = await approvedRelease();
    await publish(release.id);
    await runWorker();
    await settled(release.id);
    const [mail] = mailTo(reader.email);
    const unfolded = mail!.raw.replace(/\r?\n[ \t]+/g, ' ');
    expect(unfolded).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(unfolded).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:3000\/api\/unsubscribe\/s\.[0-9a-f-]{36}\.[\w-]{43}>$/m,
    );
    const [delivery] = await deliveriesOf(release.id);
    expect(mail!.parsed!.messageId).toBe(`<${delivery!.messageId}>`);
    expect(mail!.parsed!.text).toContain(`/fr/subscribe/preferences/s.${reader.id}.`);
  });

  it('reaches a list’s contacts once, even when they also subscribed, and records the lists', async () => {
    const both = await subscriber(['fr'], { email: 'Both@Example.net' });
    const journalist = await contact('journalist@example.net', ['en']);
    const alsoSubscribed = await contact('both@example.net');
    const gone = await contact('gone@example.net', ['fr'], { status: 'unsubscribed' });
    const list = await staticList([journalist.id, alsoSubscribed.id, gone.id]);
    const other = await staticList([journalist.id]);
    const release = await approvedRelease();
    await db.insert(releaseDistributionLists).values([
      { releaseId: release.id, listId: list.id },
      { releaseId: release.id, listId: other.id },
    ]);
    await publish(release.id);

    const deliveries = await deliveriesOf(release.id);
    expect(deliveries.map((delivery) => delivery.email).sort()).toEqual(['both@example.net', 'journalist@example.net']);
    expect(deliveries.find((delivery) => delivery.email === 'both@example.net')!.listIds).toEqual([list.id]);
    expect(deliveries.find((delivery) => delivery.email === 'journalist@example.net')!.listIds.sort()).toEqual(
      [list.id, other.id].sort(),
    );
    await runWorker();
    await settled(release.id);
    expect(mailTo('both@example.net')).toHaveLength(1);
    expect(mailTo('journalist@example.net')).toHaveLength(1);
    expect(mailTo('gone@example.net')).toHaveLength(0);
    expect(both.status).toBe('active');
  });

  it('mails only active subscribers whose offices and topics match (a region stands for its countries)', async () => {
    const everything = await subscriber(['fr']);
    const region = await subscriber(['fr'], { officeIds: [room.region.id] });
    const health = await subscriber(['fr'], { topicIds: [room.health.id] });
    await subscriber(['fr'], { officeIds: [room.elsewhere.id] });
    await subscriber(['fr'], { topicIds: [room.water.id] });
    await subscriber(['fr'], { status: 'paused' });
    await subscriber(['fr'], { status: 'unsubscribed' });
    await subscriber(['fr'], { status: 'pending' });
    await subscriber(['fr'], { status: 'bounced' });
    const release = await approvedRelease();
    await publish(release.id);
    expect((await deliveriesOf(release.id)).map((delivery) => delivery.email).sort()).toEqual(
      [everything.email, region.email, health.email].sort(),
    );
  });

  it('sends a re-publish only when the editor marks it as a correction, under “Correction:”', async () => {
    const reader = await subscriber(['en']);
    const release = await approvedRelease({ language: 'en', title: 'A well for Tahoua' });
    await publish(release.id);
    const again = async (correction?: boolean) => {
      await db.update(releases).set({ state: 'approved' }).where(eq(releases.id, release.id));
      expect((await publish(release.id, room.editor, correction === undefined ? {} : { correction })).ok).toBe(true);
    };
    await again();
    await again(false);
    expect((await deliveriesOf(release.id)).map((delivery) => delivery.kind)).toEqual(['publish']);
    await again(true);
    const deliveries = await deliveriesOf(release.id);
    expect(deliveries.map((delivery) => delivery.kind).sort()).toEqual(['correction', 'publish']);
    expect(deliveries.find((delivery) => delivery.kind === 'correction')!.eventKey).toMatch(/^version-\d+$/);

    await runWorker();
    await settled(release.id);
    const subjects = mailTo(reader.email)
      .map((mail) => mail.parsed!.subject)
      .sort();
    expect(subjects).toEqual(['A well for Tahoua', 'Correction: A well for Tahoua']);
  });

  it('sends nothing when whoever asks may not publish: a writer, an editor of another office', async () => {
    await subscriber(['fr']);
    const release = await approvedRelease();
    expect(await publish(release.id, room.writer)).toEqual({ ok: false, reason: 'not_allowed' });
    await expect(publish(release.id, room.outsider)).rejects.toThrow();
    expect(await db.select().from(distributions).where(eq(distributions.releaseId, release.id))).toEqual([]);
  });

  it('takes `correction` from the publish form (a checkbox) and nothing else for it', () => {
    const base = { releaseId: crypto.randomUUID(), transition: 'publish' };
    expect(TransitionRequestInput.parse({ ...base, correction: 'on' }).correction).toBe(true);
    expect(TransitionRequestInput.parse(base).correction).toBe(false);
    expect(TransitionRequestInput.safeParse({ ...base, correction: 'yes please' }).success).toBe(false);
  });
});

describe('what mail servers answer', () => {
  it('marks an address refused for good (5xx) everywhere, never retries it and skips it next time', async () => {
    const refused = await subscriber(['fr'], { email: 'nobody@example.net' });
    const fine = await subscriber(['fr']);
    const asContact = await contact('Nobody@example.net');
    sink.answer((recipient) => (recipient === 'nobody@example.net' ? 'permanent' : 'accept'));
    const release = await approvedRelease();
    await publish(release.id);
    await runWorker();
    await settled(release.id);

    const deliveries = await deliveriesOf(release.id);
    expect(deliveries.find((delivery) => delivery.email === 'nobody@example.net')).toMatchObject({
      status: 'bounced',
      attempts: 1,
    });
    expect(deliveries.find((delivery) => delivery.email === 'nobody@example.net')!.reason).toContain('550');
    expect(await db.select().from(bouncedAddresses)).toEqual([
      expect.objectContaining({ email: 'nobody@example.net' }),
    ]);
    expect((await db.select().from(subscribers).where(eq(subscribers.id, refused.id)))[0]!.status).toBe('bounced');
    expect((await db.select().from(mediaContacts).where(eq(mediaContacts.id, asContact.id)))[0]!.status).toBe(
      'bounced',
    );
    // Only that address: the rest of its batch went out once.
    expect(deliveries.find((delivery) => delivery.email === fine.email)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(mailTo(fine.email)).toHaveLength(1);

    // Even were the address active again, the next mailing leaves it out.
    await db.update(subscribers).set({ status: 'active' }).where(eq(subscribers.id, refused.id));
    const next = await approvedRelease();
    await publish(next.id);
    expect((await deliveriesOf(next.id)).map((delivery) => delivery.email)).toEqual([fine.email]);
  });

  it('tries again after a temporary refusal (4xx) and then sends, once', async () => {
    const reader = await subscriber(['fr']);
    let refusals = 0;
    sink.answer(() => (refusals++ < 2 ? 'temporary' : 'accept'));
    const release = await approvedRelease();
    await publish(release.id);
    await runWorker();
    await until(async () => (await deliveriesOf(release.id))[0]!.status === 'sent', 30_000, 'sent after retries');
    const [delivery] = await deliveriesOf(release.id);
    expect(delivery!.attempts).toBe(3);
    expect(delivery!.reason).toBeNull();
    expect(mailTo(reader.email)).toHaveLength(1);
  }, 40_000);

  it('tries again only the reader refused for now (4xx), not the rest of the batch', async () => {
    const busy = await subscriber(['fr'], { email: 'busy@example.net' });
    const others = [await subscriber(['fr']), await subscriber(['en']), await subscriber(['es'])];
    let refusals = 0;
    sink.answer((recipient) => (recipient === busy.email && refusals++ < 2 ? 'temporary' : 'accept'));
    const release = await approvedRelease();
    await publish(release.id);
    // One job carries the whole mailing.
    const [job] = (await jobsIn(db, QUEUES.distributionMail)).filter(
      (row) => (row.data as { deliveryIds?: string[] }).deliveryIds?.length === 4,
    );
    expect(job).toBeDefined();
    await runWorker();
    await until(
      async () => (await deliveriesOf(release.id)).every((delivery) => delivery.status === 'sent'),
      30_000,
      'every delivery sent',
    );
    const deliveries = await deliveriesOf(release.id);
    expect(deliveries.find((delivery) => delivery.email === busy.email)).toMatchObject({ attempts: 3, reason: null });
    for (const reader of others) {
      expect(deliveries.find((delivery) => delivery.email === reader.email)).toMatchObject({ attempts: 1 });
      expect(mailTo(reader.email)).toHaveLength(1);
    }
    expect(mailTo(busy.email)).toHaveLength(1);
    const retried = (await jobsIn(db, QUEUES.distributionMail)).find((row) => row.id === job!.id);
    expect(retried).toMatchObject({ state: 'completed', retry_count: 2 });
  }, 40_000);

  it('sends a batch no faster than the worker’s rate', async () => {
    const readers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => subscriber([(['fr', 'en', 'es'] as const)[i % 3]!])),
    );
    const release = await approvedRelease();
    await publish(release.id);
    const sentAt: number[] = [];
    // 10 a second, with at most a second's worth saved up while idle: 30 messages take 2 s at least.
    await runWorker({ ratePerSecond: 10, sentAt });
    await settled(release.id);
    expect(sentAt).toHaveLength(30);
    expect(sentAt.at(-1)! - sentAt[0]!).toBeGreaterThanOrEqual(1_850);
    for (const start of sentAt)
      expect(sentAt.filter((at) => at >= start && at < start + 1_000).length).toBeLessThanOrEqual(20);
    for (const reader of readers) expect(mailTo(reader.email)).toHaveLength(1);
  }, 30_000);

  it('keeps header injection out: a title with CR/LF, encoded words in names', async () => {
    const reader = await subscriber(['fr']);
    const release = await approvedRelease({
      title: 'Titre\r\nBcc: victim@example.net\r\nX-Injected: yes',
      contacts: [
        {
          name: '=?utf-8?b?QmNjOiB2aWN0aW1AZXhhbXBsZS5uZXQ=?=\r\nBcc: victim@example.net',
          phones: ['+227 20 55 50 60'],
        },
      ],
    });
    expect(await publish(release.id)).toMatchObject({ ok: true });
    await runWorker();
    await settled(release.id);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail!.to).toEqual([reader.email]);
    expect(mail!.parsed!.bcc).toBeUndefined();
    expect(mail!.parsed!.headers.has('x-injected')).toBe(false);
    expect(mail!.parsed!.subject).toBe('Titre Bcc: victim@example.net X-Injected: yes');
    expect(mail!.parsed!.text).toContain('=?utf-8?b?QmNjOiB2aWN0aW1AZXhhbXBsZS5uZXQ=?=');
  });

  it('gives every delivery still queued and carried by no job a job again, once', async () => {
    await subscriber(['fr']);
    await subscriber(['en']);
    const release = await approvedRelease();
    await publish(release.id);
    const ids = (
      await db
        .select({ id: distributionDeliveries.id })
        .from(distributionDeliveries)
        .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
        .where(eq(distributions.releaseId, release.id))
    ).map((row) => row.id);
    expect(ids).toHaveLength(2);
    // The job carrying both is lost: one job carries them again.
    await db.execute(
      sql`delete from pgboss.job where name = ${QUEUES.distributionMail} and data->'deliveryIds' ? ${ids[0]!}`,
    );
    expect((await queueMissingJobs()).deliveries).toBe(2);
    expect((await queueMissingJobs()).deliveries).toBe(0);
    const carried = (await jobsIn(db, QUEUES.distributionMail)).flatMap(
      (row) => (row.data as { deliveryIds?: string[] }).deliveryIds ?? [],
    );
    expect(carried.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    await runWorker();
    await settled(release.id);
    expect(sink.received).toHaveLength(2);
  });
});
