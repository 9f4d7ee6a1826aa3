import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mediaContacts, subscribers } from '@/db/schema';
import { recipientToken } from '@/lib/distribution/recipient-links';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { GET, POST } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

async function activeSubscriber(locale: 'fr' | 'en' | 'es' = 'en') {
  const [row] = await n.db
    .insert(subscribers)
    .values({
      email: `reader.${crypto.randomUUID().slice(0, 8)}@example.com`,
      locale,
      languages: [locale],
      status: 'active',
      confirmedAt: new Date(),
    })
    .returning({ id: subscribers.id });
  return { id: row!.id, token: recipientToken({ kind: 'subscriber', id: row!.id }) };
}
const statusOf = async (id: string) =>
  (await n.db.select({ status: subscribers.status }).from(subscribers).where(eq(subscribers.id, id)))[0]!.status;

/** What a mail provider sends (RFC 8058): no cookie, no Origin, no Sec-Fetch-Site. */
function oneClick(token: string, body = 'List-Unsubscribe=One-Click', type = 'application/x-www-form-urlencoded') {
  return POST(
    new Request(`http://localhost/api/unsubscribe/${token}`, {
      method: 'POST',
      body,
      headers: { 'content-type': type },
    }),
    { params: Promise.resolve({ token }) },
  );
}
const open = (token: string) =>
  GET(new Request(`http://localhost/api/unsubscribe/${token}`), { params: Promise.resolve({ token }) });

describe('POST /api/unsubscribe/[token] (RFC 8058 one-click)', () => {
  it('unsubscribes at once from a mail provider’s server, with no session nor Origin, and answers 200 in short text', async () => {
    const { id, token } = await activeSubscriber();
    const response = await oneClick(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('You are unsubscribed');
    expect(await statusOf(id)).toBe('unsubscribed');
  });

  it('answers 200 again for the same link, changing nothing more', async () => {
    const { id, token } = await activeSubscriber();
    await oneClick(token);
    const [before] = await n.db.select().from(subscribers).where(eq(subscribers.id, id));
    expect((await oneClick(token)).status).toBe(200);
    const [after] = await n.db.select().from(subscribers).where(eq(subscribers.id, id));
    expect(after).toEqual(before);
  });

  it('takes the multipart form some providers send', async () => {
    const { id, token } = await activeSubscriber();
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    const response = await POST(new Request(`http://localhost/api/unsubscribe/${token}`, { method: 'POST', body }), {
      params: Promise.resolve({ token }),
    });
    expect(response.status).toBe(200);
    expect(await statusOf(id)).toBe('unsubscribed');
  });

  it('unsubscribes a media contact', async () => {
    const [contact] = await n.db
      .insert(mediaContacts)
      .values({ officeId: n.offices.panama.id, name: 'Ana Ruiz', email: 'ana@prensa.example', languages: ['es'] })
      .returning({ id: mediaContacts.id });
    expect((await oneClick(recipientToken({ kind: 'contact', id: contact!.id }))).status).toBe(200);
    const [row] = await n.db.select().from(mediaContacts).where(eq(mediaContacts.id, contact!.id));
    expect(row!.status).toBe('unsubscribed');
  });

  it('refuses a body that is not the one-click form with 400, changing nothing', async () => {
    const { id, token } = await activeSubscriber();
    expect((await oneClick(token, '')).status).toBe(400);
    expect((await oneClick(token, 'List-Unsubscribe=Yes')).status).toBe(400);
    expect((await oneClick(token, '{"List-Unsubscribe":"One-Click"}', 'application/json')).status).toBe(400);
    expect(await statusOf(id)).toBe('active');
  });

  it('answers 404 to a forged, malformed or unknown link, changing nothing', async () => {
    const { id, token } = await activeSubscriber();
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await oneClick(forged)).status).toBe(404);
    expect((await oneClick('nothing-here')).status).toBe(404);
    expect((await oneClick(recipientToken({ kind: 'subscriber', id: crypto.randomUUID() }))).status).toBe(404);
    expect(await statusOf(id)).toBe('active');
  });
});

describe('GET /api/unsubscribe/[token]', () => {
  it('never unsubscribes: it sends the reader to their preferences page, in their language', async () => {
    const { id, token } = await activeSubscriber('es');
    const response = await open(token);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`/es/subscribe/preferences/${token}$`));
    expect(await statusOf(id)).toBe('active');
  });

  it('answers 404 to a forged link', async () => {
    expect((await open('s.not-a-token')).status).toBe(404);
  });
});
