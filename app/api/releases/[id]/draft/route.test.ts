import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { releases } from '@/db/schema';
import { EMPTY_DOC } from '@/lib/rich-text/types';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { PUT } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const draft = (over: Record<string, unknown> = {}) => ({
  title: 'Title',
  summary: '',
  datelineCity: '',
  datelineCountry: '',
  body: EMPTY_DOC,
  contacts: [],
  topicIds: [],
  heroMediaId: null,
  ...over,
});
const put = (body: unknown, contentType = 'application/json') =>
  PUT(
    new Request(`http://localhost/api/releases/${n.releases.panamaDraft.id}/draft`, {
      method: 'PUT',
      headers: { origin: 'http://localhost:3000', 'content-type': contentType },
      body: JSON.stringify(body),
    }),
    {
      params: Promise.resolve({ id: n.releases.panamaDraft.id }),
    },
  );
const stored = async () => (await n.db.select().from(releases).where(eq(releases.id, n.releases.panamaDraft.id)))[0]!;

describe('PUT /api/releases/[id]/draft', () => {
  it('saves and answers the new version', async () => {
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    const response = await put({
      expectedVersion: (await stored()).version,
      draft: draft({ title: 'Saved through the route' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, version: (await stored()).version });
    expect((await stored()).title).toBe('Saved through the route');
  });

  it('refuses a script link in the body with 422, naming the problem and where it sits, and changes nothing', async () => {
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    const before = await stored();
    const link = { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] };
    const response = await put({
      expectedVersion: before.version,
      draft: draft({ body: { type: 'doc', content: [{ type: 'paragraph', content: [link] }] } }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ field: 'body', message: 'rich_text.unsafe_link', at: 'content.0.content.0.marks.0.attrs.href' }],
    });
    expect(await stored()).toEqual(before);
  });

  it('answers a stale save with 409 and the server copy', async () => {
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    const before = await stored();
    const response = await put({ expectedVersion: before.version - 1, draft: draft({ title: 'Stale' }) });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: { version: before.version, title: before.title },
    });
    expect(await stored()).toEqual(before);
  });

  it('answers 401 to a signed-out browser and 415 to anything but JSON, changing nothing', async () => {
    const before = await stored();
    actAs(null);
    expect((await put({ expectedVersion: before.version, draft: draft({ title: 'Anonymous' }) })).status).toBe(401);
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    expect(
      (
        await put(
          { expectedVersion: before.version, draft: draft({ title: 'Form post' }) },
          'application/x-www-form-urlencoded',
        )
      ).status,
    ).toBe(415);
    expect(await stored()).toEqual(before);
  });
});

describe('PUT /api/releases/[id]/draft with a chunked body', () => {
  const chunked = (totalBytes: number) => {
    const pulled = { bytes: 0 };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.bytes >= totalBytes) return controller.close();
        pulled.bytes += 64 * 1024;
        controller.enqueue(new TextEncoder().encode('['.repeat(64 * 1024)));
      },
    });
    const request = new Request(`http://localhost/api/releases/${n.releases.panamaDraft.id}/draft`, {
      method: 'PUT',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    return { pulled, response: () => PUT(request, { params: Promise.resolve({ id: n.releases.panamaDraft.id }) }) };
  };

  it('answers 401 to someone signed out before reading the body', async () => {
    actAs(null);
    const { pulled, response } = chunked(60 * 1024 * 1024);
    expect((await response()).status).toBe(401);
    expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
  });

  it('stops reading a 60 MB body past the limit and answers 413, with nothing saved', async () => {
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    const before = await stored();
    const { pulled, response } = chunked(60 * 1024 * 1024);
    const answer = await response();
    expect(answer.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(1_500_000);
    expect(await stored()).toEqual(before);
  });
});

describe('PUT /api/releases/[id]/draft with a body nested 3,000 levels deep', () => {
  it('answers 422 too_deep, with nothing saved', async () => {
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    const before = await stored();
    let deep = '{"type":"paragraph"}';
    for (let level = 0; level < 3_000; level += 1) deep = `{"type":"blockquote","content":[${deep}]}`;
    const json = `{"expectedVersion":${before.version},"draft":${JSON.stringify(draft()).replace('"body":{"type":"doc","content":[]}', `"body":{"type":"doc","content":[${deep}]}`)}}`;
    const response = await PUT(
      new Request(`http://localhost/api/releases/${n.releases.panamaDraft.id}/draft`, {
        method: 'PUT',
        headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
        body: json,
      }),
      { params: Promise.resolve({ id: n.releases.panamaDraft.id }) },
    );
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain('rich_text.too_deep');
    expect(await stored()).toEqual(before);
  });
});

describe('PUT /api/releases/[id]/draft from another site', () => {
  it('answers 403 to a foreign or null Origin, with nothing saved', async () => {
    actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    const before = await stored();
    for (const origin of ['https://evil.example', 'null']) {
      const response = await PUT(
        new Request(`http://localhost/api/releases/${n.releases.panamaDraft.id}/draft`, {
          method: 'PUT',
          headers: { origin, 'content-type': 'application/json', 'x-forwarded-host': 'evil.example' },
          body: JSON.stringify({ expectedVersion: before.version, draft: draft({ title: 'Cross-site' }) }),
        }),
        { params: Promise.resolve({ id: n.releases.panamaDraft.id }) },
      );
      expect(response.status).toBe(403);
    }
    expect(await stored()).toEqual(before);
  });
});
