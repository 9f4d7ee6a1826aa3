import http from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

// Requests a browser would never send, several of each kind a probe tries. None may answer 5xx;
// nothing a page or a route handler refuses changes anything.
const ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
const SOMEONE = '3f0c2a52-8a41-4a8e-9a54-6d2f1f0b7c11';

let deepBody = '{"type":"paragraph"}';
for (let level = 0; level < 3_000; level += 1) deepBody = `{"type":"blockquote","content":[${deepBody}]}`;
const deepRelease = `{"expectedVersion":1,"draft":{"title":"x","summary":"","datelineCity":"","datelineCountry":"","body":{"type":"doc","content":[${deepBody}]},"contacts":[],"topicIds":[],"heroMediaId":null}}`;
const deepPage = `{"expectedVersion":1,"draft":{"title":"x","summary":"","body":{"type":"doc","content":[${deepBody}]}}}`;

type Probe = { name: string; path: string; method?: string; headers?: Record<string, string>; data?: string | Buffer };

const json = { origin: ORIGIN, 'content-type': 'application/json' };
const PROBES: Probe[] = [
  // A NUL or another control character in a search.
  { name: 'portal search with a NUL', path: '/fr/search?q=eau%00potable' },
  { name: 'portal search that is only a NUL', path: '/en/search?q=%00' },
  { name: 'portal search with control characters in every filter', path: '/es/search?q=a%00b&region=%00&year=%01' },
  { name: 'news listing with a NUL filter', path: '/fr/news?region=%00&page=%00' },
  { name: 'media picker search with a NUL', path: '/api/media?q=%00' },
  { name: 'media library search with a NUL', path: '/workspace/media?q=port%00' },
  // Rich text nested 3,000 levels deep.
  {
    name: 'release autosave nested 3,000 deep',
    path: `/api/releases/${SOMEONE}/draft`,
    method: 'PUT',
    headers: json,
    data: deepRelease,
  },
  {
    name: 'page autosave nested 3,000 deep',
    path: `/api/pages/${SOMEONE}/draft`,
    method: 'PUT',
    headers: json,
    data: deepPage,
  },
  {
    name: 'release autosave of nested arrays',
    path: `/api/releases/${SOMEONE}/draft`,
    method: 'PUT',
    headers: json,
    data: '['.repeat(5_000) + ']'.repeat(5_000),
  },
  // Malformed callbackUrl on Auth.js.
  { name: 'sign-in page with a broken callbackUrl', path: '/api/auth/signin?callbackUrl=http%3A%2F%2F%5B' },
  { name: 'sign-out page with a malformed escape', path: '/api/auth/signout?callbackUrl=%E0%A4%A' },
  { name: 'sign-in with a protocol-relative callbackUrl', path: '/api/auth/signin?callbackUrl=%2F%2Fevil.example' },
  {
    name: 'session with a broken callback cookie',
    path: '/api/auth/session',
    headers: { cookie: 'authjs.callback-url=http%3A%2F%2F%5B' },
  },
  {
    name: 'sign-out POST with a script callbackUrl',
    path: '/api/auth/signout',
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    data: 'callbackUrl=javascript%3Aalert(1)&csrfToken=x',
  },
  // Server actions called with a body that is not their form.
  {
    name: 'action with plain text',
    path: '/login',
    method: 'POST',
    headers: { 'next-action': '00'.repeat(20), 'content-type': 'text/plain;charset=UTF-8', origin: ORIGIN },
    data: 'not an action body',
  },
  {
    name: 'action with nested arrays',
    path: '/login',
    method: 'POST',
    headers: { 'next-action': '00'.repeat(20), 'content-type': 'text/plain;charset=UTF-8', origin: ORIGIN },
    data: '['.repeat(3_000) + ']'.repeat(3_000),
  },
  {
    name: 'action with a broken multipart body',
    path: '/login',
    method: 'POST',
    headers: { 'next-action': 'ab'.repeat(20), 'content-type': 'multipart/form-data; boundary=zz', origin: ORIGIN },
    data: '--zz\r\nbroken',
  },
  {
    name: 'sign-in action with a 2 MB field',
    path: '/login',
    method: 'POST',
    headers: { 'next-action': 'ab'.repeat(20), 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    data: `email=${'a'.repeat(2 * 1024 * 1024)}`,
  },
  // The image optimizer with an encoded traversal.
  {
    name: 'image with an encoded traversal',
    path: '/_next/image?url=%2Fmedia%2F%252e%252e%2F%252e%252e%2Fetc%2Fpasswd&w=640&q=75',
  },
  {
    name: 'image climbing to an API route',
    path: '/_next/image?url=%2Fmedia%2F..%252f..%252fapi%252fhealth&w=640&q=75',
  },
  { name: 'image from another host', path: '/_next/image?url=%2F%2Fevil.example%2Fx.png&w=640&q=75' },
  { name: 'image with a broken escape', path: '/_next/image?url=%2Fmedia%2F%25E0%25A4%25A&w=640&q=75' },
  // Paths with a dot or an encoded segment.
  { name: 'a text file under an unknown folder', path: '/foo/bar.txt' },
  { name: 'a dotfile', path: '/.env' },
  { name: 'a dot folder', path: '/.git/config' },
  { name: 'a script file', path: '/wp-admin/setup.php' },
  { name: 'a file under a language', path: '/fr/foo.txt' },
  { name: 'an encoded dot segment', path: '/fr/%2e%2e/workspace' },
  { name: 'an encoded NUL in a release path', path: '/fr/news/%00' },
  { name: 'an encoded workspace segment', path: '/workspace/%61dmin/users' },
  { name: 'an unknown workspace screen', path: '/workspace/nothing-here' },
  { name: 'an unknown administration screen', path: '/workspace/admin/nothing-here' },
  { name: 'a path under the sign-in page', path: '/login/extra' },
  { name: 'an encoded media traversal', path: '/media/%2e%2e/%2e%2e/package.json' },
];

async function replay(request: APIRequestContext, probe: Probe) {
  const response = await request.fetch(probe.path, {
    method: probe.method ?? 'GET',
    headers: probe.headers,
    data: probe.data,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return response;
}

for (const [who, fixture] of [
  ['someone signed out', 'anonymous'],
  ['an admin', 'adminPage'],
  ['a writer', 'writerPage'],
] as const) {
  test(`no malformed request answers 5xx, for ${who}`, async ({ request, adminPage, writerPage }) => {
    test.slow();
    const context =
      fixture === 'anonymous' ? request : fixture === 'adminPage' ? adminPage.request : writerPage.request;
    const failures: string[] = [];
    for (const probe of PROBES) {
      const status = (await replay(context, probe)).status();
      if (status >= 500)
        failures.push(`${probe.name} (${probe.method ?? 'GET'} ${probe.path.slice(0, 80)}): ${status}`);
    }
    expect(failures).toEqual([]);
  });
}

test.describe('unknown paths', () => {
  for (const path of ['/foo/bar.txt', '/.env', '/fr/foo.txt', '/wp-login.php']) {
    test(`answer the portal's own 404 at ${path}`, async ({ request }) => {
      const response = await request.get(path, { headers: { 'accept-language': 'fr' } });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain('Page introuvable');
    });
  }

  test("answer the workspace's own 404 to someone signed in, and the sign-in page to anyone else", async ({
    request,
    adminPage,
  }) => {
    for (const path of ['/workspace/nothing-here', '/workspace/admin/nothing-here', '/workspace/%61dmin/nothing']) {
      const signedIn = await adminPage.request.get(path, { maxRedirects: 0 });
      expect(signedIn.status(), path).toBe(404);
      const anonymous = await request.get(path, { maxRedirects: 0 });
      expect([307, 404], path).toContain(anonymous.status());
    }
  });

  test('/workspace/admin leads an admin to the administration home, and is a 404 for a writer', async ({
    adminPage,
    writerPage,
  }) => {
    await adminPage.goto('/workspace/admin');
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    await adminPage.getByRole('region', { name: 'Administration' }).getByRole('link', { name: 'Personnes' }).click();
    await expect(adminPage).toHaveURL(/\/workspace\/admin\/users$/);
    expect((await writerPage.request.get('/workspace/admin', { maxRedirects: 0 })).status()).toBe(404);
  });
});

/** A body in chunks, with no Content-Length, as a script can send it (browsers never do). */
function chunked(path: string, headers: Record<string, string>, megabytes: number) {
  return new Promise<number>((resolve, reject) => {
    const request = http.request(`${ORIGIN}${path}`, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      // The server may close the connection once it has answered.
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const write = () => {
      while (sent < megabytes * 16) {
        sent += 1;
        if (!request.write(chunk)) return void request.once('drain', write);
      }
      request.end();
    };
    write();
  });
}

test.describe('a server action', () => {
  test('answers 413 to a 2 MB field, on the sign-in page and on the pages whose files go to route handlers', async ({
    request,
    adminPage,
  }) => {
    const field = `email=${'a'.repeat(2 * 1024 * 1024)}`;
    for (const [context, path] of [
      [request, '/login'],
      [adminPage.request, '/workspace/admin/import'],
      [adminPage.request, `/workspace/media/${SOMEONE}`],
    ] as const) {
      const response = await context.post(path, {
        headers: {
          'next-action': 'ab'.repeat(20),
          'content-type': 'application/x-www-form-urlencoded',
          origin: ORIGIN,
        },
        data: field,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(response.status(), path).toBe(413);
    }
  });
});

test.describe('bodies of unannounced length', () => {
  test('are refused before they are read: a sign-in action with 411, an anonymous upload with 401 or 403', async () => {
    // One chunk: the server answers without reading and closes, before a longer body could be sent.
    expect(await chunked('/login', { 'next-action': 'ab'.repeat(20), 'content-type': 'text/plain' }, 1 / 16)).toBe(411);
    expect([401, 403]).toContain(
      await chunked('/api/media', { 'content-type': 'multipart/form-data; boundary=x' }, 50),
    );
    expect(await chunked('/api/media', { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=x' }, 50)).toBe(
      401,
    );
  });
});

test.describe('a state-changing request from another site', () => {
  test('is refused with 403 by the autosave route, whatever X-Forwarded-Host claims', async ({ writerPage }) => {
    const response = await writerPage.request.put(`/api/releases/${SOMEONE}/draft`, {
      headers: {
        origin: 'https://evil.example',
        'x-forwarded-host': 'evil.example',
        'content-type': 'application/json',
      },
      data: '{}',
      failOnStatusCode: false,
    });
    expect(response.status()).toBe(403);
  });
});
