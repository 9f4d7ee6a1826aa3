import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditLog,
  distributionDeliveries,
  distributions,
  mediaContacts,
  mediaListMembers,
  mediaLists,
  releases,
  releaseTopics,
  topics,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { embargoToken, hashEmbargoToken } from '@/lib/distribution/embargo-links';
import { createJobSystem, jobs } from '@/lib/dal/job-system';
import { createDistributionMailer } from '@/lib/jobs/mailer';
import { startWorker, type Worker } from '@/lib/jobs/worker';
import { SendEmbargoInput } from '@/lib/validation/embargo';
import { utcToZonedLocal } from '@/lib/time/zoned';
import { actAs } from '@/test/fake-auth';
import { insertRelease } from '@/test/fixtures';
import { READY, until } from '@/test/jobs';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { openEmbargoLink, revokeEmbargoLinks, sendEmbargoedAdvance } from './embargo';
import { getReleaseView } from './publications';
import { requestTransition } from './releases';
import { applyTransition } from './transitions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));

let n: Newsroom;
let sink: SmtpSink;
let worker: Worker | undefined;
let count = 0;
let topicId: string;

beforeAll(async () => {
  n = await freshNewsroom();
  await jobs();
  const [topic] = await n.db
    .insert(topics)
    .values({ slug: 'bridges-e', labels: { fr: 'Ponts', en: 'Bridges', es: 'Puentes' } })
    .returning();
  topicId = topic!.id;
  sink = await startSmtpSink();
}, 240_000);

afterEach(async () => {
  await worker?.stop({ timeoutMs: 1_000 });
  worker = undefined;
  sink.received.length = 0;
});

afterAll(async () => {
  await sink?.close();
});

const actor = (user: { id: string; role: 'writer' | 'editor' | 'admin' }) => ({
  kind: 'user' as const,
  id: user.id,
  role: user.role,
});

const HOUR = 3_600_000;

/** A release of the Panama office, approved and scheduled `hours` from now. */
async function scheduledRelease(hours = 48) {
  count += 1;
  const release = await insertRelease(
    n.db,
    { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
    { ...READY, title: `Un puente para Colón ${count}`, language: 'es', state: 'approved' },
  );
  await n.db.insert(releaseTopics).values({ releaseId: release.id, topicId: topicId });
  const at = new Date(Math.ceil((Date.now() + hours * HOUR) / 60_000) * 60_000);
  const scheduled = await applyTransition(actor(n.people.americasEditor), release.id, 'schedule', { scheduledAt: at });
  expect(scheduled).toMatchObject({ ok: true });
  return { ...release, scheduledAt: at };
}

async function listOf(contacts: { email: string; languages: Locale[] }[], officeId = n.offices.panama.id) {
  count += 1;
  const [list] = await n.db
    .insert(mediaLists)
    .values({ officeId, name: `Prensa ${count}`, kind: 'static' })
    .returning();
  for (const contact of contacts) {
    const [existing] = await n.db
      .select()
      .from(mediaContacts)
      .where(and(eq(mediaContacts.officeId, officeId), sql`lower(${mediaContacts.email}) = lower(${contact.email})`));
    const [row] = existing
      ? [existing]
      : await n.db
          .insert(mediaContacts)
          .values({ officeId, name: 'Periodista', email: contact.email, languages: contact.languages })
          .onConflictDoNothing()
          .returning();
    await n.db.insert(mediaListMembers).values({ listId: list!.id, contactId: row!.id });
  }
  return list!;
}

const deliveriesOf = (releaseId: string, kind: 'embargo' | 'embargo-notice' = 'embargo') =>
  n.db
    .select({
      id: distributionDeliveries.id,
      email: distributionDeliveries.email,
      status: distributionDeliveries.status,
      tokenHash: distributionDeliveries.embargoTokenHash,
      opens: distributionDeliveries.embargoOpens,
      lastOpenedAt: distributionDeliveries.embargoLastOpenedAt,
      revokedAt: distributionDeliveries.embargoRevokedAt,
      until: distributions.embargoUntil,
    })
    .from(distributionDeliveries)
    .innerJoin(distributions, eq(distributions.id, distributionDeliveries.distributionId))
    .where(and(eq(distributions.releaseId, releaseId), eq(distributions.kind, kind)));

async function runWorker() {
  worker = startWorker({
    send: undefined,
    sendDistribution: createDistributionMailer(sink.url),
    distributionRatePerSecond: 500,
    boss: await createJobSystem(),
  });
  await worker.ready;
}

async function settled(releaseId: string, kind: 'embargo' | 'embargo-notice' = 'embargo') {
  await until(
    async () => (await deliveriesOf(releaseId, kind)).every((delivery) => delivery.status !== 'queued'),
    20_000,
    'every delivery settled',
  );
}

const noticesOf = (releaseId: string) =>
  n.db
    .select()
    .from(distributions)
    .where(and(eq(distributions.releaseId, releaseId), eq(distributions.kind, 'embargo-notice')));

/** Schedules a Panama release again, at `at`, as the release page's form asks for it. */
async function moveTo(releaseId: string, at: Date, by: Parameters<typeof actAs>[0] = n.people.americasEditor) {
  actAs(by);
  return requestTransition({
    releaseId,
    transition: 'schedule',
    scheduledAt: utcToZonedLocal(at, 'America/Panama'),
    correction: false,
  });
}

const mailTo = (email: string) => sink.received.filter((mail) => mail.to.includes(email));
const linkIn = (text: string) => /\/embargo\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

async function sendAhead(releaseId: string, listIds: string[], by = n.people.americasEditor) {
  actAs(by);
  return sendEmbargoedAdvance({ releaseId, listIds, confirm: 'on' });
}

describe('an advance send under embargo', () => {
  it('mails each contact of the lists once, under the embargo in their language, with their own link', async () => {
    const release = await scheduledRelease();
    const list = await listOf([
      { email: 'ana@prensa.example', languages: ['es'] },
      { email: 'claire@presse.example', languages: ['fr'] },
      { email: 'john@press.example', languages: ['en'] },
    ]);
    expect(await sendAhead(release.id, [list.id])).toMatchObject({ ok: true, deliveries: 3 });
    const deliveries = await deliveriesOf(release.id);
    // Only the token's hash is kept, and it is the hash of the link the worker writes.
    for (const delivery of deliveries) expect(delivery.tokenHash).toBe(hashEmbargoToken(embargoToken(delivery.id)));

    await runWorker();
    await settled(release.id);
    expect(sink.received).toHaveLength(3);
    const [ana] = mailTo('ana@prensa.example');
    const [claire] = mailTo('claire@presse.example');
    const [john] = mailTo('john@press.example');
    expect(ana!.parsed!.subject).toMatch(/^EMBARGO HASTA EL .*\(Panama\).* UTC\) – Un puente para Colón/);
    expect(claire!.parsed!.subject).toMatch(/^SOUS EMBARGO JUSQU'AU .*UTC\)/);
    expect(john!.parsed!.subject).toMatch(/^EMBARGOED UNTIL .*Eastern Standard Time \(Panama\).*UTC\)/);
    // The same line opens both parts, and the link is the recipient's own, not the public page.
    for (const mail of [ana!, claire!, john!]) {
      const line = mail.parsed!.subject!.split(' – ')[0]!;
      expect(mail.parsed!.text!.startsWith(line)).toBe(true);
      expect(mail.parsed!.html).toContain(line.replace(/'/g, '&#39;'));
      expect(mail.parsed!.text).not.toContain('/news/');
    }
    const tokens = [ana!, claire!, john!].map((mail) => linkIn(mail.parsed!.text!));
    expect(new Set(tokens).size).toBe(3);
    const byEmail = new Map(deliveries.map((delivery) => [delivery.email, delivery]));
    expect(hashEmbargoToken(tokens[0]!)).toBe(byEmail.get('ana@prensa.example')!.tokenHash);
  }, 90_000);

  it('mails nobody twice: the same send again adds no one, another list adds only its new addresses', async () => {
    const release = await scheduledRelease();
    const first = await listOf([{ email: 'uno@prensa.example', languages: ['es'] }]);
    const second = await listOf([
      { email: 'UNO@prensa.example', languages: ['es'] },
      { email: 'dos@prensa.example', languages: ['es'] },
    ]);
    expect(await sendAhead(release.id, [first.id])).toMatchObject({ ok: true, deliveries: 1 });
    expect(await sendAhead(release.id, [first.id])).toMatchObject({ ok: true, deliveries: 0 });
    expect(await sendAhead(release.id, [second.id, first.id])).toMatchObject({ ok: true, deliveries: 1 });
    expect((await deliveriesOf(release.id)).map((delivery) => delivery.email).sort()).toEqual([
      'dos@prensa.example',
      'uno@prensa.example',
    ]);
  });

  it('keeps the public page missing until the release is published, then the link leads there', async () => {
    const release = await scheduledRelease();
    const list = await listOf([{ email: 'tres@prensa.example', languages: ['es'] }]);
    await sendAhead(release.id, [list.id]);
    const [delivery] = await deliveriesOf(release.id);
    const token = embargoToken(delivery!.id);
    expect(await getReleaseView('es', release.slug)).toEqual({ state: 'missing' });

    const opened = await openEmbargoLink(token);
    expect(opened).toMatchObject({ kind: 'embargoed', article: { title: release.title }, until: release.scheduledAt });
    await openEmbargoLink(token);
    const [counted] = await deliveriesOf(release.id);
    expect(counted!.opens).toBe(2);
    expect(counted!.lastOpenedAt).not.toBeNull();
    const audits = await n.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.releaseId, release.id), eq(auditLog.action, 'embargo_link.open')));
    expect(audits).toHaveLength(2);
    expect(audits[0]!.data).toEqual({ deliveryId: delivery!.id, published: false });
    expect(JSON.stringify(audits[0])).not.toContain('tres@prensa.example');

    // The scheduler publishes it at its time.
    expect((await applyTransition({ kind: 'system' }, release.id, 'publish')).ok).toBe(true);
    expect(await openEmbargoLink(token)).toEqual({ kind: 'published', url: `/es/news/${release.slug}` });
    // Audited, but not counted among the readings under embargo.
    expect((await deliveriesOf(release.id))[0]!.opens).toBe(2);
  });

  it('answers nothing for a revoked link, one at a time or all at once, nor for an unknown one', async () => {
    const release = await scheduledRelease();
    const list = await listOf([
      { email: 'cuatro@prensa.example', languages: ['es'] },
      { email: 'cinco@prensa.example', languages: ['es'] },
      { email: 'seis@prensa.example', languages: ['es'] },
    ]);
    await sendAhead(release.id, [list.id]);
    const deliveries = await deliveriesOf(release.id);
    const [one, ...others] = deliveries;
    expect(await revokeEmbargoLinks({ releaseId: release.id, deliveryId: one!.id })).toEqual({ revoked: 1 });
    expect(await openEmbargoLink(embargoToken(one!.id))).toBeUndefined();
    expect(await openEmbargoLink(embargoToken(others[0]!.id))).toMatchObject({ kind: 'embargoed' });
    expect(await revokeEmbargoLinks({ releaseId: release.id })).toEqual({ revoked: 2 });
    for (const delivery of others) expect(await openEmbargoLink(embargoToken(delivery.id))).toBeUndefined();
    expect(await openEmbargoLink('A'.repeat(43))).toBeUndefined();
    expect(await openEmbargoLink('../../etc/passwd')).toBeUndefined();
    // A revoked link's message still waiting is not sent.
    await runWorker();
    await settled(release.id);
    for (const delivery of deliveries) expect(mailTo(delivery.email)).toHaveLength(0);
  }, 90_000);

  it('refuses a release without its time, and a release neither approved nor scheduled', async () => {
    count += 1;
    const approved = await insertRelease(
      n.db,
      { officeId: n.offices.panama.id, authorId: n.people.panamaWriter.id },
      { ...READY, title: `Sin hora ${count}`, state: 'approved' },
    );
    const list = await listOf([{ email: 'siete@prensa.example', languages: ['es'] }]);
    expect(await sendAhead(approved.id, [list.id])).toEqual({ ok: false, reason: 'not_scheduled' });
    await n.db.update(releases).set({ state: 'draft' }).where(eq(releases.id, approved.id));
    expect(await sendAhead(approved.id, [list.id])).toEqual({ ok: false, reason: 'wrong_state' });
    expect(await n.db.select().from(distributions).where(eq(distributions.releaseId, approved.id))).toEqual([]);
  });

  it('refuses writers, other offices’ editors and other offices’ lists, with nothing queued', async () => {
    const release = await scheduledRelease();
    const list = await listOf([{ email: 'ocho@prensa.example', languages: ['es'] }]);
    const senegalList = await listOf([{ email: 'huit@presse.example', languages: ['fr'] }], n.offices.senegal.id);
    await expect(sendAhead(release.id, [list.id], n.people.panamaWriter)).rejects.toThrow(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
    await expect(sendAhead(release.id, [list.id], n.people.westAfricaEditor)).rejects.toThrow(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
    await expect(sendAhead(release.id, [senegalList.id])).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
    actAs(n.people.panamaWriter);
    await expect(revokeEmbargoLinks({ releaseId: release.id })).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await n.db.select().from(distributions).where(eq(distributions.releaseId, release.id))).toEqual([]);
    // Headquarters chooses among every office's lists.
    expect(await sendAhead(release.id, [senegalList.id], n.people.hqEditor)).toMatchObject({ ok: true, deliveries: 1 });
  });

  it('takes its lists and its confirmation from the form, and nothing else', () => {
    const releaseId = crypto.randomUUID();
    expect(SendEmbargoInput.safeParse({ releaseId, listIds: [], confirm: 'on' }).success).toBe(false);
    expect(SendEmbargoInput.safeParse({ releaseId, listIds: [crypto.randomUUID()] }).success).toBe(false);
    expect(SendEmbargoInput.safeParse({ releaseId, listIds: ['nope'], confirm: 'on' }).success).toBe(false);
    expect(SendEmbargoInput.safeParse({ releaseId, listIds: [crypto.randomUUID()], confirm: 'on' }).success).toBe(true);
  });
});

describe('when the embargo changes', () => {
  it('tells the recipients the new time when the release is rescheduled, and their links keep working', async () => {
    const release = await scheduledRelease();
    const list = await listOf([
      { email: 'nueve@prensa.example', languages: ['es'] },
      { email: 'neuf@presse.example', languages: ['fr'] },
    ]);
    await sendAhead(release.id, [list.id]);
    await runWorker();
    await settled(release.id);
    sink.received.length = 0;

    // The editor schedules it again at another time, as the release's page does.
    const later = new Date(release.scheduledAt.getTime() + 24 * HOUR);
    expect(await moveTo(release.id, later)).toMatchObject({ ok: true, state: 'scheduled' });
    const [moved] = await n.db.select().from(releases).where(eq(releases.id, release.id));
    expect(moved!.scheduledAt).toEqual(later);
    await settled(release.id, 'embargo-notice');
    await until(async () => sink.received.length === 2, 10_000, 'two notices');
    const [spanish] = mailTo('nueve@prensa.example');
    const [french] = mailTo('neuf@presse.example');
    expect(spanish!.parsed!.subject).toMatch(/^Embargo aplazado al .* UTC\) – Un puente/);
    expect(french!.parsed!.subject).toMatch(/^Embargo reporté au /);
    expect(french!.parsed!.text).toContain('Votre lien reste valable');
    const [delivery] = (await deliveriesOf(release.id)).filter((row) => row.email === 'nueve@prensa.example');
    expect(linkIn(spanish!.parsed!.text!)).toBe(embargoToken(delivery!.id));
    expect(await openEmbargoLink(embargoToken(delivery!.id))).toMatchObject({ kind: 'embargoed', until: later });
    expect(delivery!.until).toEqual(later);
    // A correction, not a withdrawal: nobody is told not to use it, and no link is revoked.
    for (const mail of sink.received) expect(mail.parsed!.text).not.toMatch(/no lo utilice|ne pas l’utiliser/);
    expect((await deliveriesOf(release.id)).every((row) => row.revokedAt === null)).toBe(true);
  }, 90_000);

  it('leaves the old time and tells nobody when the new time is refused', async () => {
    const release = await scheduledRelease();
    const list = await listOf([{ email: 'doce@prensa.example', languages: ['es'] }]);
    await sendAhead(release.id, [list.id]);
    expect(await moveTo(release.id, new Date(Date.now() - HOUR))).toEqual({ ok: false, reason: 'needs_future_time' });
    const [kept] = await n.db.select().from(releases).where(eq(releases.id, release.id));
    expect(kept).toMatchObject({ state: 'scheduled', scheduledAt: release.scheduledAt });
    expect(await noticesOf(release.id)).toEqual([]);
    const [delivery] = await deliveriesOf(release.id);
    expect(delivery).toMatchObject({ revokedAt: null, until: release.scheduledAt });
  });

  it('lets neither a writer nor another office’s editor move the embargo, and tells nobody', async () => {
    const release = await scheduledRelease();
    const list = await listOf([{ email: 'trece@prensa.example', languages: ['es'] }]);
    await sendAhead(release.id, [list.id]);
    const later = new Date(release.scheduledAt.getTime() + 24 * HOUR);
    expect(await moveTo(release.id, later, n.people.panamaWriter)).toEqual({ ok: false, reason: 'not_allowed' });
    await expect(moveTo(release.id, later, n.people.westAfricaEditor)).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
    const [kept] = await n.db.select().from(releases).where(eq(releases.id, release.id));
    expect(kept).toMatchObject({ state: 'scheduled', scheduledAt: release.scheduledAt });
    expect(await noticesOf(release.id)).toEqual([]);
  });

  it.each(['unschedule', 'unpublish'] as const)(
    'asks the recipients not to use the release when it is withdrawn (%s), and revokes their links',
    async (change) => {
      const release = await scheduledRelease();
      const list = await listOf([{ email: `diez-${change}@prensa.example`, languages: ['en'] }]);
      await sendAhead(release.id, [list.id]);
      await runWorker();
      await settled(release.id);
      sink.received.length = 0;
      const editor = actor(n.people.americasEditor);
      if (change === 'unpublish') expect((await applyTransition(editor, release.id, 'publish')).ok).toBe(true);
      expect((await applyTransition(editor, release.id, change)).ok).toBe(true);
      await settled(release.id, 'embargo-notice');
      await until(async () => sink.received.length === 1, 10_000, 'one notice');
      const [notice] = sink.received;
      expect(notice!.parsed!.subject).toMatch(/^Do not use – Un puente/);
      expect(notice!.parsed!.text).toContain('will not be published as announced: please do not use it');
      const [delivery] = await deliveriesOf(release.id);
      expect(delivery!.revokedAt).not.toBeNull();
      expect(await openEmbargoLink(embargoToken(delivery!.id))).toBeUndefined();
    },
    90_000,
  );

  it('sends no notice when the release had no advance send, or when it is published at its time', async () => {
    const release = await scheduledRelease();
    expect((await applyTransition(actor(n.people.americasEditor), release.id, 'unschedule')).ok).toBe(true);
    const sent = await scheduledRelease();
    const list = await listOf([{ email: 'once@prensa.example', languages: ['es'] }]);
    await sendAhead(sent.id, [list.id]);
    expect((await applyTransition({ kind: 'system' }, sent.id, 'publish')).ok).toBe(true);
    for (const id of [release.id, sent.id])
      expect(
        await n.db
          .select()
          .from(distributions)
          .where(and(eq(distributions.releaseId, id), eq(distributions.kind, 'embargo-notice'))),
      ).toEqual([]);
  });
});
