import type { Page } from '@playwright/test';
import { startSpanishDraft } from './drafts';
import { expect, test } from './fixtures';
import { saveStatus } from './look';
import { DEMO_PASSWORD, PERSONAS } from './personas';

/** Every Content-Security-Policy violation the page reports, and every console line about one. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const scriptSources = (policy: string | undefined) =>
  policy?.split('; ').find((directive) => directive.startsWith('script-src '));

test.describe('the Content-Security-Policy', () => {
  test("lets the workspace, sign-in and preview pages run only scripts carrying their request's nonce", async ({
    request,
    writerPage,
  }) => {
    const seen = new Set<string>();
    for (const [context, path, status] of [
      [request, '/login', 200],
      [writerPage.request, '/workspace', 200],
      [writerPage.request, '/workspace/media', 200],
      [writerPage.request, '/workspace', 200],
      // The workspace's own 404 renders for the request as well.
      [writerPage.request, '/workspace/admin/users', 404],
      [request, '/preview/no-such-link', 404],
    ] as const) {
      const response = await context.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      const scripts = scriptSources(response.headers()['content-security-policy']);
      expect(scripts, path).toMatch(/^script-src 'self' 'nonce-[^']+' 'strict-dynamic'$/);
      const nonce = /'nonce-([^']+)'/.exec(scripts!)![1]!;
      seen.add(nonce);
      // Every script Next wrote into the page carries the nonce.
      const html = await response.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(seen.size).toBe(6);
  });

  test('keeps inline scripts, without a nonce, for the cached portal pages', async ({ request }) => {
    const response = await request.get('/fr');
    expect(scriptSources(response.headers()['content-security-policy'])).toBe("script-src 'self' 'unsafe-inline'");
  });

  test('reports no violation while someone signs in and lands in the workspace', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(PERSONAS.otherWriter);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/workspace$/);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    expect(violations).toEqual([]);
    await context.close();
  });

  test('reports no violation in the editor, whose rich text and autosave still work', async ({ writerPage: page }) => {
    test.slow();
    const violations = await watchViolations(page);
    await startSpanishDraft(page, `Política de seguridad ${Date.now()}`);
    const body = page.getByRole('textbox', { name: 'Texto', exact: true });
    await body.click();
    await page.keyboard.type('Las escuelas rurales recogen el agua de lluvia.');
    // The rich-text toolbar acts on the selection: the editor's own scripts run.
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Negrita' }).click();
    await expect(body.locator('strong')).toHaveText('Las escuelas rurales recogen el agua de lluvia.');
    await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Texto', exact: true }).locator('strong')).toHaveText(
      'Las escuelas rurales recogen el agua de lluvia.',
    );
    expect(violations).toEqual([]);
  });
});
