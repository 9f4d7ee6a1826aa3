import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';

const signInWith = async (browser: Browser, email: string, password: string) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  return page;
};

test.describe('administering people', () => {
  test('an admin creates an account whose temporary password works once, then deactivating it ends its session', async ({
    adminPage,
    browser,
  }) => {
    const email = `new.writer.${Date.now()}@example.org`;
    await adminPage.goto('/workspace/admin/users/new');
    await adminPage.getByLabel('Nom').fill('Nouvelle Personne');
    await adminPage.getByLabel('Adresse e-mail').fill(email);
    await adminPage.getByLabel('Bureau').selectOption({ label: '\u00a0\u00a0\u00a0\u00a0ACI Niger' });
    await adminPage.getByRole('button', { name: 'Créer le compte' }).click();
    const secret = await adminPage.getByRole('status').locator('.font-mono').textContent();
    expect(secret).toMatch(/^[\w-]{16}$/);
    await adminPage.screenshot({ path: 'test-results/screens/admin-new-user-1280.png', fullPage: true });

    const newcomer = await signInWith(browser, email, secret!);
    await expect(newcomer.getByRole('status')).toContainText('mot de passe temporaire');

    await adminPage.goto('/workspace/admin/users');
    await adminPage.getByRole('link', { name: 'Nouvelle Personne' }).click();
    await adminPage.getByRole('button', { name: 'Désactiver' }).click();
    await expect(adminPage.getByText('Ce compte est désactivé', { exact: false })).toBeVisible();

    await newcomer.reload();
    await expect(newcomer).toHaveURL(/\/login$/);
  });

  test('an admin sees the office hierarchy', async ({ adminPage }) => {
    await adminPage.goto('/workspace/admin/offices');
    await expect(adminPage.getByRole('link', { name: 'ACI Sénégal' })).toBeVisible();
    await adminPage.screenshot({ path: 'test-results/screens/admin-offices-1280.png', fullPage: true });
  });
});
