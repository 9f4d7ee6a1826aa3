import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditLog,
  bouncedAddresses,
  mediaContacts,
  outbox,
  subscriberOffices,
  subscribers,
  subscriberTopics,
  subscriptionRequests,
  topics,
} from '@/db/schema';
import { recipientToken } from '@/lib/distribution/recipient-links';
import { SubscribeInput, subscriptionFormValues } from '@/lib/validation/subscriptions';
import { jobsIn } from '@/test/jobs';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import {
  confirmSubscription,
  isPendingConfirmation,
  getRecipientPreferences,
  requestSubscription,
  setSubscriptionPaused,
  SUBSCRIPTION_LIMITS_PER_HOUR,
  unsubscribeRecipient,
  updateSubscriptionChoices,
} from './subscribers';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
  await n.db.insert(topics).values([
    { slug: 'health', labels: { fr: 'Santé', en: 'Health', es: 'Salud' } },
    { slug: 'climate', labels: { fr: 'Climat', en: 'Climate', es: 'Clima' } },
  ]);
});

let ipCounter = 0;
/** Each test asks from its own address, so that the per-IP limit is met only where a test means it. */
const freshIp = () => `198.51.100.${++ipCounter}`;
const address = (name: string) => `${name}.${crypto.randomUUID().slice(0, 8)}@example.net`;

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return SubscribeInput.safeParse(subscriptionFormValues(data));
};
const input = (email: string, overrides: Partial<SubscribeInput> = {}): SubscribeInput => ({
  email,
  locale: 'en',
  languages: ['en', 'fr'],
  offices: ['americas'],
  topics: ['health'],
  ...overrides,
});

const subscriberOf = async (email: string) =>
  (await n.db.select().from(subscribers).where(eq(subscribers.email, email)))[0];
const mailsTo = (email: string) => n.db.select().from(outbox).where(eq(outbox.recipient, email));
const jobsFor = async (messageId: string) =>
  (await jobsIn(n.db, 'notification-mail')).filter((job) => job.id === messageId).length;
const tokenIn = (body: string) => /\/confirm\/([A-Za-z0-9_-]{43})/.exec(body)![1]!;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const requestsFrom = async (ip: string) =>
  (await n.db.select({ n: count() }).from(subscriptionRequests).where(eq(subscriptionRequests.ip, ip)))[0]!.n;

async function subscribedAndConfirmed(email: string) {
  await requestSubscription(input(email), { ip: freshIp() });
  const [mail] = await mailsTo(email);
  const result = await confirmSubscription(tokenIn(mail!.body));
  if (!result.ok) throw new Error('not confirmed');
  return { id: (await subscriberOf(email))!.id, token: recipientToken(result.recipient) };
}

describe('asking to subscribe', () => {
  it('stores a new address as pending with its choices and mails it a confirmation link, storing only its hash', async () => {
    const email = address('ana');
    expect(await requestSubscription(input(email), { ip: freshIp() })).toEqual({ ok: true });
    const subscriber = (await subscriberOf(email))!;
    expect(subscriber).toMatchObject({ status: 'pending', locale: 'en', languages: ['en', 'fr'], confirmedAt: null });
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Confirm your subscription to our press releases');
    expect(mail!.body).toContain(`/en/subscribe/confirm/`);
    const token = tokenIn(mail!.body);
    expect(subscriber.confirmationTokenHash).toBe(sha256(token));
    expect(JSON.stringify(subscriber)).not.toContain(token);
    expect(await jobsFor(mail!.id)).toBe(1);
    expect(
      await n.db.select().from(subscriberOffices).where(eq(subscriberOffices.subscriberId, subscriber.id)),
    ).toEqual([{ subscriberId: subscriber.id, officeId: n.offices.americas.id }]);
    expect(
      await n.db.select().from(subscriberTopics).where(eq(subscriberTopics.subscriberId, subscriber.id)),
    ).toHaveLength(1);
  });

  it('writes the confirmation in the language of the page the reader used', async () => {
    const email = address('bea');
    await requestSubscription(input(email, { locale: 'es', languages: ['es'] }), { ip: freshIp() });
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Confirme su suscripción a nuestros comunicados');
    expect(mail!.body).toContain('/es/subscribe/confirm/');
  });

  it('answers a pending address the same way, with a new link that replaces the first', async () => {
    const email = address('carl');
    await requestSubscription(input(email), { ip: freshIp() });
    const first = tokenIn((await mailsTo(email))[0]!.body);
    expect(await requestSubscription(input(email, { topics: [] }), { ip: freshIp() })).toEqual({ ok: true });
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails.every((mail) => mail.subject === 'Confirm your subscription to our press releases')).toBe(true);
    expect(await confirmSubscription(first)).toEqual({ ok: false });
  });

  it('answers an active address the same way, mails it its preferences link and changes none of its choices', async () => {
    const email = address('dina');
    const { id } = await subscribedAndConfirmed(email);
    const answer = await requestSubscription(input(email, { languages: ['es'], offices: [], topics: [] }), {
      ip: freshIp(),
    });
    expect(answer).toEqual({ ok: true });
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe('Your subscription to our press releases');
    expect(mails[1]!.body).toContain(`/en/subscribe/preferences/${recipientToken({ kind: 'subscriber', id })}`);
    expect(await subscriberOf(email)).toMatchObject({ status: 'active', languages: ['en', 'fr'] });
  });

  it('treats an address typed in capitals as the same subscriber', async () => {
    const email = address('emil');
    await subscribedAndConfirmed(email);
    const parsed = form({ email: `  ${email.toUpperCase()} `, locale: 'en', languages: ['en'] });
    expect(parsed.success).toBe(true);
    await requestSubscription(parsed.data!, { ip: freshIp() });
    expect(await n.db.select({ n: count() }).from(subscribers).where(eq(subscribers.email, email))).toEqual([{ n: 1 }]);
  });

  it('asks an unsubscribed address to confirm again before sending it anything', async () => {
    const email = address('fay');
    const { token } = await subscribedAndConfirmed(email);
    await unsubscribeRecipient(token);
    expect(await requestSubscription(input(email), { ip: freshIp() })).toEqual({ ok: true });
    expect(await subscriberOf(email)).toMatchObject({ status: 'pending' });
    expect((await mailsTo(email)).at(-1)!.subject).toBe('Confirm your subscription to our press releases');
  });

  it('sends nothing to an address refused for good by its mail server, and still gives the same answer', async () => {
    const email = address('gus');
    await n.db.insert(bouncedAddresses).values({ email, reason: '550 no such user' });
    expect(await requestSubscription(input(email), { ip: freshIp() })).toEqual({ ok: true });
    expect(await subscriberOf(email)).toBeUndefined();
    expect(await mailsTo(email)).toHaveLength(0);
  });

  it('refuses an office or topic that does not exist, storing and sending nothing', async () => {
    const email = address('hal');
    const ip = freshIp();
    expect(await requestSubscription(input(email, { offices: ['atlantis'] }), { ip })).toEqual({
      ok: false,
      reason: 'unknown_choice',
    });
    expect(await subscriberOf(email)).toBeUndefined();
    expect(await requestsFrom(ip)).toBe(0);
  });
});

describe('the form input', () => {
  it('keeps the languages in the order chosen, without blanks or repeats', () => {
    const languagesOf = (languages: string[]) =>
      form({ email: 'a@example.org', locale: 'fr', languages }).data?.languages;
    expect(languagesOf(['es', '', 'fr'])).toEqual(['es', 'fr']);
    expect(languagesOf(['en', 'en', 'fr'])).toEqual(['en', 'fr']);
  });

  it.each([
    ['a line break in the address', { email: 'a@example.org\r\nBcc: victim@example.com' }, 'email'],
    ['a line break in a choice', { offices: ['americas\nBcc: x'] }, 'offices'],
    ['a control character', { email: 'a\u0000@example.org' }, 'email'],
    ['an invalid address', { email: 'not an address' }, 'email'],
    ['an address too long', { email: `${'a'.repeat(250)}@example.org` }, 'email'],
    ['no language', { languages: ['', ''] }, 'languages'],
    ['an unknown language', { languages: ['de'] }, 'languages'],
    ['a portal language that does not exist', { locale: 'de' }, 'locale'],
  ])('refuses %s', (_, fields, field) => {
    const parsed = form({ email: 'a@example.org', locale: 'en', languages: ['en'], ...fields });
    expect(parsed.success).toBe(false);
    expect(Object.keys(parsed.error!.flatten().fieldErrors)).toContain(field);
  });
});

describe('the limits on requests', () => {
  it(`refuses a request beyond the ${SUBSCRIPTION_LIMITS_PER_HOUR.email} allowed per e-mail address within the hour, sending nothing more`, async () => {
    const email = address('ivy');
    for (let i = 0; i < SUBSCRIPTION_LIMITS_PER_HOUR.email; i++)
      expect(await requestSubscription(input(email), { ip: freshIp() })).toEqual({ ok: true });
    const ip = freshIp();
    expect(await requestSubscription(input(email), { ip })).toEqual({ ok: false, reason: 'rate_limited' });
    expect(await mailsTo(email)).toHaveLength(SUBSCRIPTION_LIMITS_PER_HOUR.email);
    expect(await requestsFrom(ip)).toBe(0);
    // An hour later, the address may ask again.
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(await requestSubscription(input(email), { ip, now: later })).toEqual({ ok: true });
  });

  it(`refuses a request beyond the ${SUBSCRIPTION_LIMITS_PER_HOUR.ip} allowed per requesting address within the hour, storing nothing`, async () => {
    const ip = freshIp();
    for (let i = 0; i < SUBSCRIPTION_LIMITS_PER_HOUR.ip; i++)
      expect(await requestSubscription(input(address(`jo${i}`)), { ip })).toEqual({ ok: true });
    const email = address('jo-last');
    expect(await requestSubscription(input(email), { ip })).toEqual({ ok: false, reason: 'rate_limited' });
    expect(await subscriberOf(email)).toBeUndefined();
    expect(await mailsTo(email)).toHaveLength(0);
    expect(await requestsFrom(ip)).toBe(SUBSCRIPTION_LIMITS_PER_HOUR.ip);
  });
});

describe('confirming', () => {
  it('shows the confirmation page for a valid link without confirming anything', async () => {
    const email = address('kim');
    await requestSubscription(input(email), { ip: freshIp() });
    const token = tokenIn((await mailsTo(email))[0]!.body);
    expect(await isPendingConfirmation(token)).toBe(true);
    expect(await subscriberOf(email)).toMatchObject({ status: 'pending' });
  });

  it('makes the subscription active, records when, spends the token and audits without the address', async () => {
    const email = address('lea');
    await requestSubscription(input(email), { ip: freshIp() });
    const token = tokenIn((await mailsTo(email))[0]!.body);
    const result = await confirmSubscription(token);
    const subscriber = (await subscriberOf(email))!;
    expect(result).toEqual({ ok: true, recipient: { kind: 'subscriber', id: subscriber.id } });
    expect(subscriber).toMatchObject({ status: 'active', confirmationTokenHash: null });
    expect(subscriber.confirmedAt).toBeInstanceOf(Date);
    const [audit] = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, subscriber.id));
    expect(audit).toMatchObject({ action: 'subscriber.confirmed', subjectType: 'subscriber', ip: null });
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it('refuses a used, unknown, malformed or expired link, changing nothing', async () => {
    const email = address('max');
    await requestSubscription(input(email), { ip: freshIp() });
    const token = tokenIn((await mailsTo(email))[0]!.body);
    const tooLate = new Date(Date.now() + 8 * 86_400_000);
    expect(await confirmSubscription(token, tooLate)).toEqual({ ok: false });
    expect(await isPendingConfirmation(token, tooLate)).toBe(false);
    expect(await subscriberOf(email)).toMatchObject({ status: 'pending' });
    await confirmSubscription(token);
    expect(await confirmSubscription(token)).toEqual({ ok: false });
    expect(await isPendingConfirmation(token)).toBe(false);
    expect(await isPendingConfirmation('x'.repeat(43))).toBe(false);
    expect(await isPendingConfirmation('../../etc')).toBe(false);
  });
});

describe('the preferences link', () => {
  it('shows a subscriber their address, state and choices', async () => {
    const email = address('nia');
    const { token } = await subscribedAndConfirmed(email);
    expect(await getRecipientPreferences(token)).toEqual({
      kind: 'subscriber',
      email,
      status: 'active',
      languages: ['en', 'fr'],
      offices: ['americas'],
      topics: ['health'],
    });
  });

  it('answers 404 to a link whose signature is wrong, changing nothing', async () => {
    const email = address('oto');
    const { token } = await subscribedAndConfirmed(email);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await getRecipientPreferences(forged)).toBeNull();
    expect(await outcomeOf(() => setSubscriptionPaused(forged, true))).toBe(NOT_FOUND);
    expect(
      await outcomeOf(() => updateSubscriptionChoices(forged, { languages: ['es'], offices: [], topics: [] })),
    ).toBe(NOT_FOUND);
    expect(await unsubscribeRecipient(forged)).toBe(false);
    expect(await subscriberOf(email)).toMatchObject({ status: 'active', languages: ['en', 'fr'] });
  });

  it('changes the languages, offices and topics, and audits the choices without the address', async () => {
    const email = address('pia');
    const { id, token } = await subscribedAndConfirmed(email);
    const change = { languages: ['es' as const], offices: ['hq', 'senegal'], topics: [] };
    expect(await updateSubscriptionChoices(token, change)).toEqual({ ok: true });
    expect(await getRecipientPreferences(token)).toMatchObject({
      languages: ['es'],
      offices: ['hq', 'senegal'],
      topics: [],
    });
    const audits = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audits.map((audit) => audit.action)).toContain('subscriber.preferences_changed');
    expect(JSON.stringify(audits)).not.toContain(email);
  });

  it('refuses an unknown topic, changing nothing', async () => {
    const email = address('quin');
    const { token } = await subscribedAndConfirmed(email);
    expect(await updateSubscriptionChoices(token, { languages: ['fr'], offices: [], topics: ['astrology'] })).toEqual({
      ok: false,
      reason: 'unknown_choice',
    });
    expect(await getRecipientPreferences(token)).toMatchObject({ languages: ['en', 'fr'], topics: ['health'] });
  });

  it('pauses and resumes a subscription, keeping its choices', async () => {
    const email = address('rui');
    const { token } = await subscribedAndConfirmed(email);
    expect(await setSubscriptionPaused(token, true)).toEqual({ ok: true });
    expect(await subscriberOf(email)).toMatchObject({ status: 'paused' });
    expect(await setSubscriptionPaused(token, false)).toEqual({ ok: true });
    expect(await getRecipientPreferences(token)).toMatchObject({ status: 'active', offices: ['americas'] });
  });

  it('does not resume a bounced address', async () => {
    const email = address('sol');
    const { token } = await subscribedAndConfirmed(email);
    await n.db.update(subscribers).set({ status: 'bounced' }).where(eq(subscribers.email, email));
    expect(await setSubscriptionPaused(token, false)).toEqual({ ok: false, reason: 'bounced' });
    expect(await subscriberOf(email)).toMatchObject({ status: 'bounced' });
  });
});

describe('unsubscribing by link', () => {
  it('unsubscribes a subscriber at once; doing it again changes nothing', async () => {
    const email = address('tea');
    const { id, token } = await subscribedAndConfirmed(email);
    expect(await unsubscribeRecipient(token)).toBe(true);
    const first = (await subscriberOf(email))!;
    expect(first).toMatchObject({ status: 'unsubscribed' });
    expect(first.unsubscribedAt).toBeInstanceOf(Date);
    expect(await unsubscribeRecipient(token)).toBe(true);
    expect((await subscriberOf(email))!.unsubscribedAt).toEqual(first.unsubscribedAt);
    const audits = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audits.filter((audit) => audit.action === 'subscriber.unsubscribed')).toHaveLength(1);
  });

  it('unsubscribes a media contact, audited without their address; only that contact changes', async () => {
    const [contact, other] = await n.db
      .insert(mediaContacts)
      .values([
        { officeId: n.offices.panama.id, name: 'Ana Ruiz', email: 'ana.ruiz@prensa.example', languages: ['es'] },
        { officeId: n.offices.panama.id, name: 'Ben Okafor', email: 'ben@daily.example', languages: ['en'] },
      ])
      .returning();
    const token = recipientToken({ kind: 'contact', id: contact!.id });
    expect(await getRecipientPreferences(token)).toEqual({
      kind: 'contact',
      email: 'ana.ruiz@prensa.example',
      status: 'active',
    });
    expect(await unsubscribeRecipient(token)).toBe(true);
    expect(await unsubscribeRecipient(token)).toBe(true);
    const rows = await n.db.select({ id: mediaContacts.id, status: mediaContacts.status }).from(mediaContacts);
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: contact!.id, status: 'unsubscribed' },
        { id: other!.id, status: 'active' },
      ]),
    );
    const audits = await n.db.select().from(auditLog).where(eq(auditLog.subjectId, contact!.id));
    expect(audits.map((audit) => audit.action)).toEqual(['media_contact.unsubscribed']);
    expect(JSON.stringify(audits)).not.toContain('ana.ruiz');
  });

  it('refuses a contact link on the subscriber-only choices', async () => {
    const [contact] = await n.db
      .insert(mediaContacts)
      .values({ officeId: n.offices.senegal.id, name: 'Awa Diop', email: 'awa@soleil.example', languages: ['fr'] })
      .returning();
    const token = recipientToken({ kind: 'contact', id: contact!.id });
    expect(await outcomeOf(() => setSubscriptionPaused(token, true))).toBe(NOT_FOUND);
  });

  it('answers false for a recipient that no longer exists', async () => {
    expect(await unsubscribeRecipient(recipientToken({ kind: 'subscriber', id: crypto.randomUUID() }))).toBe(false);
  });
});
