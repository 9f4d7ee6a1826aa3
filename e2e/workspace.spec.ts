import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { capture } from './look';

const sectionNamed = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

test.describe('the dashboard', () => {
  test('shows a writer their drafts in their language, and no review queue or administration', async ({
    writerPage: page,
  }) => {
    await page.goto('/workspace');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Hola, Andrés Quintero' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('ACI Panamá');
    await expect(sectionNamed(page, 'Mis borradores').getByRole('listitem').first()).toBeVisible();
    await expect(sectionNamed(page, 'Pendientes de mi revisión')).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Espacio de trabajo' }).getByRole('link', { name: 'Personas' }),
    ).toHaveCount(0);
    await capture(page, 'dashboard-writer');
  });

  test('shows a headquarters editor what waits for review across every office', async ({ hqEditorPage: page }) => {
    await page.goto('/workspace');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const waiting = sectionNamed(page, 'En attente de ma relecture');
    await expect(waiting.getByRole('listitem').first()).toBeVisible();
    await expect(sectionNamed(page, 'Publiés récemment').getByRole('listitem').first()).toBeVisible();
    await capture(page, 'dashboard-hq-editor');
  });

  test('shows a regional editor only the offices of their region', async ({ regionalEditorPage: page }) => {
    await page.goto('/workspace');
    const offices = await page.getByRole('main').getByRole('listitem').allTextContents();
    expect(offices.length).toBeGreaterThan(0);
    for (const text of offices) expect(text).toMatch(/Américas|Panamá|México/);
    await capture(page, 'dashboard-regional-editor');
  });

  test('shows an admin the administration pages', async ({ adminPage: page }) => {
    await page.goto('/workspace');
    const navigation = page.getByRole('navigation', { name: 'Espace de travail' });
    await expect(navigation.getByRole('link', { name: 'Personnes' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Bureaux' })).toBeVisible();
    await capture(page, 'dashboard-admin');
  });
});

test.describe('a release from the dashboard', () => {
  test('opens a draft in the editor for its writer and answers 404 to a writer of another office', async ({
    writerPage,
    otherWriterPage,
  }) => {
    // A draft of its own: other specs send the demo's drafts to review while this one runs.
    const title = `Taller de periodismo en Colón ${Date.now().toString(36)}`;
    await writerPage.goto('/workspace/releases/new');
    await writerPage.getByLabel('Título').fill(title);
    await writerPage.getByRole('button', { name: 'Crear el borrador' }).click();
    await expect(writerPage).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
    await writerPage.goto('/workspace');
    await sectionNamed(writerPage, 'Mis borradores').getByRole('link', { name: title }).click();
    await expect(writerPage.getByLabel('Título')).toHaveValue(title);
    await expect(writerPage.getByRole('group', { name: 'Contactos de prensa' })).toBeVisible();

    const response = await otherWriterPage.goto(writerPage.url());
    expect(response?.status()).toBe(404);
    await expect(otherWriterPage.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  });

  test('answers 404 to a writer who opens an administration page', async ({ writerPage: page }) => {
    const response = await page.goto('/workspace/admin/users');
    expect(response?.status()).toBe(404);
  });
});

test.describe('the account page', () => {
  test('changes the interface language at once', async ({ otherWriterPage: page }) => {
    await page.goto('/workspace/account');
    await page.getByLabel('Langue de l’interface').selectOption('en');
    await page.getByRole('region', { name: 'Langue' }).getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await capture(page, 'account-other-writer');
    await page.getByLabel('Interface language').selectOption('fr');
    await page.getByRole('region', { name: 'Language' }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  });
});
