import { expect, test } from './fixtures';

// Next.js once skipped middleware for requests carrying this internal header (CVE-2025-29927);
// authorization lives in lib/dal, so the header must make no difference anywhere.
const SPOOFED = {
  'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware',
};

test.describe('a spoofed x-middleware-subrequest header', () => {
  for (const path of ['/workspace', '/workspace/admin/users', '/workspace/account']) {
    test(`changes nothing for an anonymous request to ${path}`, async ({ request }) => {
      const plain = await request.get(path, { maxRedirects: 0 });
      const spoofed = await request.get(path, { maxRedirects: 0, headers: SPOOFED });
      expect(spoofed.status()).toBe(plain.status());
      expect(spoofed.headers()['location']).toBe(plain.headers()['location']);
      expect(plain.headers()['location']).toMatch(/\/login$/);
    });
  }

  test('changes nothing for a writer opening an administration page', async ({ writerPage }) => {
    const plain = await writerPage.request.get('/workspace/admin/users', { maxRedirects: 0 });
    const spoofed = await writerPage.request.get('/workspace/admin/users', { maxRedirects: 0, headers: SPOOFED });
    expect(plain.status()).toBe(404);
    expect(spoofed.status()).toBe(plain.status());
  });

  test('changes nothing on the portal', async ({ request }) => {
    const plain = await request.get('/', { maxRedirects: 0 });
    const spoofed = await request.get('/', { maxRedirects: 0, headers: SPOOFED });
    expect(spoofed.status()).toBe(plain.status());
    expect(spoofed.headers()['location']).toBe(plain.headers()['location']);
  });
});

test.describe('the security headers', () => {
  for (const path of ['/fr', '/login', '/api/health']) {
    test(`are sent with ${path}`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // Plain HTTP here: HSTS means nothing over it, and a client saying "https" is no trusted proxy.
      expect(headers['strict-transport-security']).toBeUndefined();
      const claimed = (await request.get(path, { headers: { 'x-forwarded-proto': 'https' } })).headers();
      expect(claimed['strict-transport-security']).toBeUndefined();
    });
  }

  test('mark the session cookie HttpOnly and SameSite', async ({ writerPage }) => {
    const cookies = await writerPage.context().cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith('authjs.session-token'));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });
});

test.describe('a forged administration POST', () => {
  test('from a writer, with the admin form copied into their page, answers 404 and deactivates nobody', async ({
    adminPage,
    writerPage,
  }) => {
    await adminPage.goto('/workspace/admin/users');
    await adminPage.getByRole('link', { name: 'Fatou Sarr' }).click();
    await expect(adminPage.getByText('Ce compte est actif.')).toBeVisible();
    // The page as the server sent it: once hydrated, React replaces the forms' action attributes.
    const userPageUrl = adminPage.url();
    const serverHtml = await (await adminPage.request.get(userPageUrl)).text();

    await writerPage.goto('/workspace/account');
    const [response] = await Promise.all([
      writerPage.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      writerPage.evaluate(
        ({ html, target }) => {
          const parsed = new DOMParser().parseFromString(html, 'text/html');
          const form = [...parsed.querySelectorAll('form')].find((candidate) =>
            candidate.textContent?.includes('Désactiver'),
          )!;
          const copy = document.importNode(form, true);
          copy.action = target;
          document.body.append(copy);
          // The native submit skips React: the POST carries only what the admin's form carried.
          HTMLFormElement.prototype.submit.call(copy);
        },
        { html: serverHtml, target: userPageUrl },
      ),
    ]);
    expect(response.status()).toBe(404);

    await adminPage.reload();
    await expect(adminPage.getByText('Ce compte est actif.')).toBeVisible();
  });
});
