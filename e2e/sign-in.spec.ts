import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD } from './personas';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('signing in', () => {
  test.use({ locale: 'en-US' });

  test('sends an anonymous visitor of the workspace to the sign-in page', async ({ page }) => {
    await page.goto('/workspace/admin/users');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  });

  test('answers a wrong password and an unknown e-mail with the same message', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'editor@example.org', 'not-the-password');
    const wrongPassword = await page.getByRole('main').getByRole('alert').textContent();
    await signIn(page, 'nobody-here@example.org', 'not-the-password');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(wrongPassword!);
    expect(wrongPassword).toBe('Wrong e-mail or password.');
  });

  test('locks an account after five failures, even against the right password', async ({ page }) => {
    await page.goto('/login');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, 'editor.desk@example.org', `wrong-${attempt}`);
      await expect(page.getByRole('main').getByRole('alert')).toHaveText('Wrong e-mail or password.');
    }
    await signIn(page, 'editor.desk@example.org', 'wrong-5');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/Try again in 15 minutes/);
    await signIn(page, 'editor.desk@example.org', DEMO_PASSWORD);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/Try again in 15 minutes/);
    await expect(page).toHaveURL(/\/login$/);
  });

  test('offers the sign-in page in French, English and Spanish', async ({ page }) => {
    await page.goto('/login');
    await page.screenshot({ path: 'test-results/screens/login-1280.png' });
    await page.getByRole('button', { name: 'es', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión en la redacción' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: 'fr', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter à la rédaction' })).toBeVisible();
  });

  // Not a persona of the other specs: signing out ends every session of the account.
  test('signs a writer in, and out again, after which the old cookie opens nothing', async ({ page, browser }) => {
    await page.goto('/login');
    await signIn(page, 'writer.niamey@example.org', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/workspace$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bonjour, Ibrahim Maïga' })).toBeVisible();
    const cookiesBefore = await page.context().cookies();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/login\?notice=signed_out$/);
    await expect(page.getByRole('status')).toHaveText('Vous êtes déconnecté.');
    await page.goto('/workspace');
    await expect(page).toHaveURL(/\/login$/);
    // A copy of the session cookie taken before signing out is refused by the server too.
    const copy = await browser.newContext();
    await copy.addCookies(cookiesBefore);
    const response = await copy.request.get('/workspace', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(/\/login$/);
    await copy.close();
  });
});
