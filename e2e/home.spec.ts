import { expect, test } from '@playwright/test';
import { DEMO_RELEASES } from '../db/seed/demo-releases';

const visitorSpeaking = (locale: string) => ({ locale, extraHTTPHeaders: { 'Accept-Language': `${locale},${locale.slice(0, 2)};q=0.9` } });

test.describe('the public home page', () => {
  test('sends a visitor whose language the site does not speak to the French home', async ({ browser }) => {
    const context = await browser.newContext(visitorSpeaking('de-DE'));
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dernières actualités' })).toBeVisible();
    await context.close();
  });

  test('sends a Spanish-speaking visitor to the Spanish home', async ({ browser }) => {
    const context = await browser.newContext(visitorSpeaking('es-ES'));
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await context.close();
  });

  test('lists the latest published releases of its language, newest first, and nothing else', async ({ page }) => {
    const expected = DEMO_RELEASES.filter((release) => release.language === 'fr' && release.state === 'published')
      .sort((a, b) => a.daysAgo - b.daysAgo)
      .slice(0, 12)
      .map((release) => release.title);

    await page.goto('/fr');

    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(expected);
  });

  test('shows the site navigation, with sub-menus that open on hover', async ({ page }) => {
    await page.goto('/en');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navigation.getByRole('link', { name: 'News', exact: true })).toHaveAttribute('href', '/en/news');
    await navigation.getByRole('link', { name: 'Where we work' }).hover();
    await expect(navigation.getByRole('link', { name: 'Americas' })).toHaveAttribute('href', '/en/offices/americas');
  });
});

test.describe('the health endpoint', () => {
  test('reports the database as up, with its driver, and is never cached', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up', driver: 'pglite' } });
  });
});
