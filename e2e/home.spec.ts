import { expect, test } from '@playwright/test';

test.describe('the public home page', () => {
  test('sends a visitor from / to the French home by default', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dernières actualités' })).toBeVisible();
  });

  test('sends a Spanish-speaking visitor to the Spanish home', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-ES', extraHTTPHeaders: { 'Accept-Language': 'es-ES,es;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await context.close();
  });

  test('lists the latest published releases, newest first, in the page language', async ({ page }) => {
    await page.goto('/fr');
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(12);
    const dates = await page.getByRole('main').locator('time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('shows the site navigation with its sub-menus', async ({ page }) => {
    await page.goto('/en');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navigation.getByRole('link', { name: 'News' }).first()).toHaveAttribute('href', '/en/news');
    await expect(navigation.getByRole('link', { name: 'Americas' }).first()).toHaveAttribute('href', '/en/offices/americas');
  });

  test('never lists drafts, releases in review or withdrawn releases', async ({ page }) => {
    await page.goto('/fr');
    const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const health = await page.request.get('/api/health');
    expect(health.ok()).toBe(true);
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
