import { expect, test } from '@playwright/test';
import { demoRelease, livePublished } from './demo';

test.describe('the public home page', () => {
  test('sends a visitor whose languages the portal does not speak to the French home', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'de-DE',
      extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dernières actualités' })).toBeVisible();
    await context.close();
  });

  test('sends a Spanish-speaking visitor to the Spanish home', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'es-ES',
      extraHTTPHeaders: { 'Accept-Language': 'es-ES,es;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await context.close();
  });

  test('lists the latest published releases, newest first, in the page language', async ({ page }) => {
    await page.goto('/fr');
    const latest = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(latest.first()).toHaveText(demoRelease('hq-mobility-data-report-fr').title);
    const dates = await page
      .getByRole('main')
      .locator('ul')
      .first()
      .locator('time')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
    expect(dates).toHaveLength(Math.min(6, livePublished('fr').length));
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test("shows the editors' picks and the latest news of each region", async ({ page }) => {
    await page.goto('/en');
    const picks = page.getByRole('region', { name: "Editors' picks" });
    await expect(picks.getByRole('heading', { level: 3 })).toHaveText([
      demoRelease('senegal-youth-solar-en').title,
      demoRelease('philippines-typhoon-response-en').title,
    ]);
    const regions = page.getByRole('region', { name: 'By region' });
    await expect(
      regions.getByRole('heading', { level: 3, name: 'Regional Office for Asia and the Pacific' }),
    ).toBeVisible();
    await expect(
      regions.getByRole('link', { name: 'More news: Regional Office for Asia and the Pacific' }),
    ).toHaveAttribute('href', '/en/news?region=asia-pacific');
  });

  test('shows the site navigation with its sub-menus', async ({ page }) => {
    await page.goto('/en');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navigation.getByRole('link', { name: 'News' }).first()).toHaveAttribute('href', '/en/news');
    await navigation.getByRole('link', { name: 'Where we work' }).first().hover();
    await expect(navigation.getByRole('link', { name: 'Americas' }).first()).toHaveAttribute(
      'href',
      '/en/offices/americas',
    );
  });

  test('never lists drafts, releases in review or withdrawn releases', async ({ page }) => {
    await page.goto('/fr');
    const titles = await page.getByRole('main').getByRole('heading').allTextContents();
    for (const key of [
      'wca-sahel-land-study-fr',
      'senegal-informed-choice-caravan-fr',
      'hq-drought-appeal-fr',
      'wca-skills-recognition-workshop-fr',
    ]) {
      expect(titles).not.toContain(demoRelease(key).title);
    }
  });
});

test.describe('the health endpoint', () => {
  test('reports the database as up, and is never cached', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});

for (const locale of ['fr', 'en', 'es'] as const) {
  test(`keeps the main menu on one row at 1280 px in ${locale}, a long label wrapping within its item`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}`);
    const items = page.getByRole('navigation', { name: /menu|navigation|principal/i }).locator('> div > ul > li');
    const tops = await items.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops).size).toBe(1);
  });
}
